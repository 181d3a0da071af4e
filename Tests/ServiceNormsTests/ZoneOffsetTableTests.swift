import Foundation
import IncidentModel
import PropertyBased
import Testing
@testable import ServiceNorms

/// The cache must answer exactly as `WallClock` does, or grace and periods would drift.
@Suite("Precomputed time-zone conversions")
struct ZoneOffsetTableTests {
    // Amsterdam, plus zones with unusual histories: a 30-minute DST (Lord Howe), a
    // skipped calendar day (Apia, 30 December 2011), DST suspended for Ramadan (Casablanca),
    // DST on a Friday (Cairo), and no DST at all.
    static let zones = ["Europe/Amsterdam", "Australia/Lord_Howe", "Pacific/Apia", "Africa/Casablanca",
                        "Africa/Cairo", "UTC", "America/Sao_Paulo"]
    // 1900 to 2200 in seconds: the table covers 1970–2100, the rest asks the zone directly.
    static let span = -2_208_988_800...7_258_118_400

    @Test("instants to readings match WallClock.localDateTime", arguments: zones)
    func localDateTime(zone: String) async throws {
        let clock = WallClock(timeZone: try #require(TimeZone(identifier: zone)))
        let cache = ZoneOffsetTable(clock: clock)
        await propertyCheck(count: 2_000, input: Gen.int(in: Self.span)) { seconds in
            let instant = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(cache.localDateTime(at: instant) == clock.localDateTime(at: instant))
        }
    }

    @Test("readings to instants match WallClock.instant, gaps and overlaps included", arguments: zones)
    func instant(zone: String) async throws {
        let clock = WallClock(timeZone: try #require(TimeZone(identifier: zone)))
        let cache = ZoneOffsetTable(clock: clock)
        await propertyCheck(count: 2_000, input: Gen.int(in: Self.span)) { seconds in
            let reading = LocalDateTime(secondsSinceEpochAsUTC: seconds)
            #expect(cache.instant(reading) == clock.instant(reading), "\(reading)")
        }
    }

    @Test("every reading around each Amsterdam DST change of 2024 converts as WallClock does")
    func aroundTransitions() {
        let clock = WallClock.amsterdam
        let cache = ZoneOffsetTable(clock: clock)
        for day in [date("2024-03-31"), date("2024-10-27")] {
            for minute in stride(from: -36 * 60, through: 36 * 60, by: 15) {
                let reading = LocalDateTime(secondsSinceEpochAsUTC: day.midnight.secondsSinceEpochAsUTC + minute * 60)
                #expect(cache.instant(reading) == clock.instant(reading), "\(reading)")
                let instant = clock.instant(reading)
                #expect(cache.localDateTime(at: instant) == clock.localDateTime(at: instant))
            }
        }
    }
}
