import Mustache
import OutputEncoding

/// `{{ }}` in theme overrides escapes with the project's one escaper (`MarkupEscaping`),
/// the same as the built-in pages: swift-mustache's own compares whole `Character`s and
/// lets a quote followed by a combining mark (one `Character`) through unescaped.
///
/// `ThemeLoader` starts every template with `{{% CONTENT_TYPE: HTML_UTF8 }}` (swift-mustache
/// resets the content type in each partial), so theme files need not mention it.
struct HTMLUTF8ContentType: MustacheContentType {
    /// The name templates use in the pragma.
    static let name = "HTML_UTF8"

    /// Makes the pragma known to swift-mustache, once per process; evaluated before any
    /// template is parsed.
    static let registration: Void = MustacheContentTypes.register(HTMLUTF8ContentType(), named: name)

    func escapeText(_ text: String) -> String {
        MarkupEscaping.escaped(text, rules: .html)
    }
}
