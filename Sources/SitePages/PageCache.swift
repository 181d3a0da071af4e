import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// Pages kept between renders by `storingen serve`, so that editing
/// one incident of thousands renders only the pages that show it. A page is rendered
/// again only when what it is made of changed: for the pages that list incidents, their
/// whole view model (cheap to build and compare next to rendering it); for incident
/// pages, the incident, its state and its excused windows, which saves building 20,000
/// views. A change of theme or settings needs a new cache.
public final class PageCache: @unchecked Sendable {
    /// Everything an incident page is made of besides theme and settings.
    struct IncidentInputs: Equatable, Sendable {
        var incident: Incident
        var state: IncidentState
        var excusals: [NormExcusal]
    }

    /// A page by what it shows, not by its position in the plan (which moves when an
    /// incident is added).
    enum Key: Hashable, Sendable {
        case incident(IncidentID, language: Int)
        case listing(PagePlan.Page)
    }

    private struct Entry {
        var inputs: any Equatable & Sendable
        var contents: Data
    }

    private let lock = NSLock()
    private var pages: [Key: Entry] = [:]
    private var rendered = 0

    public init() {}

    /// The cached bytes when `inputs` equal those they were rendered from, else
    /// `render()`'s, remembered with `inputs`.
    func page<Inputs: Equatable & Sendable>(_ key: Key, inputs: Inputs, render: () -> [UInt8]) -> Data {
        if let cached = lock.withLock({ pages[key] }), let previous = cached.inputs as? Inputs, previous == inputs {
            return cached.contents
        }
        let contents = Data(render())
        lock.withLock {
            pages[key] = Entry(inputs: inputs, contents: contents)
            rendered += 1
        }
        return contents
    }

    /// Pages rendered (not reused) since the cache was made.
    var renderedCount: Int { lock.withLock { rendered } }
}
