#!/usr/bin/env bash
# Makes a release of waarborg for Linux x86_64 that runs on a machine without Swift:
#
#   scripts/release.sh [--scratch-path DIR] [OUTPUT_FOLDER]
#
# 1. Builds the waarborg product in release mode with the Swift standard library linked in
#    (--static-swift-stdlib). libyaml is linked in too when libyaml.a is installed (Debian's
#    libyaml-dev has it): a pkg-config file in the scratch folder points the linker at a
#    folder holding only libyaml.a. Without libyaml.a the program needs libyaml at run time
#    (Debian: libyaml-0-2), and the script says so.
# 2. Strips the binary.
# 3. Writes the man page waarborg.1 with swift-argument-parser's generate-manual tool, built
#    from the resolved dependency (no network), and completion scripts for bash, zsh and fish
#    with the binary's own --generate-completion-script.
# 4. Packs waarborg-VERSION-linux-x86_64.tar.gz into OUTPUT_FOLDER (default dist/): a folder
#    waarborg-VERSION/ with bin/waarborg, share/man/man1/waarborg.1, the completions under
#    share/ and README.md. VERSION is what the built binary's --version says.
#
# The build has its own scratch folder (default .build-release), so it does not wait for the
# lock of .build and can run inside `swift test`; a second run rebuilds only what changed.
# The first build resolves swift-argument-parser (Package.resolved) from the package
# registry or SwiftPM's cache. Prints the tarball's path on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

scratch="$root/.build-release"
output="$root/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --scratch-path) scratch="$2"; shift 2 ;;
    --scratch-path=*) scratch="${1#*=}"; shift ;;
    -h|--help) sed -n '2,22s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "release: unknown option $1" >&2; exit 64 ;;
    *) output="$1"; shift ;;
  esac
done
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
mkdir -p "$scratch" "$output"
scratch="$(cd "$scratch" && pwd)"
output="$(cd "$output" && pwd)"

# libyaml from its static archive, when there is one.
static_yaml=""
for candidate in /usr/lib/x86_64-linux-gnu/libyaml.a /usr/lib64/libyaml.a /usr/lib/libyaml.a /usr/local/lib/libyaml.a; do
  if [ -f "$candidate" ]; then static_yaml="$candidate"; break; fi
done
if [ -n "$static_yaml" ]; then
  mkdir -p "$scratch/static-yaml/lib" "$scratch/static-yaml/pkgconfig"
  ln -sf "$static_yaml" "$scratch/static-yaml/lib/libyaml.a"
  include="$(pkg-config --variable=includedir yaml-0.1 2>/dev/null || echo /usr/include)"
  cat > "$scratch/static-yaml/pkgconfig/yaml-0.1.pc" <<EOF
Name: LibYAML
Description: libyaml, linked from $static_yaml
Version: 0.2.5
Cflags: -I$include
Libs: -L$scratch/static-yaml/lib -lyaml
EOF
  export PKG_CONFIG_PATH="$scratch/static-yaml/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
else
  echo "release: no libyaml.a; waarborg links libyaml dynamically and needs libyaml-0-2 at run time" >&2
fi

swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product waarborg
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product generate-manual
bin="$scratch/release"

version="$("$bin/waarborg" --version | sed -n '1s/^waarborg //p')"
if [ -z "$version" ]; then echo "release: cannot read the version from waarborg --version" >&2; exit 1; fi
name="waarborg-$version"
stage="$scratch/stage"
rm -rf "$stage"
mkdir -p "$stage/$name/bin" "$stage/$name/share/man/man1" \
  "$stage/$name/share/bash-completion/completions" "$stage/$name/share/zsh/site-functions" \
  "$stage/$name/share/fish/vendor_completions.d"

cp "$bin/waarborg" "$stage/$name/bin/waarborg"
strip "$stage/$name/bin/waarborg"
program="$stage/$name/bin/waarborg"

mkdir -p "$stage/man"
"$bin/generate-manual" "$program" --output-directory "$stage/man" >/dev/null
cp "$stage/man/waarborg.1" "$stage/$name/share/man/man1/waarborg.1"
"$program" --generate-completion-script bash > "$stage/$name/share/bash-completion/completions/waarborg"
"$program" --generate-completion-script zsh > "$stage/$name/share/zsh/site-functions/_waarborg"
"$program" --generate-completion-script fish > "$stage/$name/share/fish/vendor_completions.d/waarborg.fish"
cp README.md "$stage/$name/README.md"

tarball="$output/$name-linux-x86_64.tar.gz"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$tarball.tmp" "$name"
mv "$tarball.tmp" "$tarball"
echo "$tarball"
