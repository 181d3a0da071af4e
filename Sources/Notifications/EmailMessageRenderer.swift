import Crypto
import Foundation
import OutputEncoding
import SiteConfig

/// The e-mail of a `kind: email` target: RFC 5322 headers (UTF-8 words per RFC 2047, a
/// `Date:`, a `Message-ID:` derived from the idempotency key) and a
/// multipart/alternative body with the update as plain text and as HTML.
enum EmailMessageRenderer {
    static func message(_ content: NotificationContent, email: NotifyTarget.Email, sentAt: Date) -> EmailMessage {
        let digest = Data(SHA256.hash(data: Data(content.idempotencyKey.utf8))).hexadecimal
        let boundary = "storingen-" + digest.prefix(24)
        let sender = email.from.displayName ?? content.siteTitle
        let headers = [
            "From: " + MIMEHeaderEncoding.phrase(sender) + " <\(email.from.address)>",
            MIMEHeaderEncoding.fold("To: " + email.to.map(mailbox).joined(separator: ", ")),
            MIMEHeaderEncoding.field("Subject", content.headline),
            "Date: " + RFC5322Date.string(from: sentAt),
            // The same update always has the same Message-ID, so mail systems drop a copy.
            "Message-ID: <storingen.\(digest.prefix(32))@\(content.siteHost)>",
            MIMEHeaderEncoding.field("X-Storingen-Idempotency-Key", content.idempotencyKey),
            "Auto-Submitted: auto-generated",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
        ]
        let parts = [
            part(type: "text/plain", body: plainText(content)),
            part(type: "text/html", body: html(content)),
        ]
        let body = parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined() + "--\(boundary)--\r\n"
        return EmailMessage(
            sender: email.from.address, recipients: email.to.map(\.address),
            text: headers.joined(separator: "\r\n") + "\r\n\r\n" + body, idempotencyKey: content.idempotencyKey)
    }

    private static func mailbox(_ address: NotifyTarget.MailAddress) -> String {
        guard let name = address.displayName else { return address.address }
        return MIMEHeaderEncoding.phrase(name) + " <\(address.address)>"
    }

    private static func part(type: String, body: String) -> String {
        "Content-Type: \(type); charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + QuotedPrintable.encode(body)
    }

    /// The plain-text part: the facts, the update's Markdown as written, the link.
    static func plainText(_ content: NotificationContent) -> String {
        let language = content.language
        var lines = [
            content.title,
            "",
            "\(NotificationText.status[language]): \(content.statusLabel)",
            "\(NotificationText.services[language]): \(content.serviceList)",
            "\(NotificationText.postedAt[language]): \(content.postedAtText)",
            "",
        ]
        if !content.markdown.isEmpty { lines += [content.markdown, ""] }
        lines += [
            "\(NotificationText.viewLink(content.kind)[language]): \(content.url)",
            "",
            NotificationText.timeZone[language],
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The HTML part: the same facts, the update as libcmark renders it for the site.
    static func html(_ content: NotificationContent) -> String {
        let language = content.language
        let escape = { MarkupEscaping.escaped($0, rules: .html) }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><title>\(escape(content.headline))</title></head>
            <body>
            <h1>\(escape(content.title))</h1>
            <p><strong>\(escape(NotificationText.status[language])):</strong> \(escape(content.statusLabel))<br>
            <strong>\(escape(NotificationText.services[language])):</strong> \(escape(content.serviceList))<br>
            <strong>\(escape(NotificationText.postedAt[language])):</strong> <time datetime="\(content.postedAt)">\(escape(content.postedAtText))</time></p>
            \(content.html)<p><a href="\(escape(content.url))">\(escape(NotificationText.viewLink(content.kind)[language]))</a></p>
            <p><small>\(escape(NotificationText.timeZone[language]))</small></p>
            </body>
            </html>

            """
    }
}
