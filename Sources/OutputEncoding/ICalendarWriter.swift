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
        var output: [UInt8] = []
        output.reserveCapacity(4_096)
        append(component, to: &output, then: written)
        return String(decoding: output, as: UTF8.self)
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
        escaped.reserveCapacity(utf8.count + 16)
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): escaped += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
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

    private static func appendFolded(_ line: String, to output: inout [UInt8]) {
        var octets = 0
        var limit = maximumLineOctets
        for byte in line.utf8 {
            // A continuation byte (10xxxxxx) stays with the bytes before it.
            if byte & 0xC0 != 0x80, octets + Self.sequenceLength(byte) > limit {
                output += [0x0D, 0x0A, 0x20]
                octets = 0
                limit = maximumLineOctets - 1
            }
            output.append(byte)
            octets += 1
        }
    }

    /// The length of the UTF-8 sequence a lead byte starts.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
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
