import IncidentModel
import SourceYAML

/// The front matter of an incident file with the position of every value, checked for
/// shape and vocabulary but not yet turned into instants.
struct FrontMatter {
    /// A `scheduled: START .. END` value.
    struct ScheduledText {
        var start: Located<WrittenTimestamp>
        var end: Located<WrittenTimestamp>
    }

    var title: Located<String>?
    var services: [Located<ServiceKey>]?
    var impact: Located<Impact>?
    var opened: Located<WrittenTimestamp>?
    var began: Located<WrittenTimestamp>?
    var kind: Located<IncidentKind>?
    var scheduled: Located<ScheduledText>?
    var norms: Located<[NormKey]>?
    var language: Located<Language>?
    var slug: Located<String>?
    /// False when the YAML could not be read at all (its error is already reported).
    var isReadable = true
    /// Every key written, valid value or not, so a bad value is not also reported as missing.
    var writtenKeys: Set<String> = []

    /// The keys an incident's front matter may use; anything else is a typo.
    static let keys = ["title", "services", "impact", "opened", "kind", "scheduled", "norms", "began", "lang", "slug"]
}
