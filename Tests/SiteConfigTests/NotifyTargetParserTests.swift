import IncidentModel
import Testing
@testable import SiteConfig

/// The `notify:` list of `site.yml`: every kind read with its defaults, and every
/// mistake reported at its line and column like the rest of the file.
struct NotifyTargetParserTests {
    func parse(_ text: String) -> (SiteConfiguration, [String]) {
        var parser = SiteConfigurationParser()
        let configuration = parser.parse(Array(text.utf8), path: "site/site.yml")
        return (configuration, parser.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" })
    }

    @Test func readsEveryKindWithItsDefaults() throws {
        let (configuration, diagnostics) = parse("""
            notify:
              - kind: webhook
                url: https://hooks.example.nl/status
                secretEnv: STATUS_WEBHOOK_SECRET
                services: [orders, warehouse]
                lang: en
                timeoutSeconds: 2.5
              - kind: slack
                name: "Slack #storingen"
                urlEnv: SLACK_WEBHOOK_URL
              - kind: teams
                urlEnv: TEAMS_WEBHOOK_URL
              - kind: email
                smtp: {host: smtp.example.nl, port: 587, starttls: true, usernameEnv: SMTP_USER, passwordEnv: SMTP_PASSWORD, caFile: /etc/ca.pem}
                from: Storingen <status@example.nl>
                to: [ops@example.nl, Support <support@example.nl>]
              - kind: email
                smtp: {host: 127.0.0.1, starttls: false}
                from: status@example.nl
                to: ops@example.nl
            services:
              warehouse: {nl: Magazijn}
            """)
        #expect(diagnostics == [])
        let targets = configuration.notifyTargets
        try #require(targets.count == 5)
        #expect(targets[0] == NotifyTarget(
            kind: .webhook, name: "webhook #1", location: SourceLocation(path: "site/site.yml", line: 2, column: 5),
            destination: .http(url: .literal("https://hooks.example.nl/status"), secretEnvironment: "STATUS_WEBHOOK_SECRET"),
            services: [ServiceKey("orders"), ServiceKey("warehouse")], language: .en, timeoutSeconds: 2.5))
        #expect(targets[1].name == "Slack #storingen")
        #expect(targets[1].label == "Slack #storingen (site/site.yml:8:5)")
        #expect(targets[1].destination == .http(url: .environment("SLACK_WEBHOOK_URL"), secretEnvironment: nil))
        #expect(targets[1].language == nil)
        #expect(targets[1].timeoutSeconds == 10)
        #expect(targets[2].kind == .teams)
        #expect(targets[3].destination == .email(NotifyTarget.Email(
            from: NotifyTarget.MailAddress(displayName: "Storingen", address: "status@example.nl"),
            to: [NotifyTarget.MailAddress(address: "ops@example.nl"), NotifyTarget.MailAddress(displayName: "Support", address: "support@example.nl")],
            server: NotifyTarget.SMTPServer(
                host: "smtp.example.nl", port: 587, startTLS: true, usernameEnvironment: "SMTP_USER",
                passwordEnvironment: "SMTP_PASSWORD", caFile: "/etc/ca.pem"))))
        // Without STARTTLS the default port is 25, else the submission port 587.
        guard case .email(let plain) = targets[4].destination else { Issue.record("not an email target"); return }
        #expect(plain.server == NotifyTarget.SMTPServer(host: "127.0.0.1", port: 25, startTLS: false))
        #expect(plain.to == [NotifyTarget.MailAddress(address: "ops@example.nl")])
    }

    @Test func aTargetWithoutAServiceFilterAcceptsEveryIncident() throws {
        let (configuration, _) = parse("notify:\n  - {kind: webhook, url: 'http://127.0.0.1:1/'}\n  - {kind: webhook, url: 'http://127.0.0.1:1/', services: [phone]}\n")
        let incident = Incident(id: IncidentID("a"), title: "A", services: [ServiceKey("orders")])
        #expect(configuration.notifyTargets.map { $0.accepts(incident) } == [true, false])
    }

    @Test func noNotifyKeyMeansNoTargets() {
        #expect(parse("title: Storingen\n").0.notifyTargets == [])
        #expect(parse("notify:\n").0.notifyTargets == [])
    }

    @Test func everyMistakeIsLocated() {
        let (configuration, diagnostics) = parse("""
            notify:
              - kind: webhok
                url: https://hooks.example.nl/
              - kind: slack
                url: hooks.slack.com/services/x
                urlEnv: SLACK_URL
                colour: red
              - kind: teams
                services: [order]
                lang: de
                timeoutSeconds: 0
              - url: https://x.example.nl/
              - kind: webhook
                urlEnv: https://hooks.example.nl/
                secretEnv: [a]
              - kind: email
                smtp: {host: smtp.example.nl, port: 70000, starttls: maybe, usernameEnv: SMTP_USER, tls: true}
                from: status
                to: []
              - kind: email
                smtp: {port: 25, starttls: false, usernameEnv: U, passwordEnv: P}
              - kind: email
                secretEnv: S
              - just text
            """)
        #expect(configuration.notifyTargets == [])
        #expect(diagnostics == [
            "2:11: unknown notify kind `webhok`; did you mean `webhook`? use webhook, slack, teams or email",
            "7:5: unknown site.yml key `colour`; allowed keys: kind, name, services, lang, timeoutSeconds, url, urlEnv",
            "5:10: `url` must be an absolute http(s) URL such as `https://hooks.example.nl/status`",
            "6:5: give either `url` or `urlEnv`, not both (`url` is on line 5)",
            "9:16: unknown service `order`; did you mean `orders`? known services: orders, cancellations, shipping, customer-questions, returns, phone, billing, account, offers",
            "10:11: unknown language `de`; use nl or en",
            "11:21: `timeoutSeconds` must be a number of seconds above 0 and at most 300, such as `10` or `2.5`",
            "8:5: a teams target needs `url:` or `urlEnv:` (the name of an environment variable that holds the URL)",
            "12:5: a notify target needs `kind:` webhook, slack, teams or email",
            "14:13: `urlEnv` names an environment variable, such as `STATUS_WEBHOOK_URL`, not `https://hooks.example.nl/`; secrets never go in site.yml",
            "15:16: `secretEnv` needs a single value",
            "17:89: unknown site.yml key `tls`; allowed keys: host, port, starttls, usernameEnv, passwordEnv, caFile",
            "17:41: `port` must be a whole number from 1 to 65535, such as 587",
            "17:58: `starttls` must be true or false",
            "17:65: give both `usernameEnv` and `passwordEnv`, or neither",
            "18:11: `from` needs e-mail addresses such as `ops@example.nl` or `Ops <ops@example.nl>`, not `status`",
            "19:9: `to` needs at least one address, such as `[ops@example.nl]`",
            "21:39: a password is never sent unencrypted: SMTP authentication needs `starttls: true`",
            "21:11: `smtp` needs `host:`, such as `smtp.example.nl`",
            "20:5: an email target needs `from:` with the sender's address",
            "20:5: an email target needs `to:` with the recipients, such as `[ops@example.nl]`",
            "23:5: unknown site.yml key `secretEnv`; allowed keys: kind, name, services, lang, timeoutSeconds, smtp, from, to",
            "22:5: an email target needs `smtp: {host: smtp.example.nl, port: 587}`",
            "22:5: an email target needs `from:` with the sender's address",
            "22:5: an email target needs `to:` with the recipients, such as `[ops@example.nl]`",
            "24:5: each `notify` target needs settings such as `kind: webhook` and `url: https://…`",
        ])
    }

    @Test func aListIsRequired() {
        #expect(parse("notify: {kind: webhook}\n").1 == [
            "1:9: `notify` needs a list of targets, each starting with `- kind: webhook`, `slack`, `teams` or `email`",
        ])
    }

    @Test func aServiceThatSiteYmlAddsLaterInTheFileIsKnown() {
        let (configuration, diagnostics) = parse("""
            notify:
              - {kind: webhook, urlEnv: HOOK, services: [warehouse]}
            services:
              warehouse: {nl: Magazijn}
            """)
        #expect(diagnostics == [])
        #expect(configuration.notifyTargets.first?.services == [ServiceKey("warehouse")])
    }
}
