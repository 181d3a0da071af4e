import IncidentModel
import IncidentParsing
import SourceYAML

/// Why `new` or `update` refused; nothing was written in any case.
public enum AuthoringError: Error, Equatable, CustomStringConvertible {
    /// A service key that the catalogue does not have.
    case unknownService(String, known: [ServiceKey])
    /// A status word that `storingen` cannot read.
    case unknownStatus(String)
    /// No incident file has this id or path.
    case incidentNotFound(String)
    /// The incident file has errors; they must be fixed before an update is added.
    case incidentHasErrors([Diagnostic])
    /// The new update would be older than the latest one.
    case earlierThanLatest(new: String, latest: String)
    /// The generated text did not pass the parser (e.g. `Afgerond` on an incident).
    case rejected([Diagnostic])
    /// Maintenance needs `--scheduled START .. END`, or `--scheduled` was given without maintenance.
    case invalidSchedule(String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownService(let key, let known): UnknownService.message(key, known: known)
        case .unknownStatus(let word): "unknown status '\(word)'; use one of: \(StatusVocabulary.words.flatMap { $0.dutch + [$0.english] }.joined(separator: ", "))"
        case .incidentNotFound(let reference): "no incident with id or path '\(reference)'"
        case .incidentHasErrors(let diagnostics): "the incident file has errors; fix them first:\n" + diagnostics.map(\.description).joined(separator: "\n")
        case .earlierThanLatest(let new, let latest): "the new update (\(new)) would be earlier than the latest one (\(latest)); pass a later --at"
        case .rejected(let diagnostics): diagnostics.map(\.message).joined(separator: "\n")
        case .invalidSchedule(let reason): reason
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
