/// Finds YAML anchors (`&name`) and aliases (`*name`) in front matter before Yams reads
/// it. Aliases let a few lines expand into enormous values (the "billion laughs"), and
/// Yams resolves them silently, so they are refused up front with their position.
enum YAMLAnchorScanner {
    /// The 1-based line and byte column of the first anchor or alias, if any.
    static func firstAnchorOrAlias(in yaml: String) -> (line: Int, column: Int)? {
        // Almost all front matter has neither character: skip the line by line scan.
        guard yaml.utf8.contains(where: { $0 == 0x26 || $0 == 0x2A }) else { return nil }
        for (lineIndex, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line.utf8)
            var quote: UInt8?
            var previous: UInt8?  // last non-space byte outside quotes, nil at line start
            for (index, byte) in bytes.enumerated() {
                if let open = quote {
                    if byte == open { quote = nil }
                    previous = byte
                    continue
                }
                let afterSpace = index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09
                if byte == 0x23, afterSpace { break }  // a comment runs to the end of the line
                if byte == 0x22 || byte == 0x27, startsNode(after: previous) {  // " or ' opens a quoted value
                    quote = byte
                } else if byte == 0x26 || byte == 0x2A, startsNode(after: previous) {  // & or *
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                    if ![0x20, 0x09, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D].contains(next) { return (lineIndex + 1, index + 1) }
                }
                if byte != 0x20, byte != 0x09 { previous = byte }
            }
        }
        return nil
    }

    /// Whether a value starts after `byte`: at line start, or after `:`, `-`, `?`, `[`, `{`, `,`.
    private static func startsNode(after byte: UInt8?) -> Bool {
        guard let byte else { return true }
        return [0x3A, 0x2D, 0x3F, 0x5B, 0x7B, 0x2C].contains(byte)
    }
}
