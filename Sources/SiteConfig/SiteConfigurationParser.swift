import Foundation
import IncidentModel
import ServiceNorms
import SourceYAML
import Yams

/// Reads `site.yml` into a `SiteConfiguration`, reporting every problem with its
/// position; unknown keys are errors, as in incident front matter.
///
/// ```yaml
/// title: {nl: Actuele storingen, en: Current outages}
/// baseURL: https://status.example.nl/
/// languages: [nl, en]
/// recentDays: 14
/// staleOpenDays: 14
/// services:
///   warehouse: {nl: Magazijn, en: Warehouse}
/// norms:
///   on-time-delivery: {grace: 2 business days}
///   warehouse-speed: {nl: Magazijnsnelheid, period: iso-week, services: [warehouse]}
/// holidays:
///   add: [2025-12-24]
///   remove: [2025-05-05]
/// ```
public struct SiteConfigurationParser {
    static let keys = ["title", "description", "baseURL", "languages", "recentDays", "staleOpenDays", "staleAfter", "embed", "archivePageSize", "services", "norms", "holidays", "notify"]
    static let serviceKeys = ["nl", "en"]
    static let normKeys = ["nl", "en", "threshold", "period", "services", "grace", "officeHoursOnly"]

    private var reader: YAMLReader?
    private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// `site.yml` in `siteDirectory`; a missing file gives the defaults and no diagnostic.
    public static func load(siteDirectory: String) -> (SiteConfiguration, [Diagnostic]) {
        let path = siteDirectory.hasSuffix("/") ? siteDirectory + "site.yml" : siteDirectory + "/site.yml"
        guard let data = FileManager.default.contents(atPath: path) else { return (SiteConfiguration(), []) }
        var parser = SiteConfigurationParser()
        let configuration = parser.parse(Array(data), path: path)
        return (configuration, parser.diagnostics)
    }

