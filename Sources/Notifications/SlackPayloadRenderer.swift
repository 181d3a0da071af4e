import Foundation

/// The body of a `kind: slack` target, in Slack's incoming-webhook layout: a `text`
/// fallback for notifications, Block Kit blocks with mrkdwn for the message itself, and
/// the idempotency key in the message metadata.
enum SlackPayloadRenderer {
    /// Slack refuses longer header and section texts.
    static let headerLimit = 150
    static let sectionLimit = 3_000

    static func body(_ content: NotificationContent) -> Data {
        let link = "<\(SlackMarkup.escape(content.url))|\(SlackMarkup.escape(NotificationText.viewLink(content.kind)[content.language]))>"
        var blocks: [JSONValue] = [
            ["type": "header", "text": ["type": "plain_text", "text": .string(truncated(content.title, to: headerLimit))]],
            ["type": "section", "fields": [
                ["type": "mrkdwn", "text": .string("*\(NotificationText.status[content.language])*\n\(SlackMarkup.escape(content.statusLabel))")],
                ["type": "mrkdwn", "text": .string("*\(NotificationText.services[content.language])*\n\(SlackMarkup.escape(content.serviceList))")],
            ]],
        ]
        let text = SlackMarkup.mrkdwn(fromMarkdown: content.markdown)
        if !text.isEmpty {
            blocks.append(["type": "section", "text": ["type": "mrkdwn", "text": .string(truncated(text, to: sectionLimit))]])
        }
        blocks.append(["type": "context", "elements": [
            ["type": "mrkdwn", "text": .string("\(content.postedAtText) · \(link)")],
        ]])
        let payload: JSONValue = [
            "text": .string("\(SlackMarkup.escape(content.headline)) \(link)"),
            "blocks": .array(blocks),
            "metadata": [
                "event_type": "storingen_update",
                "event_payload": [
                    "idempotency_key": .string(content.idempotencyKey),
                    "incident_id": .string(content.incidentID),
                    "status": .string(content.status.rawValue),
                ],
            ],
        ]
        return JSONBody.encode(payload)
    }

    /// At most `limit` characters, the last an ellipsis when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
