import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hostile inputs, each with the exit code and message `lint` and `check` must give.
///
/// Large inputs are generated into a scratch folder at test time; small ones are committed
/// in `Fixtures/hostile`. The limits they run into are described in `docs/hardening.md`.
enum HostileCorpus {
    typealias Input = HostileInput

    static var runs: [HostileRun] {
        cases.flatMap { hostile in
            [(HostileCase.Command.lint, hostile.lint), (.check, hostile.check)].compactMap { command, outcome in
                outcome.map { HostileRun(hostile: hostile, command: command, outcome: $0) }
            }
        }
    }

    static let cases: [HostileCase] = aliases + nesting + sizes + encodings + structure + files + floods + amplification

    static let aliases: [HostileCase] = [
        HostileCase(
            "billion laughs", Input.fixture("billion-laughs.yaml"),
            both: .bad("aliases expand to more than 100000 nodes", .at(7, 8))),
        HostileCase(
            "quadratic blow-up: one big anchor, many aliases",
            Input.text("quadratic.yaml") {
                "a: &a [" + Array(repeating: "x", count: 10_000).joined(separator: ",") + "]\n"
                    + "b: [" + Array(repeating: "*a", count: 10_000).joined(separator: ",") + "]\n"
            }, both: .bad("aliases expand to more than 100000 nodes", .at(2, 32))),
    ]

    static let nesting: [HostileCase] = [
        HostileCase(
            "10,000 nested flow sequences",
            Input.text("deep-flow.yaml") {
                String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
            }, both: .bad("nesting is too deep", .at(1, 201))),
        HostileCase(
            "10,000 nested flow mappings",
            Input.text("deep-flow-mapping.yaml") {
                String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n"
            }, both: .bad("nesting is too deep", .at(1, 801))),
        HostileCase(
            "10,000 nested block sequences",
            Input.text("deep-block.yaml") {
                String(repeating: "- ", count: 10_000) + "x\n"
            }, both: .bad("nesting is too deep", .at(1, 401))),
        HostileCase(
            "1,000 nested block mappings",
            Input.text("deep-block-mapping.yaml") {
                (0..<1_000).map { String(repeating: " ", count: $0) + "a:\n" }.joined() + String(repeating: " ", count: 1_000) + "x\n"
            }, both: .bad("nesting is too deep", .at(201, 201))),
        HostileCase(
            "an expression nested 3,000 parentheses deep",
            Input.text("deep-expression.yaml") {
                showIf(String(repeating: "(", count: 3_000) + "true" + String(repeating: ")", count: 3_000))
            }, lint: .bad("expression is nested too deeply", .at(25, 120)), check: nil),
        HostileCase(
            "an expression of 27,000 characters",
            Input.text("long-expression.yaml") {
                showIf("true" + String(repeating: " and true", count: 3_000))
            }, lint: .bad("expression is too long", .somewhere), check: nil),
    ]

    static let sizes: [HostileCase] = [
        HostileCase(
            "a 200 MB scalar",
            Input.stream("huge-scalar.yaml") { write in
                write(Array("note: ".utf8))
                Input.repeated(UInt8(ascii: "a"), count: 200 << 20, write)
                write([0x0A])
            }, both: .bad("file is larger than 32 MiB", .file)),
        HostileCase(
            "a 20 MB scalar: under the read limit, over the YAML limit",
            Input.stream("big-scalar.yaml") { write in
                write(Array("note: ".utf8))
                Input.repeated(UInt8(ascii: "a"), count: 20 << 20, write)
                write([0x0A])
            }, both: .bad("file is too large", .file)),
        HostileCase("an endless device", { _ in "/dev/zero" }, both: .bad("file is larger than 32 MiB", .file)),
    ]

