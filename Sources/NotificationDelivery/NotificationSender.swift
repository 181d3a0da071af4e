import Foundation
import Notifications
import SiteConfig

/// Delivers new updates to every target: each target on its own (one that fails or
/// hangs never holds up the others), its messages oldest first, each with retries; a
/// target stops at its first message that fails for good, so none arrive out of order.
public struct NotificationSender: Sendable {
    public var http: any HTTPTransport
    public var mail: any MailTransport
    public var retry: RetryPolicy
    /// Where the variables named in `site.yml` are read.
    public var environment: [String: String]

    public init(
        http: any HTTPTransport = HTTPClientTransport(), mail: any MailTransport = SMTPTransport(),
        retry: RetryPolicy = .standard, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.http = http
        self.mail = mail
        self.retry = retry
        self.environment = environment
    }

    /// Sends each target the new updates it accepts; reports in the targets' order.
    public func deliver(_ newUpdates: [NewUpdate], to targets: [NotifyTarget], composer: MessageComposer) async -> [TargetReport] {
        await withTaskGroup(of: (Int, TargetReport).self) { group in
            for (position, target) in targets.enumerated() {
                let accepted = newUpdates.filter { target.accepts($0.incident) }
                group.addTask { (position, await deliver(accepted, to: target, composer: composer)) }
            }
            var reports: [(Int, TargetReport)] = []
            for await report in group { reports.append(report) }
            return reports.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    func deliver(_ newUpdates: [NewUpdate], to target: NotifyTarget, composer: MessageComposer) async -> TargetReport {
        var report = TargetReport(target: target)
        guard !newUpdates.isEmpty else { return report }
        let endpoint: ResolvedEndpoint
        do {
            endpoint = try ResolvedEndpoint(target, environment: environment)
        } catch {
            report.failure = TargetReport.Failure(idempotencyKey: nil, reason: error, attempts: 0)
            report.notAttempted = newUpdates.map(\.idempotencyKey)
            return report
        }
        for (position, newUpdate) in newUpdates.enumerated() {
            let message = composer.message(for: newUpdate, to: target, secret: endpoint.secret)
            if let (failure, attempts) = await retry.run({ () throws(DeliveryFailure) in
                try await send(message, to: endpoint, timeout: target.timeoutSeconds)
            }) {
                report.failure = TargetReport.Failure(idempotencyKey: message.idempotencyKey, reason: failure, attempts: attempts)
                report.notAttempted = newUpdates[(position + 1)...].map(\.idempotencyKey)
                break
            }
            report.delivered.append(message.idempotencyKey)
        }
        return report
    }

    /// One attempt: a 2xx answer delivers; 5xx and 429 may pass on another attempt.
    private func send(_ message: OutgoingMessage, to endpoint: ResolvedEndpoint, timeout: Double) async throws(DeliveryFailure) {
        switch (message, endpoint) {
        case (.http(let post), .http(let url, _)):
            let status = try await http.post(post, to: url, timeout: timeout)
            guard (200..<300).contains(status) else {
                throw DeliveryFailure("HTTP \(status)", isTransient: status >= 500 || status == 429)
            }
        case (.email(let email), .email(let server, let credentials)):
            try await mail.send(email, via: server, credentials: credentials, timeout: timeout)
        default:
            throw DeliveryFailure("a message of the wrong kind for this target", isTransient: false)
        }
    }
}
