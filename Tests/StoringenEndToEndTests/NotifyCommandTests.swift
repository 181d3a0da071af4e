import Foundation
import Testing
import TestSupport

/// `storingen notify` as CI runs it, against real receivers on 127.0.0.1: a webhook
/// server that checks signatures and Python's aiosmtpd. Publish, add an update, notify
/// against the old site, then again against the new one.
@Suite(.serialized)
struct NotifyCommandTests {
    static let hasSMTP = Python.hasModules("aiosmtpd")
    static let key = NotifyProject.newKey

    func webhooks(site: URL? = nil) throws -> LocalReceiver {
        try LocalReceiver(script: "webhook_receiver.py", arguments: [site?.path ?? "/nonexistent"], environment: ["WEBHOOK_SECRET": "s3cret"])
    }

    func paths(_ receiver: LocalReceiver) throws -> [String] {
        try receiver.records().compactMap { $0["path"] as? String }.sorted()
    }

    @Test(.enabled(if: hasSMTP, "needs Python's aiosmtpd (make test-deps)"))
    func aNewUpdateReachesEveryMatchingTargetOnceAndTheNextRunSendsNothing() throws {
        let hooks = try webhooks()
        let smtp = try LocalReceiver(script: "smtp_receiver.py")
        defer { hooks.stop(); smtp.stop() }
        let project = try NotifyProject(notify: """
              - kind: webhook
                name: ops-hook
                url: \(hooks.baseURL)/ok/webhook
                secretEnv: STATUS_WEBHOOK_SECRET
                services: [offers, orders]
              - kind: webhook
                name: phone-hook
                url: \(hooks.baseURL)/ok/phone
                services: [phone]
              - kind: slack
                urlEnv: SLACK_URL
                lang: en
              - kind: teams
                url: \(hooks.baseURL)/ok/teams
              - kind: email
                smtp: {host: 127.0.0.1, port: \(smtp.port), starttls: false}
                from: status@example.nl
                to: [ops@example.nl]
            """)
        let environment = ["STATUS_WEBHOOK_SECRET": "s3cret", "SLACK_URL": "\(hooks.baseURL)/ok/slack"]
        try project.publish(to: "old")
        try project.addUpdate()

        let first = try project.run(["notify", "--previous", "old", "--as-of", "2026-11-23 13:05"], environment: environment)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("sent \(Self.key) to ops-hook (site/site.yml:"))
        #expect(first.standardOutput.hasSuffix("notify: 1 new update; 4 messages sent, 0 targets failed\n"), "\(first.standardOutput)")
        // One message per matching target; the phone-only hook gets nothing.
        #expect(try paths(hooks) == ["/ok/slack", "/ok/teams", "/ok/webhook"])

        let records = try hooks.records()
        let webhook = try #require(records.first { $0["path"] as? String == "/ok/webhook" })
        #expect(webhook["signatureValid"] as? Bool == true)
        let headers = try #require(webhook["headers"] as? [String: String])
        #expect(headers["idempotency-key"] == Self.key)
        #expect(headers["content-type"] == "application/json; charset=utf-8")
        let body = try #require(webhook["body"] as? [String: Any])
        #expect(body["idempotencyKey"] as? String == Self.key)
        let incident = try #require(body["incident"] as? [String: Any])
        #expect(incident["url"] as? String == "https://status.example.nl/incidents/\(NotifyProject.incident)/")
        #expect(incident["title"] as? String == NotifyProject.title)
        #expect((incident["services"] as? [[String: String]]) == [["key": "offers", "name": "Aanbod"]])
        let update = try #require(body["update"] as? [String: Any])
        #expect(update["status"] as? String == "resolved")
        #expect(update["statusLabel"] as? String == "Opgelost")
        #expect(update["createdAt"] as? String == "2026-11-23T13:00:00+01:00")
        #expect((update["html"] as? String)?.contains("<strong>binnen een paar minuten</strong>") == true)

