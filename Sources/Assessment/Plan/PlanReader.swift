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
        let document = YAMLDocument<ActionPlan>(bytes: bytes, path: path, empty: .error(Diagnostic.emptyPlanMessage)) { root, context in
            PlanDecoder(context: context).decode(root)
        }
        let isPlanFile = document.root?.mapping.map { $0["entries"] != nil || $0["based_on"] != nil } ?? false
        return Result(plan: document.value, diagnostics: document.diagnostics, source: document.source, isPlanFile: isPlanFile)
    }
}

extension Diagnostic {
    fileprivate static let emptyPlanMessage = Message(
        nl:
            "het bestand is leeg; een plan begint met ‘board:’, ‘based_on:’ en ‘entries:’ (maak er een met: waarborg plan draft ANTWOORDEN… --out plan.yaml)",
        en: "the file is empty; a plan starts with 'board:', 'based_on:' and 'entries:' (make one with: waarborg plan draft ANSWERS… --out plan.yaml)"
    )
}
