import IncidentModel
import SourceYAML

/// What parsing needs to know beyond the file itself: the site's catalogue (to check
/// service and norm keys), the time zone of wall-clock times, and the limits.
public struct ParsingContext: Sendable {
    public var catalogue: Catalogue
    public var clock: WallClock
    public var limits: ParsingLimits
    /// Whether incidents come with their texts as HTML (`Update.html`), rendered from the
    /// Markdown tree the parser reads anyway: what a build needs, and `check` does not.
    public var rendersHTML: Bool

    public init(
        catalogue: Catalogue = .standard, clock: WallClock = .amsterdam, limits: ParsingLimits = .standard,
        rendersHTML: Bool = false
    ) {
        self.catalogue = catalogue
        self.clock = clock
        self.limits = limits
        self.rendersHTML = rendersHTML
    }
}
