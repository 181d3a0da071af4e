/// Serialises iCalendar components as RFC 5545 asks: CRLF line endings, TEXT escaping and
/// lines folded at 75 octets, so that every calendar client reads the files.
public enum ICalendarWriter {
    /// The longest content line RFC 5545 allows, in octets, excluding the CRLF.
    public static let maximumLineOctets = 75

    /// The component and everything in it, each content line folded and ended by CRLF.
    public static func write(_ component: ICalendarComponent) -> String {
        var output = ""
        append(component, to: &output)
        return output
    }

    /// Escapes a TEXT value: backslash, semicolon and comma get a backslash; a line break
    /// (LF, CR or CRLF) becomes `\n`.
    public static func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r", "\r\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A content line folded into physical lines of at most 75 octets, each continuation
    /// starting with one space; a multi-byte UTF-8 sequence is never split. The result
    /// has CRLF between the physical lines and none at the end.
    public static func fold(_ line: String) -> String {
        var physicalLines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            // A continuation line spends one of its 75 octets on the leading space.
            let limit = physicalLines.isEmpty ? maximumLineOctets : maximumLineOctets - 1
            if octets + width > limit {
                physicalLines.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += width
        }
        physicalLines.append(current)
        return physicalLines.joined(separator: "\r\n ")
    }

    private static func append(_ component: ICalendarComponent, to output: inout String) {
        output += "BEGIN:\(component.name)\r\n"
        for property in component.properties {
            output += fold("\(property.name):\(property.rawValue)") + "\r\n"
        }
        for child in component.components {
            append(child, to: &output)
        }
        output += "END:\(component.name)\r\n"
    }
}
