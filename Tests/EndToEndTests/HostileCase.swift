import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One hostile input, and what `waarborg lint` (as a questionnaire) and `waarborg check`
/// (as an answers file) must answer: an exit code and a clean message at a place.
struct HostileCase: Sendable {
    enum Command: String, Sendable {
        case lint
        case check
    }

    /// Where the first error mentioning the fragment must point.
    enum Place: Sendable, Equatable {
        /// `path:line:column: error:` at exactly this place.
        case at(Int, Int)
        /// `path:line:column: error:` anywhere.
        case somewhere
        /// A problem with the file as a whole: `path: error:` or `path:1:1: error:`.
        case file
    }

    /// What a command must do with the input; exit 0 means no error at all.
    struct Outcome: Sendable {
        var exit: Int32
        var fragment: String?
        var place: Place

        static let clean = Outcome(exit: 0, fragment: nil, place: .somewhere)

        static func bad(_ fragment: String?, _ place: Place) -> Outcome {
            Outcome(exit: 65, fragment: fragment, place: place)
        }

        static func noInput(_ fragment: String?) -> Outcome {
            Outcome(exit: 66, fragment: fragment, place: .file)
        }
    }

    var name: String
    /// Makes the input inside a scratch folder and returns its path.
    var make: @Sendable (_ folder: String) throws -> String
    var lint: Outcome?
    var check: Outcome?

    /// The same outcome for both commands.
    init(_ name: String, _ make: @escaping @Sendable (String) throws -> String, both: Outcome) {
        self.init(name, make, lint: both, check: both)
    }

    init(_ name: String, _ make: @escaping @Sendable (String) throws -> String, lint: Outcome?, check: Outcome?) {
        self.name = name
        self.make = make
        self.lint = lint
        self.check = check
    }
}

/// One command run on one hostile input: the argument of the parameterised test.
struct HostileRun: Sendable, CustomTestStringConvertible {
    var hostile: HostileCase
    var command: HostileCase.Command
    var outcome: HostileCase.Outcome

    var testDescription: String { "\(hostile.name) (\(command.rawValue))" }
}

/// Ways to make an input file.
enum HostileInput {
    /// The folder of committed hostile fixtures.
    static var fixtures: String { Fixtures.path("hostile") }

    /// The questionnaires the answers files are checked against: `proef` 1.0.0.
    static var questionnaires: String { fixtures + "/questionnaires" }

    /// A valid questionnaire and a valid answers file, to vary.
    static var questionnaire: [UInt8] { read(questionnaires + "/proef/1.0.0.yaml") }
    static var answers: [UInt8] { read(fixtures + "/answers.yaml") }

    static func read(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }

    /// A committed fixture, used in place.
    static func fixture(_ name: String) -> @Sendable (String) throws -> String {
        { _ in fixtures + "/" + name }
    }

    /// A file with these bytes.
    static func bytes(_ name: String, _ content: @escaping @Sendable () -> [UInt8]) -> @Sendable (String) throws -> String {
        { folder in
            let path = folder + "/" + name
            guard FileManager.default.createFile(atPath: path, contents: Data(content())) else {
                throw WatchedProcess.SpawnError(message: "cannot write \(path)")
            }
            return path
        }
    }

    static func text(_ name: String, _ content: @escaping @Sendable () -> String) -> @Sendable (String) throws -> String {
        bytes(name) { Array(content().utf8) }
    }

    /// A large file written in pieces by `body`, which gets a function that appends bytes.
    static func stream(
        _ name: String, _ body: @escaping @Sendable (_ write: ([UInt8]) -> Void) -> Void
    ) -> @Sendable (String) throws -> String {
        { folder in
            let path = folder + "/" + name
            guard let file = fopen(path, "wb") else { throw WatchedProcess.SpawnError(message: "cannot write \(path)") }
            defer { fclose(file) }
            body { bytes in _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) } }
            return path
        }
    }

    /// `count` bytes of `byte`, written a mebibyte at a time.
    static func repeated(_ byte: UInt8, count: Int, _ write: ([UInt8]) -> Void) {
        let chunk = [UInt8](repeating: byte, count: 1 << 20)
        var left = count
        while left > 0 {
            write(Array(chunk.prefix(left)))
            left -= min(left, chunk.count)
        }
    }

    /// Every line ending replaced by `ending`.
    static func lineEnds(_ bytes: [UInt8], _ ending: [UInt8]) -> [UInt8] {
        bytes.flatMap { $0 == 0x0A ? ending : [$0] }
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
}
