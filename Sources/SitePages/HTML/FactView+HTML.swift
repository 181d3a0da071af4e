import Mustache

extension FactView {
    /// The `<dl class="facts">` of an incident or a norm; `context` is the view that holds
    /// the facts, which an override of `facts.mustache` renders with.
    static func write(_ facts: [FactView], context: some MustacheParent, to html: inout HTMLWriter) {
        guard !html.override(.facts, with: context) else { return }
        writeBuiltIn(facts, to: &html)
    }

    static func writeBuiltIn(_ facts: [FactView], to html: inout HTMLWriter) {
        html.raw("<dl class=\"facts\">\n")
        for fact in facts {
            html.raw("<dt>")
            html.text(fact.term)
            html.raw("</dt>\n<dd>")
            if let text = fact.text { html.text(text) }
            fact.time?.write(to: &html)
            html.join(fact.links, separator: ", ") { html, link in link.write(to: &html) }
            fact.range?.write(to: &html)
            html.raw("</dd>\n")
        }
        html.raw("</dl>\n")
    }

    /// The built-in rendering, for `{{{factsHTML}}}` in templates.
    static func builtInHTML(_ facts: [FactView]) -> String {
        var html = HTMLWriter(capacity: 1_024)
        writeBuiltIn(facts, to: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }
}
