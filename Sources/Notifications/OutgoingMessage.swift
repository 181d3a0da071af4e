import Foundation

/// A message composed for one target, ready for its transport. Composition is pure, so
/// every byte a receiver gets can be checked against a golden file.
public enum OutgoingMessage: Sendable, Hashable {
    case http(HTTPPost)
    case email(EmailMessage)

    /// The key a receiver can drop duplicates by.
    public var idempotencyKey: String {
        switch self {
        case .http(let post): post.idempotencyKey
        case .email(let email): email.idempotencyKey
        }
    }
}

/// A JSON body and its headers, posted to a webhook URL the target names.
public struct HTTPPost: Sendable, Hashable {
    /// One header; a list rather than a dictionary keeps their order stable.
    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var headers: [Header]
    public var body: Data
    public var idempotencyKey: String

    public init(headers: [Header], body: Data, idempotencyKey: String) {
        self.headers = headers
        self.body = body
        self.idempotencyKey = idempotencyKey
    }

    /// The value of the first header called `name`, in any case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// An RFC 5322 message with its SMTP envelope.
public struct EmailMessage: Sendable, Hashable {
    /// The envelope sender (`MAIL FROM`).
    public var sender: String
    /// The envelope recipients (`RCPT TO`).
    public var recipients: [String]
    /// Headers and body, lines ending in CRLF, 7-bit ASCII; not yet dot-stuffed.
    public var text: String
    public var idempotencyKey: String

    public init(sender: String, recipients: [String], text: String, idempotencyKey: String) {
        self.sender = sender
        self.recipients = recipients
        self.text = text
        self.idempotencyKey = idempotencyKey
    }
}
