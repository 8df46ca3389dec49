public import Diagnostics
public import FileIO
import Questionnaire
import YAML

/// Reads a plan file (`docs/plan-format.md`) with every problem located, all in one run.
///
/// Only the form is checked here: keys (with "did you mean"), types, dates, statuses.
/// Empty fields are allowed, as a draft has them; whether the plan is complete is for
/// `PlanChecker`.
public enum PlanReader {
    public struct Result: Sendable {
        /// The plan, when the file has no errors.
        public var plan: ActionPlan?
        public var diagnostics: [Diagnostic]
        /// The file's text, for printing source lines under diagnostics.
        public var source: String
        /// Whether the file looks like a plan: a mapping with `entries` or `based_on`. A
        /// program about to overwrite a file checks this first.
        public var isPlanFile: Bool
    }

    /// Reads the file at `path`; a file that cannot be read is a `FileError`.
    public static func read(path: String) throws(FileError) -> Result {
        read(bytes: try InputFile.read(path), path: path)
    }

    /// Reads a plan from bytes that came from `path`.
    public static func read(bytes: [UInt8], path: String) -> Result {
        let source = String(decoding: bytes, as: UTF8.self)
        let root: Node?
        do {
            root = try YAMLParser.parse(bytes: bytes, file: path)
        } catch {
            return Result(plan: nil, diagnostics: error.diagnostics, source: source, isPlanFile: false)
        }
        guard let root else {
            return Result(
                plan: nil, diagnostics: [.emptyPlan(FileLocation(file: path, line: 1, column: 1))], source: source,
                isPlanFile: false)
        }
        let isPlanFile = root.mapping.map { $0["entries"] != nil || $0["based_on"] != nil } ?? false
        let context = DecodingContext(file: path)
        let plan = PlanDecoder(context: context).decode(root)
        let diagnostics = context.diagnostics.sortedByLocation()
        return Result(
            plan: diagnostics.containsErrors ? nil : plan, diagnostics: diagnostics, source: source, isPlanFile: isPlanFile)
    }
}

fileprivate extension Diagnostic {
    static func emptyPlan(_ location: FileLocation) -> Diagnostic {
        .error(
            Message(
                nl:
                    "het bestand is leeg; een plan begint met ‘board:’, ‘based_on:’ en ‘entries:’ (maak er een met: waarborg plan draft ANTWOORDEN… --out plan.yaml)",
                en:
                    "the file is empty; a plan starts with 'board:', 'based_on:' and 'entries:' (make one with: waarborg plan draft ANSWERS… --out plan.yaml)"
            ),
            at: location)
    }
}
