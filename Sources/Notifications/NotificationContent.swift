import CommonMark
import Foundation
import IncidentModel
import SiteConfig
import SiteContent

/// One new update in one language, with every piece each message kind shows: the
/// same words as the site (status labels, service names, dates) and its absolute URL.
public struct NotificationContent: Sendable, Hashable {
    /// A service the incident touches, with its catalogue name in this language.
    public struct ServiceName: Sendable, Hashable {
        public var key: String
        public var name: String
    }

    public var language: Language
    public var idempotencyKey: String
    public var incidentID: String
    public var title: String
    public var kind: IncidentKind
    /// "Storing" / "Incident", "Onderhoud" / "Maintenance".
    public var kindLabel: String
    public var impact: Impact
    public var status: UpdateStatus
    /// "Opgelost" / "Resolved".
    public var statusLabel: String
    public var services: [ServiceName]
    /// RFC 3339 with the Amsterdam offset.
    public var postedAt: String
    /// "19-12-2023 09:00", as the site writes compact times.
    public var postedAtText: String
    /// The update's Markdown as written.
    public var markdown: String
    /// The update as HTML, from libcmark in safe mode.
    public var html: String
    /// The incident's page on the site, in this language when the site publishes it.
    public var url: String
    /// The site's title in this language, the sender's name in chat and mail.
    public var siteTitle: String
    /// The host of the site's base URL (`status.example.nl`).
    public var siteHost: String

    public init(_ newUpdate: NewUpdate, language: Language, configuration: SiteConfiguration) {
        let incident = newUpdate.incident
        let catalogue = configuration.catalogue
        self.language = language
        idempotencyKey = newUpdate.idempotencyKey
        incidentID = incident.id.rawValue
        title = incident.title
        kind = incident.kind
        kindLabel = SiteText.label(for: incident.kind)[language]
        impact = incident.impact
        status = newUpdate.status
        statusLabel = SiteText.label(for: newUpdate.status)[language]
        services = incident.services.map { key in
            ServiceName(key: key.rawValue, name: catalogue.service(key)?.name[language] ?? key.rawValue)
        }
        postedAt = RFC3339.string(from: newUpdate.update.instant)
        postedAtText = SiteDateFormatter(language: language).compact(newUpdate.update.instant)
        markdown = newUpdate.update.body.trimmingCharacters(in: .whitespacesAndNewlines)
        html = CommonMarkConverter.html(fromMarkdown: markdown)
        // The English pages live under en/ only when the site publishes English.
        let published = configuration.languages.contains(language) ? language : configuration.languages.first ?? .nl
        let routes = SiteRoutes(language: published, isDefault: published == configuration.languages.first)
        url = configuration.baseURL + SiteRoutes.percentEncoded(routes.incident(incident.id))
        siteTitle = configuration.title[language]
        siteHost = URL(string: configuration.baseURL)?.host ?? "localhost"
    }

    /// "[Opgelost] Storing verwerken nieuwe bestellingen": subject and chat fallback.
    public var headline: String { "[\(statusLabel)] \(title)" }

    /// "Bestellingen, Annuleringen", or "–" when the incident names no service.
    public var serviceList: String {
        services.isEmpty ? "–" : services.map(\.name).joined(separator: ", ")
    }
}
