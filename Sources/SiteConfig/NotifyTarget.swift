import IncidentModel

/// One receiver of `storingen notify`, from the `notify:` list of `site.yml`: where new
/// updates go, how they are shaped, in which language and for which services. Secrets
/// are never part of it, only the names of the environment variables that hold them.
public struct NotifyTarget: Sendable, Hashable {
    /// How a message is shaped and sent.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Our own JSON document, optionally signed with HMAC-SHA256.
        case webhook
        /// A Slack incoming-webhook payload (`text` and blocks).
        case slack
        /// A Microsoft Teams incoming-webhook payload with an Adaptive Card.
        case teams
        /// An e-mail over SMTP.
        case email
    }

    /// A value written in `site.yml`, or the environment variable that holds it when
    /// the message is sent (webhook URLs of Slack and Teams are secrets themselves).
    public enum Setting: Sendable, Hashable {
        case literal(String)
        case environment(String)
    }

    /// Where messages go: a URL to post to, or an SMTP server and recipients.
    public enum Destination: Sendable, Hashable {
        /// webhook, slack and teams; `secretEnvironment` names the variable with the key
        /// that signs a webhook's body.
        case http(url: Setting, secretEnvironment: String?)
        case email(Email)
    }

    public var kind: Kind
    /// What messages about delivery call it: `name:`, else `<kind> #<position>`.
    public var name: String
    /// Where the entry starts in `site.yml`.
    public var location: SourceLocation
    public var destination: Destination
    /// Only updates of incidents that list one of these; empty means every update.
    public var services: [ServiceKey]
    /// nil: the site's first language.
    public var language: Language?
    /// How long one request (HTTP) or one reply (SMTP) may take.
    public var timeoutSeconds: Double

    /// Ten seconds: long enough for a slow hook, short enough that CI does not hang.
    public static let defaultTimeoutSeconds: Double = 10

    public init(
        kind: Kind, name: String, location: SourceLocation, destination: Destination,
        services: [ServiceKey] = [], language: Language? = nil, timeoutSeconds: Double = Self.defaultTimeoutSeconds
    ) {
        self.kind = kind
        self.name = name
        self.location = location
        self.destination = destination
        self.services = services
        self.language = language
        self.timeoutSeconds = timeoutSeconds
    }

    /// Whether updates of `incident` go to this target: no filter, or a shared service.
    public func accepts(_ incident: Incident) -> Bool {
        services.isEmpty || incident.services.contains { services.contains($0) }
    }

    /// `webhook #1 (site/site.yml:12:5)`: the name and where it is configured.
    public var label: String { "\(name) (\(location))" }
}
