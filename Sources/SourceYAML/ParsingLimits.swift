/// The documented input limits. Incident files are small; these bounds keep a pasted
/// log or a hostile file from exhausting memory or time, and each is reported as a
/// located error rather than a crash.
public struct ParsingLimits: Sendable, Hashable {
    /// Largest incident file, in bytes.
    public var maximumFileBytes: Int
    /// Longest line, in bytes.
    public var maximumLineBytes: Int
    /// Most updates in one file.
    public var maximumUpdates: Int
    /// Deepest nesting of Markdown blocks and inlines (block quotes, lists, emphasis…).
    public var maximumNestingDepth: Int
    /// Largest front matter, in bytes.
    public var maximumFrontMatterBytes: Int
    /// The years a timestamp may name. A typo such as `1012` would otherwise make an
    /// ongoing incident span a thousand years of office hours.
    public static let supportedYears = 1970...2099

    public init(
        maximumFileBytes: Int = 1 << 20, maximumLineBytes: Int = 64 << 10, maximumUpdates: Int = 5_000,
        maximumNestingDepth: Int = 100, maximumFrontMatterBytes: Int = 16 << 10
    ) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumLineBytes = maximumLineBytes
        self.maximumUpdates = maximumUpdates
        self.maximumNestingDepth = maximumNestingDepth
        self.maximumFrontMatterBytes = maximumFrontMatterBytes
    }

    /// 1 MiB files, 64 KiB lines, 5,000 updates, nesting depth 100, 16 KiB front matter;
    /// years 1970–2099.
    public static let standard = ParsingLimits()
}
