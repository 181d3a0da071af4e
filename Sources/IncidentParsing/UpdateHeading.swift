import IncidentModel

/// What a level-2 heading says: an update (timestamp, then an optional separator and
/// status word), a timestamp that cannot be read, or ordinary content.
enum UpdateHeading: Equatable {
    /// A heading that does not start like a timestamp: it belongs to the text around it.
    case content
    /// Starts like a timestamp but is not one of the accepted forms.
    case unreadable(text: String, column: Int)
    case update(timestamp: WrittenTimestamp, timestampColumn: Int, statusText: String, statusColumn: Int)

    /// Reads the heading text `text`, which starts at byte column `column` of its line.
    static func parse(_ text: ArraySlice<UInt8>, column: Int) -> UpdateHeading {
        let bytes = Array(text)
        let string = String(decoding: bytes, as: UTF8.self)
        guard let (timestamp, length) = TimestampParser.parsePrefix(bytes: bytes) else {
            return TimestampParser.looksLikeTimestamp(string) ? .unreadable(text: string, column: column) : .content
        }
        var cursor = ByteCursor(bytes, at: length)
        cursor.skipSpaces()
        for separator in separators where bytes[cursor.index...].starts(with: separator) {
            cursor.index += separator.count
            cursor.skipSpaces()
            break
        }
        let rest = String(decoding: bytes[cursor.index...], as: UTF8.self)
        return .update(
            timestamp: timestamp, timestampColumn: column,
            statusText: rest.trimmingTrailingSpaces(), statusColumn: column + cursor.index)
    }

    /// The text of a heading line and the byte column where it starts: for an ATX
    /// heading the part after the `#`s and before any closing `#`s.
    static func headingText(ofLine line: ArraySlice<UInt8>, isATX: Bool) -> (text: ArraySlice<UInt8>, column: Int) {
        var start = line.startIndex
        while start < line.endIndex, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        var end = line.endIndex
        if isATX {
            while start < line.endIndex, line[start] == 0x23 { start += 1 }
            while start < line.endIndex, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
            while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
            var closing = end
            while closing > start, line[closing - 1] == 0x23 { closing -= 1 }
            if closing == start || (closing < end && (line[closing - 1] == 0x20 || line[closing - 1] == 0x09)) {
                end = closing
            }
        }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        return (line[start..<end], start - line.startIndex + 1)
    }

    // "—", "–", "-", "·", ":", "|"
    private static let separators: [[UInt8]] = [
        Array("—".utf8), Array("–".utf8), Array("-".utf8), Array("·".utf8), Array(":".utf8), Array("|".utf8),
    ]

    /// The words that open a postmortem section instead of an update.
    static let postmortemWords: Set<String> = ["nabeschouwing", "postmortem", "post-mortem"]

    /// Whether a heading's text is `Nabeschouwing` or `Postmortem` (any case, with or
    /// without a closing colon): the start of the incident's postmortem.
    static func isPostmortem(_ text: ArraySlice<UInt8>) -> Bool {
        var words = String(decoding: text, as: UTF8.self).trimmingSpaces().lowercased()
        if words.hasSuffix(":") { words.removeLast() }
        return postmortemWords.contains(words.trimmingSpaces())
    }
}
