/// The message as sent after SMTP `DATA` (RFC 5321 §4.5.2): every line ends in CRLF, a
/// line that starts with `.` gets a second one, and a line holding only `.` ends it.
/// Without this, a line of the update that is just "." would cut the e-mail short.
public enum DotStuffing {
    public static func encode(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                if previous != UInt8(ascii: "\r") { output.append(UInt8(ascii: "\r")) }
                output.append(byte)
                atLineStart = true
            case UInt8(ascii: "\r"):
                if previous == UInt8(ascii: "\r") { output.append(UInt8(ascii: "\n")) }
                output.append(byte)
            default:
                // A bare CR not followed by LF becomes a line end too.
                if previous == UInt8(ascii: "\r") {
                    output.append(UInt8(ascii: "\n"))
                    atLineStart = true
                }
                if atLineStart, byte == UInt8(ascii: ".") { output.append(byte) }
                output.append(byte)
                atLineStart = false
            }
            previous = byte
        }
        if previous == UInt8(ascii: "\r") {
            output.append(UInt8(ascii: "\n"))
        } else if !output.isEmpty, previous != UInt8(ascii: "\n") {
            output += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        }
        output += Array(".\r\n".utf8)
        return output
    }
}
