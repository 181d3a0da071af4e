import IncidentModel

/// A timestamp as an operator wrote it: the year may be missing (inferred later from
/// the incident) and an explicit UTC offset overrides Amsterdam time.
public struct WrittenTimestamp: Sendable, Hashable {
    public var year: Int?
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Seconds east of UTC, when the text gave an offset (`+01:00`, `Z`).
    public var utcOffset: Int?

    public init(year: Int?, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0, utcOffset: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffset = utcOffset
    }

    /// The wall-clock reading in `year`.
    public func local(in year: Int) -> LocalDateTime {
        LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }
}
