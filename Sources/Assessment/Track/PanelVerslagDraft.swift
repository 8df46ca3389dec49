public import Diagnostics
import YAML

extension PanelVerslag {
    /// A verslag to fill in after the conversation: the plan's speerpunten (all its open
    /// points when it marks none), with owner and date taken from the plan as a start.
    public static func draft(from plan: ActionPlan) -> PanelVerslag {
        let active = plan.entries.filter { $0.status != .vervallen }
        let chosen = active.contains(where: \.speerpunt) ? active.filter(\.speerpunt) : active
        let points = chosen.map { entry in
            Point(
                id: entry.id, title: entry.title, owner: entry.actions.lazy.compactMap(\.owner).first,
                due: entry.evaluation?.date ?? entry.actions.compactMap(\.end).max())
        }
        return PanelVerslag(board: plan.board, points: points)
    }

    /// What is missing or contradicts itself, located; an untouched draft has errors (no
    /// date, no decisions, no advice). `today` is not needed: a verslag records what was.
    public func problems(path: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func error(_ nl: String, _ en: String, _ location: FileLocation?) {
            out.append(.error(Message(nl: nl, en: en), at: location ?? FileLocation(file: path, line: 1, column: 1)))
        }
        if board.allSatisfy(\.isWhitespace) { error("het bestuur is niet ingevuld", "the board is not filled in", locations.key("board")) }
        if date == nil {
            error(
                "de datum van het gesprek is niet ingevuld (date: 2027-03-01)", "the date of the conversation is not filled in (date: 2027-03-01)",
                locations.key("date"))
        }
        if panel.isEmpty { error("noem de leden van het panel (panel:)", "name the panel's members (panel:)", locations.key("panel")) }
        for point in points {
            let name = point.id ?? point.title
            guard let decision = point.decision else {
                error(
                    "bij ‘\(name)’ ontbreekt het besluit: akkoord, aangepast of geschrapt",
                    "'\(name)' has no decision: akkoord, aangepast or geschrapt", point.locations.key("decision"))
                continue
            }
            if decision == .aangepast, point.agreed == nil {
                error(
                    "‘\(name)’ is aangepast: schrijf onder agreed hoe het punt nu luidt",
                    "'\(name)' was changed (aangepast): write under agreed what the point now says", point.locations.key("agreed"))
            }
            if decision != .geschrapt { out += missingOwnerOrDate(point, name: name, error: error) }
        }
        for point in extraPoints {
            if point.title.allSatisfy(\.isWhitespace) {
                error("een extra punt heeft geen titel", "an extra point has no title", point.locations.key("title"))
                continue
            }
            out += missingOwnerOrDate(point, name: point.title, error: error)
        }
        switch advice {
        case nil:
            error(
                "het advies ontbreekt: toetreden, aspirant of niet-nu", "the advice is missing: toetreden, aspirant or niet-nu",
                locations.key("advice"))
        case .aspirant:
            if let term, let date, term <= date {
                error(
                    "de termijn \(term) ligt niet na het gesprek (\(date))", "the term \(term) is not after the conversation (\(date))",
                    locations.value("term"))
            } else if term == nil {
                error(
                    "bij aspirant hoort een termijn: de dag waarop het toetredingsgesprek uiterlijk is (term: 2028-06-30)",
                    "aspirant needs a term: the day of the accession conversation at the latest (term: 2028-06-30)", locations.key("term"))
            }
            if agreedPoints.isEmpty {
                error(
                    "bij aspirant horen afgesproken ontwikkelpunten: de intentieverklaring bestaat eruit",
                    "aspirant needs agreed development points: the intentieverklaring consists of them", locations.value("advice"))
            }
        case .toetreden, .nietNu:
            break
        }
        return out.sortedByLocation()
    }