    public mutating func parse(_ bytes: [UInt8], path: String) -> SiteConfiguration {
        var configuration = SiteConfiguration()
        let source: SourceText
        switch SourceText.decode(bytes, path: path, limits: ParsingLimits()) {
        case .failure(let diagnostic):
            // An empty site.yml is fine: everything has a default.
            if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { diagnostics.append(diagnostic) }
            return configuration
        case .success(let text):
            source = text
        }
        let reader = YAMLReader(source: source, label: "site.yml")
        self.reader = reader
        let root: Node?
        switch reader.compose(source.text) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return configuration
        case .success(let node):
            root = node
        }
        guard let root else { return configuration }
        guard case .mapping(let mapping) = root else {
            error(at: root.mark, "site.yml must be `key: value` lines, such as `title: Actuele storingen`")
            return configuration
        }
        var norms: [(Located<String>, Node)] = []
        for entry in reader.entries(of: mapping, allowed: Self.keys, diagnostics: &diagnostics) {
            let value = entry.value
            switch entry.key {
            case "title": if let text = localized(value, key: "title") { configuration.title = text }
            case "description": if let text = localized(value, key: "description") { configuration.description = text }
            case "baseURL": if let url = baseURL(value) { configuration.baseURL = url }
            case "languages": if let languages = languages(value) { configuration.languages = languages }
            case "recentDays": if let days = integer(value, key: "recentDays", in: 0...3_650) { configuration.recentDays = days }
            case "staleAfter": if let seconds = duration(value, key: "staleAfter") { configuration.staleAfter = seconds }
            case "embed": readEmbed(value, into: &configuration)
            case "staleOpenDays": if let days = integer(value, key: "staleOpenDays", in: 1...3_650) { configuration.staleOpenDays = days }
            case "archivePageSize": if let size = integer(value, key: "archivePageSize", in: 1...10_000) { configuration.archivePageSize = size }
            case "services": readServices(value, into: &configuration.catalogue)
            case "norms": norms = mappingEntries(value, key: "norms")
            case "holidays": readHolidays(value, into: &configuration)
            case "notify": configuration.notifyTargets = Self.notifyTargets(value, siteRoot: mapping, reader: reader, diagnostics: &diagnostics)
            default: break
            }
        }
        // Norms after services, so a norm may name a service that site.yml adds.
        for (key, value) in norms { readNorm(key, value, into: &configuration.catalogue) }
        return configuration
    }

    // MARK: - Sections

    private mutating func readServices(_ node: Node, into catalogue: inout Catalogue) {
        for (key, value) in mappingEntries(node, key: "services") {
            guard isKey(key) else { continue }
            let serviceKey = ServiceKey(key.value)
            let existing = catalogue.service(serviceKey)
            guard let names = names(value, allowed: Self.serviceKeys, existing: existing?.name, context: "service `\(key.value)`") else { continue }
            let service = Service(key: serviceKey, name: names)
            if let index = catalogue.services.firstIndex(where: { $0.key == serviceKey }) {
                catalogue.services[index] = service
            } else {
                catalogue.services.append(service)
            }
        }
    }

    private mutating func readNorm(_ key: Located<String>, _ node: Node, into catalogue: inout Catalogue) {
        guard isKey(key) else { return }
        let normKey = NormKey(key.value)
        let existing = catalogue.norm(normKey)
        guard case .mapping(let mapping) = node, let reader else {
            error(at: node.mark, "norm `\(key.value)` needs settings such as `{grace: 2 business days}`")
            return
        }
        var norm = existing ?? Norm(
            key: normKey, name: LocalizedText(nl: key.value, en: key.value), threshold: LocalizedText(nl: "", en: ""),
            period: .isoWeek, services: [], grace: .none)
        var named = existing != nil
        for entry in reader.entries(of: mapping, allowed: Self.normKeys, diagnostics: &diagnostics) {
            let value = entry.value
            switch entry.key {
            case "nl": if let text = scalar(value, key: "nl") { norm.name.nl = text.value; named = true }
            case "en": if let text = scalar(value, key: "en") { norm.name.en = text.value }
            case "threshold": if let text = localized(value, key: "threshold") { norm.threshold = text }
            case "period":
                guard let text = scalar(value, key: "period") else { continue }
                if let period = Norm.Period(rawValue: text.value) { norm.period = period } else {
                    diagnostics.append(.error(at: text.location, "`period` must be `iso-week` or `month`, not `\(text.value)`"))
                }
            case "services":
                norm.services = list(value, key: "services").compactMap { item in
                    guard catalogue.service(ServiceKey(item.value)) != nil else {
                        diagnostics.append(.error(at: item.location, UnknownService.message(item.value, known: catalogue.serviceKeys)))
                        return nil
                    }
                    return ServiceKey(item.value)
                }
            case "grace":
                guard let text = scalar(value, key: "grace") else { continue }
                if let grace = GraceText.parse(text.value) { norm.grace = grace } else {
                    diagnostics.append(.error(at: text.location, "cannot read the grace `\(text.value)`; write \(GraceText.examples)"))
                }
            case "officeHoursOnly":
                guard let text = scalar(value, key: "officeHoursOnly") else { continue }
                switch text.value.lowercased() {
                case "true", "yes": norm.officeHoursOnly = true
                case "false", "no": norm.officeHoursOnly = false
                default: diagnostics.append(.error(at: text.location, "`officeHoursOnly` must be true or false"))
                }
            default: break
            }
        }
        if !named {
            diagnostics.append(.error(at: key.location, "new norm `\(key.value)` needs a Dutch name: `nl: …`"))
        }
        if let index = catalogue.norms.firstIndex(where: { $0.key == normKey }) {
            catalogue.norms[index] = norm
        } else {
            catalogue.norms.append(norm)
        }
    }

    private mutating func readEmbed(_ node: Node, into configuration: inout SiteConfiguration) {
        guard case .mapping(let mapping) = node, let reader else {
            error(at: node.mark, "`embed` needs settings such as `{quiet: line}`")
            return
        }
        for entry in reader.entries(of: mapping, allowed: ["quiet"], diagnostics: &diagnostics) {
            guard let text = scalar(entry.value, key: "quiet") else { continue }
            if let quiet = SiteConfiguration.EmbedQuiet(rawValue: text.value) {
                configuration.embedQuiet = quiet
            } else {
                diagnostics.append(.error(at: text.location, "`quiet` must be `line` or `empty`, not `\(text.value)`"))
            }
        }
    }

    /// `3h`, `90m`, `3 uur`, `45 min`: a duration of minutes or hours, from 1 minute to 30 days.
    private mutating func duration(_ node: Node, key: String) -> TimeInterval? {
        guard let text = scalar(node, key: key) else { return nil }
        let units: [(String, TimeInterval)] = [("minutes", 60), ("minuten", 60), ("min", 60), ("m", 60),
                                                ("hours", 3_600), ("uren", 3_600), ("uur", 3_600), ("u", 3_600), ("h", 3_600)]
        let written = text.value.lowercased().filter { !$0.isWhitespace }
        for (unit, seconds) in units where written.hasSuffix(unit) {
            if let count = Int(written.dropLast(unit.count)), count > 0, Double(count) * seconds <= 30 * 86_400 {
                return Double(count) * seconds
            }
        }
        diagnostics.append(.error(at: text.location, "`\(key)` must be a duration such as `3h` or `90m` (at most 30 days)"))
        return nil
    }

    private mutating func readHolidays(_ node: Node, into configuration: inout SiteConfiguration) {
        guard case .mapping(let mapping) = node, let reader else {
            error(at: node.mark, "`holidays` needs `add:` and/or `remove:` lists of dates such as `[2025-12-24]`")
            return
        }
        for entry in reader.entries(of: mapping, allowed: ["add", "remove"], diagnostics: &diagnostics) {
            let dates = Set(list(entry.value, key: entry.key).compactMap { item -> LocalDate? in
                guard let date = LocalDate(item.value) else {
                    diagnostics.append(.error(at: item.location, "`\(item.value)` is not a date; write it like `2025-12-24`"))
                    return nil
                }
                return date
            })
            if entry.key == "add" { configuration.addedHolidays = dates } else { configuration.removedHolidays = dates }
        }
    }

    // MARK: - Value shapes

    private mutating func names(_ node: Node, allowed: [String], existing: LocalizedText?, context: String) -> LocalizedText? {
        guard case .mapping(let mapping) = node, let reader else {
            error(at: node.mark, "\(context) needs names: `{nl: …, en: …}`")
            return nil
        }
        var nl = existing?.nl, en = existing?.en
        for entry in reader.entries(of: mapping, allowed: allowed, diagnostics: &diagnostics) {
            guard let text = scalar(entry.value, key: entry.key) else { continue }
            if entry.key == "nl" { nl = text.value } else { en = text.value }
        }
        guard let nl else {
            error(at: node.mark, "\(context) needs a Dutch name: `nl: …`")
            return nil
        }
        return LocalizedText(nl: nl, en: en ?? nl)
    }

    /// A text for both languages, or `{nl: …, en: …}`.
    private mutating func localized(_ node: Node, key: String) -> LocalizedText? {
        if case .mapping = node { return names(node, allowed: ["nl", "en"], existing: nil, context: "`\(key)`") }
        return scalar(node, key: key).map { LocalizedText(nl: $0.value, en: $0.value) }
    }

    private mutating func baseURL(_ node: Node) -> String? {
        guard let text = scalar(node, key: "baseURL") else { return nil }
        guard Self.isEncodedURL(text.value), let url = URL(string: text.value), let scheme = url.scheme, ["http", "https"].contains(scheme),
              url.host?.isEmpty == false, url.query == nil, url.fragment == nil, url.user == nil
        else {
            diagnostics.append(.error(
                at: text.location,
                "`baseURL` must be an absolute http(s) URL without query or fragment, such as `https://status.example.nl/` "
                    + "or `https://owner.github.io/repo/`; spaces and other special characters percent-encoded"))
            return nil
        }
        guard text.value.hasSuffix("/") else {
            diagnostics.append(.error(
                at: text.location,
                "`baseURL` must end in `/` (`\(text.value)/`): page URLs are the base URL followed by their path"))
            return nil
        }
        return text.value
    }

    /// Whether `text` is already a URL: visible ASCII only, outside RFC 3986's excluded
    /// characters, every `%` starting an escape. Foundation would quietly encode a space,
    /// and the site's URLs would then differ from what `site.yml` says.
    static func isEncodedURL(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            guard byte > 0x20, byte < 0x7F, !"\"<>\\^`{|}".utf8.contains(byte) else { return false }
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, bytes[index + 1].isHexDigit, bytes[index + 2].isHexDigit else { return false }
            }
        }
        return true
    }

    private mutating func languages(_ node: Node) -> [Language]? {
        let items = list(node, key: "languages")
        let languages = items.compactMap { item -> Language? in
            guard let language = Language(rawValue: item.value) else {
                diagnostics.append(.error(at: item.location, "unknown language `\(item.value)`; use nl and/or en"))
                return nil
            }
            return language
        }
        guard !languages.isEmpty else {
            error(at: node.mark, "`languages` needs at least one of nl, en")
            return nil
        }
        return languages
    }

    // The reader exists once site.yml's text was read, and with it every node passed here.
    private mutating func integer(_ node: Node, key: String, in range: ClosedRange<Int>) -> Int? {
        reader?.integer(node, key: key, in: range, diagnostics: &diagnostics)
    }

    private mutating func scalar(_ node: Node, key: String) -> Located<String>? {
        reader?.scalar(node, key: key, diagnostics: &diagnostics)
    }

    private mutating func list(_ node: Node, key: String) -> [Located<String>] {
        reader?.list(node, key: key, diagnostics: &diagnostics) ?? []
    }

    private mutating func mappingEntries(_ node: Node, key: String) -> [(Located<String>, Node)] {
        reader?.namedEntries(node, key: key, diagnostics: &diagnostics) ?? []
    }

    private mutating func isKey(_ key: Located<String>) -> Bool {
        guard key.value.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
            diagnostics.append(.error(at: key.location, "`\(key.value)` is not a valid key; use lowercase letters, digits and `-`"))
            return false
        }
        return true
    }

    private mutating func error(at mark: Mark?, _ message: String) {
        diagnostics.append(.error(at: reader?.location(mark) ?? SourceLocation(path: "site.yml", line: 1, column: 1), message))
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
