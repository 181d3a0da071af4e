import Foundation

/// The incident files of a corpus folder (every `*.md` below it, sorted), with their
/// total size and a digest that changes when any byte or name does.
struct CorpusFiles {
    /// Paths relative to `root`.
    let relativePaths: [String]
    let root: String
    let byteCount: Int
    /// FNV-1a over every relative path and its bytes, in sorted order.
    let digest: UInt64

    init(root: String) throws {
        self.root = root
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw BenchError.unusableInput("cannot read the folder \(root)")
        }
        var paths: [String] = []
        while let next = walker.nextObject() as? String {
            if next.hasSuffix(".md") { paths.append(next) }
        }
        relativePaths = paths.sorted()
        var hash = FNV1a()
        var bytes = 0
        for path in relativePaths {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(path)"))
            hash.add(Data(path.utf8))
            hash.add(Data([0]))
            hash.add(data)
            bytes += data.count
        }
        byteCount = bytes
        digest = hash.value
    }

    /// A description of the first difference from `other`, or nil when they are byte-identical.
    func firstDifference(from other: CorpusFiles) throws -> String? {
        guard relativePaths == other.relativePaths else {
            let onlyHere = Set(relativePaths).subtracting(other.relativePaths).sorted().first ?? "?"
            return "the file lists differ (e.g. \(onlyHere))"
        }
        for path in relativePaths {
            let mine = try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(path)"))
            let theirs = try Data(contentsOf: URL(fileURLWithPath: "\(other.root)/\(path)"))
            if mine != theirs { return "\(path) differs" }
        }
        return nil
    }
}

/// The 64-bit FNV-1a hash: tiny, stable, and enough to tell two corpora apart.
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ data: Data) {
        for byte in data {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
    }
}
