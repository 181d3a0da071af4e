import Foundation
import IncidentCorpus
import IncidentModel
import IncidentParsing

/// Creates incident files and adds updates to them for `storingen new` and `update`:
/// every file it writes parses cleanly, is written atomically, and an update changes
/// no byte of the file other than the inserted lines.
public struct IncidentAuthor: Sendable {
    public let incidentsDirectory: String
    public let context: ParsingContext
    public let writer: HeadingWriter

    public init(incidentsDirectory: String, context: ParsingContext = ParsingContext()) {
        self.incidentsDirectory = incidentsDirectory
        self.context = context
        self.writer = HeadingWriter(clock: context.clock)
    }

    // MARK: - new

    /// Writes `incidents/YYYY/YYYY-MM-DD-<slug>.md` and returns its path.
    public func create(_ draft: IncidentDraft) throws -> String {
        for service in draft.services where context.catalogue.service(ServiceKey(service)) == nil {
            throw AuthoringError.unknownService(service, known: context.catalogue.serviceKeys)
        }
        if draft.kind == .maintenance, draft.scheduled == nil, draft.firstStatus != .inProgress {
            throw AuthoringError.invalidSchedule("maintenance needs --scheduled \"START .. END\" (or --status in_progress)")
        }
        if draft.kind == .incident, draft.scheduled != nil {
            throw AuthoringError.invalidSchedule("--scheduled is for maintenance; add --kind maintenance")
        }
        let local = context.clock.localDateTime(at: draft.at)
        let date = "\(local.year)-\(local.month.zeroPadded())-\(local.day.zeroPadded())"
        let folder = Self.join(incidentsDirectory, "\(local.year)")
        let taken = Set(((try? IncidentFiles.list(in: incidentsDirectory).get()) ?? []).map { IncidentParser.defaultID(forPath: $0).rawValue })
        let base = "\(date)-\(Slug.make(from: draft.title))"
        var name = base
        var number = 2
        while taken.contains(name) || FileManager.default.fileExists(atPath: Self.join(folder, name + ".md")) {
            name = "\(base)-\(number)"
            number += 1
        }
        let path = Self.join(folder, name + ".md")
        let text = draft.text(writer: writer)
        let parsed = IncidentParser(context: context).parse(text, path: path)
        guard !parsed.diagnostics.containsErrors else { throw AuthoringError.rejected(parsed.diagnostics) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AuthoringError.cannotWrite(path: folder, reason: error.localizedDescription)
        }
        try AtomicFile.write(Data(text.utf8), to: path, creatingOnly: true)
        return path
    }

    // MARK: - update

    /// Adds an update to the incident with id or path `reference`, in the file's own
    /// direction, and returns the file's path.
    public func addUpdate(to reference: String, status: UpdateStatus, message: String, at instant: Date) async throws -> String {
        let path = try await locate(reference)
        guard let data = FileManager.default.contents(atPath: path) else { throw AuthoringError.incidentNotFound(reference) }
        let original = Array(data)
        let parser = IncidentParser(context: context)
        let before = parser.parse(original, path: path)
        guard let incident = before.incident else { throw AuthoringError.incidentHasErrors(before.diagnostics.filter { $0.severity == .error }) }
        if let latest = incident.latestUpdate?.instant, instant < latest {
            throw AuthoringError.earlierThanLatest(new: writer.timestamp(instant), latest: writer.timestamp(latest))
        }
        let updated = UpdateInsertion(original: original, incident: incident)
            .inserting(heading: writer.heading(at: instant, status: status, language: incident.language), message: message)
        let after = parser.parse(updated, path: path)
        guard !after.diagnostics.containsErrors else { throw AuthoringError.rejected(after.diagnostics.filter { $0.severity == .error }) }
        try AtomicFile.write(Data(updated), to: path, creatingOnly: false)
        return path
    }

    /// A path as given, else the file whose incident id is `reference`.
    private func locate(_ reference: String) async throws -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: reference, isDirectory: &isDirectory), !isDirectory.boolValue {
            return reference
        }
        let paths = (try? IncidentFiles.list(in: incidentsDirectory).get()) ?? []
        if let byName = paths.first(where: { IncidentParser.defaultID(forPath: $0).rawValue == reference }) {
            return byName
        }
        // A `slug:` in front matter can differ from the file name: look at the parsed ids.
        let corpus = CorpusLoader(context: context).load(paths: paths)
        guard let incident = corpus.incidents.first(where: { $0.id.rawValue == reference }) else {
            throw AuthoringError.incidentNotFound(reference)
        }
        return incident.path
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
