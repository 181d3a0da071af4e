import Foundation
import Notifications
import SiteConfig

/// Posts a webhook's body; the answer's status code decides what happens next.
public protocol HTTPTransport: Sendable {
    /// The response's status code; throws for timeouts and connection problems.
    func post(_ post: HTTPPost, to url: URL, timeout: Double) async throws(DeliveryFailure) -> Int
}

/// Hands one e-mail to an SMTP server.
public protocol MailTransport: Sendable {
    func send(
        _ message: EmailMessage, via server: NotifyTarget.SMTPServer, credentials: SMTPCredentials?, timeout: Double
    ) async throws(DeliveryFailure)
}

/// The user name and password for SMTP AUTH, read from the environment at send time.
public struct SMTPCredentials: Sendable, Hashable {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}
