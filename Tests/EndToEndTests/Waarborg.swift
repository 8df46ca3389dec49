import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `waarborg` executable and the files the end-to-end tests run it on.
enum Waarborg {
    /// The executable beside the test bundle: `swift test` builds it, as this target
    /// depends on it.
    static var executable: String {
        var candidates: [String] = []
        let bundle = Bundle.main.bundlePath
        candidates.append(URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("waarborg").path)
        let argument = CommandLine.arguments[0]
        candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("waarborg").path)
        // On macOS the test bundle lives inside .xctest/Contents/MacOS.
        candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("../../../waarborg").standardized.path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// The test questionnaires: `proef` in versions 1.0.0 and 1.1.0.
    static var questionnaires: String { Fixtures.path("questionnaires") }

    /// The repository's root folder.
    static var root: String {
        URL(fileURLWithPath: Fixtures.path("")).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// A fresh empty folder for one test.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "waarborg-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// The environment the program runs in: a UTF-8 locale, no colour unless asked.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TERM": "xterm-256color"]
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs the program with `input` on a pipe and returns its exit status, stdout and stderr.
    static func run(
        _ arguments: [String], input: String = "", directory: String? = nil, environment: [String: String] = [:]
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProgram(executable, arguments, input: input, directory: directory, environment: Self.environment(environment))
    }

    /// Runs any program, waits for it and returns its exit status, stdout and stderr;
    /// `input` goes to its stdin on a pipe (none: stdin is /dev/null), and with `environment`
    /// nil it inherits the test's.
    static func runProgram(
        _ program: String, _ arguments: [String], input: String? = nil, directory: String? = nil,
        environment: [String: String]?
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        if let stdin, let input {
            let writer = Thread {
                stdin.fileHandleForWriting.write(Data(input.utf8))
                try? stdin.fileHandleForWriting.close()
            }
            writer.start()
        }
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        let out = readToEnd(stdout.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), errorData.text())
    }
}

/// Reads a pipe to its end on a thread of its own, so a full pipe never blocks the child.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            let all = readToEnd(handle)
            self.data = all
            self.done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Everything a pipe gives until its end, read with `read(2)` and retried when a signal
/// interrupts it: Foundation's `readDataToEndOfFile` traps on `EINTR`.
func readToEnd(_ handle: FileHandle) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    let fd = handle.fileDescriptor
    while true {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            data.append(contentsOf: buffer[0..<count])
        } else if count < 0, errno == EINTR {
            continue
        } else {
            return data
        }
    }
}
