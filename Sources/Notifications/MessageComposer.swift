import Foundation
import IncidentModel
import SiteConfig

/// Turns a new update into the message one target gets, in the target's language
/// and its kind's shape. Pure: the secret and the sending time are passed in.
public struct MessageComposer: Sendable {
    public var configuration: SiteConfiguration
    /// The `Date:` of e-mails.
    public var sentAt: Date

    public init(configuration: SiteConfiguration, sentAt: Date) {
        self.configuration = configuration
        self.sentAt = sentAt
    }

    /// The target's `lang:`, else the site's first language.
    public func language(of target: NotifyTarget) -> Language {
        target.language ?? configuration.languages.first ?? .nl
    }

    /// `[Opgelost] Storing verwerken nieuwe bestellingen` in the target's language: what a
    /// dry run shows for the message.
    public func headline(for newUpdate: NewUpdate, to target: NotifyTarget) -> String {
        NotificationContent(newUpdate, language: language(of: target), configuration: configuration).headline
    }

    /// `secret`: the value of the target's `secretEnv`, which signs a webhook's body.
    public func message(for newUpdate: NewUpdate, to target: NotifyTarget, secret: String? = nil) -> OutgoingMessage {
        let content = NotificationContent(newUpdate, language: language(of: target), configuration: configuration)
        let body: Data
        switch (target.destination, target.kind) {
        case (.email(let email), _): return .email(EmailMessageRenderer.message(content, email: email, sentAt: sentAt))
        case (.http, .slack): body = SlackPayloadRenderer.body(content)
        case (.http, .teams): body = TeamsPayloadRenderer.body(content)
        case (.http, .webhook), (.http, .email): body = WebhookPayloadRenderer.body(content, siteURL: configuration.baseURL)
        }
        var headers = [
            HTTPPost.Header("Content-Type", "application/json; charset=utf-8"),
            HTTPPost.Header("User-Agent", "storingen-notify"),
            HTTPPost.Header("Idempotency-Key", Self.headerValue(content.idempotencyKey)),
        ]
        if let secret {
            headers.append(HTTPPost.Header(WebhookSignature.headerName, WebhookSignature.value(body: body, secret: secret)))
        }
        return .http(HTTPPost(headers: headers, body: body, idempotencyKey: content.idempotencyKey))
    }

    /// An HTTP header value: visible ASCII as is, other bytes (an incident id taken from
    /// a file name with accents) percent-encoded.
    static func headerValue(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if (0x21...0x7E).contains(byte), byte != UInt8(ascii: "%") {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + MIMEHeaderEncoding.hex(byte)
            }
        }
        return result
    }
}
