import IncidentModel
import SourceYAML
import Testing

/// `SourceText` turns byte offsets and libyaml's scalar columns into the locations every
/// diagnostic carries; these tables pin both for ASCII, multi-byte text and line ends.
@Suite struct SourceTextTests {
    private func source(_ text: String) throws -> SourceText {
        try SourceText.decode(Array(text.utf8), path: "x.md", limits: ParsingLimits()).get()
    }

    private func failure(_ bytes: [UInt8]) -> Diagnostic? {
        if case .failure(let diagnostic) = SourceText.decode(bytes, path: "x.md", limits: ParsingLimits()) { return diagnostic }
        return nil
    }

    @Test(arguments: [
        // (text, line, expected bytes of the line without its ending)
        ("a\nbc\n\ndef", 1, "a"),
        ("a\nbc\n\ndef", 2, "bc"),
        ("a\nbc\n\ndef", 3, ""),
        ("a\nbc\n\ndef", 4, "def"),
        ("a\r\nb\r\n", 1, "a"),
        ("a\r\nb\r\n", 2, "b"),
        ("één\ntwee", 2, "twee"),
    ])
    func linesAreFoundAtEveryLineFeed(text: String, line: Int, expected: String) throws {
        #expect(try source(text).lineText(line) == expected)
    }

    @Test(arguments: [
        ("a\nb\n", 2),          // a final line feed starts no line
        ("a\nb", 2),
        ("\n\nx", 3),
        ("x", 1),
        ("a\n\nb\n\n", 4),
    ])
    func countsLines(text: String, lines: Int) throws {
        #expect(try source(text).lineCount == lines)
    }

    @Test(arguments: [
        // (line text, libyaml's column in scalars, column in bytes)
        ("title: x", 1, 1),
        ("title: x", 8, 8),
        ("titel: één", 8, 8),
        ("titel: één", 9, 10),          // after the two bytes of "é"
        ("titel: één", 10, 12),
        ("titel: één", 11, 13),         // just past the end: 12 bytes + 1
        ("titel: één", 13, 15),         // further past the end stays as far past it
        ("— x", 2, 4),                  // "—" is three bytes
        ("😀😀 x", 3, 9),               // four-byte scalars
        ("abc", 0, 1),
    ])
    func convertsScalarColumnsToByteColumns(line: String, scalarColumn: Int, byteColumn: Int) throws {
        let text = try source("eerste\n" + line + "\nderde\n")
        #expect(text.byteColumn(line: 2, scalarColumn: scalarColumn) == byteColumn)
    }

    @Test(arguments: [
        // (bytes, line, column of the NUL)
        (Array("ab\ncd\u{0}e".utf8), 2, 3),
        ([0], 1, 1),
        (Array("é\u{0}".utf8), 1, 3),
    ])
    func reportsTheFirstNULWhereItIs(bytes: [UInt8], line: Int, column: Int) throws {
        let diagnostic = try #require(failure(bytes))
        #expect(diagnostic.location == SourceLocation(path: "x.md", line: line, column: column))
        #expect(diagnostic.message.contains("NUL byte"))
    }

    @Test func reportsInvalidUTF8AtItsByte() throws {
        let diagnostic = try #require(failure(Array("ok\nab".utf8) + [0xFF, 0x0A]))
        #expect(diagnostic.location == SourceLocation(path: "x.md", line: 2, column: 3))
        #expect(diagnostic.message.contains("0xFF"))
    }

    @Test func reportsALineOverTheLimitOnItsLine() throws {
        var limits = ParsingLimits()
        limits.maximumLineBytes = 4
        let result = SourceText.decode(Array("abc\nabcde\n".utf8), path: "x.md", limits: limits)
        guard case .failure(let diagnostic) = result else { Issue.record("a 5-byte line passed a 4-byte limit"); return }
        #expect(diagnostic.location.line == 2)
    }

    @Test func dropsAByteOrderMarkBeforeCountingColumns() throws {
        let text = try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("a: b".utf8), path: "x.md", limits: ParsingLimits()).get()
        #expect(text.lineText(1) == "a: b")
        #expect(text.byteColumn(line: 1, scalarColumn: 4) == 4)
    }
}
