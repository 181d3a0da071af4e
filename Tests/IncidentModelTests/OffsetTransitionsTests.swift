import Foundation
import IncidentModel
import PropertyBased
import Testing

/// WallClock answers from a precomputed offset table; it must agree exactly with asking
/// `TimeZone` directly, or timestamps, grace and periods would drift.
@Suite("Precomputed time-zone conversions")
struct OffsetTransitionsTests {
    /// The straightforward conversions the table replaces: every question goes to TimeZone.
    struct DirectClock {
        let zone: TimeZone

        func offset(_ seconds: Int) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) }

        func localDateTime(at instant: Date) -> LocalDateTime {
            let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
            return LocalDateTime(secondsSinceEpochAsUTC: seconds + offset(seconds))
        }

        func instant(_ local: LocalDateTime) -> Date {
            let naive = local.secondsSinceEpochAsUTC
            let fits = Set([-86_400, 0, 86_400].map { offset(naive + $0) }).map { naive - $0 }.filter { offset($0) == naive - $0 }
            guard let later = fits.max() else { return Date(timeIntervalSince1970: TimeInterval(naive - offset(naive - 86_400))) }
            return Date(timeIntervalSince1970: TimeInterval(later))
        }
    }

    // Amsterdam, plus zones with unusual histories: a 30-minute DST (Lord Howe), a
    // skipped calendar day (Apia, 30 December 2011), DST suspended for Ramadan (Casablanca),
    // DST on a Friday (Cairo), and no DST at all.
    static let zones = ["Europe/Amsterdam", "Australia/Lord_Howe", "Pacific/Apia", "Africa/Casablanca",
                        "Africa/Cairo", "UTC", "America/Sao_Paulo"]
    // 1900 to 2200 in seconds: the table covers 1970–2100, the rest asks the zone directly.
    static let span = -2_208_988_800...7_258_118_400

    @Test("instants to readings match TimeZone", arguments: zones)
    func localDateTime(zone: String) async throws {
        let clock = WallClock(timeZone: try #require(TimeZone(identifier: zone)))
        let cache = DirectClock(zone: clock.timeZone)
        await propertyCheck(count: 2_000, input: Gen.int(in: Self.span)) { seconds in
            let instant = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(cache.localDateTime(at: instant) == clock.localDateTime(at: instant))
        }
    }

    @Test("readings to instants match TimeZone, gaps and overlaps included", arguments: zones)
    func instant(zone: String) async throws {
        let clock = WallClock(timeZone: try #require(TimeZone(identifier: zone)))
        let cache = DirectClock(zone: clock.timeZone)
        await propertyCheck(count: 2_000, input: Gen.int(in: Self.span)) { seconds in
            let reading = LocalDateTime(secondsSinceEpochAsUTC: seconds)
            #expect(cache.instant(reading) == clock.instant(reading), "\(reading)")
        }
    }

    @Test("every reading around each Amsterdam DST change of 2024 converts as WallClock does")
    func aroundTransitions() {
        let clock = WallClock.amsterdam
        let cache = DirectClock(zone: clock.timeZone)
        for day in [LocalDateTime(year: 2024, month: 3, day: 31), LocalDateTime(year: 2024, month: 10, day: 27)] {
            for minute in stride(from: -36 * 60, through: 36 * 60, by: 15) {
                let reading = LocalDateTime(secondsSinceEpochAsUTC: day.secondsSinceEpochAsUTC + minute * 60)
                #expect(cache.instant(reading) == clock.instant(reading), "\(reading)")
                let instant = clock.instant(reading)
                #expect(cache.localDateTime(at: instant) == clock.localDateTime(at: instant))
            }
        }
    }
}
