import BuiltinQuestionnaires
import Questionnaire

/// What `waarborg --version` prints: the program's version and the questionnaire versions
/// built into it.
enum Version {
    /// The program's version, in this one place; `scripts/release.sh` names the tarball after it.
    static let program = "0.2.0"

    /// The text of `--version`, made from the built-in copy's file names only, so start-up
    /// reads no questionnaire.
    static var text: String {
        describe(builtinPaths: BuiltinQuestionnaires.files.map(\.path))
    }

    /// `waarborg 0.2.0` and a line per questionnaire with its versions in order, for paths
    /// laid out as `…/<id>/<version>.yaml`; other paths (the lock) are left out.
    static func describe(builtinPaths paths: [String]) -> String {
        var versions: [String: [SemanticVersion]] = [:]
        for path in paths {
            let parts = path.split(separator: "/")
            guard parts.count >= 2, let file = parts.last, file.hasSuffix(".yaml"),
                let version = SemanticVersion(String(file.dropLast(5)))
            else { continue }
            versions[String(parts[parts.count - 2]), default: []].append(version)
        }
        var lines = ["waarborg \(program)", "Built-in questionnaires:"]
        for id in versions.keys.sorted() {
            let list = versions[id, default: []].sorted().map(\.description).joined(separator: ", ")
            lines.append("  \(id) \(list)")
        }
        if versions.isEmpty { lines.append("  none") }
        return lines.joined(separator: "\n")
    }
}
