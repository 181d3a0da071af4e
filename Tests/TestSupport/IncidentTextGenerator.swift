import Foundation
import IncidentModel

/// Writes random but valid incident files from a seed, in every timestamp style and
/// status word of docs/authoring.md (Timestamps, Statuses), together with what a correct
/// parser must read from them.
/// Property tests use it to compare the parser, `check --format json` and `update`.
public struct IncidentTextGenerator {
    /// A generated file and the updates it holds, oldest first.
    public struct Generated {
        public var text: String
        public var updates: [(instant: Date, status: UpdateStatus)]
        public var newestFirst: Bool
    }

    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64: small, fast and the same on every platform.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                              "september", "oktober", "november", "december"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    static let words: [UpdateStatus: [String]] = [
        .investigating: ["Onderzoek", "Storing", "investigating"], .identified: ["Oorzaak gevonden", "Geïdentificeerd"],
        .monitoring: ["Monitoren", "In de gaten"], .resolved: ["Opgelost", "Verholpen", "Hersteld", "RESOLVED"],
        .update: ["Update", "Bericht", ""],
    ]

    /// One of the written forms of a wall-clock reading; `withYear: false` only when the
    /// file has `opened:`.
    mutating func stamp(_ local: LocalDateTime, offset: Int, withYear: Bool) -> String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = "\(pad(local.hour)):\(pad(local.minute))"
        let dayMonth = "\(pad(local.day))-\(pad(local.month))"
        let sign = offset < 0 ? "-" : "+"
        let styles: [String] = withYear ? [
            "\(local.year)-\(pad(local.month))-\(pad(local.day)) \(time)",
            "\(local.year)-\(pad(local.month))-\(pad(local.day))T\(time)",
            "\(local.year)-\(pad(local.month))-\(pad(local.day))T\(time)\(sign)\(pad(abs(offset) / 3_600)):00",
            "\(dayMonth)-\(local.year) \(time)",
            "\(local.day) \(Self.dutchMonths[local.month - 1]) \(local.year) om \(time)",
            "\(Self.englishMonths[local.month - 1]) \(local.day), \(local.year) \(time)",
        ] : [
            "\(dayMonth) \(time)", "\(dayMonth): \(time) uur", "\(dayMonth)  \(time) uur",
            "\(local.day) \(Self.dutchMonths[local.month - 1]) \(time)",
        ]
        return styles[next(styles.count)]
    }

    /// A file with 1–8 updates, some reopened, some unresolved, in a random direction.
    public mutating func make(clock: WallClock = .amsterdam) -> Generated {
        // Whole minutes between 2019 and 2026, never inside a DST change hour.
        var instant = Date(timeIntervalSince1970: TimeInterval(1_546_300_800 + next(8 * 365 * 1_440) * 60))
        var updates: [(Date, UpdateStatus)] = []
        var open = false
        for index in 0..<(1 + next(8)) {
            if index > 0 { instant = instant.addingTimeInterval(TimeInterval((5 + next(3_000)) * 60)) }
            let status: UpdateStatus
            if index == 0 {
                status = [.investigating, .identified, .update][next(3)]
            } else if open {
                status = [.identified, .monitoring, .update, .resolved, .resolved][next(5)]
            } else {
                status = [.update, .investigating][next(2)]
            }
            if status.isActive || (index == 0 && status == .update) { open = true }
            if status == .resolved { open = false }
            updates.append((instant, status))
        }
        // `opened:` takes no offset, so a first update in the fall-back hour goes without it.
        let firstIsExact: Bool
        if case .exact = clock.resolve(clock.localDateTime(at: updates[0].0)) { firstIsExact = true } else { firstIsExact = false }
        let withOpened = next(2) == 0 && firstIsExact
        let newestFirst = next(2) == 0
        var lines = ["---", "title: Storing \(next(100_000))", "services: [orders]"]
        if withOpened {
            let local = clock.localDateTime(at: updates[0].0)
            lines.append("opened: \(local.year)-\(local.month < 10 ? "0" : "")\(local.month)-\(local.day < 10 ? "0" : "")\(local.day) \(local.hour < 10 ? "0" : "")\(local.hour):\(local.minute < 10 ? "0" : "")\(local.minute)")
        }
        lines += ["---", ""]
        var written: [(Date, UpdateStatus)] = []
        for (instant, status) in updates {
            // Readings in the fall-back hour need an explicit offset; such instants are skipped.
            guard case .exact = clock.resolve(clock.localDateTime(at: instant)) else { continue }
            written.append((instant, status))
        }
        let ordered = newestFirst ? written.reversed() : written
        for (instant, status) in ordered {
            let local = clock.localDateTime(at: instant)
            let options = Self.words[status]!
            let word = options[next(options.count)]
            let separator = ["—", "–", "-", "·", ":"][next(5)]
            let stamp = stamp(local, offset: clock.utcOffset(at: instant), withYear: !withOpened || next(2) == 0)
            lines.append(word.isEmpty ? "## \(stamp)" : "## \(stamp) \(separator) \(word)")
            lines += ["", "Tekst bij \(word.isEmpty ? "een bericht" : word).", ""]
        }
        return Generated(text: lines.joined(separator: "\n"), updates: written, newestFirst: newestFirst)
    }
}
