/// A built-in page, the layout or a fragment written out as a `.mustache` file, so a site
/// can start its own theme from the built-in one instead of from nothing
/// (`storingen theme eject`). Each renders, unmodified, the same bytes as the typed
/// renderer it mirrors (`EjectedThemeTests` holds them to that); they are string
/// literals so that a `storingen` binary copied on its own still has them.
///
/// When a typed renderer in `HTML/` changes, change its template here too.
struct EjectableTemplate: Sendable, Equatable {
    /// The file's name without `.mustache`: a page kind, `layout` or a fragment.
    let name: String
    let text: String

    /// `<name>.mustache`.
    var fileName: String { name + Theme.templateExtension }

    /// Every page kind in `PageKinds.all` order, then the layout, then every fragment in
    /// `ThemeFragment` order: the order `theme eject` writes and lists them in.
    static let all: [EjectableTemplate] = {
        let fragments: [ThemeFragment: EjectableTemplate] = [
            .incidentCard: incidentCard, .incidentRow: incidentRow, .facts: facts, .timeRange: timeRange, .dayBar: dayBar,
        ]
        // Keyed by the enum, so a fragment without a template stops here.
        return PageKinds.all.map { $0.template } + [layout] + ThemeFragment.allCases.map { fragments[$0]! }
    }()
}
