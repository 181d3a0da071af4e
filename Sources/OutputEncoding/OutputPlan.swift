/// The files of a site as work still to be done: how many there are, and how to make
/// the one at a position. The write stage renders and writes each file in one pass,
/// so a site of 20,000 pages never has to sit in memory whole.
///
/// Making a file must be free of side effects: positions may be made in any order, on
/// any thread, and the same position always gives the same bytes.
public struct OutputPlan: Sendable {
    public let count: Int
    private let make: @Sendable (Int) -> OutputFile

    public init(count: Int, make: @escaping @Sendable (Int) -> OutputFile) {
        self.count = count
        self.make = make
    }

    /// Files already made, in their order.
    public init(_ files: [OutputFile]) {
        self.init(count: files.count) { files[$0] }
    }

    public func file(at position: Int) -> OutputFile {
        precondition(position >= 0 && position < count, "output position \(position) outside 0..<\(count)")
        return make(position)
    }

    /// Every file, made in parallel when `concurrently`, in plan order.
    public func files(concurrently: Bool = true) -> [OutputFile] {
        ConcurrentMap.map(count, concurrently: concurrently) { make($0) }
    }

    /// The files of `first`, then those of `second`.
    public static func + (first: OutputPlan, second: OutputPlan) -> OutputPlan {
        OutputPlan(count: first.count + second.count) { position in
            position < first.count ? first.make(position) : second.make(position - first.count)
        }
    }
}
