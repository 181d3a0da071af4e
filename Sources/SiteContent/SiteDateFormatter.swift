import Foundation
import IncidentModel

/// Dates and times as the seed page writes them ("13 december 2023 om 12:23",
/// "19-12 15:00 uur"), in Amsterdam time; English pages get the English equivalents.
public struct SiteDateFormatter: Sendable {
    public let language: Language
    public let clock: WallClock

    public init(language: Language, clock: WallClock = .amsterdam) {
        self.language = language
        self.clock = clock
    }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                              "september", "oktober", "november", "december"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    /// "13 december 2023 om 12:23" / "13 December 2023 at 12:23".
    public func long(_ instant: Date) -> String {
        let local = clock.localDateTime(at: instant)
        return "\(day(local)) \(language == .nl ? "om" : "at") \(time(local))"
    }

    /// "19-12 15:00 uur" / "19-12 15:00", the timeline's short form.
    public func timeline(_ instant: Date) -> String {
        let local = clock.localDateTime(at: instant)
        let text = "\(local.day.zeroPadded())-\(local.month.zeroPadded()) \(time(local))"
        return language == .nl ? text + " uur" : text
    }

    /// "13 december 2023".
    public func day(_ instant: Date) -> String { day(clock.localDateTime(at: instant)) }

    /// "december 2023" / "December 2023", for archive month headings.
    public func month(year: Int, month: Int) -> String {
        "\(monthName(month)) \(year)"
    }

    /// "13-12-2023 12:23", compact and unambiguous, for excused windows.
    public func compact(_ instant: Date) -> String {
        let local = clock.localDateTime(at: instant)
        return "\(local.day.zeroPadded())-\(local.month.zeroPadded())-\(local.year) \(time(local))"
    }

    /// A duration such as "1 dag 3 uur 27 min" / "1 day 3 h 27 min".
    public func duration(seconds: Int) -> String {
        let days = seconds / 86_400, hours = seconds % 86_400 / 3_600, minutes = seconds % 3_600 / 60
        var parts: [String] = []
        if days > 0 { parts.append(language == .nl ? "\(days) \(days == 1 ? "dag" : "dagen")" : "\(days) \(days == 1 ? "day" : "days")") }
        if hours > 0 { parts.append(language == .nl ? "\(hours) uur" : "\(hours) h") }
        if minutes > 0 || parts.isEmpty { parts.append("\(minutes) min") }
        return parts.joined(separator: " ")
    }

    private func day(_ local: LocalDateTime) -> String {
        "\(local.day) \(monthName(local.month)) \(local.year)"
    }

    private func monthName(_ month: Int) -> String {
        (language == .nl ? Self.dutchMonths : Self.englishMonths)[month - 1]
    }

    private func time(_ local: LocalDateTime) -> String { "\(local.hour.zeroPadded()):\(local.minute.zeroPadded())" }
}
