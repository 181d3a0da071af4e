import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms

/// `api/norms.json`: the rules as data (schema `JSONSchema.norms`), so nobody has to guess
/// how excused time is counted: per norm its names, threshold, period, the services whose
/// outage excuses it, its grace and the clock its time counts on; what a business day and
/// office hours are; and the holidays in effect (built in, and `site.yml`'s changes) for
/// the years the site covers.
public enum NormsJSONRenderer {
    /// Stable JSON; ends with a newline.
    public static func render(
        catalogue: Catalogue, calendar: BusinessCalendar, years: ClosedRange<Int>, schema: String
    ) -> String {
        let builtIn = Set(years.flatMap { DutchHolidayCalendar.holidays(in: $0).map(\.date) })
        let document = Document(
            schema: schema,
            timeZone: calendar.clock.timeZone.identifier,
            businessDays: Text(LocalizedText(
                nl: "Maandag tot en met vrijdag, behalve de feestdagen hieronder. Een uitloop van N werkdagen telt per werkdag door en houdt de kloktijd (vrijdag 17:00 + 1 werkdag = maandag 17:00); N werkuren tellen alleen uren op werkdagen.",
                en: "Monday to Friday, except the holidays below. A grace of N business days steps from business day to business day and keeps the clock time (Friday 17:00 + 1 business day = Monday 17:00); N business hours count only hours on business days.")),
            officeHours: OfficeHours(from: "09:00", until: "17:00", days: Text(LocalizedText(
                nl: "Werkdagen; een norm die alleen kantooruren telt, telt alleen de tijd van 09:00 tot 17:00.",
                en: "Business days; a norm that counts office hours only counts only the time from 09:00 to 17:00."))),
            norms: catalogue.norms.map { norm in
                NormRules(
                    key: norm.key.rawValue, name: Text(norm.name), threshold: Text(norm.threshold), period: norm.period.rawValue,
                    services: norm.services.map(\.rawValue), grace: Grace(rule: norm.grace.rule, amount: norm.grace.amount),
                    clock: norm.officeHoursOnly ? "officeHours" : "calendar")
            },
            holidays: years.flatMap { calendar.holidays(in: $0) }.map { holiday in
                Holiday(date: holiday.date.description, name: Text(holiday.name),
                        source: builtIn.contains(holiday.date) ? "built-in" : "site.yml")
            },
            removedHolidays: calendar.removedHolidays.filter { years.contains($0.year) }.sorted().map(\.description))
        return StableJSON.string(document) + "\n"
    }

    // The wire shape, apart from the model so the model can change without breaking clients.

    struct Document: Encodable {
        var schema: String
        var timeZone: String
        var businessDays: Text
        var officeHours: OfficeHours
        var norms: [NormRules]
        var holidays: [Holiday]
        var removedHolidays: [String]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", timeZone, businessDays, officeHours, norms, holidays, removedHolidays
        }
    }

    struct Text: Encodable {
        var nl: String
        var en: String

        init(_ text: LocalizedText) {
            nl = text.nl
            en = text.en
        }
    }

    struct OfficeHours: Encodable {
        var from: String
        var until: String
        var days: Text
    }

    struct NormRules: Encodable {
        var key: String
        var name: Text
        var threshold: Text
        var period: String
        var services: [String]
        var grace: Grace
        var clock: String
    }

    struct Grace: Encodable {
        var rule: String
        var amount: Int
    }

    struct Holiday: Encodable {
        var date: String
        var name: Text
        var source: String
    }
}