    private func missingOwnerOrDate(
        _ point: Point, name: String, error: (String, String, FileLocation?) -> Void
    ) -> [Diagnostic] {
        if point.owner == nil {
            error("bij ‘\(name)’ ontbreekt wie het trekt (owner)", "'\(name)' has no owner", point.locations.key("owner"))
        }
        if point.due == nil {
            error(
                "bij ‘\(name)’ ontbreekt de datum waarop het bereikt is (due)", "'\(name)' has no date by which it is reached (due)",
                point.locations.key("due"))
        }
        return []
    }
}

/// Writes a verslag as YAML that `PanelVerslagReader` reads back, with comments where
/// something is still to be filled in.
public struct PanelVerslagWriter: Sendable {
    public var language: String

    public init(language: String = "nl") {
        self.language = language == "en" ? "en" : "nl"
    }

    public func yaml(_ verslag: PanelVerslag) -> String {
        let nl = language == "nl"
        var out =
            (nl
            ? [
                "Verslag van het panelgesprek, opgesteld door waarborg uit het plan van aanpak (zie docs/track.md).",
                "Vul in: de datum, het panel, per punt het besluit (akkoord, aangepast of geschrapt), wie het trekt",
                "en wanneer het bereikt is, punten die het panel toevoegde, en het advies (toetreden, aspirant of niet-nu).",
                "Controleren:  waarborg verslag --check panel-verslag.yaml",
            ]
            : [
                "Report of the panel conversation, drafted by waarborg from the plan van aanpak (see docs/track.md).",
                "Fill in: the date, the panel, per point the decision (akkoord, aangepast or geschrapt), its owner",
                "and the date by which it is reached, points the panel added, and the advice (toetreden, aspirant or niet-nu).",
                "Check:  waarborg verslag --check panel-verslag.yaml",
            ]).map { "# " + $0 + "\n" }.joined()
        out += field("board", text(verslag.board))
        out += field("date", optional(verslag.date?.description))
        out += field("panel", verslag.panel.isEmpty ? .sequence([.scalar("")]) : .sequence(verslag.panel.map(text)))
        out +=
            "\n"
            + (nl
                ? "# Per punt: decision akkoord, aangepast (schrijf onder agreed hoe het nu luidt) of geschrapt.\n"
                : "# Per point: decision akkoord, aangepast (write under agreed what it now says) or geschrapt.\n")
        out += list("points", verslag.points.map { point(extra: false, $0) })
        out +=
            "\n"
            + (nl
                ? "# Punten die het panel toevoegde: title, owner, due (en notes).\n" : "# Points the panel added: title, owner, due (and notes).\n")
        out += list("extra_points", verslag.extraPoints.map { point(extra: true, $0) })
        out +=
            "\n"
            + (nl
                ? "# Advies: toetreden, aspirant (met term: de uiterste dag van het toetredingsgesprek) of niet-nu.\n"
                : "# Advice: toetreden, aspirant (with term: the last day of the accession conversation) or niet-nu.\n")
        out += field("advice", optional(verslag.advice?.rawValue))
        out += field("term", optional(verslag.term?.description))
        out += field("conditions", .sequence(verslag.conditions.map(text)))
        out += field("notes", optional(verslag.notes))
        return out
    }

    private func point(extra: Bool, _ point: PanelVerslag.Point) -> Node {
        var fields: [(String, Node)] = []
        if !extra { fields.append(("id", optional(point.id))) }
        fields.append(("title", text(point.title)))
        if !extra {
            fields.append(("decision", optional(point.decision?.rawValue)))
            fields.append(("agreed", optional(point.agreed)))
        }
        fields.append(("owner", optional(point.owner)))
        fields.append(("due", optional(point.due?.description)))
        fields.append(("notes", optional(point.notes)))
        return .mapping(fields)
    }

    private func list(_ key: String, _ items: [Node]) -> String {
        items.isEmpty ? key + ": []\n" : field(key, .sequence(items))
    }

    private func field(_ key: String, _ value: Node) -> String {
        YAMLEmitter.emit(.mapping([(key, value)]))
    }

    private func text(_ text: String) -> Node { Node(.scalar(Scalar(text, style: .doubleQuoted))) }

    private func optional(_ text: String?) -> Node { text.map(self.text) ?? .scalar("") }
}
