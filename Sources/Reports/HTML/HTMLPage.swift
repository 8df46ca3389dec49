/// The frame of a self-contained HTML report: doctype, language, character set, a
/// content security policy that allows no script and no resource from anywhere, the
/// style sheet inline, and the body.
///
/// Nothing is loaded from outside, so the file works offline and as an e-mail attachment;
/// the policy is a second guard behind escaping, never a replacement for it.
enum HTMLPage {
    /// `extraStyle` is added after the shared style sheet; `mainClass` names the `main`
    /// element's class, for pages such as the plan that style their own content.
    static func document(language: String, title: String, body: String, extraStyle: String = "", mainClass: String? = nil) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="generator" content="waarborg">
        <title>\(HTMLText.inline(title))</title>
        <style>
        \(HTMLStyle.sheet)\(extraStyle)</style>
        </head>
        <body>
        <main\(mainClass.map { " class=\"\($0)\"" } ?? "")>
        \(body)</main>
        </body>
        </html>

        """
    }
}
