/// The line end of a record, kept so the output ends each row as the input did.
enum LineEnd {
    case lineFeed
    case carriageReturnLineFeed
    /// A lone CR, only ever at the very end of the input.
    case carriageReturn

    private static let lineFeedBytes: [UInt8] = [0x0A]
    private static let carriageReturnLineFeedBytes: [UInt8] = [0x0D, 0x0A]
    private static let carriageReturnBytes: [UInt8] = [0x0D]

    /// The line end after `record`, or nil when it has none (the last line of the input).
    init?(after record: CSVRecord, in bytes: UnsafeBufferPointer<UInt8>) {
        switch record.next - record.end {
        case 2: self = .carriageReturnLineFeed
        case 1: self = bytes[record.end] == CSVRecordSplitter.lineFeed ? .lineFeed : .carriageReturn
        default: return nil
        }
    }

    var bytes: [UInt8] {
        switch self {
        case .lineFeed: Self.lineFeedBytes
        case .carriageReturnLineFeed: Self.carriageReturnLineFeedBytes
        case .carriageReturn: Self.carriageReturnBytes
        }
    }
}