    static let encodings: [HostileCase] = [
        HostileCase("invalid UTF-8", Input.fixture("invalid-utf8.yaml"), both: .bad("the file is not valid UTF-8", .at(1, 20))),
        HostileCase("overlong UTF-8", Input.fixture("overlong-utf8.yaml"), both: .bad("the file is not valid UTF-8", .at(1, 16))),
        HostileCase("a UTF-16 surrogate in UTF-8", Input.fixture("surrogate-utf8.yaml"), both: .bad("the file is not valid UTF-8", .at(1, 16))),
        HostileCase("UTF-8 cut off at the end", Input.fixture("truncated-utf8.yaml"), both: .bad("the file is not valid UTF-8", .at(1, 16))),
        HostileCase(
            "a questionnaire with a byte order mark", Input.bytes("bom.yaml") { Input.bom + Input.questionnaire },
            lint: .clean, check: nil),
        HostileCase(
            "answers with a byte order mark", Input.bytes("bom.yaml") { Input.bom + Input.answers },
            lint: nil, check: .clean),
        HostileCase(
            "a byte order mark before an error on line 1",
            Input.bytes("bom-error.yaml") {
                Input.bom + Array("titel: x\n".utf8) + Input.answers
            }, lint: .bad("unknown key 'titel'", .at(1, 1)), check: .bad("unknown key 'titel'", .at(1, 1))),
        HostileCase(
            "a questionnaire with CRLF line ends", Input.bytes("crlf.yaml") { Input.lineEnds(Input.questionnaire, [0x0D, 0x0A]) },
            lint: .clean, check: nil),
        HostileCase(
            "answers with CRLF line ends", Input.bytes("crlf.yaml") { Input.lineEnds(Input.answers, [0x0D, 0x0A]) },
            lint: nil, check: .clean),
        HostileCase(
            "CRLF line ends before an error",
            Input.bytes("crlf-error.yaml") {
                Input.lineEnds(Input.answers + Array("started: 2025-03-14T09:30:00Z\n".utf8), [0x0D, 0x0A])
            }, lint: nil, check: .bad("duplicate key 'started'", .at(lineCount(Input.answers) + 1, 1))),
        HostileCase(
            "a questionnaire with CR line ends", Input.bytes("cr.yaml") { Input.lineEnds(Input.questionnaire, [0x0D]) },
            lint: .clean, check: nil),
        HostileCase(
            "answers with CR line ends", Input.bytes("cr.yaml") { Input.lineEnds(Input.answers, [0x0D]) },
            lint: nil, check: .clean),
        HostileCase("a NUL byte", Input.fixture("nul-byte.yaml"), both: .bad("control character U+0000 is not allowed", .at(1, 17))),
        HostileCase(
            "an escape character", Input.bytes("escape.yaml") { Array("note: \u{1B}[2J\u{1B}]0;pwned\u{07}\n".utf8) },
            both: .bad("control character U+001B is not allowed", .at(1, 7))),
        HostileCase(
            "binary garbage",
            Input.bytes("garbage.yaml") {
                var random = SeededGenerator(seed: 0x5EED)
                return random.bytes(64 << 10)
            }, both: .bad(nil, .somewhere)),
        HostileCase(
            "garbage after valid answers",
            Input.bytes("garbage-tail.yaml") {
                var random = SeededGenerator(seed: 0xBAD)
                return Input.answers + random.bytes(4 << 10)
            }, both: .bad(nil, .somewhere)),
    ]

    static let structure: [HostileCase] = [
        HostileCase(
            "tabs in indentation", Input.fixture("tab-indentation.yaml"),
            both: .bad("a tab character is not allowed here", .at(2, 1))),
        HostileCase(
            "a stream of several documents", Input.fixture("two-documents.yaml"),
            both: .bad("expected a single YAML document", .at(2, 1))),
        HostileCase(
            "an empty file", Input.fixture("empty.yaml"),
            lint: .bad("the file is empty; a questionnaire", .at(1, 1)),
            check: .bad("the file is empty; an answers file", .at(1, 1))),
        HostileCase(
            "only comments and blanks", Input.fixture("only-comments.yaml"),
            lint: .bad("the file is empty; a questionnaire", .at(1, 1)),
            check: .bad("the file is empty; an answers file", .at(1, 1))),
    ]

    static let files: [HostileCase] = [
        // `lint` takes folders of questionnaires by design, so only `check` sees a directory as a file.
        HostileCase(
            "a directory passed as a file",
            { folder in
                let path = folder + "/folder.yaml"
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
                return path
            }, lint: nil, check: .noInput("is a directory")),
        HostileCase(
            "a missing file", { folder in folder + "/missing.yaml" },
            lint: .noInput("no such file or folder"), check: .noInput("no such file")),
        // `lint` calls a symbolic link loop "no such file or folder" (it only asks whether the path exists).
        HostileCase(
            "a symbolic link loop",
            { folder in
                let path = folder + "/loop.yaml"
                guard symlink(path, path) == 0 else { throw WatchedProcess.SpawnError(message: "cannot link \(path)") }
                return path
            }, lint: .noInput(nil), check: .noInput("too many levels of symbolic links")),
        HostileCase(
            "a dangling symbolic link",
            { folder in
                let path = folder + "/dangling.yaml"
                guard symlink(folder + "/nowhere.yaml", path) == 0 else { throw WatchedProcess.SpawnError(message: "cannot link \(path)") }
                return path
            }, lint: .noInput("a symbolic link that leads nowhere or in a loop"), check: .noInput("no such file")),
        HostileCase(
            "a named pipe nobody writes to",
            { folder in
                let path = folder + "/pipe.yaml"
                guard mkfifo(path, 0o644) == 0 else { throw WatchedProcess.SpawnError(message: "cannot make \(path)") }
                return path
            }, lint: .bad("the file is empty; a questionnaire", .at(1, 1)), check: .bad("the file is empty; an answers file", .at(1, 1))),
    ]

