/// A service norm sellers are measured on, and the rules by which an outage excuses it.
public struct Norm: Sendable, Hashable, Identifiable {
    /// The stretch of time a norm is evaluated over.
    public enum Period: String, Sendable, Hashable, Codable {
        /// Monday 00:00 to Monday 00:00, Amsterdam time (`2023-W51`).
        case isoWeek = "iso-week"
        /// The 1st 00:00 to the next 1st 00:00, Amsterdam time (`2023-12`).
        case month
    }

    /// Extra excused time after an outage ends, because work piles up while it lasts.
    public enum Grace: Sendable, Hashable {
        case none
        /// Step forward N business days, keeping the clock time.
        case businessDays(Int)
        /// The earliest instant by which N hours on business days have elapsed.
        case businessHours(Int)
    }

    public var key: NormKey
    public var name: LocalizedText
    /// The norm's threshold as the seller documentation words it.
    public var threshold: LocalizedText
    public var period: Period
    /// The services whose outage excuses this norm.
    public var services: [ServiceKey]
    public var grace: Grace
    /// Whether only Mon–Fri 09:00–17:00 on business days counts (phone reachability).
    public var officeHoursOnly: Bool

    public init(
        key: NormKey, name: LocalizedText, threshold: LocalizedText, period: Period,
        services: [ServiceKey], grace: Grace, officeHoursOnly: Bool = false
    ) {
        self.key = key
        self.name = name
        self.threshold = threshold
        self.period = period
        self.services = services
        self.grace = grace
        self.officeHoursOnly = officeHoursOnly
    }

    public var id: NormKey { key }
}
