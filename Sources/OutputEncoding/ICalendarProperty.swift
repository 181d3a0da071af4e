import Foundation
import IncidentModel

/// One content line of an iCalendar object (`NAME:value`), built through typed
/// constructors so that values are always escaped or formatted as RFC 5545 wants.
public struct ICalendarProperty: Sendable, Hashable {
    /// The property name, upper case (`SUMMARY`, `DTSTART`).
    public var name: String
    /// The value exactly as it is written after the colon (already escaped).
    public var rawValue: String

    /// A property whose value is already in its RFC 5545 form (`VERSION:2.0`).
    public init(name: String, rawValue: String) {
        self.name = name
        self.rawValue = rawValue
    }

    /// A TEXT value, escaped (`\`, `;`, `,`, line breaks).
    public static func text(_ name: String, _ value: String) -> ICalendarProperty {
        ICalendarProperty(name: name, rawValue: ICalendarWriter.escapeText(value))
    }

    /// A DATE-TIME value in UTC (`20231213T112300Z`), which needs no VTIMEZONE.
    public static func utc(_ name: String, _ instant: Date) -> ICalendarProperty {
        ICalendarProperty(name: name, rawValue: utcBasic(instant))
    }

    /// `20231213T112300Z`: the UTC form of RFC 5545 DATE-TIME values and of UIDs.
    public static func utcBasic(_ instant: Date) -> String {
        let utc = LocalDateTime(secondsSinceEpochAsUTC: Int(instant.timeIntervalSince1970.rounded(.down)))
        return "\(utc.year.zeroPadded(4))\(utc.month.zeroPadded())\(utc.day.zeroPadded())T\(utc.hour.zeroPadded())\(utc.minute.zeroPadded())\(utc.second.zeroPadded())Z"
    }
}
