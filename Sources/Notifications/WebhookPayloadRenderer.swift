import Foundation
import IncidentModel

/// The JSON body of a `kind: webhook` target: the update and its incident with every
/// field a receiver needs to act on it (documented in docs/notifications.md, "Messages").
enum WebhookPayloadRenderer {
    struct Payload: Encodable {
        var idempotencyKey: String
        var language: String
        var site: Site
        var incident: IncidentPart
        var update: UpdatePart
    }

    struct Site: Encodable {
        var title: String
        var url: String
    }

    struct IncidentPart: Encodable {
        var id: String
        var title: String
        var kind: String
        var impact: String
        var url: String
        var services: [Service]
    }

    struct Service: Encodable {
        var key: String
        var name: String
    }

    struct UpdatePart: Encodable {
        var createdAt: String
        var status: String
        var statusLabel: String
        var text: String
        var html: String
    }

    static func body(_ content: NotificationContent, siteURL: String) -> Data {
        JSONBody.encode(Payload(
            idempotencyKey: content.idempotencyKey,
            language: content.language.rawValue,
            site: Site(title: content.siteTitle, url: siteURL),
            incident: IncidentPart(
                id: content.incidentID, title: content.title, kind: content.kind.rawValue,
                impact: content.impact.rawValue, url: content.url,
                services: content.services.map { Service(key: $0.key, name: $0.name) }),
            update: UpdatePart(
                createdAt: content.postedAt, status: content.status.rawValue, statusLabel: content.statusLabel,
                text: content.markdown, html: content.html)))
    }
}
