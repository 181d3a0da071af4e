import Foundation
import IncidentModel
import SourceYAML
import Yams

/// Reads the `notify:` list of `site.yml` into targets, reporting every mistake at its
/// line and column, as the rest of `site.yml` is read: unknown keys and kinds, values
/// of the wrong shape, unknown services, a target without a destination.
struct NotifyTargetParser {
    static let commonKeys = ["kind", "name", "services", "lang", "timeoutSeconds"]
    static let keysByKind: [NotifyTarget.Kind: [String]] = [
        .webhook: commonKeys + ["url", "urlEnv", "secretEnv"],
        .slack: commonKeys + ["url", "urlEnv"],
        .teams: commonKeys + ["url", "urlEnv"],
        .email: commonKeys + ["smtp", "from", "to"],
    ]
    static let smtpKeys = ["host", "port", "starttls", "usernameEnv", "passwordEnv", "caFile"]

    let reader: YAMLReader
    let knownServices: [ServiceKey]
    private(set) var diagnostics: [Diagnostic] = []

    init(reader: YAMLReader, knownServices: [ServiceKey]) {
        self.reader = reader
        self.knownServices = knownServices
    }

    mutating func parse(_ node: Node) -> [NotifyTarget] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return [] }
        guard case .sequence(let items) = node else {
            error(at: node, "`notify` needs a list of targets, each starting with `- kind: webhook`, `slack`, `teams` or `email`")
            return []
        }
        return items.enumerated().compactMap { offset, item in target(item, position: offset + 1) }
    }

    // MARK: - One target

    private mutating func target(_ node: Node, position: Int) -> NotifyTarget? {
        guard case .mapping(let mapping) = node else {
            error(at: node, "each `notify` target needs settings such as `kind: webhook` and `url: https://…`")
            return nil
        }
        guard let kind = kind(of: mapping, at: node) else {
            // Without a kind the allowed keys are unknown; report the rest anyway.
            _ = reader.entries(of: mapping, allowed: Self.keysByKind.values.flatMap { $0 }, diagnostics: &diagnostics)
            return nil
        }
        let location = reader.location(node.mark)
        var name = "\(kind.rawValue) #\(position)"
        var services: [ServiceKey] = []
        var language: Language?
        var timeoutSeconds = NotifyTarget.defaultTimeoutSeconds
        var urlEntry: (key: String, location: SourceLocation)?
        var url: NotifyTarget.Setting?
        var secretEnvironment: String?
        var smtp: NotifyTarget.SMTPServer?
        var from: NotifyTarget.MailAddress?
        var to: [NotifyTarget.MailAddress]?
        var valid = true
        for entry in reader.entries(of: mapping, allowed: Self.keysByKind[kind] ?? [], diagnostics: &diagnostics) {
            let value = entry.value
            switch entry.key {
            case "name": if let text = scalar(value, key: "name") { name = text.value }
            case "url", "urlEnv":
                if let first = urlEntry {
                    diagnostics.append(.error(at: entry.keyLocation, "give either `url` or `urlEnv`, not both (`\(first.key)` is on line \(first.location.line))"))
                    valid = false
                    continue
                }
                urlEntry = (entry.key, entry.keyLocation)
                if entry.key == "url" {
                    guard let literal = self.url(value) else { valid = false; continue }
                    url = .literal(literal)
                } else {
                    guard let variable = environmentName(value, key: "urlEnv") else { valid = false; continue }
                    url = .environment(variable)
                }
            case "secretEnv":
                secretEnvironment = environmentName(value, key: "secretEnv")
                if secretEnvironment == nil { valid = false }
            case "services": services = self.services(value)
            case "lang":
                guard let text = scalar(value, key: "lang") else { continue }
                if let known = Language(rawValue: text.value) { language = known } else {
                    diagnostics.append(.error(at: text.location, "unknown language `\(text.value)`; use nl or en"))
                }
            case "timeoutSeconds":
                guard let text = scalar(value, key: "timeoutSeconds") else { continue }
                if let seconds = Double(text.value), seconds > 0, seconds <= 300 { timeoutSeconds = seconds } else {
                    diagnostics.append(.error(at: text.location, "`timeoutSeconds` must be a number of seconds above 0 and at most 300, such as `10` or `2.5`"))
                }
            case "smtp": smtp = smtpServer(value)
            case "from": from = scalar(value, key: "from").flatMap { address($0, key: "from") }
            case "to":
                let items = list(value, key: "to")
                to = items.compactMap { address($0, key: "to") }
                if items.isEmpty { error(at: value, "`to` needs at least one address, such as `[ops@example.nl]`") }
            default: break
            }
        }
        let destination: NotifyTarget.Destination
        if kind == .email {
            var complete = true
            if smtp == nil, !mapping.keys.contains(where: { $0.scalar?.string == "smtp" }) {
                error(at: node, "an email target needs `smtp: {host: smtp.example.nl, port: 587}`")
                complete = false
            }
            if from == nil, !mapping.keys.contains(where: { $0.scalar?.string == "from" }) {
                error(at: node, "an email target needs `from:` with the sender's address")
                complete = false
            }
            if to == nil {
                error(at: node, "an email target needs `to:` with the recipients, such as `[ops@example.nl]`")
                complete = false
            }
            guard complete, let smtp, let from, let to, !to.isEmpty else { return nil }
            destination = .email(NotifyTarget.Email(from: from, to: to, server: smtp))
        } else if let url {
            destination = .http(url: url, secretEnvironment: secretEnvironment)
        } else {
            if urlEntry == nil {
                error(at: node, "a \(kind.rawValue) target needs `url:` or `urlEnv:` (the name of an environment variable that holds the URL)")
            }
            return nil
        }
        guard valid else { return nil }
        return NotifyTarget(
            kind: kind, name: name, location: location, destination: destination,
            services: services, language: language, timeoutSeconds: timeoutSeconds)
    }

    /// The target's `kind:`, reported when missing or unknown.
    private mutating func kind(of mapping: Node.Mapping, at node: Node) -> NotifyTarget.Kind? {
        guard let value = mapping.first(where: { $0.key.scalar?.string == "kind" })?.value else {
            error(at: node, "a notify target needs `kind:` webhook, slack, teams or email")
            return nil
        }
        guard let text = scalar(value, key: "kind") else { return nil }
        if let kind = NotifyTarget.Kind(rawValue: text.value) { return kind }
        let kinds = NotifyTarget.Kind.allCases.map(\.rawValue)
        var message = "unknown notify kind `\(text.value)`"
        if let suggestion = YAMLReader.closest(to: text.value, among: kinds) { message += "; did you mean `\(suggestion)`?" }
        diagnostics.append(.error(at: text.location, message + (message.hasSuffix("?") ? " " : "; ") + "use webhook, slack, teams or email"))
        return nil
    }

    // MARK: - Email

    private mutating func smtpServer(_ node: Node) -> NotifyTarget.SMTPServer? {
        guard case .mapping(let mapping) = node else {
            error(at: node, "`smtp` needs settings such as `{host: smtp.example.nl, port: 587, starttls: true}`")
            return nil
        }
        var host: String?
        var port: Int?
        var startTLS = true
        var username: Located<String>?
        var password: Located<String>?
        var caFile: String?
        var valid = true
        for entry in reader.entries(of: mapping, allowed: Self.smtpKeys, diagnostics: &diagnostics) {
            let value = entry.value
            switch entry.key {
            case "host":
                guard let text = scalar(value, key: "host") else { valid = false; continue }
                if text.value.isEmpty || text.value.contains(where: { $0.isWhitespace || $0 == "/" || $0 == "@" }) {
                    diagnostics.append(.error(at: text.location, "`host` must be a host name or address such as `smtp.example.nl`, not `\(text.value)`"))
                    valid = false
                } else {
                    host = text.value
                }
            case "port":
                guard let text = scalar(value, key: "port") else { valid = false; continue }
                if let number = Int(text.value), (1...65_535).contains(number) { port = number } else {
                    diagnostics.append(.error(at: text.location, "`port` must be a whole number from 1 to 65535, such as 587"))
                    valid = false
                }
            case "starttls":
                guard let text = scalar(value, key: "starttls") else { valid = false; continue }
                switch text.value.lowercased() {
                case "true", "yes": startTLS = true
                case "false", "no": startTLS = false
                default:
                    diagnostics.append(.error(at: text.location, "`starttls` must be true or false"))
                    valid = false
                }
            case "usernameEnv": username = environmentName(value, key: "usernameEnv").map { Located(value: $0, location: entry.keyLocation) }
            case "passwordEnv": password = environmentName(value, key: "passwordEnv").map { Located(value: $0, location: entry.keyLocation) }
            case "caFile": caFile = scalar(value, key: "caFile")?.value
            default: break
            }
        }
        if (username == nil) != (password == nil), let given = username ?? password {
            diagnostics.append(.error(at: given.location, "give both `usernameEnv` and `passwordEnv`, or neither"))
            valid = false
        }
        if let given = username ?? password, !startTLS {
            diagnostics.append(.error(at: given.location, "a password is never sent unencrypted: SMTP authentication needs `starttls: true`"))
            valid = false
        }
        guard let host else {
            if !mapping.keys.contains(where: { $0.scalar?.string == "host" }) {
                error(at: node, "`smtp` needs `host:`, such as `smtp.example.nl`")
            }
            return nil
        }
        guard valid else { return nil }
        return NotifyTarget.SMTPServer(
            host: host, port: port ?? (startTLS ? 587 : 25), startTLS: startTLS,
            usernameEnvironment: username?.value, passwordEnvironment: password?.value, caFile: caFile)
    }

    /// `status@example.nl` or `Storingen <status@example.nl>`.
    private mutating func address(_ text: Located<String>, key: String) -> NotifyTarget.MailAddress? {
        var displayName: String?
        var address = text.value.trimmingCharacters(in: .whitespaces)
        if address.hasSuffix(">"), let open = address.lastIndex(of: "<") {
            let name = address[..<open].trimmingCharacters(in: .whitespaces)
            displayName = name.isEmpty ? nil : name
            address = String(address[address.index(after: open)..<address.index(before: address.endIndex)])
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden = address.contains { $0.isWhitespace || "<>()[],;:\\\"".contains($0) || !$0.isASCII }
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !forbidden,
              displayName?.contains(where: { $0.isNewline }) != true else {
            diagnostics.append(.error(at: text.location, "`\(key)` needs e-mail addresses such as `ops@example.nl` or `Ops <ops@example.nl>`, not `\(text.value)`"))
            return nil
        }
        return NotifyTarget.MailAddress(displayName: displayName, address: address)
    }

    // MARK: - Value shapes

    private mutating func url(_ node: Node) -> String? {
        guard let text = scalar(node, key: "url") else { return nil }
        guard let url = URL(string: text.value), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else {
            diagnostics.append(.error(at: text.location, "`url` must be an absolute http(s) URL such as `https://hooks.example.nl/status`"))
            return nil
        }
        return text.value
    }

    private mutating func environmentName(_ node: Node, key: String) -> String? {
        guard let text = scalar(node, key: key) else { return nil }
        guard text.value.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) != nil else {
            diagnostics.append(.error(at: text.location, "`\(key)` names an environment variable, such as `STATUS_WEBHOOK_URL`, not `\(text.value)`; secrets never go in site.yml"))
            return nil
        }
        return text.value
    }

    private mutating func services(_ node: Node) -> [ServiceKey] {
        list(node, key: "services").compactMap { item in
            guard knownServices.contains(ServiceKey(item.value)) else {
                diagnostics.append(.error(at: item.location, UnknownService.message(item.value, known: knownServices)))
                return nil
            }
            return ServiceKey(item.value)
        }
    }

    private mutating func scalar(_ node: Node, key: String) -> Located<String>? {
        reader.scalar(node, key: key, diagnostics: &diagnostics)
    }

    private mutating func list(_ node: Node, key: String) -> [Located<String>] {
        reader.list(node, key: key, diagnostics: &diagnostics) ?? []
    }

    private mutating func error(at node: Node, _ message: String) {
        diagnostics.append(.error(at: reader.location(node.mark), message))
    }
}
