/// A view whose template names are declared in one table, `fields`: each name with how
/// to read it and what it gives. `child(named:)` answers from the table, `storingen theme
/// fields` lists it, and docs/site-and-theme.md's field list is generated from it, so the
/// names a template can use cannot drift from what the view answers.
protocol FieldedView: TemplateView {
    /// What the view is called in the field lists ("link", "time range").
    static var fieldsName: String { get }
    static var fields: TemplateFields<Self> { get }
}

extension FieldedView {
    func child(named name: String) -> Any? {
        Self.fields.value(named: name, of: self)
    }

    /// The fields as the lists show them, without the reading functions.
    static var fieldList: [FieldDescription] { fields.descriptions }
}

/// What a field gives a template.
indirect enum FieldShape: Sendable {
    /// Text, escaped by `{{…}}`.
    case text
    /// Safe HTML, for `{{{…}}}` (the names end in `HTML`).
    case html
    /// A flag for `{{#…}}` and `{{^…}}`.
    case flag
    case number
    /// A nested view, read inside `{{#…}}…{{/…}}`.
    case view(any FieldedView.Type)
    /// May be missing: an empty section.
    case optional(FieldShape)
    /// A list, repeated by a section.
    case list(FieldShape)
}

/// A field without its reading function: its name, shape and a short note.
struct FieldDescription: Sendable {
    let name: String
    let shape: FieldShape
    let note: String?
}

/// One name of a view and how to read it.
struct TemplateField<View>: Sendable {
    let description: FieldDescription
    let read: @Sendable (View) -> Any?

    private init(_ name: String, _ shape: FieldShape, _ note: String?, _ read: @escaping @Sendable (View) -> Any?) {
        description = FieldDescription(name: name, shape: shape, note: note)
        self.read = read
    }

    static func field(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> String) -> Self {
        Self(name, textShape(name), note) { read($0) }
    }

    static func field(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> String?) -> Self {
        Self(name, .optional(textShape(name)), note) { read($0) }
    }

    /// Safe HTML goes by name: `html` and names ending in `HTML` are for `{{{…}}}`.
    private static func textShape(_ name: String) -> FieldShape {
        name == "html" || name.hasSuffix("HTML") ? .html : .text
    }

    static func field(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> Bool) -> Self {
        Self(name, .flag, note) { read($0) }
    }

    static func field(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> Int) -> Self {
        Self(name, .number, note) { read($0) }
    }

    static func field(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> [String]) -> Self {
        Self(name, .list(.text), note) { read($0) }
    }

    static func field<Nested: FieldedView>(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> Nested) -> Self {
        Self(name, .view(Nested.self), note) { read($0) }
    }

    static func field<Nested: FieldedView>(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> Nested?) -> Self {
        Self(name, .optional(.view(Nested.self)), note) { read($0) }
    }

    static func field<Nested: FieldedView>(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> [Nested]) -> Self {
        Self(name, .list(.view(Nested.self)), note) { read($0) }
    }

    static func field<Nested: FieldedView>(_ name: String, note: String? = nil, _ read: @escaping @Sendable (View) -> [[Nested]]) -> Self {
        Self(name, .list(.list(.view(Nested.self))), note) { read($0) }
    }
}

/// A view's fields in the order the lists show them, looked up by name in constant time.
struct TemplateFields<View>: Sendable {
    private let fields: [TemplateField<View>]
    private let positions: [String: Int]

    init(_ fields: [TemplateField<View>]) {
        self.fields = fields
        positions = Dictionary(fields.enumerated().map { ($1.description.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func value(named name: String, of view: View) -> Any? {
        positions[name].flatMap { fields[$0].read(view) }
    }

    var descriptions: [FieldDescription] { fields.map(\.description) }
}
