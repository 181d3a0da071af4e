/// The six CLI operations the issue "Speed at scale" measures, in table order.
enum BenchOperation: String, CaseIterable, Codable {
    case check = "check"
    case excusedJSON = "excused --format json"
    case excusedAt = "excused --at"
    case build = "build (empty output)"
    case rebuildUnchanged = "rebuild, nothing changed"
    case rebuildOneChanged = "rebuild, one incident changed"

    /// The reference time every command gets (the generator writes nothing after it).
    static let asOf = SyntheticIncidentGenerator.referenceTimeArgument

    var needsBuildCommand: Bool {
        switch self {
        case .check, .excusedJSON, .excusedAt: false
        case .build, .rebuildUnchanged, .rebuildOneChanged: true
        }
    }

    /// The arguments after the executable.
    func arguments(in workspace: BenchWorkspace) -> [String] {
        switch self {
        case .check:
            ["check", "--incidents", workspace.incidents]
        case .excusedJSON:
            ["excused", "--format", "json", "--as-of", Self.asOf, "--incidents", workspace.incidents,
             "--site", workspace.site]
        case .excusedAt:
            ["excused", "--norm", "on-time-delivery", "--at", "2024-06-03 10:00", "--as-of", Self.asOf,
             "--incidents", workspace.incidents, "--site", workspace.site]
        case .build, .rebuildUnchanged, .rebuildOneChanged:
            ["build", "--incidents", workspace.incidents, "--site", workspace.site, "--output", workspace.output,
             "--as-of", Self.asOf]
        }
    }

    /// `excused --at` answers with its exit status: 0 excused, 1 not; both are fine here.
    var acceptedExitCodes: Set<Int32> { self == .excusedAt ? [0, 1] : [0] }
}
