/// The fields a template can use, listed from the views' own field tables: for
/// `storingen theme fields` and for the list in docs/site-and-theme.md, which a test
/// holds to this text.
public enum ThemeFields {
    /// How a list is written: Markdown for the docs, plain text for a terminal.
    public enum Style: Sendable {
        case markdown, plain
    }

    /// The names `list(for:)` accepts: the page kinds, `layout` and the fragments.
    public static var names: [String] { ThemeEjector.names }

    /// The fields of the template `name`: its view's, then those of each view nested in it
    /// once; a page's template also reads the layout's. Nil for an unknown name.
    public static func list(for name: String, style: Style = .plain) -> String? {
        guard let view = view(of: name) else { return nil }
        let isPage = PageKinds.templateNames.contains(name)
        let roots: [any FieldedView.Type] = isPage ? [view, LayoutView.self] : [view]
        let heading =
            if isPage { "\(name).mustache reads its page's fields, then the layout's:" }
            else if name == ThemeFragment.facts.rawValue { "\(name).mustache reads the view that holds the facts: facts [fact], {{{factsHTML}}}" }
            else { "\(name).mustache reads:" }
        return ([heading] + reachable(from: roots).map { line(for: $0, style: style) }).joined(separator: "\n") + "\n"
    }

    /// The list of docs/site-and-theme.md: every page, the layout, then every view they nest.
    public static var markdown: String {
        let pages: [any FieldedView.Type] = PageKinds.all.map { $0.view }
        var text = "The pages (each also reads the layout's fields):\n\n"
        text += pages.map { line(for: $0, style: .markdown) }.joined(separator: "\n") + "\n\n"
        text += "The layout, around every page:\n\n" + line(for: LayoutView.self, style: .markdown) + "\n\n"
        text += "The pieces the pages are made of:\n\n"
        let pieces = reachable(from: pages + [LayoutView.self]).dropFirst(pages.count + 1)
        text += pieces.map { line(for: $0, style: .markdown) }.joined(separator: "\n") + "\n"
        return text
    }

    private static func view(of name: String) -> (any FieldedView.Type)? {
        if let kind = PageKinds.all.first(where: { $0.templateName == name }) { return kind.view }
        if name == Theme.layout { return LayoutView.self }
        return ThemeFragment(rawValue: name)?.view
    }

    /// `roots`, then every view their fields nest, each once, in the order first reached.
    private static func reachable(from roots: [any FieldedView.Type]) -> [any FieldedView.Type] {
        var order: [any FieldedView.Type] = []
        var queue = roots
        while !queue.isEmpty {
            let view = queue.removeFirst()
            guard !order.contains(where: { $0 == view }) else { continue }
            order.append(view)
            queue += view.fieldList.compactMap { nested(in: $0.shape) }
        }
        return order
    }

    private static func nested(in shape: FieldShape) -> (any FieldedView.Type)? {
        switch shape {
        case .view(let view): view
        case .optional(let inner), .list(let inner): nested(in: inner)
        case .text, .html, .flag, .number: nil
        }
    }

    /// `- link: `href`, `text`, `linkLang?`…` (Markdown) or `link: href, text, linkLang?…`.
    private static func line(for view: any FieldedView.Type, style: Style) -> String {
        let fields = view.fieldList.map { field($0, style: style) }.joined(separator: ", ")
        switch style {
        case .markdown: return "- \(view.fieldsName): \(fields)."
        case .plain: return "  \(view.fieldsName.replacingOccurrences(of: "`", with: "")): \(fields)"
        }
    }

    private static func field(_ field: FieldDescription, style: Style) -> String {
        let code = { (text: String) in style == .markdown ? "`\(text)`" : text }
        var shape = field.shape
        var optional = false
        if case .optional(let inner) = shape {
            optional = true
            shape = inner
        }
        let name = field.name + (optional ? "?" : "")
        var text = if case .html = shape { code("{{{\(field.name)}}}" + (optional ? "?" : "")) } else { code(name) }
        if let type = typeName(shape) { text += " " + type }
        var notes = field.note.map { [$0] } ?? []
        if case .number = shape { notes.insert("number", at: 0) }
        if !notes.isEmpty { text += " (\(notes.joined(separator: ", ")))" }
        return text
    }

    /// `[link]`, `time`, `[[part]]`, or nil for text and flags.
    private static func typeName(_ shape: FieldShape) -> String? {
        switch shape {
        case .view(let view): plainName(view)
        case .list(let inner): "[\(typeName(inner) ?? "text")]"
        case .optional(let inner): typeName(inner)
        case .text, .html, .flag, .number: nil
        }
    }

    /// The view's name without the template it is the fragment of: `card`, `time range`.
    private static func plainName(_ view: any FieldedView.Type) -> String {
        String(view.fieldsName.split(separator: " (").first ?? "").replacingOccurrences(of: "`", with: "")
    }
}
