import Testing
@testable import CommonMark

/// The libcmark boundary: positions of top-level blocks, nesting depth, safe HTML.
struct CommonMarkConverterTests {
    @Test func outlinesTopLevelBlocksWithPositions() {
        let outline = CommonMarkConverter.outline(of: "# Titel\n\nTekst.\n\n## 19-12 15:00\n\n> ## geen update\n\nSetext\n---\n")
        #expect(outline.blocks == [
            MarkdownOutline.Block(headingLevel: 1, startLine: 1, startColumn: 1, endLine: 1),
            MarkdownOutline.Block(headingLevel: nil, startLine: 3, startColumn: 1, endLine: 3),
            MarkdownOutline.Block(headingLevel: 2, startLine: 5, startColumn: 1, endLine: 5),
            MarkdownOutline.Block(headingLevel: nil, startLine: 7, startColumn: 1, endLine: 7),
            MarkdownOutline.Block(headingLevel: 2, startLine: 9, startColumn: 1, endLine: 10),
        ])
    }

    /// The parser hands libcmark a file's body as a slice of the file's bytes: the slice
    /// is read from its own start and to its own end, not from the file's.
    @Test func outlinesASliceOfBytesAsItsText() {
        let body = "Tekst.\n\n## 19-12 15:00 — Opgelost\n\nHersteld.\n"
        let file = Array(("---\ntitle: Storing\n---\n" + body + "## niet meer van de body\n").utf8)
        let start = file.count - body.utf8.count - "## niet meer van de body\n".utf8.count
        let slice = file[start..<(start + body.utf8.count)]
        #expect(CommonMarkConverter.outline(of: slice) == CommonMarkConverter.outline(of: body))
        #expect(CommonMarkConverter.outline(of: slice).blocks.map(\.startLine) == [1, 3, 5])
    }

    @Test func headingsInsideCodeBlocksAreNotHeadings() {
        let outline = CommonMarkConverter.outline(of: "```\n## 19-12 15:00\n```\n")
        #expect(outline.blocks.map(\.headingLevel) == [nil])
    }

    @Test func measuresNestingWithoutRecursion() {
        let deep = String(repeating: ">", count: 50_000) + " x\n"
        let outline = CommonMarkConverter.outline(of: deep)
        #expect(outline.maximumDepth == 50_002)  // quotes, then the paragraph
        #expect(outline.deepestLine == 1)
    }

    @Test func rendersSafeHTML() {
        let html = CommonMarkConverter.html(fromMarkdown: "<script>alert(1)</script>\n\n[klik](javascript:alert(1)) **vet** \"quote\"")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<strong>vet</strong>"))
        #expect(html.contains("“quote”"))
    }
}
