extension TargetReport {
    /// `sent <key> to <target>`, one line per delivered message, for standard output.
    public var deliveredLines: [String] {
        delivered.map { "sent \($0) to \(target.label)" }
    }

    /// What went wrong, for standard error: the target, the message, the reason, and
    /// the messages held back after it.
    public var failureLines: [String] {
        guard let failure else { return [] }
        let key = failure.idempotencyKey.map { "\($0): " } ?? ""
        let attempts = failure.attempts > 1 ? " (after \(failure.attempts) attempts)" : ""
        var lines = ["error: notify: \(target.label): \(key)\(failure.reason)\(attempts)"]
        if !notAttempted.isEmpty {
            lines.append("error: notify: \(target.label): not sent: \(notAttempted.joined(separator: ", "))")
        }
        return lines
    }

    /// `notify: 2 new updates; 3 messages sent, 1 target failed`.
    public static func summary(newUpdates: Int, reports: [TargetReport]) -> String {
        let sent = reports.reduce(0) { $0 + $1.delivered.count }
        let failed = reports.filter { !$0.succeeded }.count
        return "notify: \(newUpdates) new update\(newUpdates == 1 ? "" : "s"); \(sent) message\(sent == 1 ? "" : "s") sent, "
            + "\(failed) target\(failed == 1 ? "" : "s") failed"
    }
}
