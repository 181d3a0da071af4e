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

extension ICalendarComponent {
    /// The VCALENDAR every calendar the site publishes is: RFC 5545's required head
    /// (`VERSION`, `PRODID`), Gregorian, published for subscribers, with a display name,
    /// then `extra` properties and the events.
    public static func publishedCalendar(
        product: String, name: String, extra: [ICalendarProperty] = [], events: [ICalendarComponent]
    ) -> ICalendarComponent {
        ICalendarComponent(
            "VCALENDAR",
            properties: [
                ICalendarProperty(name: "VERSION", rawValue: "2.0"),
                ICalendarProperty(name: "PRODID", rawValue: "-//storingen//\(product)//NL"),
                ICalendarProperty(name: "CALSCALE", rawValue: "GREGORIAN"),
                ICalendarProperty(name: "METHOD", rawValue: "PUBLISH"),
                .text("X-WR-CALNAME", name),
            ] + extra,
            components: events)
    }
}
