import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that talks to libcmark. It walks each cmark tree once without
/// recursion (so deeply nested input cannot overflow the stack), copies what it needs
/// into Swift values, and frees every node and iterator before returning.
public enum CommonMarkConverter {
    /// The top-level blocks of `markdown` and how deeply it nests.
    public static func outline(of markdown: String) -> MarkdownOutline {
        var source = markdown
        return source.withUTF8 { outline(of: $0, renderingHTML: false) }
    }

    /// The outline of UTF-8 text given as bytes (an incident's body, cut from its file).
    /// `renderingHTML`: each top-level block also as HTML (`html(fromMarkdown:)`'s
    /// options), from the same parse: rendering an incident's sections from the tree the
    /// parser walks anyway spares a second parse of every update (3% of a build).
    public static func outline(of markdown: ArraySlice<UInt8>, renderingHTML: Bool = false) -> MarkdownOutline {
        markdown.withUnsafeBufferPointer { outline(of: $0, renderingHTML: renderingHTML) }
    }

    private static func outline(of bytes: UnsafeBufferPointer<UInt8>, renderingHTML: Bool) -> MarkdownOutline {
        let document = bytes.withMemoryRebound(to: CChar.self) { chars in
            cmark_parse_document(chars.baseAddress, chars.count, renderingHTML ? htmlOptions : CMARK_OPT_DEFAULT)
        }
        guard let document else {
            return MarkdownOutline(blocks: [], maximumDepth: 0, deepestLine: 1, deepestColumn: 1)
        }
        defer { cmark_node_free(document) }
        return MarkdownOutline(
            blocks: topLevelBlocks(of: document, renderingHTML: renderingHTML),
            depth: nestingDepth(of: document))
    }

    /// `markdown` as HTML in libcmark's safe mode: raw HTML is dropped and
    /// `javascript:`, `vbscript:`, `file:` and most `data:` links are emptied.
    public static func html(fromMarkdown markdown: String) -> String {
        var source = markdown
        return source.withUTF8 { bytes in
            let rendered = bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_markdown_to_html(chars.baseAddress, chars.count, htmlOptions)
            }
            return string(taking: rendered)
        }
    }

    /// Safe mode (libcmark's default) with typographic quotes and dashes.
    private static let htmlOptions = CMARK_OPT_DEFAULT | CMARK_OPT_SMART

    /// The text of a string libcmark allocated, which is freed.
    private static func string(taking rendered: UnsafeMutablePointer<CChar>?) -> String {
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private static func topLevelBlocks(of document: OpaquePointer, renderingHTML: Bool) -> [MarkdownOutline.Block] {
        var blocks: [MarkdownOutline.Block] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            let isHeading = cmark_node_get_type(node) == CMARK_NODE_HEADING
            blocks.append(
                MarkdownOutline.Block(
                    headingLevel: isHeading ? Int(cmark_node_get_heading_level(node)) : nil,
                    startLine: Int(cmark_node_get_start_line(node)),
                    startColumn: Int(cmark_node_get_start_column(node)),
                    endLine: Int(cmark_node_get_end_line(node)),
                    html: renderingHTML ? string(taking: cmark_render_html(node, htmlOptions)) : nil))
            child = cmark_node_next(node)
        }
        return blocks
    }

    private static func nestingDepth(of document: OpaquePointer) -> (depth: Int, line: Int, column: Int) {
        guard let iterator = cmark_iter_new(document) else { return (0, 1, 1) }
        defer { cmark_iter_free(iterator) }
        var depth = 0
        var deepest = (depth: 0, line: 1, column: 1)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), !isLeaf(cmark_node_get_type(node)) else { continue }
            if event == CMARK_EVENT_ENTER {
                depth += 1
                if depth > deepest.depth {
                    deepest = (depth, Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
                }
            } else if event == CMARK_EVENT_EXIT {
                depth -= 1
            }
        }
        return deepest
    }

    // libcmark's iterator sends only an ENTER event for these node types.
    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE,
            CMARK_NODE_HTML_INLINE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            true
        default:
            false
        }
    }
}

extension MarkdownOutline {
    fileprivate init(blocks: [Block], depth: (depth: Int, line: Int, column: Int)) {
        self.init(blocks: blocks, maximumDepth: depth.depth, deepestLine: depth.line, deepestColumn: depth.column)
    }
}
