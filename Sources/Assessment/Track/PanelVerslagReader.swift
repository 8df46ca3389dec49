public import Diagnostics
public import FileIO
import Questionnaire
import YAML

/// Reads a panel verslag (`docs/track.md`) with every problem of its form located, all in
/// one run: keys (with "did you mean"), dates, decisions, the advice. Whether it is
/// complete is for `PanelVerslagChecker`; a draft reads without errors.
public enum PanelVerslagReader {
    public struct Result: Sendable {
        public var verslag: PanelVerslag?
        public var diagnostics: [Diagnostic]
        public var source: String
        /// Whether the file looks like a verslag (a mapping with `points` or `advice`); a
        /// program about to overwrite a file checks this first.
        public var isVerslag: Bool
    }

    static let topLevelKeys = ["board", "date", "panel", "points", "extra_points", "advice", "conditions", "term", "notes"]
    static let pointKeys = ["id", "title", "decision", "agreed", "owner", "due", "notes"]
    static let extraPointKeys = ["title", "owner", "due", "notes"]

    public static func read(path: String) throws(FileError) -> Result {
        read(bytes: try InputFile.read(path), path: path)
    }

    public static func read(bytes: [UInt8], path: String) -> Result {
        let empty = Message(
            nl: "het bestand is leeg; maak een verslag met: waarborg verslag MAP-VAN-HET-BESTUUR",
            en: "the file is empty; make a verslag with: waarborg verslag BOARD_FOLDER")
        let document = YAMLDocument<PanelVerslag>(bytes: bytes, path: path, empty: .error(empty)) { root, context in
            Decoder(context: context).decode(root)
        }
        let isVerslag = document.root?.mapping.map { $0["points"] != nil || $0["advice"] != nil } ?? false
        return Result(verslag: document.value, diagnostics: document.diagnostics, source: document.source, isVerslag: isVerslag)
    }

    private struct Decoder {
        typealias Subject = DecodingContext.Subject
        let context: DecodingContext

        func decode(_ root: Node) -> PanelVerslag? {
            guard let fields = FieldReader(root, Subject(nl: "het verslag", en: "the verslag"), keys: topLevelKeys, context: context) else {
                return nil
            }
            let board = fields.required("board") { text($0, Subject(nl: "het bestuur", en: "the board")) } ?? ""
            let date = fields.optional("date") { self.date($0, Subject(nl: "de datum van het gesprek", en: "the date of the conversation")) }
            let panel = fields.optional("panel") { texts($0, Subject(nl: "een panellid", en: "a panel member")) } ?? []
            let points = fields.optional("points") { node in list(node, "points") { point($0, extra: false) } } ?? []
            let extra = fields.optional("extra_points") { node in list(node, "extra_points") { point($0, extra: true) } } ?? []
            let advice = fields.optional("advice") { node -> PanelVerslag.Advice? in
                word(node, PanelVerslag.Advice.self, Subject(nl: "het advies", en: "the advice"))
            }
            let conditions = fields.optional("conditions") { texts($0, Subject(nl: "een voorwaarde", en: "a condition")) } ?? []
            let term = fields.optional("term") { self.date($0, Subject(nl: "de termijn", en: "the term")) }
            let notes = fields.optional("notes") { text($0, "notes") }
            var verslag = PanelVerslag(
                board: board, date: date, panel: panel, points: points, extraPoints: extra, advice: advice, conditions: conditions,
                term: term, notes: notes)
            verslag.locations = locations(fields)
            return verslag
        }

        private func point(_ node: Node, extra: Bool) -> PanelVerslag.Point? {
            let what = extra ? Subject(nl: "een extra punt", en: "an extra point") : Subject(nl: "een punt", en: "a point")
            guard let fields = FieldReader(node, what, keys: extra ? extraPointKeys : pointKeys, context: context) else { return nil }
            let id = fields.optional("id") { text($0, Subject(nl: "het id van het punt", en: "the point's id")) }
            let title = fields.optional("title") { text($0, Subject(nl: "de titel", en: "the title")) }
            let decision = fields.optional("decision") { word($0, PanelVerslag.Decision.self, Subject(nl: "het besluit", en: "the decision")) }
            let agreed = fields.optional("agreed") { text($0, "agreed") }
            let owner = fields.optional("owner") { text($0, "owner") }
            let due = fields.optional("due") { date($0, Subject(nl: "de datum (due)", en: "the date (due)")) }
            let notes = fields.optional("notes") { text($0, "notes") }
            var point = PanelVerslag.Point(
                id: extra ? nil : id, title: title ?? "", decision: decision, agreed: agreed, owner: owner, due: due, notes: notes)
            point.locations = locations(fields)
            return point
        }

        // MARK: Values

        private func list<T>(_ node: Node, _ what: Subject, _ item: (Node) -> T?) -> [T]? {
            if node.scalar?.isNull == true { return [] }
            return context.sequence(node, what)?.compactMap(item)
        }

        private func texts(_ node: Node, _ what: Subject) -> [String]? {
            if node.scalar?.isNull == true { return [] }
            if node.scalar != nil { return text(node, what).map { [$0] } ?? [] }
            return context.sequence(node, what)?.compactMap { text($0, what) }
        }

        private func text(_ node: Node, _ what: Subject) -> String? { context.optionalText(node, what) }

        private func date(_ node: Node, _ what: Subject) -> PlanDate? { context.planDate(node, what) }

        /// One of an enum's words, with "did you mean" for a near miss.
        private func word<W: RawRepresentable<String> & CaseIterable>(_ node: Node, _ type: W.Type, _ what: Subject) -> W? {
            guard let text = text(node, what) else { return nil }
            if let word = W(rawValue: text) { return word }
            let choices = W.allCases.map(\.rawValue)
            context.error(
                Message(
                    nl: "\(what.nl) moet een van deze zijn: \(choices.map { "‘\($0)’" }.joined(separator: ", ")), niet ‘\(text)’",
                    en: "\(what.en) must be one of \(choices.map { "'\($0)'" }.joined(separator: ", ")), not '\(text)'")
                    + context.didYouMean(text, in: choices),
                at: node.location)
            return nil
        }

        private func locations(_ fields: FieldReader) -> FieldLocations { FieldLocations(fields) }
    }
}
