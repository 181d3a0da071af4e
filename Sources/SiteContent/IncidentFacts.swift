import CommonMark
import Foundation
import IncidentModel
import ServiceNorms

/// What every output needs of one incident besides the incident itself, worked out once
/// per build for pages, feeds, the API and the sitemap alike: its state at the command's
/// moment, the instants it is placed at, its updates newest first with their Markdown as
/// safe HTML, and the norm windows it excuses.
///
/// A class: every page, feed and list passes the facts of thousands of incidents
/// around, and copying a reference is one retain where copying the fields was dozens.
public final class IncidentFacts: Sendable, Equatable {
    public let incident: Incident
    public let state: IncidentState
    /// A moment at which these facts hold: the one they were worked out for, or an earlier
    /// one when a later snapshot found them unchanged and kept them.
    public let moment: Moment
    /// Its impact windows (docs/authoring.md, Impact windows), oldest first.
    public let windows: [ImpactWindow]
    /// Where it is placed in lists: opened, else its first window, else its schedule.
    public let sortDate: Date
    /// When it was first known: `opened:`, else the start of its schedule or impact.
    /// Nil only for an incident with no date at all.
    public let created: Date?
    /// When it last changed: its latest update, else `created`; for maintenance also
    /// the start and end of its window once passed, since it then changes state (and
    /// label) without anyone writing an update.
    public let updated: Date?
    /// When the impact began: its first window, else `created`; nil for maintenance that
    /// has not started yet.
    public let started: Date?
    /// Newest first, as the seed page lists them.
    public let updates: [Update]
    /// The norms it excuses, each with only the windows this incident causes.
    public let excusals: [NormExcusal]
    /// cmark's safe HTML of `incident.summary`; empty when there is none.
    public let summaryHTML: String
    /// cmark's safe HTML of each update body, parallel to `updates`.
    public let updateHTML: [String]
    /// cmark's safe HTML of the postmortem; empty when there is none.
    public let postmortemHTML: String
    /// The incident as written, from one `serve` refresh to the next: facts worked out
    /// again only because the moment moved (an unresolved incident's windows grew) keep
    /// it, so a file that shows that moment only as a placeholder need not be made again.
    public let revision: Revision

    /// Tells one text of an incident from another by identity (`SameIncidents`).
    public final class Revision: Sendable {
        init() {}
    }

    /// Whether `other` shows what these facts show of the incident as written: the same
    /// facts, or facts worked out again only because the moment moved (an unresolved
    /// incident's windows grew) with the same state and last change. Files that list an
    /// incident as written, and not its windows, compare it so.
    public func showsTheSameAsWritten(_ other: IncidentFacts) -> Bool {
        self === other || (revision === other.revision && state == other.state && updated == other.updated)
    }

    /// The facts at `moment` of `incident` as known then (`Moment.known`); `previous`
    /// facts of the same incident (from an earlier build of `storingen serve`) lend their
    /// Markdown HTML and, when nothing they depend on changed, their excused windows.
    public init(_ incident: Incident, at moment: Moment, engine: ExcusalEngine, previous: IncidentFacts? = nil) {
        let same = previous?.incident == incident ? previous : nil
        self.incident = incident
        self.moment = moment
        let windows = same?.windows ?? incident.impactWindows
        self.windows = windows
        let state = IncidentState(of: incident, windows: windows, at: moment)
        self.state = state
        sortDate = Self.sortDate(incident, windows: windows)
        let firstWindow = windows.first
        let created = incident.openedAt ?? incident.scheduled?.start ?? firstWindow?.start
        self.created = created
        var updated = incident.latestUpdate?.instant ?? created
        if incident.kind == .maintenance, let window = firstWindow {
            for transition in [window.start, window.end].compactMap(\.self) where transition <= moment.instant {
                updated = max(updated ?? transition, transition)
            }
        }
        self.updated = updated
        if case .upcoming = state { started = nil } else { started = firstWindow?.start ?? created }
        // Shared with the incident where its file lists newest first: a copy of every
        // update of 10,000 incidents cost `serve` megabytes.
        updates = incident.newestFirstUpdates
        // Ongoing windows end at the moment; closed ones do not depend on it. Of an
        // incident still open, only the periods since its windows changed are worked out.
        if let same, same.moment == moment || windows.last?.isOngoing != true {
            excusals = same.excusals
        } else if let same {
            excusals = engine.excusals(of: incident, at: moment, reusing: same.excusals)
        } else {
            excusals = engine.excusals(of: incident, at: moment)
        }
        summaryHTML = same?.summaryHTML ?? Self.html(incident.summary, rendered: incident.summaryHTML)
        updateHTML = same?.updateHTML ?? updates.map { Self.html($0.body, rendered: $0.html) }
        postmortemHTML = same?.postmortemHTML ?? Self.html(incident.postmortem ?? "", rendered: incident.postmortemHTML)
        revision = same?.revision ?? Revision()
    }

