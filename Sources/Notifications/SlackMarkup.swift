import Foundation

/// Markdown as written in incident files turned into Slack's mrkdwn, which differs in
/// bold (`*x*`), links (`<url|text>`) and headings (none), and treats `&`, `<` and `>`
/// as markup that must be escaped (so `<!channel>` in an update cannot ping everyone).
enum SlackMarkup {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func mrkdwn(fromMarkdown markdown: String) -> String {
        var text = escape(markdown)
        // Links first, so the `*` of bold text inside a label survives.
        text = replace(#"\[([^\]\n]+)\]\((https?://[^)\s]+)\)"#, in: text, with: "<$2|$1>")
        text = replace(#"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"#, in: text, with: "*$2*")
        text = replace(#"(?m)^#{1,6}[ \t]+(.+?)[ \t#]*$"#, in: text, with: "*$1*")
        text = replace(#"(?m)^([ \t]*)[-+*][ \t]+"#, in: text, with: "$1• ")
        return text
    }

    private static func replace(_ pattern: String, in text: String, with template: String) -> String {
        // The patterns are constants: compiling them cannot fail.
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
