/// The stable keys that tie a development point to a plan entry across assessments.
///
/// A finding's key is its questionnaire and where it came from: the rule's id, the theme of
/// the built-in theme finding, the question of the built-in *kern* finding. A finding that
/// merged several reasons answers to each of their keys, so an entry keeps its link when
/// one of the overlapping rules stops firing.
public enum PlanKey {
    /// The keys a finding answers to, the first being the one a new entry gets.
    ///
    /// Keys of rules come before those of built-in findings, as a rule's id says more.
    public static func keys(of finding: Finding) -> [String] {
        var rules: [String] = []
        var builtins: [String] = []
        for reason in finding.reasons {
            if let key = key(of: reason, in: finding) {
                if reason.rule.builtin != nil {
                    if !builtins.contains(key) { builtins.append(key) }
                } else if !rules.contains(key) {
                    rules.append(key)
                }
            }
        }
        let all = rules + builtins
        if all.isEmpty { return ["\(finding.questionnaire)/\(slug(finding.title.text(finding.title.primaryLanguage)))"] }
        return all
    }

    /// The id a new entry for the finding gets.
    public static func id(of finding: Finding) -> String { keys(of: finding)[0] }

    /// Whether the entry is the plan's answer to the finding: by its id, or because it
    /// says it `covers` the finding.
    public static func matches(_ entry: PlanEntry, _ finding: Finding) -> Bool {
        let keys = keys(of: finding)
        return keys.contains(entry.id) || entry.covers.contains { keys.contains($0) }
    }

    /// Whether the entry's own id is the finding's: the entry was made for it.
    public static func isMade(_ entry: PlanEntry, for finding: Finding) -> Bool {
        keys(of: finding).contains(entry.id)
    }

    private static func key(of reason: Reason, in finding: Finding) -> String? {
        let prefix = finding.questionnaire + "/"
        switch reason.rule {
        case .builtin(.developmentBelow):
            return finding.theme.map { prefix + "thema/" + $0 }
        case .builtin(.kernLowest):
            for fact in reason.facts {
                if let call = fact.subject.call, call.name == "answer", let question = call.subject { return prefix + "kern/" + question }
            }
            return prefix + "kern/" + slug(finding.title.text(finding.title.primaryLanguage))
        case .builtin(let rule):
            return prefix + rule.rawValue + (finding.theme.map { "/" + $0 } ?? "")
        case .questionnaire(let rule):
            return prefix + rule
        }
    }

    /// Lowercase letters and digits of a text, runs of anything else as one hyphen.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "punt" : out
    }
}
