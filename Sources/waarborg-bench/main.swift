import Assessment
import FileIO
import Questionnaire

#if canImport(Glibc)
import Glibc
#endif

// waarborg-bench: measures loading, scoring and the panel against libyaml's own parse of
// the same bytes. Run with `swift run -c release waarborg-bench [--files N] [--seed S]`.

/// One measured stage.
struct Stage {
    var name: String
    var seconds: Double
    var peak: Double
}

func printError(_ message: String) {
    let text = message + "\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
}

func fail(_ message: String) -> Never {
    printError("waarborg-bench: \(message)")
    exit(70)
}

func benchmark() {
    var count = 10_000
    var seed: UInt64 = 2026
    var runs = 3
    var only: String?
    var keep = false
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        switch argument {
        case "--files": count = Int(arguments.popFirst() ?? "") ?? count
        case "--seed": seed = UInt64(arguments.popFirst() ?? "") ?? seed
        case "--runs": runs = max(1, Int(arguments.popFirst() ?? "") ?? runs)
        case "--only": only = arguments.popFirst()
        case "--keep": keep = true
        default:
            printError("usage: waarborg-bench [--files N] [--seed S] [--runs R] [--only WORD] [--keep]")
            exit(64)
        }
    }

    guard InputFile.isDirectory("questionnaires") else { fail("run from the repository root: ./questionnaires is missing") }
    let root = "questionnaires"
    guard let catalog = try? Catalog.directory(root) else { fail("cannot read \(root)") }
    /// The four questionnaires at 1.0.0, loaded anew on every call.
    func loadQuestionnaires() -> [Questionnaire] {
        catalog.ids.compactMap { id -> Questionnaire? in
            guard let entry = catalog.versions(of: id).first(where: { $0.version == SemanticVersion(1, 0, 0) }) else { return nil }
            return try? catalog.load(entry).questionnaire
        }
    }
    let questionnaires = loadQuestionnaires()
    guard questionnaires.count == 4 else { fail("expected the four questionnaires at version 1.0.0") }

    // Generate the workload into a temporary folder.
    var template = Array("/tmp/waarborg-bench.XXXXXX".utf8CString)
    guard let folderPointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { fail("cannot create a temporary folder") }
    let folder = String(cString: folderPointer)
    let workload = Workload(questionnaires: questionnaires)
    var paths: [String] = []
    var totalBytes = 0
    for index in 0..<count {
        let text = workload.file(index, seed: seed)
        let path = "\(folder)/antwoorden-\(index).yaml"
        do { try AtomicFile.write(text, to: path) } catch { fail("\(error)") }
        paths.append(path)
        totalBytes += text.utf8.count
    }
    print(
        "workload: \(count) answers files, \(totalBytes / count) bytes each on average, \(String(format2: Double(totalBytes) / 1_048_576)) MiB in all (seed \(seed))"
    )

    let resolver = FixedResolver(questionnaires)

    /// A stage run `runs` times: its fastest time (the one least disturbed by anything
    /// else on the machine) and its highest peak memory.
    func measure(_ name: String, _ body: () -> Void) -> Stage {
        var stage = Stage(name: name, seconds: .infinity, peak: 0)
        // `--only` keeps the floor and the stages whose name has the word, for profiling.
        if let only, !name.hasPrefix("floor"), !name.contains(only) { return stage }
        for _ in 0..<runs {
            Measure.resetPeak()
            let start = Measure.now()
            body()
            stage.seconds = min(stage.seconds, Measure.now() - start)
            stage.peak = max(stage.peak, Measure.peakMemory())
        }
        return stage
    }

    func run(_ name: String, _ body: (String, [UInt8]) -> Void, finish: () -> Void = {}) -> Stage {
        measure(name) {
            for path in paths {
                guard let bytes = try? InputFile.read(path) else { fail("cannot read \(path)") }
                body(path, bytes)
            }
            finish()
        }
    }

    var events = 0
    var invalid = 0
    var findings = 0
    var board = BoardAggregate()
    var panelRespondents = 0

    /// A stage as the batch commands run it: files read and assessed on several threads,
    /// the results consumed in order on this one.
    let threads = ParallelBatch()
    let workerResolvers = (0..<threads.threads).map { _ in FixedResolver(loadQuestionnaires()) }
    /// A stage as the batch commands run it: files read and assessed on several threads
    /// (`reduce` runs there too), the results consumed in order on this thread.
    func batch<Output: Sendable>(
        _ name: String, reduce: @escaping @Sendable (RespondentAssessment) -> Output, _ consume: (Output) -> Void,
        finish: () -> Void = {}
    ) -> Stage {
        measure(name) {
            threads.run(paths) { path, worker -> Output? in
                guard let bytes = try? InputFile.read(path) else { return nil }
                let result = AnswersReader.read(bytes: bytes, path: path, resolver: workerResolvers[worker])
                guard let file = result.file else { return nil }
                return reduce(Assessor.assess(file, path: path, questionnaires: result.questionnaires))
            } consume: { output in
                if let output { consume(output) } else { invalid += 1 }
            }
            finish()
        }
    }

    let stages = [
        run("floor: libyaml events") { _, bytes in events += Floor.parse(bytes) },
        run("load: validated answers") { path, bytes in
            if AnswersReader.read(bytes: bytes, path: path, resolver: resolver).file == nil { invalid += 1 }
        },
        run("full: load + score + rules") { path, bytes in
            guard let file = AnswersReader.read(bytes: bytes, path: path, resolver: resolver).file else { invalid += 1; return }
            findings += Assessor.assess(file, path: path, questionnaires: questionnaires).parts.reduce(0) { $0 + $1.findings.count }
        },
        run(
            "panel: full + aggregate all",
            { path, bytes in
                guard let file = AnswersReader.read(bytes: bytes, path: path, resolver: resolver).file else { invalid += 1; return }
                board.add(Assessor.assess(file, path: path, questionnaires: questionnaires))
            },
            finish: {
                findings += PanelAnalysis().brief(board).findings.count
                panelRespondents = board.respondents
                board = BoardAggregate()
            }),
        // As `report` runs: what is written is made on the worker, as the findings' count here.
        // libyaml parses files in parallel as well: the floor of the threaded stages.
        measure("floor on \(threads.threads) threads") {
            threads.run(paths) { path, _ -> Int? in
                guard let bytes = try? InputFile.read(path) else { return nil }
                return Floor.parse(bytes)
            } consume: { parsed in
                if parsed == nil { invalid += 1 }
            }
        },
        batch("full on \(threads.threads) threads", reduce: { $0.parts.reduce(0) { $0 + $1.findings.count } }) { findings += $0 },
        batch(
            "panel on \(threads.threads) threads", reduce: { $0 }, { board.add($0) },
            finish: {
                findings += PanelAnalysis().brief(board).findings.count
                panelRespondents = board.respondents
                board = BoardAggregate()
            }),
    ]
    guard invalid == 0 else { fail("\(invalid) generated files did not validate") }

    let floor = stages[0].seconds
    let threadedFloor = stages.first { $0.name.hasPrefix("floor on") }?.seconds ?? floor
    let megabytes = Double(totalBytes) / 1_048_576
    print("")
    print("Threaded stages are compared with the floor on the same number of threads.")
    print("stage                               time (s)    MB/s   files/s   × floor   peak MiB")
    for stage in stages where stage.seconds.isFinite {
        let sameThreads = stage.name.contains(" threads") ? threadedFloor : floor
        let line = [
            stage.name.padding(34),
            String(format2: stage.seconds).leftPadding(9),
            String(format1: megabytes / stage.seconds).leftPadding(8),
            String(Int(Double(count) / stage.seconds)).leftPadding(9),
            String(format2: stage.seconds / sameThreads).leftPadding(9),
            String(format1: stage.peak).leftPadding(10),
        ].joined(separator: " ")
        print(line)
    }
    print("")
    print(
        "(best of \(runs) runs; per run \(events / runs) events and \(findings / runs) findings over the stages that assess; the panel holds \(panelRespondents) respondents)"
    )

    if keep {
        // For timing the batch commands on the same files: `waarborg report <folder>/*.yaml`.
        print("the workload is kept in \(folder)")
    } else {
        for path in paths { unlink(path) }
        rmdir(folder)
    }

}

benchmark()

extension String {
    init(format2 value: Double) {
        let rounded = (value * 100).rounded() / 100
        var text = String(rounded)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 2 { text += "0" }
        self = text
    }

    init(format1 value: Double) {
        self = String((value * 10).rounded() / 10)
    }

    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