        let slack = try #require(records.first { $0["path"] as? String == "/ok/slack" }?["body"] as? [String: Any])
        #expect((slack["text"] as? String)?.hasPrefix("[Resolved] \(NotifyProject.title) <https://status.example.nl/en/incidents/") == true)
        #expect(((slack["metadata"] as? [String: Any])?["event_payload"] as? [String: String])?["idempotency_key"] == Self.key)
        let teams = try #require(records.first { $0["path"] as? String == "/ok/teams" })
        #expect((teams["headers"] as? [String: String])?["x-storingen-signature"] == nil)
        let card = try #require(((teams["body"] as? [String: Any])?["attachments"] as? [[String: Any]])?.first)
        #expect(card["contentType"] as? String == "application/vnd.microsoft.card.adaptive")

        let mails = try smtp.records()
        try #require(mails.count == 1)
        let mail = mails[0]
        #expect(mail["mailFrom"] as? String == "status@example.nl")
        #expect(mail["rcptTos"] as? [String] == ["ops@example.nl"])
        #expect(mail["subject"] as? String == "[Opgelost] \(NotifyProject.title)")
        #expect(mail["idempotencyKey"] as? String == Self.key)
        #expect(mail["date"] as? String == "Mon, 23 Nov 2026 13:05:00 +0100")
        #expect((mail["messageId"] as? String)?.range(of: "^<storingen\\.[0-9a-f]{32}@status\\.example\\.nl>$", options: .regularExpression) != nil)
        #expect(mail["contentType"] as? String == "multipart/alternative")
        // Dot-stuffing undone by the server gives back the lines that start with a dot.
        let text = try #require(mail["text"] as? String)
        #expect(text.contains("\n.\n\n.Een regel die met een punt begint.\n"), "\(text)")
        #expect((mail["html"] as? String)?.contains("<strong>binnen een paar minuten</strong>") == true)

