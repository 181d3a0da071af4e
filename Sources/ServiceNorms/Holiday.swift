import IncidentModel

/// A public holiday: a date on which no business day falls, with the name the site shows.
public struct Holiday: Sendable, Hashable {
    /// The local date of the day off.
    public var date: LocalDate
    /// The name in Dutch and English (`Koningsdag`, `King's Day`).
    public var name: LocalizedText

    /// A holiday on `date` called `name`.
    public init(date: LocalDate, name: LocalizedText) {
        self.date = date
        self.name = name
    }
}
