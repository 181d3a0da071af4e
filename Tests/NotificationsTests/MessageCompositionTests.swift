import Foundation
import IncidentModel
import SiteConfig
import Testing
import TestSupport
@testable import Notifications

/// The message each target kind gets, byte for byte, in both languages (golden files
/// under Fixtures/Snapshots; re-record with RECORD_SNAPSHOTS=1).
struct MessageCompositionTests {
    typealias Sample = SampleIncidents

    static let sentAt = Sample.at(2024, 5, 14, 10, 6)
    static let composer = MessageComposer(configuration: Sample.configuration, sentAt: sentAt)

    /// The kitchen-sink update: bold, a link, a list, lines starting with a dot.
    static var update: NewUpdate {
        let incident = Sample.kitchenSink
        return NewUpdate(incident: incident, update: incident.updates[1], status: .investigating)
    }

    static func target(_ kind: NotifyTarget.Kind, _ language: Language) -> NotifyTarget {
        let destination: NotifyTarget.Destination = kind == .email
            ? .email(NotifyTarget.Email(
                from: NotifyTarget.MailAddress(address: "status@example.nl"),
                to: [NotifyTarget.MailAddress(address: "ops@example.nl"), NotifyTarget.MailAddress(displayName: "Sébastien Dupont", address: "seb@example.nl")],
                server: NotifyTarget.SMTPServer(host: "127.0.0.1", port: 25, startTLS: false)))
            : .http(url: .literal("https://hooks.example.nl/"), secretEnvironment: nil)
        return NotifyTarget(
            kind: kind, name: kind.rawValue, location: SourceLocation(path: "site.yml", line: 1, column: 1),
            destination: destination, language: language)
    }

    static func text(_ message: OutgoingMessage) -> String {
        switch message {
        case .http(let post):
            post.headers.map { "\($0.name): \($0.value)\n" }.joined() + "\n" + String(decoding: post.body, as: UTF8.self)
        case .email(let email):
            "MAIL FROM:<\(email.sender)>\n" + email.recipients.map { "RCPT TO:<\($0)>\n" }.joined() + "\n"
                + email.text.replacingOccurrences(of: "\r\n", with: "␍\n")
        }
    }

    @Test(arguments: [NotifyTarget.Kind.webhook, .slack, .teams, .email], [Language.nl, .en])
    func eachKindInEachLanguageMatchesItsGoldenFile(kind: NotifyTarget.Kind, language: Language) {
        let message = Self.composer.message(for: Self.update, to: Self.target(kind, language))
        let suffix = kind == .email ? "eml" : "json"
        Snapshot.assertMatches(Self.text(message), named: "\(kind.rawValue)-\(language.rawValue).\(suffix)")
    }

    @Test func theBodyIsSignedWhenTheTargetHasASecret() throws {
        let unsigned = Self.composer.message(for: Self.update, to: Self.target(.webhook, .nl))
        let signed = Self.composer.message(for: Self.update, to: Self.target(.webhook, .nl), secret: "geheim")
        guard case .http(let plain) = unsigned, case .http(let post) = signed else {
            Issue.record("a webhook message is an HTTP post")
            return
        }
        #expect(plain.header("X-Storingen-Signature") == nil)
        #expect(post.body == plain.body)
        let signature = try #require(post.header("x-storingen-signature"))
        #expect(signature == WebhookSignature.value(body: post.body, secret: "geheim"))
        #expect(signature.hasPrefix("sha256=") && signature.count == 7 + 64)
        #expect(post.header("Idempotency-Key") == "2024-05-14-telefonie@2024-05-14T10:05:00+02:00")
    }

    /// RFC 4231, test case 2: a short key and the classic sentence.
    @Test func theSignatureIsHMACSHA256() {
        #expect(WebhookSignature.value(body: Data("what do ya want for nothing?".utf8), secret: "Jefe")
            == "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func theEnglishLinkIsUnderEnAndTheDutchAtTheRoot() throws {
        func url(_ language: Language, languages: [Language]) throws -> String {
            var configuration = Sample.configuration
            configuration.languages = languages
            let content = NotificationContent(Self.update, language: language, configuration: configuration)
            return content.url
        }
        #expect(try url(.nl, languages: [.nl, .en]) == "https://status.example.nl/incidents/2024-05-14-telefonie/")
        #expect(try url(.en, languages: [.nl, .en]) == "https://status.example.nl/en/incidents/2024-05-14-telefonie/")
        // A site published only in Dutch links English readers to the Dutch page.
        #expect(try url(.en, languages: [.nl]) == "https://status.example.nl/incidents/2024-05-14-telefonie/")
        #expect(try url(.en, languages: [.en, .nl]) == "https://status.example.nl/incidents/2024-05-14-telefonie/")
    }

    @Test func aTargetWithoutLanguageSpeaksTheSiteFirstLanguage() {
        var target = Self.target(.webhook, .en)
        target.language = nil
        #expect(Self.composer.language(of: target) == .nl)
    }

    @Test func anIncidentIdWithAccentsIsPercentEncodedInTheHeaderOnly() {
        var incident = Sample.orders
        incident.id = IncidentID("storing-één")
        let update = NewUpdate(incident: incident, update: incident.updates[0], status: .resolved)
        guard case .http(let post) = Self.composer.message(for: update, to: Self.target(.webhook, .nl)) else { return }
        #expect(post.header("Idempotency-Key") == "storing-%C3%A9%C3%A9n@2023-12-19T15:00:00+01:00")
        #expect(String(decoding: post.body, as: UTF8.self).contains("\"idempotencyKey\" : \"storing-één@2023-12-19T15:00:00+01:00\""))
    }

    @Test func theSameUpdateAlwaysGivesTheSameMessageID() {
        func messageID(_ update: NewUpdate) -> String? {
            guard case .email(let email) = Self.composer.message(for: update, to: Self.target(.email, .nl)) else { return nil }
            return email.text.split(separator: "\r\n").first { $0.hasPrefix("Message-ID: ") }.map(String.init)
        }
        let first = messageID(Self.update)
        #expect(first == messageID(Self.update))
        #expect(first?.hasSuffix("@status.example.nl>") == true)
        let other = NewUpdate(incident: Sample.kitchenSink, update: Sample.kitchenSink.updates[0], status: .investigating)
        #expect(first != messageID(other))
    }

    @Test func slackMarkupEscapesControlCharactersAndConvertsMarkdown() {
        #expect(SlackMarkup.mrkdwn(fromMarkdown: "<!channel> **Let op** & [uitleg](https://x.nl/a?b=1&c=2)\n## Kop\n- punt")
            == "&lt;!channel&gt; *Let op* &amp; <https://x.nl/a?b=1&amp;c=2|uitleg>\n*Kop*\n• punt")
    }
}
