/// GitHub Actions workflow-command escaping (`::error file=…::message`), byte by byte:
/// the runner splits commands on CR and LF bytes, so these are escaped wherever they
/// stand, whatever Swift's grapheme clustering makes of them (`"\r\n"` is one
/// `Character`). Other control characters are shown as `\u{1B}`, as on the terminal.
public enum WorkflowCommandText {
    /// The message part: `%`, CR and LF percent-encoded.
    public static func data(_ text: String) -> String {
        escape(text, alsoEscaping: [])
    }

    /// A property value (`file=…`): also `:` and `,`, which separate properties.
    public static func property(_ text: String) -> String {
        escape(text, alsoEscaping: [":", ","])
    }

    private static func escape(_ text: String, alsoEscaping extra: Set<Unicode.Scalar>) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where extra.contains(scalar): result += "%3A"
            case "," where extra.contains(scalar): result += "%2C"
            default:
                if TerminalText.isControl(scalar) {
                    result += TerminalText.escaped(String(scalar))
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
