import Foundation

/// Writes the CSV that `excused --check` is measured on: late orders with a time in the
/// styles a real export mixes (mostly RFC 3339 and `YYYY-MM-DD HH:MM`, some Unix seconds,
/// a few Dutch long forms that need the full grammar), spread over the corpus's years.
/// It streams in 1 MB pieces so the bench's own peak memory stays low: Linux carries a
/// parent's peak into the `ru_maxrss` of the child it spawns.
struct BulkRowsFile {
    let rows: Int
    let seed: UInt64

    func write(to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let file = FileHandle(forWritingAtPath: path)
        else { throw BenchError.system("create \(path)", errno) }
        defer { try? file.close() }
        var random = SeededRandom(seed: seed)
        var piece = "order,seller,timestamp,note\n"
        let first = SyntheticIncidentGenerator.firstOpened.minutes
        let span = SyntheticIncidentGenerator.referenceTime.minutes - first
        for row in 0..<rows {
            let time = LocalMinute(minutes: first + random.below(span)).avoidingDaylightSavingChange()
            let note = random.chance(0.1) ? "\"te laat, \"\"spoed\"\"\"" : "te laat"
            piece += "\(row + 1),\(1_000 + random.below(50_000)),\(timestamp(time, &random)),\(note)\n"
            if piece.utf8.count >= 1 << 20 {
                try file.write(contentsOf: Data(piece.utf8))
                piece = ""
            }
        }
        try file.write(contentsOf: Data(piece.utf8))
    }

    private func timestamp(_ time: LocalMinute, _ random: inout SeededRandom) -> String {
        let utcMinutes = time.minutes - time.amsterdamOffsetHours * 60
        let second = random.below(60)
        switch random.below(100) {
        case 0..<35:  // RFC 3339 with the Amsterdam offset and seconds
            return "\(TimestampStyle.isoT.format(time)):\(twoDigits(second))+0\(time.amsterdamOffsetHours):00"
        case 35..<55:  // RFC 3339 in UTC
            return "\(TimestampStyle.isoT.format(LocalMinute(minutes: utcMinutes))):\(twoDigits(second))Z"
        case 55..<88:
            return TimestampStyle.isoSpace.format(time)
        case 88..<98:
            return String(utcMinutes * 60 + second)
        default:
            return TimestampStyle.dutchLongWithYear.format(time)
        }
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
