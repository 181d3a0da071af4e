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
        return ShortText.make(capacity: dayRoom(local) + 4 + timeRoom(local)) { text in
            appendDay(local, to: &text)
            text.append(language == .nl ? " om " : " at ")
            appendTime(local, to: &text)
        }
    }

    /// "19-12 15:00 uur" / "19-12 15:00", the timeline's short form.
    public func timeline(_ instant: Date) -> String {
        let local = clock.localDateTime(at: instant)
        let room = ShortText.room(local.day) + ShortText.room(local.month) + 2 + timeRoom(local) + 4
        return ShortText.make(capacity: room) { text in
            text.appendZeroPadded(local.day)
            text.append(UInt8(ascii: "-"))
            text.appendZeroPadded(local.month)
            text.append(UInt8(ascii: " "))
            appendTime(local, to: &text)
            if language == .nl { text.append(" uur") }
        }
    }

    /// "13 december 2023".
    public func day(_ instant: Date) -> String {
        let local = clock.localDateTime(at: instant)
        return ShortText.make(capacity: dayRoom(local)) { appendDay(local, to: &$0) }
    }

    /// "december 2023" / "December 2023", for archive month headings.
    public func month(year: Int, month: Int) -> String {
        "\(monthName(month)) \(year)"
    }

    /// "13-12-2023 12:23", compact and unambiguous, for excused windows.
    public func compact(_ instant: Date) -> String {
        let local = clock.localDateTime(at: instant)
        let room = ShortText.room(local.day) + ShortText.room(local.month) + ShortText.room(local.year, width: 1) + 3
            + timeRoom(local)
        return ShortText.make(capacity: room) { text in
            text.appendFields(local.day, local.month, local.year, separator: UInt8(ascii: "-"), lastWidth: 1)
            text.append(UInt8(ascii: " "))
            appendTime(local, to: &text)
        }
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

    /// "13 december 2023".
    private func appendDay(_ local: LocalDateTime, to text: inout ShortText) {
        text.append(local.day)
        text.append(UInt8(ascii: " "))
        text.append(monthName(local.month))
        text.append(UInt8(ascii: " "))
        text.append(local.year)
    }

    /// "12:23": hours and minutes, whatever the seconds.
    private func appendTime(_ local: LocalDateTime, to text: inout ShortText) {
        text.appendZeroPadded(local.hour)
        text.append(UInt8(ascii: ":"))
        text.appendZeroPadded(local.minute)
    }

    private func timeRoom(_ local: LocalDateTime) -> Int {
        ShortText.room(local.hour) + 1 + ShortText.room(local.minute)
    }

    /// The bytes `appendDay` writes.
    private func dayRoom(_ local: LocalDateTime) -> Int {
        ShortText.room(local.day, width: 1) + ShortText.room(local.year, width: 1) + 2 + monthName(local.month).utf8.count
    }

    private func monthName(_ month: Int) -> String {
        (language == .nl ? Self.dutchMonths : Self.englishMonths)[month - 1]
    }
}