        // The site as published after the update holds it: nothing is new any more.
        try project.publish(to: "new", at: "13:30")
        let second = try project.run(["notify", "--previous", "new"], environment: environment)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput == "notify: 0 new updates; 0 messages sent, 0 targets failed\n")
        #expect(try hooks.records().count == 3)
        #expect(try smtp.records().count == 1)
    }

    @Test func aReceiverThatFailsTwiceGetsTheMessageOnceOnTheThirdAttempt() throws {
        let hooks = try webhooks()
        defer { hooks.stop() }
        let project = try NotifyProject(notify: "  - {kind: webhook, name: flaky, url: '\(hooks.baseURL)/flaky/hook'}\n")
        try project.publish(to: "old")
        try project.addUpdate()
        let result = try project.run(["notify", "--previous", "old"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("sent \(Self.key) to flaky"))
        let attempts = try hooks.records()
        #expect(attempts.map { $0["status"] as? Int } == [500, 500, 200])
        #expect(attempts.filter { $0["status"] as? Int == 200 }.count == 1)
        #expect(Set(attempts.compactMap { ($0["headers"] as? [String: String])?["idempotency-key"] }) == [Self.key])
    }

    @Test(.enabled(if: hasSMTP, "needs Python's aiosmtpd (make test-deps)"))
    func aSilentReceiverFailsAloneWithinItsTimeoutBudget() throws {
        let hooks = try webhooks()
        let smtp = try LocalReceiver(script: "smtp_receiver.py")
        defer { hooks.stop(); smtp.stop() }
        let project = try NotifyProject(notify: """
              - {kind: webhook, name: silent, url: '\(hooks.baseURL)/silent/hook', timeoutSeconds: 1}
              - {kind: webhook, name: fine, url: '\(hooks.baseURL)/ok/hook'}
              - kind: email
                smtp: {host: 127.0.0.1, port: \(smtp.port), starttls: false}
                from: status@example.nl
                to: [ops@example.nl]
            """)
        try project.publish(to: "old")
        try project.addUpdate()
        let started = Date()
        let result = try project.run(["notify", "--previous", "old"])
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: notify: silent (site/site.yml:"), "\(result.standardError)")
        #expect(result.standardError.contains("\(Self.key): no answer within 1 s (after 3 attempts)"), "\(result.standardError)")
        #expect(result.standardOutput.contains("sent \(Self.key) to fine"))
        #expect(result.standardOutput.hasSuffix("notify: 1 new update; 2 messages sent, 1 target failed\n"))
        #expect(try paths(hooks) == ["/ok/hook", "/silent/hook", "/silent/hook", "/silent/hook"])
        #expect(try smtp.records().count == 1)
        // Three attempts of 1 s and waits of 0.5 s and 1 s: 4.5 s, plus the run's own time
        // (generous: the machine may be busy). Without its own deadline a silent server
        // holds each attempt for a minute or more.
        #expect(elapsed >= 4.5 && elapsed < 14.5, "took \(elapsed) s")
    }

    @Test func aDryRunPrintsWhatItWouldSendAndSendsNothing() throws {
        let hooks = try webhooks()
        defer { hooks.stop() }
        let project = try NotifyProject(notify: """
              - {kind: webhook, name: hook, url: '\(hooks.baseURL)/ok/hook'}
              - {kind: slack, name: chat, urlEnv: UNSET_IN_A_DRY_RUN, lang: en, services: [phone]}
            """)
        try project.publish(to: "old")
        try project.addUpdate()
        let result = try project.run(["notify", "--previous", "old", "--dry-run"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == """
            would send \(Self.key) to hook (site/site.yml:26:5): [Opgelost] \(NotifyProject.title)
            notify: 1 new update, 2 targets; dry run, nothing sent

            """)
        #expect(try hooks.records().isEmpty)
    }

    @Test func withoutAPreviousSiteNothingIsSent() throws {
        let hooks = try webhooks()
        defer { hooks.stop() }
        let project = try NotifyProject(notify: "  - {kind: webhook, url: '\(hooks.baseURL)/ok/hook'}\n")
        try project.addUpdate()
        let none = try project.run(["notify"])
        #expect(none.status == 0)
        #expect(none.standardOutput == "notify: no previous site given (--previous DIR or --previous-url URL): nothing sent\n")
        try FileManager.default.createDirectory(atPath: project.path("empty"), withIntermediateDirectories: true)
        let empty = try project.run(["notify", "--previous", "empty"])
        #expect(empty.status == 0)
        #expect(empty.standardOutput == "notify: no previous site at empty: nothing sent (a new site announces nothing)\n")
        #expect(try hooks.records().isEmpty)
    }

    @Test func theLiveSiteIsReadFromItsURLAndA404MeansNoPreviousSite() throws {
        let project = try NotifyProject(notify: "")
        let hooks = try webhooks(site: project.root)
        defer { hooks.stop() }
        try "notify:\n  - {kind: webhook, url: '\(hooks.baseURL)/ok/hook'}\n".write(
            to: project.root.appendingPathComponent("site/site.yml"), atomically: true, encoding: .utf8)
        try project.publish(to: "old")
        try project.addUpdate()
        let missing = try project.run(["notify", "--previous-url", "\(hooks.baseURL)/site/nothing-here/"])
        #expect(missing.status == 0, "\(missing.standardError)")
        #expect(missing.standardOutput.contains("no previous site at"))
        #expect(try hooks.records().isEmpty)
        let live = try project.run(["notify", "--previous-url", "\(hooks.baseURL)/site/old"])
        #expect(live.status == 0, "\(live.standardError)")
        #expect(try paths(hooks) == ["/ok/hook"])
    }

    @Test func badArgumentsAndBrokenInputExitTwo() throws {
        let project = try NotifyProject(notify: "  - {kind: webhook, url: 'http://127.0.0.1:9/'}\n")
        let both = try project.run(["notify", "--previous", "a", "--previous-url", "http://127.0.0.1:9/"])
        #expect(both.status == 2)
        #expect(both.standardError.contains("give --previous or --previous-url, not both"))
        try FileManager.default.createDirectory(atPath: project.path("broken/api/v2"), withIntermediateDirectories: true)
        try "<html>".write(toFile: project.path("broken/api/v2/incidents.json"), atomically: true, encoding: .utf8)
        let broken = try project.run(["notify", "--previous", "broken"])
        #expect(broken.status == 2)
        #expect(broken.standardError.contains("error: notify: the previous site cannot be read: incidents.json: not valid JSON"))
        try "notify:\n  - {kind: webhok, url: 'http://127.0.0.1:9/'}\n".write(
            to: project.root.appendingPathComponent("site/site.yml"), atomically: true, encoding: .utf8)
        let invalid = try project.run(["notify", "--previous", "broken"])
        #expect(invalid.status == 2)
        #expect(invalid.standardError.contains("site/site.yml:2:12: error: unknown notify kind `webhok`"), "\(invalid.standardError)")
    }
}
