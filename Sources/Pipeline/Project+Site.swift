import ExcusalFormats
import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteContent
import SiteFeeds
import SitePages

extension Project {
    /// The render stage: every file of the site at the project's moment as a plan (pages
    /// are rendered when the write stage asks for them). Nothing touches the disk here.
    public func renderSite() -> OutputPlan {
        renderSite(snapshot(), cache: nil)
    }

    /// The excusal stage: the site model at the project's moment; `previous` (an earlier
    /// build of `storingen serve`) lends the facts of incidents that did not change.
    public func snapshot(previous: SiteSnapshot? = nil) -> SiteSnapshot {
        SiteSnapshot(configuration: configuration, incidents: incidents, moment: moment, previous: previous)
    }

    /// The render stage of a snapshot. Every file is made when the write stage asks for
    /// it, on every core. `cache`: files of an earlier render with the same theme and
    /// settings, reused where what they are made of did not change (`storingen serve`).
    /// `buildTime`: whether pages and period files state the build time or placeholders
    /// for it (`buildTimeStamps(_:)`).
    public func renderSite(
        _ snapshot: SiteSnapshot, cache: OutputCache?, buildTime: BuildTimeStamps.Form = .written
    ) -> OutputPlan {
        let report = snapshot.excusal
        let excusedJSON = OutputPlan.group(count: 1) {
            let make = { [OutputFile(path: SiteRoutes.excusedJSON, mediaType: ExcusalFormat.json.mediaType, contents: Data(ExcusalJSONRenderer.document(
                report, schema: JSONSchema.excused.url(baseURL: snapshot.configuration.baseURL))))] }
            return cache?.files(SiteRoutes.excusedJSON, inputs: report, make: make) ?? make()
        }
        let calendars = snapshot.routes.flatMap { routes in report.norms.map { (routes, $0) } }
        let calendarPlan = OutputPlan(count: calendars.count) { number in
            let (routes, excusal) = calendars[number]
            let events = cache?.parts(CalendarEventKey.self, ExcusalICalendarRenderer.WrittenEvent.self)
            let make = { Self.calendarFile(excusal, routes: routes, in: report, events: events).contents }
            let path = routes.calendar(excusal.norm.key)
            return cache?.file(path, ExcusalFormat.ics.mediaType, inputs: CalendarInputs(excusal: excusal, moment: report.moment), make: make)
                ?? OutputFile(path: path, mediaType: ExcusalFormat.ics.mediaType, contents: make())
        }
        let rules = OutputPlan.group(count: 1) {
            let make = { [OutputFile(path: SiteRoutes.normsJSON, mediaType: .json, text: Self.normsJSON(snapshot))] }
            return cache?.files(SiteRoutes.normsJSON, inputs: NormsInputs(snapshot), make: make) ?? make()
        }
        let schemas = OutputPlan(count: JSONSchema.allCases.count) { number in
            let schema = JSONSchema.allCases[number]
            let make = { Data(schema.text.utf8) }
            return cache?.file(schema.route, .json, inputs: schema.rawValue, make: make)
                ?? OutputFile(path: schema.route, mediaType: .json, contents: make())
        }
        return OutputPlan(joining: [
            SitePages.plan(snapshot, theme: theme, cache: cache, buildTime: buildTime), SiteFeeds.plan(snapshot, cache: cache, buildTime: buildTime),
            excusedJSON, rules, schemas, calendarPlan, Self.periodFiles(of: snapshot, cache: cache, buildTime: buildTime),
        ])
    }

    /// What replaces the placeholders of a render with `.placeholders`.
    public static func buildTimeStamps(_ snapshot: SiteSnapshot) -> BuildTimeStamps {
        SitePages.buildTimeStamps(snapshot).merging(periodFileStamps(snapshot)).merging(SiteFeeds.buildTimeStamps(snapshot))
    }

    /// `excused/<norm>.ics` (`en/excused/<norm>.ics`): one norm's excused windows as a
    /// calendar, with summaries in the language of its folder.
    /// `events`: the events of earlier renders, by calendar and window (`storingen serve`:
    /// a calendar of thousands of windows is made again at every minute, for its stamp
    /// and its running window, while its other events stay).
    static func calendarFile(
        _ excusal: NormExcusal, routes: SiteRoutes, in report: ExcusalReport,
        events: PartCache<CalendarEventKey, ExcusalICalendarRenderer.WrittenEvent>? = nil
    ) -> OutputFile {
        let path = routes.calendar(excusal.norm.key)
        let bytes = ExcusalICalendarRenderer.calendarBytes(for: excusal, at: report.moment, clock: report.clock, language: routes.language) {
            window, make in events?.part(CalendarEventKey(calendar: path, window: window), make: make) ?? make()
        }
        return OutputFile(path: path, mediaType: ExcusalFormat.ics.mediaType, contents: Data(bytes))
    }
}

extension Project {
    /// `api/norms.json` for the years from the earliest incident to the year after the
    /// moment (graces run into it).
    static func normsJSON(_ snapshot: SiteSnapshot) -> String {
        let configuration = snapshot.configuration
        return NormsJSONRenderer.render(
            catalogue: configuration.catalogue, calendar: configuration.calendar, years: NormsInputs(snapshot).years,
            schema: JSONSchema.norms.url(baseURL: configuration.baseURL))
    }
}

/// `api/norms.json` is made of the catalogue, the calendar's changes and the years covered.
struct NormsInputs: Equatable, Sendable {
    var catalogue: Catalogue
    var added: Set<LocalDate>
    var removed: Set<LocalDate>
    var years: ClosedRange<Int>

    init(_ snapshot: SiteSnapshot) {
        let configuration = snapshot.configuration
        catalogue = configuration.catalogue
        added = configuration.addedHolidays
        removed = configuration.removedHolidays
        let clock = configuration.calendar.clock
        let last = clock.localDateTime(at: snapshot.moment.instant).year + 1
        let first = snapshot.facts.map(\.sortDate).filter { $0 != .distantPast }.min().map { clock.localDateTime(at: $0).year } ?? last - 1
        years = min(first, last)...last
    }
}

/// An event of a norm's calendar: the calendar's path names the norm and the language,
/// and the settings, which a cache is for, the norm's name and the clock; the rest is
/// what the event states of its window. A window merged of a forgotten "Opgelost" and
/// everything since holds thousands of incidents, of which the event names the first
/// few (`ExcusalICalendarRenderer.namedIncidents`) and counts the rest.
struct CalendarEventKey: Hashable, Sendable {
    var calendar: String
    var range: TimeRange
    var ongoing: Bool
    var named: ArraySlice<IncidentID>
    var count: Int

    init(calendar: String, window: ExcusedWindow) {
        self.calendar = calendar
        range = window.range
        ongoing = window.ongoing
        named = window.incidents.prefix(ExcusalICalendarRenderer.namedIncidents)
        count = window.incidents.count
    }

    /// Not the names: the range tells events apart, and a calendar asks for thousands of
    /// events at every minute. Equality still compares them.
    func hash(into hasher: inout Hasher) {
        hasher.combine(calendar)
        hasher.combine(range)
        hasher.combine(count)
    }
}

/// A norm's calendar is made of its windows and stamped with the moment, in each
/// event's `DTSTAMP`: a calendar of no events does not state the moment, and is not made
/// again at every minute.
struct CalendarInputs: Equatable, Sendable {
    var excusal: NormExcusal
    var moment: Moment?

    init(excusal: NormExcusal, moment: Moment) {
        self.excusal = excusal
        self.moment = excusal.windows.isEmpty ? nil : moment
    }
}
