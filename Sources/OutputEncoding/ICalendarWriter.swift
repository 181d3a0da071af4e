/// Serialises iCalendar components as RFC 5545 asks: CRLF line endings, TEXT escaping and
/// lines folded at 75 octets, so that every calendar client reads the files.
public enum ICalendarWriter {
    /// The longest content line RFC 5545 allows, in octets, excluding the CRLF.
    public static let maximumLineOctets = 75

    /// The component and everything in it, each content line folded and ended by CRLF.
    public static func write(_ component: ICalendarComponent) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4_096)
        append(component, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `component` with `written` after its own nested components: blocks written before
    /// (`lines(_:)` between `BEGIN` and `END`), such as events kept from an earlier render.
    public static func write(_ component: ICalendarComponent, then written: some Sequence<[UInt8]>) -> String {
        String(decoding: bytes(component, then: written), as: UTF8.self)
    }

    /// `write(_:then:)` as the bytes of a file, which a site writes without making a
    /// `String` of a calendar of megabytes first.
    public static func bytes(_ component: ICalendarComponent, then written: some Sequence<[UInt8]>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4_096)
        append(component, to: &output, then: written)
        return output
    }

    /// The content lines of `properties`, each folded and ended by CRLF.
    public static func lines(_ properties: [ICalendarProperty]) -> [UInt8] {
        var output: [UInt8] = []
        append(properties, to: &output)
        return output
    }

    /// Escapes a TEXT value: backslash, semicolon and comma get a backslash; a line break
    /// (LF, CR or CRLF) becomes `\n`. Byte by byte: calendars of thousands of windows
    /// escape megabytes of text.
    public static func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + utf8.count / 8 + 16)
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                escaped.append(UInt8(ascii: "\\"))
                escaped.append(byte)
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                escaped.append(UInt8(ascii: "\\"))
                escaped.append(UInt8(ascii: "n"))
            default: escaped.append(byte)
            }
            previous = byte
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// A content line folded into physical lines of at most 75 octets (the continuation
    /// lines start with a space, which counts), never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var output: [UInt8] = []
        appendFolded(line, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Copies the line a physical line at a time: the running window of a norm names
    /// thousands of incidents, and its event's description is a line of 200 KB.
    private static func appendFolded(_ line: String, to output: inout [UInt8]) {
        var line = line
        line.withUTF8 { bytes in
            output.reserveCapacity(output.count + bytes.count + bytes.count / 24 + 2)
            var start = 0
            var limit = maximumLineOctets
            while bytes.count - start > limit {
                // Fold before the first sequence that does not fit whole: back over the
                // continuation bytes (10xxxxxx) of a sequence the limit cuts through.
                var end = start + limit
                while bytes[end] & 0xC0 == 0x80 { end -= 1 }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                output.append(0x0D)
                output.append(0x0A)
                output.append(0x20)
                start = end
                limit = maximumLineOctets - 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private static func append(
        _ component: ICalendarComponent, to output: inout [UInt8], then written: some Sequence<[UInt8]> = [[UInt8]]()
    ) {
        output += Array("BEGIN:\(component.name)\r\n".utf8)
        append(component.properties, to: &output)
        for child in component.components {
            append(child, to: &output)
        }
        for block in written { output += block }
        output += Array("END:\(component.name)\r\n".utf8)
    }

    private static func append(_ properties: [ICalendarProperty], to output: inout [UInt8]) {
        for property in properties {
            appendFolded("\(property.name):\(property.rawValue)", to: &output)
            output += [0x0D, 0x0A]
        }
    }
}
