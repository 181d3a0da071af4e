import Foundation
import IncidentModel
import OutputEncoding

/// The page `serve` shows instead of the site while the input has errors: every
/// diagnostic, escaped, refreshing itself so the site returns once the file is fixed.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic]) -> Data {
        let items = diagnostics.map { "<li><code>\(escape($0.description))</code></li>" }.joined(separator: "\n")
        let page = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="refresh" content="2">
            <title>storingen: \(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s")</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}code{white-space:pre-wrap}li{margin:.5rem 0}</style>
            </head>
            <body>
            <h1>The site was not rebuilt: \(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s")</h1>
            <ul>
            \(items)
            </ul>
            <p>This page reloads itself; fix the files and the site comes back.</p>
            </body>
            </html>

            """
        return Data(page.utf8)
    }

    private static func escape(_ text: String) -> String {
        MarkupEscaping.escaped(text, rules: .html)
    }
}
