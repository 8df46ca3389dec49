import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `scripts/release.sh` makes a tarball whose program runs on a machine without Swift.
///
/// The release build goes to a scratch folder inside the one `swift test` builds in, so the
/// test writes nothing else into the repository and a second run rebuilds only what changed.
@Suite struct ReleaseTests {
    /// Why the release cannot be built here, or nil: it is built beside the test build, so
    /// only a user who may write that folder (whoever built the package; CI) can build it.
    static let unavailable: String? = {
        guard let folder = try? scratchFolder() else { return "no build folder above the test binary" }
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        return access(parent, W_OK) == 0
            ? nil : "\(parent) is not writable by this user; the release is built by whoever builds the package (CI does)"
    }()

    @Test(.enabled(if: unavailable == nil, Comment(rawValue: unavailable ?? "")))
    func theTarballsProgramRunsWithoutSwift() throws {
        let output = try Waarborg.temporaryFolder()
        let unpacked = try Waarborg.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: unpacked)
        }
        let script = Waarborg.root + "/scripts/release.sh"
        let release = try Self.run(script, ["--scratch-path", try Self.scratchFolder(), output], in: Waarborg.root, environment: nil)
        try #require(release.status == 0, "\(release.stderr.suffix(4000))")
        let tarball = release.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(tarball.hasPrefix(output + "/waarborg-"))
        #expect(tarball.hasSuffix("-linux-x86_64.tar.gz"))

        let untar = try Self.run("/bin/tar", ["-xzf", tarball, "-C", unpacked], in: unpacked)
        try #require(untar.status == 0, "\(untar.stderr)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: unpacked)
        try #require(folders.count == 1 && folders[0].hasPrefix("waarborg-"), "\(folders)")
        let folder = unpacked + "/" + folders[0]
        for file in [
            "bin/waarborg", "share/man/man1/waarborg.1", "README.md",
            "share/bash-completion/completions/waarborg", "share/zsh/site-functions/_waarborg",
            "share/fish/vendor_completions.d/waarborg.fish",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file) is missing")
        }
        #expect(Waarborg.read(folder + "/share/man/man1/waarborg.1").contains("waarborg"))
        #expect(Waarborg.read(folder + "/share/bash-completion/completions/waarborg").contains("_waarborg"))
        #expect(Waarborg.read(folder + "/share/fish/vendor_completions.d/waarborg.fish").contains("complete -c 'waarborg'"))

        let program = folder + "/bin/waarborg"
        let libraries = try Self.run("/usr/bin/ldd", [program], in: unpacked)
        #expect(libraries.status == 0, "\(libraries.stderr)")
        #expect(!libraries.stdout.contains("libswift"), "\(libraries.stdout)")
        #expect(!libraries.stdout.contains("not found"), "\(libraries.stdout)")
        if FileManager.default.fileExists(atPath: "/usr/lib/x86_64-linux-gnu/libyaml.a") {
            #expect(!libraries.stdout.contains("libyaml"), "\(libraries.stdout)")
        }

        // In a folder of its own with only the board's answers, the built-in questionnaires serve.
        let work = unpacked + "/werk"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: false)
        let version = try Self.run(program, ["--version"], in: work)
        #expect(version.status == 0, "\(version.stderr)")
        #expect(version.stdout.hasPrefix("waarborg "))
        #expect(tarball.hasSuffix("/waarborg-\(version.stdout.split(separator: "\n").first?.dropFirst("waarborg ".count) ?? "")-linux-x86_64.tar.gz"))
        #expect(version.stdout.contains("waarborg-1 1.0.0, 2.0.0"))

        let list = try Self.run(program, ["list"], in: work)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("waarborg-4  2.0.0"))

        try FileTree.copy(Waarborg.root + "/questionnaires", to: work + "/questionnaires")
        let lint = try Self.run(program, ["lint", "questionnaires"], in: work)
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        try FileManager.default.removeItem(atPath: work + "/questionnaires")

        try FileTree.copy(Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml", to: work + "/bestuurder.yaml")
        let report = try Self.run(program, ["report", "bestuurder.yaml"], in: work)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Waarborg 1"))
    }

    /// The folder `swift test` builds in (the one holding `workspace-state.json`, usually
    /// `.build`), where the release build gets a scratch folder of its own.
    static func scratchFolder() throws -> String {
        var folder = URL(fileURLWithPath: Waarborg.executable).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("workspace-state.json").path) {
                return folder.appendingPathComponent("release-tarball").path
            }
            folder.deleteLastPathComponent()
        }
        throw WatchedProcess.SpawnError(message: "no build folder above \(Waarborg.executable)")
    }

    /// Runs a program and waits for it. With `environment` nil it inherits the test's
    /// environment (the release script needs Swift); otherwise it gets exactly
    /// `PATH=/usr/bin:/bin`, a UTF-8 locale and no colour: no Swift, no `LD_LIBRARY_PATH`.
    static func run(
        _ executable: String, _ arguments: [String], in folder: String,
        environment: [String: String]? = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1"]
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        try Waarborg.runProgram(executable, arguments, directory: folder, environment: environment)
    }
}
