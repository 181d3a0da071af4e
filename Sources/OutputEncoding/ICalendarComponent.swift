/// A `BEGIN:NAME` … `END:NAME` block of an iCalendar object (VCALENDAR, VEVENT), holding
/// properties and nested components in the order they are written.
public struct ICalendarComponent: Sendable, Hashable {
    /// `VCALENDAR`, `VEVENT`, …
    public var name: String
    /// The content lines, written before any nested component.
    public var properties: [ICalendarProperty]
    /// Nested blocks (the VEVENTs of a VCALENDAR).
    public var components: [ICalendarComponent]

    /// A block with its content lines and nested blocks, in writing order.
    public init(_ name: String, properties: [ICalendarProperty], components: [ICalendarComponent] = []) {
        self.name = name
        self.properties = properties
        self.components = components
    }
}
