/// The frame of a self-contained HTML report: doctype, language, character set, a
/// content security policy that allows no script and no resource from anywhere, the
/// style sheet inline, and the body.
///
/// Nothing is loaded from outside, so the file works offline and as an e-mail attachment;
/// the policy is a second guard behind escaping, never a replacement for it.
enum HTMLPage {
    static func document(language: String, title: String, body: String, extraStyle: String = "") -> String {
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
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }
}
