#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a fixed time.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 60; the targets to all of FuzzYAML, FuzzQuestionnaire,
# FuzzAnswers and FuzzRules. Each starts from seeds copied from the test fixtures,
# questionnaires/ and Examples/ (Fuzz/.build/seeds), keeps what it learns in
# Fuzz/.build/corpus, and writes any input that crashes it, hangs it for more than 10 s or
# takes more than 2 GB to Fuzz/crashes/<target>-…; its log is Fuzz/.build/logs/<target>.log.
# FUZZ_SANITIZERS picks the sanitizers (default fuzzer,address).
#
# Exit status: 0 when no target found a problem, 1 when one did, 2 when the build failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(FuzzYAML FuzzQuestionnaire FuzzAnswers FuzzRules)
fi
sanitizers="${FUZZ_SANITIZERS:-fuzzer,address}"
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi

for product in Diagnostics YAML RuleLanguage Questionnaire Assessment; do
  if ! grep -q "\.library(name: \"$product\"" Package.swift; then
    echo "fuzz: Package.swift must offer the library product $product for Fuzz/ to use it:" >&2
    echo "  .library(name: \"$product\", targets: [\"$product\"])," >&2
    exit 2
  fi
done

scratch="Fuzz/.build"
build=(swift build --package-path Fuzz --scratch-path "$scratch" -c release
       -Xswiftc "-sanitize=$sanitizers" -Xswiftc -parse-as-library)
echo "== building: ${build[*]}"
if ! "${build[@]}"; then
  echo "fuzz: the build failed" >&2
  exit 2
fi
bin="$("${build[@]}" --show-bin-path)"

# Seeds: every file copied under a flat name, so the sources stay untouched.
seed() {  # seed TARGET FILE...
  local dir="$scratch/seeds/$1"
  shift
  local file
  for file in "$@"; do
    [ -f "$file" ] || continue
    cp "$file" "$dir/$(printf '%s' "${file#./}" | tr '/' '_')"
  done
}
rm -rf "$scratch/seeds"
for target in FuzzYAML FuzzQuestionnaire FuzzAnswers FuzzRules; do
  mkdir -p "$scratch/seeds/$target" "$scratch/corpus/$target"
done
mapfile -t questionnaires < <(find questionnaires Tests -path '*/questionnaires/*' -name '*.yaml' -o -path 'Tests/QuestionnaireTests/Fixtures/*' -name '*.yaml' | sort)
mapfile -t answers < <(find Examples Tests/AssessmentTests/Fixtures/answers Tests/EndToEndTests/Fixtures -maxdepth 2 -name '*.yaml' ! -path '*/questionnaires/*' 2>/dev/null | sort)
mapfile -t everything < <(find questionnaires Examples Tests -name '*.yaml' | sort)
seed FuzzYAML "${everything[@]}"
seed FuzzQuestionnaire "${questionnaires[@]}"
seed FuzzAnswers "${answers[@]}"
# Rule seeds: every show_if and when of the questionnaires, one expression a file.
n=0
while IFS= read -r expression; do
  n=$((n + 1))
  printf '%s' "$expression" > "$scratch/seeds/FuzzRules/expression-$n"
done < <(grep -rhoE "(show_if|when): .*" questionnaires Tests/QuestionnaireTests/Fixtures \
           | sed -E "s/^(show_if|when): //; s/^\"(.*)\"$/\1/; s/^'(.*)'$/\1/" | sort -u)
# Inputs that once crashed a target stay in its seeds, so a fix that regresses shows at once.
for target in FuzzYAML FuzzQuestionnaire FuzzAnswers FuzzRules; do
  if [ -d "Tests/EndToEndTests/Fixtures/hostile/fuzz/$target" ]; then
    seed "$target" Tests/EndToEndTests/Fixtures/hostile/fuzz/"$target"/*
  fi
done

mkdir -p Fuzz/crashes "$scratch/logs"
failed=()
for target in "${targets[@]}"; do
  case "$target" in
    FuzzRules) dict="Fuzz/rules.dict" ;;
    *) dict="Fuzz/yaml.dict" ;;
  esac
  log="$scratch/logs/$target.log"
  echo "== $target for ${seconds}s (log: $log)"
  # The Swift runtime's own backtracer would race libFuzzer's; libFuzzer prints the stack.
  WAARBORG_ROOT="$root" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" \
    "$bin/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -detect_leaks=0 \
      -dict="$dict" -artifact_prefix="Fuzz/crashes/$target-" -print_final_stats=1 \
      "$scratch/corpus/$target" "$scratch/seeds/$target" > "$log" 2>&1
  status=$?
  grep -E "^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$log" | sed 's/^/   /'
  if [ $status -ne 0 ]; then
    failed+=("$target")
    echo "!! $target stopped with status $status; the input is in Fuzz/crashes/:" >&2
    grep -aE "(ERROR|Fatal error|oracle:| #[0-9]+ |SUMMARY|Test unit written)" "$log" | head -40 >&2
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: problems found by ${failed[*]}; see Fuzz/crashes/ and Fuzz/.build/logs/" >&2
  exit 1
fi
echo "fuzz: no problems found"
