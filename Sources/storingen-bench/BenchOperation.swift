/// The CLI operations the bench runs to completion, in table order.
enum BenchOperation: String, CaseIterable, Codable {
    case check = "check"
    case excusedJSON = "excused --format json"
    case excusedAt = "excused --at"
    case buildTmpfs = "build to tmpfs (empty output)"
    case buildDisk = "build to disk (empty output)"
    case rebuildUnchanged = "rebuild on disk, nothing changed"
    case rebuildOneChanged = "rebuild on disk, one incident changed"

    /// The reference time every command gets (the generator writes nothing after it).
    static let asOf = SyntheticIncidentGenerator.referenceTimeArgument

    var needsBuildCommand: Bool { medium != nil }

    /// Where a build operation writes; nil for the queries.
    var medium: StorageMedium? {
        switch self {
        case .check, .excusedJSON, .excusedAt: nil
        case .buildTmpfs: .tmpfs
        case .buildDisk, .rebuildUnchanged, .rebuildOneChanged: .disk
        }
    }

    /// The arguments after the executable; nil when the workspace lacks the medium.
    func arguments(in workspace: BenchWorkspace) -> [String]? {
        switch self {
        case .check:
            return ["check", "--incidents", workspace.incidents, "--site", workspace.site]
        case .excusedJSON:
            return ["excused", "--format", "json", "--as-of", Self.asOf, "--incidents", workspace.incidents,
                    "--site", workspace.site]
        case .excusedAt:
            return ["excused", "--norm", "on-time-delivery", "--at", "2024-06-03 10:00", "--as-of", Self.asOf,
                    "--incidents", workspace.incidents, "--site", workspace.site]
        case .buildTmpfs, .buildDisk, .rebuildUnchanged, .rebuildOneChanged:
            guard let medium, let output = workspace.output(on: medium) else { return nil }
            return ["build", "--incidents", workspace.incidents, "--site", workspace.site, "--output", output,
                    "--as-of", Self.asOf]
        }
    }

    /// `excused --at` answers with its exit status: 0 excused, 1 not; both are fine here.
    var acceptedExitCodes: Set<Int32> { self == .excusedAt ? [0, 1] : [0] }
}