    static let floods: [HostileCase] = [
        HostileCase(
            "100,000 duplicate keys",
            Input.text("duplicates.yaml") {
                String(repeating: "a: 1\n", count: 100_000)
            }, both: .bad("too many problems", .at(102, 1))),
        HostileCase(
            "20,000 duplicate keys on one line",
            Input.text("duplicates-one-line.yaml") {
                "{" + Array(repeating: "a: 1", count: 20_000).joined(separator: ", ") + "}\n"
            }, both: .bad("too many problems", .at(1, 608))),
        HostileCase(
            "20,000 unknown keys",
            Input.bytes("unknown-keys.yaml") {
                Input.questionnaire + Array((0..<20_000).map { "onbekend\($0): 1\n" }.joined().utf8)
            }, lint: .bad("unknown key 'onbekend0'", .at(lineCount(Input.questionnaire) + 1, 1)), check: nil),
        HostileCase(
            "20,000 unknown question ids",
            Input.bytes("unknown-questions.yaml") {
                Array(
                    ([
                        "respondent: {name: A, role: schoolopleider, organisation: B}", "questionnaires:",
                        "  - questionnaire: proef", "    version: 1.0.0", "    answers:",
                    ]
                        + (0..<20_000).map { "      rollen.vraag\($0): 1" }).joined(separator: "\n").utf8) + [0x0A]
            }, lint: nil, check: .bad("has no question 'rollen.vraag0'", .somewhere)),
    ]

    /// Files just under the size limit that would make millions of nodes: they stop at the
    /// node that passes `YAMLLimits.maxNodes` (500,000).
    static let amplification: [HostileCase] = [
        // The sequence is node 1, so item 500,000 passes the limit.
        HostileCase(
            "16 MB of empty list items",
            Input.stream("dashes.yaml") { write in
                dashes(write)
            }, both: .bad("the file has more than 500000 values", .at(500_000, 2))),
        HostileCase(
            "2.5 million flow keys in 16 MB",
            Input.stream("flow-keys.yaml") { write in
                write(Array("{".utf8))
                keys(bytes: (16 << 20) - 16, separator: ", ", write)
                write(Array("z}\n".utf8))
            }, both: .bad("the file has more than 500000 values", .somewhere)),
        HostileCase(
            "2 million explicit keys",
            Input.stream("explicit-keys.yaml") { write in
                keys(bytes: (16 << 20) - 16, prefix: "? ", separator: "\n", write)
            }, both: .bad("the file has more than 500000 values", .somewhere)),
        // Key 250,000 is on line 250,000; its value is node 500,001.
        HostileCase(
            "1 million block keys",
            Input.stream("block-keys.yaml") { write in
                keys(count: 1_000_000, separator: ": 1\n", write)
            }, both: .bad("the file has more than 500000 values", .somewhere)),
    ]

    /// Nearly 16 MiB of `-\n`: 8 million empty list items.
    static func dashes(_ write: ([UInt8]) -> Void) {
        let chunk = [UInt8](repeating: 0, count: 1 << 20).enumerated().map { $0.offset % 2 == 0 ? UInt8(ascii: "-") : 0x0A }
        for _ in 0..<15 { write(chunk) }
        write(Array(chunk.prefix((1 << 20) - 16)))
    }

    /// Distinct short keys (`a`, `b`, …, `ba`, …) each followed by `separator`, until
    /// `count` keys or `bytes` bytes.
    static func keys(
        count: Int = .max, bytes: Int = .max, prefix: String = "", separator: String, _ write: ([UInt8]) -> Void
    ) {
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        var buffer: [UInt8] = []
        var written = 0
        var number = 0
        while number < count {
            var name: [UInt8] = []
            var rest = number
            repeat {
                name.append(letters[rest % 26])
                rest /= 26
            } while rest > 0
            let entry = Array(prefix.utf8) + name + Array(separator.utf8)
            guard written + entry.count <= bytes else { break }
            buffer += entry
            written += entry.count
            number += 1
            if buffer.count >= 1 << 20 {
                write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        write(buffer)
    }

    /// The test questionnaire with the `show_if` of its second question replaced.
    static func showIf(_ expression: String) -> String {
        String(decoding: Input.questionnaire, as: UTF8.self)
            .replacingOccurrences(of: "show_if: \"answer(rollen.schoolopleider) >= 2\"", with: "show_if: \"\(expression)\"")
    }

    /// A questionnaire of yes/no questions whose show_if names the question before, and
    /// with `diamonds` also the one before that.
    static func showIfChain(questions: Int, diamonds: Bool) -> String {
        var lines = [
            "questionnaire: ketting", "version: 1.0.0", "safeguard: 3", "title: \"Ketting\"",
            "scales:", "  mate:", "    - {key: \"1\", label: \"Nee\", value: 1}", "    - {key: \"2\", label: \"Ja\", value: 2}",
            "themes:", "  - id: t", "    title: \"T\"", "    questions:",
        ]
        for i in 0..<questions {
            lines += ["      - id: q\(i)", "        type: yesno", "        text: \"Vraag \(i)\""]
            if diamonds, i >= 2 {
                lines.append("        show_if: \"answered(t.q\(i - 1)) or answered(t.q\(i - 2))\"")
            } else if i >= 1 {
                lines.append("        show_if: \"answered(t.q\(i - 1))\"")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.filter { $0 == 0x0A }.count
    }
}
