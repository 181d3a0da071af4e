import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Notifications
import SiteConfig

/// E-mail over SMTP (RFC 5321) with SwiftNIO: one connection per message, upgraded with
/// STARTTLS (RFC 3207) before anything else is said when the target asks for it (the
/// default), then AUTH PLAIN or LOGIN when credentials are set, then the envelope and
/// the dot-stuffed message. Every reply must come within the target's timeout.
public struct SMTPTransport: MailTransport {
    private let group: any EventLoopGroup

    public init(group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.group = group
    }

    public func send(
        _ message: EmailMessage, via server: NotifyTarget.SMTPServer, credentials: SMTPCredentials?, timeout: Double
    ) async throws(DeliveryFailure) {
        let session = try await SMTPSession.connect(to: server, group: group, timeout: timeout)
        do {
            try await session.deliver(message, server: server, credentials: credentials)
        } catch {
            await session.close()
            throw error
        }
        await session.close()
    }
}

/// One SMTP conversation on an open connection.
struct SMTPSession: Sendable {
    let channel: any Channel
    let timeout: Double
    /// Why the connection broke, when it did.
    let connectionError: SMTPConnectionError

    static func connect(to server: NotifyTarget.SMTPServer, group: any EventLoopGroup, timeout: Double) async throws(DeliveryFailure) -> SMTPSession {
        let connectionError = SMTPConnectionError()
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(.milliseconds(Int64(timeout * 1_000)))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(SMTPCommandHandler(connectionError: connectionError))
                }
            }
        do {
            let channel = try await bootstrap.connect(host: server.host, port: server.port).get()
            return SMTPSession(channel: channel, timeout: timeout, connectionError: connectionError)
        } catch {
            throw SMTPFailure.describe(error, timeout: timeout, connecting: "\(server.host):\(server.port)")
        }
    }

    func deliver(_ message: EmailMessage, server: NotifyTarget.SMTPServer, credentials: SMTPCredentials?) async throws(DeliveryFailure) {
        try await expect(nil, step: "greeting") { $0.code == 220 }
        let name = heloName(for: message.sender)
        var hello = try await expect("EHLO \(name)", step: "EHLO") { $0.isCompletion }
        if server.startTLS {
            guard hello.extensions["STARTTLS"] != nil else {
                throw DeliveryFailure("the SMTP server does not offer STARTTLS (set `starttls: false` only for a local relay)", isTransient: false)
            }
            try await expect("STARTTLS", step: "STARTTLS") { $0.code == 220 }
            try await startTLS(server)
            hello = try await expect("EHLO \(name)", step: "EHLO after STARTTLS") { $0.isCompletion }
        }
        if let credentials { try await authenticate(credentials, offered: hello.extensions["AUTH"] ?? []) }
        try await expect("MAIL FROM:<\(message.sender)>", step: "MAIL FROM") { $0.isCompletion }
        for recipient in message.recipients {
            try await expect("RCPT TO:<\(recipient)>", step: "RCPT TO <\(recipient)>") { $0.code == 250 || $0.code == 251 }
        }
        try await expect("DATA", step: "DATA") { $0.code == 354 }
        try await expect(bytes: ByteBuffer(bytes: DotStuffing.encode(message.text)), step: "the message") { $0.isCompletion }
        // The message is accepted; a server that hangs up before answering QUIT changes nothing.
        _ = try? await exchange(ByteBuffer(string: "QUIT\r\n"))
    }

    func close() async {
        try? await channel.close().get()
    }

    // MARK: - Steps

    private func startTLS(_ server: NotifyTarget.SMTPServer) async throws(DeliveryFailure) {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        if let caFile = server.caFile { configuration.additionalTrustRoots = [.file(caFile)] }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw DeliveryFailure("cannot set up TLS (is `caFile` a PEM file?): \(error)", isTransient: false)
        }
        // SNI takes host names only; for an address the certificate is checked against the IP.
        let serverName = server.host.isIPAddress ? nil : server.host
        let channel = self.channel
        do {
            try await channel.eventLoop.submit {
                let handler = try NIOSSLClientHandler(context: context, serverHostname: serverName)
                try channel.pipeline.syncOperations.addHandler(handler, position: .first)
            }.get()
        } catch {
            throw DeliveryFailure("cannot start TLS: \(error)", isTransient: false)
        }
    }

    private func authenticate(_ credentials: SMTPCredentials, offered mechanisms: [String]) async throws(DeliveryFailure) {
        if mechanisms.contains("PLAIN") {
            let token = Data("\0\(credentials.username)\0\(credentials.password)".utf8).base64EncodedString()
            try await expect("AUTH PLAIN \(token)", step: "AUTH PLAIN", secret: true) { $0.code == 235 }
        } else if mechanisms.contains("LOGIN") {
            try await expect("AUTH LOGIN", step: "AUTH LOGIN") { $0.code == 334 }
            try await expect(Data(credentials.username.utf8).base64EncodedString(), step: "AUTH LOGIN user name", secret: true) { $0.code == 334 }
            try await expect(Data(credentials.password.utf8).base64EncodedString(), step: "AUTH LOGIN password", secret: true) { $0.code == 235 }
        } else {
            throw DeliveryFailure("the SMTP server offers neither AUTH PLAIN nor AUTH LOGIN", isTransient: false)
        }
    }

    // MARK: - Commands and replies

    @discardableResult
    private func expect(
        _ command: String?, step: String, secret: Bool = false, _ accepted: (SMTPReply) -> Bool
    ) async throws(DeliveryFailure) -> SMTPReply {
        try await expect(bytes: command.map { ByteBuffer(string: $0 + "\r\n") }, step: step, accepted)
    }

    @discardableResult
    private func expect(
        bytes: ByteBuffer?, step: String, _ accepted: (SMTPReply) -> Bool
    ) async throws(DeliveryFailure) -> SMTPReply {
        let reply = try await exchange(bytes)
        guard accepted(reply) else {
            // 4xx is "try again later"; 5xx is a refusal that another attempt will not change.
            throw DeliveryFailure("the SMTP server refused \(step): \(reply.summary)", isTransient: (400..<500).contains(reply.code))
        }
        return reply
    }

    /// Writes `bytes` (if any) and waits at most `timeout` for the next reply.
    private func exchange(_ bytes: ByteBuffer?) async throws(DeliveryFailure) -> SMTPReply {
        let promise = channel.eventLoop.makePromise(of: SMTPReply.self)
        let timeout = self.timeout
        let timer = channel.eventLoop.scheduleTask(in: .milliseconds(Int64(timeout * 1_000))) {
            promise.fail(DeliveryFailure.timedOut(after: timeout))
        }
        channel.writeAndFlush(SMTPCommand(bytes: bytes, reply: promise)).whenFailure { promise.fail($0) }
        do {
            let reply = try await promise.futureResult.get()
            timer.cancel()
            return reply
        } catch {
            timer.cancel()
            // A write to a channel a failed handshake closed says only that it is closed.
            throw SMTPFailure.describe(connectionError.first ?? error, timeout: timeout, connecting: nil)
        }
    }

    /// The EHLO argument: the sender's domain, which a relay for that domain expects.
    private func heloName(for sender: String) -> String {
        let domain = sender.split(separator: "@").last.map(String.init) ?? ""
        return domain.isEmpty ? "localhost" : domain
    }
}

extension String {
    /// Whether this is an IPv4 or IPv6 address rather than a host name.
    var isIPAddress: Bool {
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        return withCString { inet_pton(AF_INET, $0, &ipv4) == 1 || inet_pton(AF_INET6, $0, &ipv6) == 1 }
    }
}
