import Foundation

/// The body of a `kind: teams` target: a Microsoft Teams incoming-webhook message with
/// one Adaptive Card (title, facts, the update's Markdown, a button to the incident).
/// Teams ignores the top-level `idempotencyKey`; a Power Automate flow can read it.
enum TeamsPayloadRenderer {
    static func body(_ content: NotificationContent) -> Data {
        let language = content.language
        var cardBody: [JSONValue] = [
            ["type": "TextBlock", "text": .string(content.title), "weight": "Bolder", "size": "Medium", "wrap": true],
            ["type": "FactSet", "facts": [
                ["title": .string(NotificationText.status[language]), "value": .string(content.statusLabel)],
                ["title": .string(NotificationText.services[language]), "value": .string(content.serviceList)],
                ["title": .string(NotificationText.postedAt[language]), "value": .string(content.postedAtText)],
            ]],
        ]
        if !content.markdown.isEmpty {
            cardBody.append(["type": "TextBlock", "text": .string(content.markdown), "wrap": true])
        }
        let card: JSONValue = [
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard",
            "version": "1.4",
            "lang": .string(language.rawValue),
            "body": .array(cardBody),
            "actions": [
                ["type": "Action.OpenUrl", "title": .string(NotificationText.viewLink(content.kind)[language]), "url": .string(content.url)],
            ],
        ]
        let message: JSONValue = [
            "type": "message",
            "summary": .string(content.headline),
            "idempotencyKey": .string(content.idempotencyKey),
            "attachments": [
                ["contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": nil, "content": card],
            ],
        ]
        return JSONBody.encode(message)
    }
}
