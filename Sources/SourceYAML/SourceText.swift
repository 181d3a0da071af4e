import IncidentModel
#if canImport(Glibc)
import Glibc
#endif

/// An input file's bytes checked to be text, with a line index so that any byte offset,
/// cmark position or YAML mark can become a `SourceLocation`.
public struct SourceText: Sendable {
    public let path: String
    let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0]` is line 1.
    let lineStarts: [Int]

    /// Checks size, NUL bytes, UTF-8 and emptiness, in that order, reporting the first
    /// problem at its position.
    public static func decode(_ data: [UInt8], path: String, limits: ParsingLimits) -> Result<SourceText, Diagnostic> {
        let start = SourceLocation(path: path, line: 1, column: 1)
        if data.count > limits.maximumFileBytes {
            return .failure(.error(at: start, "file is \(data.count) bytes; the limit is \(limits.maximumFileBytes) bytes per incident file"))
        }
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
        let lineStarts = Self.lineStarts(of: bytes)
        func location(ofByte offset: Int) -> SourceLocation {
            let line = Self.lineIndex(containing: offset, in: lineStarts)
            return SourceLocation(path: path, line: line + 1, column: offset - lineStarts[line] + 1)
        }
        if let nul = Self.firstOffset(of: 0, in: bytes) {
            return .failure(.error(at: location(ofByte: nul), "file contains a NUL byte; is it a binary file? Incidents are UTF-8 text"))
        }
        // Validated in place: an incident file is read through `bytes`, so a `String` of
        // the whole file would be made for nothing, ten thousand times per build.
        guard (try? UTF8Span(validating: bytes.span)) != nil else {
            let invalid = Self.firstInvalidUTF8Offset(in: bytes) ?? 0
            let hex = String(bytes[invalid], radix: 16, uppercase: true)
            return .failure(.error(at: location(ofByte: invalid), "file is not valid UTF-8 (byte 0x\(hex)); save it as UTF-8"))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(.error(at: start, "file is empty; an incident needs front matter and at least a title"))
        }
        for (index, lineStart) in lineStarts.enumerated() {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
            if end - lineStart > limits.maximumLineBytes {
                return .failure(.error(
                    at: SourceLocation(path: path, line: index + 1, column: 1),
                    "line is \(end - lineStart) bytes long; the limit is \(limits.maximumLineBytes) bytes"))
            }
        }
        let source = SourceText(path: path, bytes: bytes, lineStarts: lineStarts)
        return .success(source)
    }

    /// The whole text, with a UTF-8 byte order mark removed.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public var lineCount: Int { lineStarts.count }

    /// The bytes of 1-based `line`, without its line ending.
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > lineStarts[line - 1], bytes[end - 1] == 0x0A { end -= 1 }
        if end > lineStarts[line - 1], bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[lineStarts[line - 1]..<end]
    }

    public func lineText(_ line: Int) -> String { String(decoding: lineBytes(line), as: UTF8.self) }

    /// Whether 1-based `line` holds only spaces and tabs.
    public func isBlank(_ line: Int) -> Bool {
        lineBytes(line).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The text of lines `first...last` without the blank lines at either end and
    /// without the last line ending; CRLF becomes LF so bodies read the same everywhere.
    public func trimmedText(lines first: Int, through last: Int) -> String {
        var first = max(first, 1), last = min(last, lineCount)
        while first <= last, isBlank(first) { first += 1 }
        while last >= first, isBlank(last) { last -= 1 }
        guard first <= last else { return "" }
        let end = lineBytes(last).endIndex
        let slice = bytes[lineStarts[first - 1]..<end]
        guard slice.contains(0x0D) else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// The text of lines `first...last` (1-based, inclusive), with their line endings.
    public func text(lines first: Int, through last: Int) -> String {
        String(decoding: bytes(lines: first, through: last), as: UTF8.self)
    }

    /// The bytes of lines `first...last` (1-based, inclusive), with their line endings:
    /// for libcmark, which reads bytes, so the body is not made a `String` first.
    public func bytes(lines first: Int, through last: Int) -> ArraySlice<UInt8> {
        guard first <= last, first >= 1, first <= lineStarts.count else { return [] }
        let end = last < lineStarts.count ? lineStarts[last] : bytes.count
        return bytes[lineStarts[first - 1]..<end]
    }

    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// Converts a column counted in Unicode scalars (as libyaml counts) to UTF-8 bytes.
    /// Counts scalars by their first bytes (any byte but a continuation byte), since the
    /// text is valid UTF-8; a column past the line's end stays that far past it.
    public func byteColumn(line: Int, scalarColumn: Int) -> Int {
        guard scalarColumn > 1 else { return 1 }
        let bytes = lineBytes(line)
        var scalars = 0
        for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
            if scalars == scalarColumn - 1 { return offset - bytes.startIndex + 1 }
            scalars += 1
        }
        return bytes.count + 1 + (scalarColumn - 1 - scalars)
    }

    /// Where each line starts, found with `memchr`: every incident file is indexed on
    /// every build, and a byte-by-byte loop was a few per cent of `check`.
    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                let next = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                guard next < buffer.count else { break }
                starts.append(next)
                offset = next
            }
        }
        return starts
    }

    private static func firstOffset(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private static func lineIndex(containing offset: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
