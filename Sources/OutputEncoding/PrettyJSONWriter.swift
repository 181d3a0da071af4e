/// Writes JSON byte for byte as `StableJSON.string` does (two-space indents, `" : "`
/// after keys, slashes unescaped, an empty array as `[`, an empty line, `]`), straight
/// into a buffer. `api/excused.json` of 10,000 incidents is 3.7 MB, made again at every
/// minute by `serve`, and going through `JSONEncoder` was the largest single cost of such
/// a save. Keys are written in the order given: callers give them sorted, as
/// `StableJSON` sorts them.
public struct PrettyJSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// For each open array or object, whether it has an element yet.
    private var filled: [Bool] = []
    /// Whether a key was written whose value has not been.
    private var afterKey = false

    public init(capacity: Int = 4_096) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer of one value that a document's writer takes in at `depth` (`value(written:)`):
    /// for the parts of a large document written on several cores.
    public init(valueAtDepth depth: Int, capacity: Int = 4_096) {
        bytes.reserveCapacity(capacity)
        filled = Array(repeating: true, count: depth)
        afterKey = true
    }

    /// How many arrays and objects are open: the depth a value written apart
    /// (`init(valueAtDepth:)`) must be made for to go here.
    public var depth: Int { filled.count }

    /// A value written apart by a writer made with `init(valueAtDepth: depth)`, as `bytes`.
    public mutating func value(written bytes: [UInt8]) {
        valuePosition()
        self.bytes.append(contentsOf: bytes)
    }

    /// The document, without a final newline (as `StableJSON.string`).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Ends the document with a newline, as files end: then `bytes` is the whole file.
    public mutating func endDocument() {
        bytes.append(UInt8(ascii: "\n"))
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A member's key: what is written next is its value.
    public mutating func key(_ name: String) {
        nextElement()
        appendQuoted(name)
        bytes.append(contentsOf: [0x20, 0x3A, 0x20])
        afterKey = true
    }

    public mutating func string(_ value: String) {
        valuePosition()
        appendQuoted(value)
    }

    /// A string written without escaping: a placeholder (`BuildTimeStamps`) that
    /// `storingen serve` finds by its exact bytes and fills in as it sends the file.
    public mutating func verbatimString(_ value: String) {
        valuePosition()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: value.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func int(_ value: Int) {
        valuePosition()
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func bool(_ value: Bool) {
        valuePosition()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A string array, each on its own line.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private mutating func open(_ bracket: UInt8) {
        valuePosition()
        bytes.append(bracket)
        filled.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElements = filled.removeLast()
        bytes.append(0x0A)
        if !hadElements { bytes.append(0x0A) }
        indent(filled.count)
        bytes.append(bracket)
    }

    /// Where a value goes: right after its key, or on a new line of the array it is in.
    private mutating func valuePosition() {
        if afterKey {
            afterKey = false
        } else {
            nextElement()
        }
    }

    /// A comma after the previous element, a line break and the indent of the next.
    private mutating func nextElement() {
        guard !filled.isEmpty else { return }
        if filled[filled.count - 1] { bytes.append(UInt8(ascii: ",")) }
        filled[filled.count - 1] = true
        bytes.append(0x0A)
        indent(filled.count)
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<(depth * 2) { bytes.append(0x20) }
    }

    /// A JSON string: quote and backslash escaped, control characters as JSON names them.
    /// Runs of bytes that need no escape (all of an incident id) are copied at once: the
    /// 10,000 incidents' `api/excused.json` names ids 100,000 times.
    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                appendEscaped(byte)
                runStart = offset + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
        case 0x00..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        default:
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(byte)
        }
    }
}
