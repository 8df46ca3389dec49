import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Kills `waarborg fill` with SIGKILL at random moments: the answers file on disk must always
/// read as a complete answers file holding every answer confirmed before the kill, but the
/// last at most.
@Suite struct FillKillTests {
    /// 30 statements on one scale, no notes: one line of input is one answer.
    static let questionnaires = Fixtures.path("kill")
    static let respondent = ["Anna", "3", "De Linde", ""]

    /// The answer given to statement `n` (1-based): a spread of keys, so a mix-up shows.
    static func answer(_ n: Int) -> String { ["1", "2", "3", "4", "n"][n % 5] }

    @Test func aKilledInterviewLeavesACompleteFile() throws {
        var generator = SystemRandomNumberGenerator()
        let lines = Self.respondent + (1...30).map(Self.answer) + [""]

        let full = try run(lines: lines, killAt: nil)
        #expect(full.confirmed == 30, "\(full.stderr)")
        #expect(full.answers?.count == 30)

        var partial = 0
        for round in 0..<25 {
            // Kill while the program handles a random line, a random moment after it was sent.
            let line = Int.random(in: 0..<lines.count, using: &generator)
            let delay = useconds_t.random(in: 0...2_000, using: &generator)
            let result = try run(lines: lines, killAt: (line, delay))
            let message = "round \(round), killed \(delay) µs after line \(line), \(result.confirmed) confirmed"
            guard let answers = result.answers else {
                // Killed before the respondent was saved: nothing may have been confirmed.
                #expect(result.confirmed == 0, "\(message): no file")
                continue
            }
            if answers.count < 30 { partial += 1 }
            #expect(answers.count >= result.confirmed - 1, "\(message): \(answers.count) in the file")
            #expect(answers.count <= result.confirmed + 1, "\(message): \(answers.count) in the file")
            for (index, value) in answers.enumerated() {
                #expect(value == Self.answer(index + 1), "\(message): answer \(index + 1)")
            }
        }
        // The kills landed in the middle of interviews, not only after them.
        #expect(partial >= 5)
    }

    /// How many times the program asked for a line.
    static func prompts(in text: String) -> Int {
        ["Je naam: ", "Je keuze (", "Het bestuur waarvoor je antwoordt: ", "Je school ("]
            .reduce(0) { $0 + text.components(separatedBy: $1).count - 1 }
    }

    /// One run, sending `lines` one by one and killing the program `killAt.delay` µs after
    /// line `killAt.line` was sent: the answers in the file afterwards (nil when there is
    /// none), how many answers the program had confirmed on stderr, and stderr.
    private func run(lines: [String], killAt: (line: Int, delay: useconds_t)?) throws -> (answers: [String]?, confirmed: Int, stderr: String) {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Waarborg.executable)
        process.arguments = ["fill", "--questionnaires", Self.questionnaires, file]
        process.environment = Waarborg.environment()
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        let collector = StreamCollector(stderr.fileHandleForReading)
        try process.run()
        for (index, line) in lines.enumerated() {
            // Wait until the program asks for this line, so the kill finds it at work on it.
            guard collector.waitUntil({ Self.prompts(in: $0) > index }, seconds: 10) else { break }
            stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
            if let killAt, killAt.line == index {
                usleep(killAt.delay)
                kill(process.processIdentifier, SIGKILL)
                break
            }
        }
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let text = collector.text()
        // A question's screen is printed after the answer before it was saved; the review
        // follows the last one.
        let screens = text.components(separatedBy: "[Snel · Alles · vraag ").count - 1
        let confirmed = max(0, screens - 1) + (text.contains("Alle vragen zijn beantwoord.") ? 1 : 0)

        guard FileManager.default.fileExists(atPath: file) else { return (nil, confirmed, text) }
        let check = try Waarborg.run(["check", "--questionnaires", Self.questionnaires, file])
        #expect(check.status == 0, "the file does not read back: \(check.stderr)\n\(Waarborg.read(file))")
        var answers: [String] = []
        for line in Waarborg.read(file).split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("t.q"), let colon = trimmed.firstIndex(of: ":") else { continue }
            #expect(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 3)..<colon] == Substring("\(answers.count + 1)"))
            answers.append(trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: ""))
        }
        return (answers, confirmed, text)
    }
}

/// Collects a pipe's text as it arrives, so a test can wait for what the program wrote.
final class StreamCollector: @unchecked Sendable {
    private var data = Data()
    private var ended = false
    private let condition = NSCondition()

    init(_ handle: FileHandle) {
        Thread {
            while true {
                let chunk = handle.availableData
                self.condition.lock()
                if chunk.isEmpty { self.ended = true } else { self.data.append(chunk) }
                self.condition.broadcast()
                self.condition.unlock()
                if chunk.isEmpty { break }
            }
        }.start()
    }

    /// Waits until the text so far satisfies `done` or the pipe ends; false on time-out or end.
    func waitUntil(_ done: (String) -> Bool, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if done(String(decoding: data, as: UTF8.self)) { return true }
            if ended || !condition.wait(until: deadline) { return false }
        }
    }

    /// All the text, once the pipe has ended.
    func text() -> String {
        condition.lock()
        defer { condition.unlock() }
        while !ended { condition.wait() }
        return String(decoding: data, as: UTF8.self)
    }
}
