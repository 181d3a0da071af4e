/// The top-level block structure of a Markdown document, with source positions: what
/// the incident parser needs to find update headings, without any C types.
public struct MarkdownOutline: Sendable, Hashable {
    /// One block directly under the document.
    public struct Block: Sendable, Hashable {
        /// Heading level 1–6, or nil for any other block.
        public var headingLevel: Int?
        public var startLine: Int
        /// In UTF-8 bytes, 1-based.
        public var startColumn: Int
        public var endLine: Int
        /// The block as safe HTML, when the outline was asked for it
        /// (`CommonMarkConverter.outline(of:renderingHTML:)`).
        public var html: String?

        public init(headingLevel: Int?, startLine: Int, startColumn: Int, endLine: Int, html: String? = nil) {
            self.headingLevel = headingLevel
            self.startLine = startLine
            self.startColumn = startColumn
            self.endLine = endLine
            self.html = html
        }
    }

    public var blocks: [Block]
    /// The deepest nesting of nodes (block quotes in lists in block quotes…).
    public var maximumDepth: Int
    /// Where the deepest node starts (line, column).
    public var deepestLine: Int
    public var deepestColumn: Int

    public init(blocks: [Block], maximumDepth: Int, deepestLine: Int, deepestColumn: Int) {
        self.blocks = blocks
        self.maximumDepth = maximumDepth
        self.deepestLine = deepestLine
        self.deepestColumn = deepestColumn
    }
}
