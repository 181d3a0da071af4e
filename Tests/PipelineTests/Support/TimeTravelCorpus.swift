import Foundation
import IncidentModel
import IncidentParsing
import TestSupport

/// A corpus of incident files for time-travel tests: their texts, the parsed incidents,
/// and each file cut to the updates written by a moment, as the files stood then.
struct TimeTravelCorpus {
    struct File {
        var path: String
        var text: String
        var incident: Incident
    }

    var files: [File]

    /// Every file of a folder (the example `incidents/`), parsed as `check` parses it.
    static func folder(_ folder: URL, parser: IncidentParser = IncidentParser()) throws -> TimeTravelCorpus {
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        return try TimeTravelCorpus(files: paths.map { relative in
            let path = folder.appendingPathComponent(relative).path
            return try File(path: path, text: String(contentsOfFile: path, encoding: .utf8), parser: parser)
        })
    }

    /// `count` generated incidents and maintenance: reopened and ongoing incidents in both
    /// directions and every timestamp style, maintenance announced ahead that runs once or
    /// twice (the second run sometimes still under way), and outages across DST changes.
    static func generated(count: Int, seed: UInt64, parser: IncidentParser = IncidentParser()) throws -> TimeTravelCorpus {
        var random = IncidentTextGenerator(seed: seed)
        let services = ["orders", "shipping", "cancellations", "customer-questions", "phone", "returns"]
        var texts: [String] = []
        for number in 0..<count {
            switch number % 10 {
            case 8: texts.append(maintenance(number, twice: number % 20 == 8, finished: number % 40 != 28))
            case 9: texts.append(acrossDST(number))
            default:
                texts.append(random.make().text.replacingOccurrences(
                    of: "services: [orders]", with: "services: [\(services[number % services.count])]"))
            }
        }
        return try TimeTravelCorpus(files: texts.enumerated().map { number, text in
            try File(path: "incidents/generated-\(number).md", text: text, parser: parser)
        })
    }

    /// Every instant an update is dated at, with a second before and after each.
    var instants: [Date] {
        let updates = Set(files.flatMap { $0.incident.updates.map(\.instant) })
        return Set(updates.flatMap { [$0.addingTimeInterval(-1), $0, $0.addingTimeInterval(1)] }).sorted()
    }

    /// The files as they stood at `moment`: each cut to its updates dated at or before it,
    /// and files left without updates removed.
    func cut(at moment: Moment) -> [(path: String, text: String)] {
        files.compactMap { file in file.cut(at: moment.instant).map { (file.path, $0) } }
    }

    // MARK: - Generated files

    private static let clock = WallClock.amsterdam

    private static func stamp(_ instant: Date) -> String {
        // 2024-03-31T01:30+01:00: the offset says which of a fall-back hour's two readings.
        RFC3339.string(from: instant, in: clock).replacingOccurrences(of: ":00+", with: "+")
    }

    private static func day(_ number: Int) -> Date {
        // Spread over 2023–2025, on whole quarter hours.
        Date(timeIntervalSince1970: 1_672_531_200 + Double((number * 7_919) % 1_000) * 86_400 + Double(number % 96) * 900)
    }

    private static func maintenance(_ number: Int, twice: Bool, finished: Bool) -> String {
        let start = day(number).addingTimeInterval(22 * 3_600)
        let end = start.addingTimeInterval(4 * 3_600)
        var updates = [(start.addingTimeInterval(-5 * 86_400), "Gepland"), (start.addingTimeInterval(600), "Bezig"),
                       (start.addingTimeInterval(3 * 3_600), "Afgerond")]
        if twice {
            updates += [(start.addingTimeInterval(86_400), "Bezig")]
            if finished { updates += [(start.addingTimeInterval(86_400 + 2 * 3_600), "Afgerond")] }
        }
        let local = { (instant: Date) in
            let time = clock.localDateTime(at: instant)
            return String(format: "%04d-%02d-%02d %02d:%02d", time.year, time.month, time.day, time.hour, time.minute)
        }
        return (["---", "title: Onderhoud \(number)", "kind: maintenance", "services: [shipping, returns]",
                 "scheduled: \(local(start)) .. \(local(end))", "---", ""]
            + updates.flatMap { ["## \(stamp($0.0)) — \($0.1)", "", "Onderhoud \(number): \($0.1).", ""] })
            .joined(separator: "\n")
    }

    /// An outage that starts before a DST change and is resolved after it, written with
    /// offsets (the fall-back hour happens twice), reopened the next day.
    private static func acrossDST(_ number: Int) -> String {
        let changes: [(String, String, String, String)] = [
            ("2024-03-31T01:30+01:00", "2024-03-31T03:10+02:00", "2024-04-01T09:00+02:00", "2024-04-01T17:45+02:00"),
            ("2024-10-27T02:30+02:00", "2024-10-27T02:15+01:00", "2024-10-28T08:00+01:00", "2024-10-28T12:00+01:00"),
            ("2025-03-30T01:59+01:00", "2025-03-30T03:00+02:00", "2025-03-31T10:00+02:00", "2025-04-02T10:00+02:00"),
            ("2025-10-26T02:59+02:00", "2025-10-26T02:00+01:00", "2025-10-27T09:30+01:00", "2025-10-27T09:31+01:00"),
        ]
        let (start, resolved, reopened, closed) = changes[(number / 10) % changes.count]
        let services = ["customer-questions", "phone", "orders"][(number / 10) % 3]
        return ["---", "title: Storing rond de klokwissel \(number)", "services: [\(services)]", "impact: major", "---", "",
                "## \(start) — Onderzoek", "", "Begonnen.", "",
                "## \(resolved) — Opgelost", "", "Verholpen.", "",
                "## \(reopened) — Storing", "", "Weer mis.", "",
                "## \(closed) — Hersteld", "", "Weer goed.", ""].joined(separator: "\n")
    }
}

extension TimeTravelCorpus.File {
    init(path: String, text: String, parser: IncidentParser) throws {
        let parsed = parser.parse(text, path: path)
        guard let incident = parsed.incident, !parsed.diagnostics.containsErrors else {
            throw TimeTravelError.unparsable(path: path, diagnostics: parsed.diagnostics)
        }
        self.init(path: path, text: text, incident: incident)
    }

    /// The text without the sections of updates dated after `instant`, each from its
    /// heading to the next update's heading (or the postmortem, or the end); nil when no
    /// update is left.
    func cut(at instant: Date) -> String? {
        let later = incident.updates.filter { $0.instant > instant }
        if later.isEmpty { return text }
        if later.count == incident.updates.count { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let postmortem = lines.firstIndex { $0.hasPrefix("## Nabeschouwing") || $0.hasPrefix("## Postmortem") }.map { $0 + 1 }
        let boundaries = (incident.updates.map(\.location.line) + [postmortem ?? lines.count + 1]).sorted()
        var dropped = Set<Int>()
        for update in later {
            let start = update.location.line
            let next = boundaries.first { $0 > start } ?? lines.count + 1
            dropped.formUnion(start..<next)
        }
        return lines.enumerated().filter { !dropped.contains($0.offset + 1) }.map(\.element).joined(separator: "\n")
    }
}

enum TimeTravelError: Error {
    case unparsable(path: String, diagnostics: [Diagnostic])
}
