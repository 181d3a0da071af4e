import Mustache
import OutputEncoding

/// Writes a page as UTF-8 bytes, piece by piece: markup the renderer spells out, text
/// escaped by `MarkupEscaping`, and HTML that is already safe (cmark's output). The
/// built-in theme's renderers write through it, which costs microseconds per page where
/// a template engine's name lookups cost hundreds.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []
    /// Fragments `site/theme/` replaces; nil for the built-in theme.
    let overrides: ThemeOverrides?

    init(capacity: Int = 8_192, overrides: ThemeOverrides? = nil) {
        bytes.reserveCapacity(capacity)
        self.overrides = overrides
    }

    /// Writes `fragment` from its override and returns true, or returns false when the
    /// fragment is built in and the caller writes it.
    mutating func override(_ fragment: ThemeFragment, with view: some MustacheParent) -> Bool {
        guard let overrides, let text = overrides.render(fragment, view) else { return false }
        html(text)
        return true
    }

    /// Markup written in the renderer's source.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// HTML that is already safe: cmark's safe-mode output, or a fragment written by
    /// another renderer.
    mutating func html(_ html: String) {
        bytes.append(contentsOf: html.utf8)
    }

    /// HTML bytes that are already safe (a cached fragment).
    mutating func html(_ html: [UInt8]) {
        bytes.append(contentsOf: html)
    }

    /// A theme slot (`header.html`, …) verbatim, on lines of its own.
    mutating func slot(_ slot: String) {
        html(ThemeSlots.onLinesOfItsOwn(slot))
    }

    /// Text, or a double-quoted attribute value, escaped.
    mutating func text(_ text: String) {
        MarkupEscaping.append(text, rules: .html, to: &bytes)
    }

    /// ` lang="en"` when `lang` is set: text in another language than the page's.
    mutating func langAttribute(_ lang: String?) {
        guard let lang else { return }
        raw(" lang=\"")
        text(lang)
        raw("\"")
    }

    /// Each element written by `write`, with `separator` between them.
    mutating func join<Element>(_ elements: [Element], separator: StaticString, _ write: (inout HTMLWriter, Element) -> Void) {
        for (offset, element) in elements.enumerated() {
            if offset > 0 { raw(separator) }
            write(&self, element)
        }
    }
}

/// A view the built-in theme writes as HTML.
protocol HTMLFragment {
    func write(to html: inout HTMLWriter)
}

/// A fragment a `.mustache` file can replace, rendered as built in when a template
/// uses it as a partial (`{{>incident-card}}` → the view's `{{{html}}}`).
protocol OverridableFragment: HTMLFragment, MustacheParent {
    static var fragment: ThemeFragment { get }
    func writeBuiltIn(to html: inout HTMLWriter)
}

extension OverridableFragment {
    func write(to html: inout HTMLWriter) {
        guard !html.override(Self.fragment, with: self) else { return }
        writeBuiltIn(to: &html)
    }

    /// The built-in rendering, for `{{{html}}}` in templates.
    var builtInHTML: String {
        var html = HTMLWriter(capacity: 1_024)
        writeBuiltIn(to: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }
}
