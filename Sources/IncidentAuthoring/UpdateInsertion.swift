import IncidentModel

/// Inserts a new update into a file's bytes in the file's own direction, touching
/// nothing else: before the newest update in a newest-first file, after the last byte in
/// an oldest-first one. The file's line endings (LF or CRLF) are kept.
struct UpdateInsertion {
    let original: [UInt8]
    let incident: Incident

    func inserting(heading: String, message: String) -> [UInt8] {
        let newline = original.contains(0x0D) && containsCRLF ? "\r\n" : "\n"
        let body = message.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: newline)
        let block = body.isEmpty ? heading + newline : heading + newline + newline + body + newline
        if incident.order == .newestFirst, let first = incident.updates.first {
            let offset = byteOffset(ofLine: first.location.line)
            return Array(original[..<offset]) + Array((block + newline).utf8) + Array(original[offset...])
        }
        var result = original
        if let last = result.last, last != 0x0A { result += Array(newline.utf8) }
        result += Array((newline + block).utf8)
        return result
    }

    private var containsCRLF: Bool {
        zip(original, original.dropFirst()).contains { $0 == 0x0D && $1 == 0x0A }
    }

    /// Where 1-based `line` starts; line numbers count from after a byte order mark.
    private func byteOffset(ofLine line: Int) -> Int {
        var offset = original.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var current = 1
        while current < line, offset < original.count {
            if original[offset] == 0x0A { current += 1 }
            offset += 1
        }
        return offset
    }
}
