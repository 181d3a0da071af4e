import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// Incident pages kept between renders by `storingen serve`. An incident's page depends
/// only on that incident, its state and the windows it excuses (plus the theme and the
/// settings, whose change starts a new cache), so after an edit to one file every other
/// incident page is reused instead of rendered again.
public final class IncidentPageCache: @unchecked Sendable {
    /// Everything an incident page is made of besides theme and settings.
    struct Inputs: Equatable {
        var incident: Incident
        var state: IncidentState
        var excusals: [NormExcusal]
    }

    private struct Key: Hashable {
        var language: Int
        var id: IncidentID
    }

    private let lock = NSLock()
    private var pages: [Key: (inputs: Inputs, html: String)] = [:]
    private var rendered = 0

    public init() {}

    /// The cached page when its inputs are unchanged, else `render()`'s, remembered.
    func page(language: Int, inputs: Inputs, render: () -> String) -> String {
        let key = Key(language: language, id: inputs.incident.id)
        if let cached = lock.withLock({ pages[key] }), cached.inputs == inputs { return cached.html }
        let html = render()
        lock.withLock {
            pages[key] = (inputs, html)
            rendered += 1
        }
        return html
    }

    /// Pages rendered (not reused) since the cache was made.
    var renderedCount: Int { lock.withLock { rendered } }
}
