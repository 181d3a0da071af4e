/// One reply of an SMTP server (RFC 5321 §4.2): a three-digit code and its text lines.
struct SMTPReply: Sendable, Hashable {
    var code: Int
    var lines: [String]

    /// 2xx: the command did what was asked.
    var isCompletion: Bool { (200..<300).contains(code) }
    /// 3xx: go on (the data after `DATA`, the next step of `AUTH`).
    var isIntermediate: Bool { (300..<400).contains(code) }

    /// `250 2.0.0 OK`: for messages about a refusal.
    var summary: String { "\(code) " + lines.joined(separator: " ").trimmingCharacters(in: .whitespaces) }

    /// The extension keywords an EHLO reply advertises, uppercased, with their parameters:
    /// `["STARTTLS": [], "AUTH": ["PLAIN", "LOGIN"]]`.
    var extensions: [String: [String]] {
        var result: [String: [String]] = [:]
        for line in lines.dropFirst() {
            let words = line.split(separator: " ").map { $0.uppercased() }
            if let keyword = words.first { result[keyword] = Array(words.dropFirst()) }
        }
        return result
    }
}

/// Splits the bytes a server sends into replies: lines `250-…` continue a reply, the
/// line `250 …` ends it. Bounded, so a hostile server cannot make it grow without end.
struct SMTPReplyParser {
    static let maximumLineLength = 4_096
    static let maximumLines = 100

    private var line: [UInt8] = []
    private var lines: [String] = []
    private var code: Int?

    /// Every reply completed by `bytes`.
    mutating func feed(_ bytes: some Sequence<UInt8>) throws(DeliveryFailure) -> [SMTPReply] {
        var replies: [SMTPReply] = []
        for byte in bytes {
            guard byte == UInt8(ascii: "\n") else {
                line.append(byte)
                if line.count > Self.maximumLineLength { throw DeliveryFailure("the SMTP server sent a line too long", isTransient: false) }
                continue
            }
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if let reply = try take(String(decoding: line, as: UTF8.self)) { replies.append(reply) }
            line.removeAll(keepingCapacity: true)
        }
        return replies
    }

    private mutating func take(_ text: String) throws(DeliveryFailure) -> SMTPReply? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes[0..<3].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let number = Int(String(decoding: bytes[0..<3], as: UTF8.self)),
              bytes.count == 3 || bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-") else {
            throw DeliveryFailure("the SMTP server sent something that is not a reply: \(text.prefix(80))", isTransient: false)
        }
        if let code, code != number {
            throw DeliveryFailure("the SMTP server mixed reply codes \(code) and \(number)", isTransient: false)
        }
        code = number
        lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
        guard lines.count <= Self.maximumLines else { throw DeliveryFailure("the SMTP server sent too long a reply", isTransient: false) }
        let continues = bytes.count > 3 && bytes[3] == UInt8(ascii: "-")
        if continues { return nil }
        defer {
            lines = []
            code = nil
        }
        return SMTPReply(code: number, lines: lines)
    }
}
