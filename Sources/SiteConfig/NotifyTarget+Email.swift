extension NotifyTarget {
    /// An e-mail target: who sends, who receives, and the SMTP server that relays it.
    public struct Email: Sendable, Hashable {
        public var from: MailAddress
        public var to: [MailAddress]
        public var server: SMTPServer

        public init(from: MailAddress, to: [MailAddress], server: SMTPServer) {
            self.from = from
            self.to = to
            self.server = server
        }
    }

    /// An address with an optional display name (`Storingen <status@example.nl>`).
    public struct MailAddress: Sendable, Hashable {
        public var displayName: String?
        /// `local@domain`, without angle brackets.
        public var address: String

        public init(displayName: String? = nil, address: String) {
            self.displayName = displayName
            self.address = address
        }
    }

    /// The `smtp:` block: where to connect and how to secure and authenticate.
    public struct SMTPServer: Sendable, Hashable {
        public var host: String
        public var port: Int
        /// Upgrade the connection with STARTTLS (RFC 3207) before anything else is sent;
        /// `false` only for a relay on the same machine or network.
        public var startTLS: Bool
        /// Environment variables with the AUTH user name and password; both or neither.
        public var usernameEnvironment: String?
        public var passwordEnvironment: String?
        /// A PEM bundle of CA certificates trusted in addition to the system's.
        public var caFile: String?

        public init(
            host: String, port: Int, startTLS: Bool = true, usernameEnvironment: String? = nil,
            passwordEnvironment: String? = nil, caFile: String? = nil
        ) {
            self.host = host
            self.port = port
            self.startTLS = startTLS
            self.usernameEnvironment = usernameEnvironment
            self.passwordEnvironment = passwordEnvironment
            self.caFile = caFile
        }
    }
}
