import Mustache

/// Why a theme file cannot be used; each becomes a located diagnostic, and the page
/// falls back to the built-in file of the same name.
enum ThemeError: Sendable, Hashable {
    /// The file could not be read at all.
    case unreadable
    /// Templates are text: the file is not valid UTF-8.
    case notUTF8
    /// swift-mustache rejected the template; the text says why in the operator's terms.
    case unparsable(String)
    /// The templates include each other in a loop (`a` → `b` → `a`), which would never end.
    case recursivePartials([String])
    /// An asset named like a file the site generates at its root (`badge.svg`).
    case generatedName(String)

    /// The message of the diagnostic.
    var message: String {
        switch self {
        case .unreadable:
            "cannot read this theme file"
        case .notUTF8:
            "a theme template must be UTF-8 text"
        case .unparsable(let reason):
            "template does not parse: \(reason); the built-in template is used instead"
        case .recursivePartials(let cycle):
            "templates include each other in a loop (\(cycle.joined(separator: " → "))), which would never end; "
                + "the built-in template is used instead"
        case .generatedName(let name):
            "`\(name)` is a file the site generates, so this theme file is not published; give it another name"
        }
    }

    /// An operator's explanation of a swift-mustache parser error.
    static func reason(for error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section it closes"
        case .unfinishedName: return "unfinished tag: a name must be followed by `}}`"
        case .expectedSectionEnd: return "a section is never closed: add `{{/name}}`"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a block (`{{$name}}`) cannot have a transform"
        case .illegalTokenInsideInheritSection: return "only blocks (`{{$name}}…{{/name}}`) may stand inside `{{<partial}}`"
        case .textInsideInheritSection: return "only blocks (`{{$name}}…{{/name}}`) may stand inside `{{<partial}}`"
        case .invalidConfigVariableSyntax: return "invalid pragma: write `{{% CONTENT_TYPE: HTML}}`"
        case .unrecognisedConfigVariable: return "unknown pragma: only `CONTENT_TYPE` (HTML or TEXT) is supported"
        }
    }
}
