/// An iCalendar file read back line by line for the tests: CRLF lines unfolded, each
/// VEVENT's properties by name (parameters dropped, TEXT unescaped), so tests can ask
/// for `event["UID"]` without an iCalendar library. Python's `icalendar` checks the rest.
struct ParsedICalendar {
    /// The properties of the calendar itself, by name.
    var properties: [String: String] = [:]
    /// Each VEVENT's properties by name, in file order.
    var events: [[String: String]] = []
    /// Lines that end in a bare LF, or anything else that is not RFC 5545's shape.
    var problems: [String] = []

    init(_ text: String) {
        let lines = text.components(separatedBy: "\r\n")
        if lines.last != "" { problems.append("the file does not end in CRLF") }
        var unfolded: [String] = []
        for line in lines.dropLast() {
            if line.contains("\n") { problems.append("bare line feed in \(line)") }
            if line.utf8.count > 75 { problems.append("line longer than 75 octets: \(line)") }
            if line.hasPrefix(" "), !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += line.dropFirst()
            } else {
                unfolded.append(line)
            }
        }
        var event: [String: String]?
        for line in unfolded {
            switch line {
            case "BEGIN:VEVENT": event = [:]
            case "END:VEVENT":
                if let finished = event { events.append(finished) }
                event = nil
            default:
                guard let colon = line.firstIndex(of: ":") else {
                    problems.append("no colon in \(line)")
                    continue
                }
                let name = String(line[..<colon].prefix { $0 != ";" })
                let value = Self.unescaped(line[line.index(after: colon)...])
                if event != nil { event?[name] = value } else { properties[name] = value }
            }
        }
    }

    /// RFC 5545 TEXT unescaped: `\n`, `\,`, `\;` and `\\`.
    private static func unescaped(_ value: Substring) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
