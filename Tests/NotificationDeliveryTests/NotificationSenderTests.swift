import Foundation
import IncidentModel
import Notifications
import SiteConfig
import Testing
@testable import NotificationDelivery

/// Delivery with retries, against transports that answer as the test says: how many
/// attempts, which waits, which failures stop a target, and that targets are independent.
struct NotificationSenderTests {
    /// Answers each post with the next scripted status code (or failure), recording every attempt.
    actor ScriptedHTTP: HTTPTransport {
        var script: [String: [Result<Int, DeliveryFailure>]]
        private(set) var attempts: [(url: String, key: String, signature: String?)] = []

        init(_ script: [String: [Result<Int, DeliveryFailure>]]) {
            self.script = script
        }

        func post(_ post: HTTPPost, to url: URL, timeout: Double) async throws(DeliveryFailure) -> Int {
            attempts.append((url.absoluteString, post.idempotencyKey, post.header("X-Storingen-Signature")))
            let next = script[url.absoluteString]?.isEmpty == false ? script[url.absoluteString]!.removeFirst() : .success(200)
            return try next.get()
        }

        func urls() -> [String] { attempts.map(\.url) }
    }

    /// Records e-mails; never fails.
    actor RecordingMail: MailTransport {
        private(set) var sent: [(EmailMessage, SMTPCredentials?)] = []

        func send(_ message: EmailMessage, via server: NotifyTarget.SMTPServer, credentials: SMTPCredentials?, timeout: Double) async throws(DeliveryFailure) {
            sent.append((message, credentials))
        }
    }

    actor Waits {
        private(set) var seconds: [Double] = []
        func add(_ value: Double) { seconds.append(value) }
    }

    static let location = SourceLocation(path: "site.yml", line: 3, column: 5)

    static func webhook(_ url: String, name: String = "hook", secret: String? = nil, services: [String] = []) -> NotifyTarget {
        NotifyTarget(kind: .webhook, name: name, location: location,
                     destination: .http(url: .literal(url), secretEnvironment: secret), services: services.map { ServiceKey($0) })
    }

    static let updates: [NewUpdate] = {
        let previous = PreviousPublication(updatedAt: Date(timeIntervalSince1970: 0), publishedUpdates: [:])
        let update = { (day: Int, status: UpdateStatus) in
            Update(instant: WallClock.amsterdam.instant(LocalDateTime(year: 2024, month: 1, day: day, hour: 10)),
                   status: status, body: "x", location: location)
        }
        return previous.newUpdates(in: [
            Incident(id: IncidentID("bestellingen"), title: "B", services: [ServiceKey("orders")],
                     updates: [update(2, .investigating), update(3, .resolved)], order: .oldestFirst),
            Incident(id: IncidentID("telefonie"), title: "T", services: [ServiceKey("phone")],
                     updates: [update(4, .investigating)], order: .oldestFirst),
        ])
    }()

    static let composer = MessageComposer(
        configuration: SiteConfiguration(baseURL: "https://status.example.nl/"), sentAt: Date(timeIntervalSince1970: 0))

    func sender(http: ScriptedHTTP, waits: Waits = Waits(), environment: [String: String] = [:], mail: RecordingMail = RecordingMail()) -> NotificationSender {
        NotificationSender(
            http: http, mail: mail,
            retry: RetryPolicy(attempts: 3, firstDelay: 0.5) { await waits.add($0) },
            environment: environment)
    }

    @Test func twoServerErrorsThenSuccessDeliversOnceAfterWaitingHalfASecondThenOne() async {
        let http = ScriptedHTTP(["https://a.example.nl/": [.success(500), .success(503)]])
        let waits = Waits()
        let reports = await sender(http: http, waits: waits).deliver(
            Array(Self.updates.prefix(1)), to: [Self.webhook("https://a.example.nl/")], composer: Self.composer)
        #expect(reports.map(\.delivered) == [["bestellingen@2024-01-02T10:00:00+01:00"]])
        #expect(reports.first?.succeeded == true)
        #expect(await http.attempts.count == 3)
        #expect(await waits.seconds == [0.5, 1.0])
    }