    /// The facts of `incident` at `moment`: `previous` itself when nothing in it changed,
    /// so that files made from it can tell by identity that they need not be made again.
    public static func at(_ moment: Moment, of incident: Incident, engine: ExcusalEngine, previous: IncidentFacts?) -> IncidentFacts {
        // Facts are made of the incident and the moment alone (the engine is the same for
        // one site), so the common case of `serve`'s refresh costs one comparison.
        if let previous, previous.moment == moment || previous.holds(at: moment), previous.incident == incident { return previous }
        let facts = IncidentFacts(incident, at: moment, engine: engine, previous: previous)
        guard let previous, facts.isSame(as: previous) else { return facts }
        return previous
    }

    public var id: IncidentID { incident.id }

    /// Whether these facts are also those at `later`, unworked: nothing in them depends
    /// on the moment once an incident's last window has closed (its state, and its grace,
    /// which runs on past any moment), or once all of a maintenance's windows ended. At
    /// each new minute `serve` asks this of 10,000 incidents, of which a few are open.
    private func holds(at later: Moment) -> Bool {
        guard later.instant >= moment.instant else { return false }
        switch incident.kind {
        case .incident:
            // Without windows, the resolution falls back to the moment when nothing else dates it.
            return windows.last.map { !$0.isOngoing } ?? (incident.latestUpdate != nil || incident.openedAt != nil)
        case .maintenance:
            return !windows.isEmpty && windows.allSatisfy { $0.end.map { $0 <= moment.instant } ?? false }
        }
    }

    /// Equal in everything but the moment they were worked out for.
    private func isSame(as other: IncidentFacts) -> Bool {
        incident == other.incident && state == other.state && windows == other.windows && sortDate == other.sortDate
            && created == other.created && updated == other.updated && started == other.started
            && updates == other.updates && excusals == other.excusals && summaryHTML == other.summaryHTML
            && updateHTML == other.updateHTML && postmortemHTML == other.postmortemHTML
    }

    public static func == (lhs: IncidentFacts, rhs: IncidentFacts) -> Bool {
        lhs === rhs || (lhs.moment == rhs.moment && lhs.isSame(as: rhs))
    }

    /// When an incident is placed in time: opened, else its first window, else its schedule.
    public static func sortDate(_ incident: Incident, windows: [ImpactWindow]? = nil) -> Date {
        incident.openedAt ?? (windows ?? incident.impactWindows).first?.start ?? incident.scheduled?.start ?? .distantPast
    }

    /// Safe HTML of a Markdown text; blank text gives "" so pages can leave it out.
    /// `rendered`: the HTML the parser made of it, when it did.
    private static func html(_ markdown: String, rendered: String?) -> String {
        markdown.allSatisfy(\.isWhitespace) ? "" : rendered ?? CommonMarkConverter.html(fromMarkdown: markdown)
    }
}
