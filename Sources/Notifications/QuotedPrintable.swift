/// UTF-8 text as quoted-printable (RFC 2045 §6.7), so an e-mail body stays 7-bit ASCII
/// in lines of at most 76 characters while Dutch text remains readable in the source.
public enum QuotedPrintable {
    /// Lines end in CRLF whatever `text` used; a line too long gets soft breaks (`=`).
    public static func encode(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalized.split(separator: "\n", omittingEmptySubsequences: false)
            .map { encodeLine(Array($0.utf8)) }
            .joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output: [String] = []
        var line = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token: String
            switch byte {
            case 0x21...0x3C, 0x3E...0x7E:
                token = String(UnicodeScalar(byte))
            case 0x20, 0x09:
                // Spaces at the end of a line would be stripped in transit.
                token = isLast ? "=" + MIMEHeaderEncoding.hex(byte) : String(UnicodeScalar(byte))
            default:
                token = "=" + MIMEHeaderEncoding.hex(byte)
            }
            // 75 characters and the soft break `=` make 76.
            if line.count + token.count > 75, !(isLast && line.count + token.count <= 76) {
                output.append(line + "=")
                line = ""
            }
            line += token
        }
        output.append(line)
        return output.joined(separator: "\r\n")
    }
}
