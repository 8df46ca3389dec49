public import Assessment
import Diagnostics
public import Questionnaire

/// The questionnaires of one role as one self-contained HTML page that a respondent fills
/// in with any browser and saves as an answers file, as `fill` would have written it.
///
/// The page holds its texts (escaped here), its data as JSON and one script
/// (``FormScript``); its Content-Security-Policy allows that script and that style sheet by
/// their hashes and nothing else, so the page loads nothing and runs nothing it did not
/// bring. Which questions are shown is decided in the page by the questionnaire's own
/// `show_if`, compiled to a small tree (`CheckedExpression.portable`).
public struct BrowserForm: Sendable {
    public let questionnaires: [Questionnaire]
    public let role: Role
    public let language: String
    /// The page's title: the instrument's name.
    public let title: String
    /// What happens to the answers, as `fill` says it before the first question.
    public let privacy: String
    /// Answers to start from (`--from`): its respondent, answers and other questionnaires.
    public let file: AnswersFile?
    /// Questionnaires of other answers in `file`, to write those in their question order.
    public let otherQuestionnaires: [Questionnaire]

    public init(
        questionnaires: [Questionnaire], role: Role, language: String, title: String, privacy: String, file: AnswersFile? = nil,
        otherQuestionnaires: [Questionnaire] = []
    ) {
        self.questionnaires = questionnaires
        self.role = role
        self.language = language == "en" ? "en" : "nl"
        self.title = title
        self.privacy = privacy
        self.file = file
        self.otherQuestionnaires = otherQuestionnaires
    }

    /// The questionnaires that ask `role` at least one question, in the order given.
    public static func questionnaires(_ all: [Questionnaire], askedOf role: String) -> [Questionnaire] {
        all.filter { $0.questions.contains { $0.isAsked(of: role) } }
    }

    /// How many questions the form asks.
    public var questionCount: Int { fields.count }

    /// The page.
    public func html() -> String {
        let data = FormData(form: self).json
        let script = FormScript.source
        let style = FormStyle.sheet
        let policy =
            "default-src 'none'; script-src '\(Self.hash(script))'; style-src '\(Self.hash(style))'; "
            + "base-uri 'none'; form-action 'none'"
        let strings = FormStrings(language)
        return """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(policy)">
            <meta name="generator" content="waarborg">
            <title>\(HTMLText.inline(title)) — \(HTMLText.inline(role.label.text(language)))</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>
            \(FormMarkup(form: self, strings: strings).body())</main>
            <script type="application/json" id="waarborg-data">\(Self.scriptSafe(data.rendered()))</script>
            <script>\(script)</script>
            </body>
            </html>

            """
    }

    /// The CSP source of an inline element's text: `sha256-` and its digest in base64.
    static func hash(_ text: String) -> String {
        "sha256-" + Base64.encode(SHA256.digest(Array(text.utf8)))
    }

    /// JSON that cannot end its `<script>` element or open a comment in it: `<`, `>` and
    /// `&` only occur inside strings in JSON, where `\u003c` reads as the same text.
    static func scriptSafe(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": out.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": out.append(contentsOf: "\\u0026".unicodeScalars)
            case "\u{2028}": out.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": out.append(contentsOf: "\\u2029".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Standard base64 with padding, for the policy's hashes.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".unicodeScalars)

    static func encode(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group: UInt32 = 0
            for offset in 0..<3 {
                group <<= 8
                if offset < count { group |= UInt32(bytes[index + offset]) }
            }
            for offset in 0..<4 {
                if offset <= count {
                    out.append(alphabet[Int((group >> UInt32(18 - 6 * offset)) & 0x3F)])
                } else {
                    out.append("=")
                }
            }
            index += 3
        }
        return String(out)
    }
}