    @Test func aRefusalIsNotRetriedButRateLimitsAndTimeoutsAre() async {
        let http = ScriptedHTTP([
            "https://refuses.example.nl/": [.success(404)],
            "https://limits.example.nl/": [.success(429), .failure(.timedOut(after: 1)), .success(204)],
        ])
        let reports = await sender(http: http).deliver(
            Array(Self.updates.prefix(1)),
            to: [Self.webhook("https://refuses.example.nl/"), Self.webhook("https://limits.example.nl/")], composer: Self.composer)
        #expect(reports[0].failure == TargetReport.Failure(
            idempotencyKey: "bestellingen@2024-01-02T10:00:00+01:00", reason: DeliveryFailure("HTTP 404", isTransient: false), attempts: 1))
        #expect(reports[1].succeeded)
        #expect(await http.urls().filter { $0.contains("refuses") }.count == 1)
        #expect(await http.urls().filter { $0.contains("limits") }.count == 3)
    }

    @Test func aTargetStopsAtItsFirstFailureAndTheOthersStillGetEverything() async {
        let http = ScriptedHTTP(["https://down.example.nl/": Array(repeating: .failure(DeliveryFailure("connection refused", isTransient: true)), count: 3)])
        let reports = await sender(http: http).deliver(
            Self.updates, to: [Self.webhook("https://down.example.nl/"), Self.webhook("https://up.example.nl/")], composer: Self.composer)
        #expect(reports[0].delivered == [])
        #expect(reports[0].failure?.attempts == 3)
        #expect(reports[0].notAttempted == ["bestellingen@2024-01-03T10:00:00+01:00", "telefonie@2024-01-04T10:00:00+01:00"])
        #expect(reports[0].failureLines == [
            "error: notify: hook (site.yml:3:5): bestellingen@2024-01-02T10:00:00+01:00: connection refused (after 3 attempts)",
            "error: notify: hook (site.yml:3:5): not sent: bestellingen@2024-01-03T10:00:00+01:00, telefonie@2024-01-04T10:00:00+01:00",
        ])
        #expect(reports[1].delivered.count == 3)
        #expect(TargetReport.summary(newUpdates: 3, reports: reports) == "notify: 3 new updates; 3 messages sent, 1 target failed")
    }

    @Test func aServiceFilterKeepsOtherIncidentsAway() async {
        let http = ScriptedHTTP([:])
        let reports = await sender(http: http).deliver(
            Self.updates, to: [Self.webhook("https://a.example.nl/", services: ["phone"])], composer: Self.composer)
        #expect(reports[0].delivered == ["telefonie@2024-01-04T10:00:00+01:00"])
    }

    @Test func anUnsetVariableFailsThatTargetWithoutSendingAndNamesIt() async {
        let http = ScriptedHTTP([:])
        let unset = NotifyTarget(
            kind: .slack, name: "slack", location: Self.location, destination: .http(url: .environment("SLACK_URL"), secretEnvironment: nil))
        let reports = await sender(http: http, environment: ["SLACK_URL": ""]).deliver(
            Self.updates, to: [unset, Self.webhook("https://a.example.nl/", secret: "HOOK_SECRET")], composer: Self.composer)
        #expect(reports[0].failureLines.first == "error: notify: slack (site.yml:3:5): environment variable SLACK_URL is not set")
        #expect(reports[0].notAttempted.count == 3)
        #expect(reports[1].failure?.reason.reason == "environment variable HOOK_SECRET is not set")
        #expect(await http.attempts.isEmpty)
    }

    @Test func theURLAndSecretComeFromTheEnvironmentAndAreNeverPrinted() async {
        let http = ScriptedHTTP([:])
        let target = NotifyTarget(
            kind: .webhook, name: "hook", location: Self.location,
            destination: .http(url: .environment("HOOK_URL"), secretEnvironment: "HOOK_SECRET"))
        let reports = await sender(http: http, environment: ["HOOK_URL": "https://secret.example.nl/T0/B1/xyz", "HOOK_SECRET": "s3cret"])
            .deliver(Array(Self.updates.prefix(1)), to: [target], composer: Self.composer)
        #expect(reports[0].succeeded)
        let attempt = await http.attempts.first
        #expect(attempt?.url == "https://secret.example.nl/T0/B1/xyz")
        #expect(attempt?.signature?.hasPrefix("sha256=") == true)

        let broken = await sender(http: http, environment: ["HOOK_URL": "not a url with s3cret", "HOOK_SECRET": "x"])
            .deliver(Array(Self.updates.prefix(1)), to: [target], composer: Self.composer)
        #expect(broken[0].failure?.reason.reason == "environment variable HOOK_URL does not hold an absolute http(s) URL")
    }

    @Test func emailCredentialsComeFromTheEnvironment() async {
        let mail = RecordingMail()
        let target = NotifyTarget(
            kind: .email, name: "mail", location: Self.location,
            destination: .email(NotifyTarget.Email(
                from: NotifyTarget.MailAddress(address: "status@example.nl"), to: [NotifyTarget.MailAddress(address: "ops@example.nl")],
                server: NotifyTarget.SMTPServer(host: "smtp.example.nl", port: 587, usernameEnvironment: "SMTP_USER", passwordEnvironment: "SMTP_PASSWORD"))))
        let reports = await sender(http: ScriptedHTTP([:]), environment: ["SMTP_USER": "u", "SMTP_PASSWORD": "p"], mail: mail)
            .deliver(Self.updates, to: [target], composer: Self.composer)
        #expect(reports[0].delivered.count == 3)
        #expect(await mail.sent.map(\.1) == Array(repeating: SMTPCredentials(username: "u", password: "p"), count: 3))
        #expect(await mail.sent.first?.0.recipients == ["ops@example.nl"])
    }

    @Test func theStandardPolicyWaitsHalfASecondThenOne() {
        #expect(RetryPolicy.standard.attempts == 3)
        #expect([2, 3].map(RetryPolicy.standard.delay(before:)) == [0.5, 1.0])
    }
}
