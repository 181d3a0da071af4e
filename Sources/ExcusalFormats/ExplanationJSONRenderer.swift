import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms

/// `excused --explain --format json`: the same steps as the text, as data (schema
/// `api/schema/explanation.schema.json`). Times are RFC 3339 with the Amsterdam offset,
/// seconds whole, dates `YYYY-MM-DD`.
public struct ExplanationJSONRenderer {
    public let language: Language
    public let clock: WallClock
    /// The URL of the schema, for `$schema`.
    public let schema: String

    public init(schema: String, language: Language = .nl, clock: WallClock = .amsterdam) {
        self.schema = schema
        self.language = language
        self.clock = clock
    }

    /// Why one moment is or is not excused.
    public func render(_ explanation: MomentExplanation, moment: Moment) -> String {
        StableJSON.string(MomentDocument(
            schema: schema, asOf: string(moment.instant), timeZone: clock.timeZone.identifier,
            norm: NormName(key: explanation.norm.key.rawValue, name: explanation.norm.name[language]),
            at: string(explanation.instant), excused: explanation.isExcused,
            incidents: explanation.covering.map(\.rawValue),
            window: explanation.window.map(window), before: explanation.before.map(window),
            after: explanation.after.map(window))) + "\n"
    }

    /// Every window of a norm, explained.
    public func render(_ windows: [ExplainedWindow], norm: Norm, moment: Moment) -> String {
        StableJSON.string(WindowsDocument(
            schema: schema, asOf: string(moment.instant), timeZone: clock.timeZone.identifier,
            norm: NormName(key: norm.key.rawValue, name: norm.name[language]), windows: windows.map(window))) + "\n"
    }

    func window(_ explained: ExplainedWindow) -> Window {
        Window(
            start: string(explained.window.range.start), end: string(explained.window.range.end),
            ongoing: explained.window.ongoing, incidents: explained.window.incidents.map(\.rawValue),
            merged: explained.window.incidents.count > 1,
            periods: explained.periods.map { Period(period: $0.period, excusedSeconds: $0.excusedSeconds) },
            derivations: explained.derivations.map(derivation))
    }

    func derivation(_ derivation: ImpactDerivation) -> Derivation {
        Derivation(
            incident: derivation.incident.rawValue, path: derivation.path,
            impact: Impact(
                start: string(derivation.impactRange.start), end: string(derivation.impactRange.end),
                ongoing: derivation.ongoing, opened: edge(derivation.impact.opening),
                closed: derivation.impact.closing.map(edge)),
            grace: Grace(
                rule: derivation.grace.rule, amount: derivation.grace.amount,
                end: derivation.graceEnd.map(string),
                skipped: derivation.skipped.map { day in
                    Skipped(date: day.date.description, reason: day.holiday == nil ? "weekend" : "holiday",
                            holiday: day.holiday?[language])
                }),
            officeHoursOnly: derivation.officeHoursOnly,
            excused: derivation.excused.map { Span(start: string($0.start), end: string($0.end)) })
    }

    func edge(_ edge: SourcedImpactWindow.Edge) -> Edge {
        switch edge {
        case .update(let update):
            Edge(source: "update", at: string(update.instant), line: update.location.line, status: update.status.rawValue)
        case .began(let date): Edge(source: "began", at: string(date), line: nil, status: nil)
        case .opened(let date): Edge(source: "opened", at: string(date), line: nil, status: nil)
        case .scheduled(let date): Edge(source: "scheduled", at: string(date), line: nil, status: nil)
        }
    }

    private func string(_ instant: Date) -> String {
        RFC3339.string(from: instant, in: clock)
    }

    // MARK: - Wire shape, apart from the model so the model can change without breaking clients.

    struct NormName: Encodable {
        var key: String
        var name: String
    }

    struct MomentDocument: Encodable {
        var schema: String
        var asOf: String
        var timeZone: String
        var norm: NormName
        var at: String
        var excused: Bool
        /// The incidents whose own excused window contains the moment.
        var incidents: [String]
        var window: Window?
        var before: Window?
        var after: Window?

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", asOf, timeZone, norm, at, excused, incidents, window, before, after
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(schema, forKey: .schema)
            try container.encode(asOf, forKey: .asOf)
            try container.encode(timeZone, forKey: .timeZone)
            try container.encode(norm, forKey: .norm)
            try container.encode(at, forKey: .at)
            try container.encode(excused, forKey: .excused)
            try container.encode(incidents, forKey: .incidents)
            // null rather than absent: "no window" is an answer.
            try container.encode(window, forKey: .window)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
        }
    }

    struct WindowsDocument: Encodable {
        var schema: String
        var asOf: String
        var timeZone: String
        var norm: NormName
        var windows: [Window]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", asOf, timeZone, norm, windows
        }
    }

    struct Window: Encodable {
        var start: String
        var end: String
        var ongoing: Bool
        /// Every incident merged into the window.
        var incidents: [String]
        var merged: Bool
        var periods: [Period]
        var derivations: [Derivation]
    }

    struct Period: Encodable {
        var period: String
        var excusedSeconds: Int
    }

    struct Derivation: Encodable {
        var incident: String
        var path: String
        var impact: Impact
        var grace: Grace
        var officeHoursOnly: Bool
        var excused: [Span]
    }

    struct Impact: Encodable {
        var start: String
        var end: String
        var ongoing: Bool
        var opened: Edge
        var closed: Edge?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(ongoing, forKey: .ongoing)
            try container.encode(opened, forKey: .opened)
            try container.encode(closed, forKey: .closed)
        }

        enum CodingKeys: String, CodingKey { case start, end, ongoing, opened, closed }
    }

    struct Edge: Encodable {
        /// `update`, `began`, `opened` or `scheduled`.
        var source: String
        var at: String
        var line: Int?
        var status: String?
    }

    struct Grace: Encodable {
        /// `none`, `businessDays` or `businessHours`.
        var rule: String
        var amount: Int
        var end: String?
        var skipped: [Skipped]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(amount, forKey: .amount)
            try container.encode(end, forKey: .end)
            try container.encode(skipped, forKey: .skipped)
        }

        enum CodingKeys: String, CodingKey { case rule, amount, end, skipped }
    }

    struct Skipped: Encodable {
        var date: String
        /// `weekend` or `holiday`.
        var reason: String
        var holiday: String?
    }

    struct Span: Encodable {
        var start: String
        var end: String
    }
}

extension Norm.Grace {
    /// `none`, `businessDays` or `businessHours`: the rule's name in JSON.
    public var rule: String {
        switch self {
        case .none: "none"
        case .businessDays: "businessDays"
        case .businessHours: "businessHours"
        }
    }

    /// How many days or hours (0 for none).
    public var amount: Int {
        switch self {
        case .none: 0
        case .businessDays(let count), .businessHours(let count): count
        }
    }
}
