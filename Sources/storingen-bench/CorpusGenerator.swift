import Foundation

/// Writes `count` synthetic incidents for `seed` to `<incidents>/YYYY/<id>.md` and
/// chooses the incident the "one changed" rebuild appends to.
struct CorpusGenerator {
    let count: Int
    let seed: UInt64

    /// Writes the files and returns how the bench may change one of them.
    func write(into incidentsPath: String) throws -> CorpusEdit {
        var generator = SyntheticIncidentGenerator(seed: seed)
        var editTarget: (path: String, lastUpdate: LocalMinute)?
        var firstPath: String?
        for number in 0..<count {
            let incident = generator.makeIncident(number: number)
            let folder = "\(incidentsPath)/\(incident.year)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = "\(folder)/\(incident.id).md"
            try Data(IncidentMarkdownRenderer.markdown(of: incident).utf8).write(to: URL(fileURLWithPath: path))
            firstPath = firstPath ?? path
            if editTarget == nil, let last = incident.updates.last, Self.acceptsAppendedUpdate(incident) {
                editTarget = (path, last.time)
            }
        }
        if let editTarget {
            return .appendPlainUpdate(path: editTarget.path, after: editTarget.lastUpdate)
        }
        guard let firstPath else { throw BenchError.unusableInput("--incidents must be at least 1") }
        return .appendParagraph(path: firstPath)
    }

    /// An oldest-first incident well before the reference time takes a later update at its end.
    private static func acceptsAppendedUpdate(_ incident: SyntheticIncident) -> Bool {
        !incident.newestFirst && !incident.isMaintenance
            && incident.updates[incident.updates.count - 1].time < LocalMinute(year: 2026, month: 6, day: 1)
    }
}
