/// How badly an incident hurts; `none` never excuses a norm. Raw values match the
/// Statuspage API's impact enumeration.
public enum Impact: String, Sendable, Hashable, Codable, CaseIterable {
    case none
    case minor
    case major
    case critical
}

/// Whether a file describes an unplanned outage or planned maintenance, which use
/// different statuses and window rules.
public enum IncidentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case incident
    case maintenance
}

/// The languages the site is published in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case nl
    case en
}

/// In which direction a file lists its updates; `update` keeps a file's own direction.
public enum UpdateOrder: String, Sendable, Hashable, Codable {
    case newestFirst
    case oldestFirst
}

extension Impact: Comparable {
    /// `none` < `minor` < `major` < `critical`: the worst of several impacts is their maximum.
    public static func < (lhs: Impact, rhs: Impact) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
