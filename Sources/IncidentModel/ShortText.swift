/// A short text (a date, a time, a timestamp) written byte by byte straight into a new
/// string's storage. Pages and feeds format tens of thousands of times per build, and an
/// array per text, or a string per field joined by interpolation, cost more than the
/// formatting itself.
public struct ShortText {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0

    private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// The text `write` writes, of at most `capacity` UTF-8 bytes (a text up to 15
    /// bytes long needs no allocation at all).
    public static func make(capacity: Int, _ write: (inout ShortText) -> Void) -> String {
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var text = ShortText(base: buffer.baseAddress!, capacity: buffer.count)
            write(&text)
            return text.count
        }
    }

    public mutating func append(_ byte: UInt8) {
        precondition(count < capacity, "a ShortText was made with too little capacity")
        base[count] = byte
        count += 1
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Bytes of UTF-8, whole characters only.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        precondition(count + bytes.count <= capacity, "a ShortText was made with too little capacity")
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// `value` in decimal, padded with zeros to `width` digits (`Int.zeroPadded`).
    public mutating func appendZeroPadded(_ value: Int, width: Int = 2) {
        if width == 2, value >= 0, value < 100 {
            append(UInt8(ascii: "0") + UInt8(value / 10))
            append(UInt8(ascii: "0") + UInt8(value % 10))
            return
        }
        if value < 0 { append(UInt8(ascii: "-")) }
        // Digits go in least significant first, then the padded field is turned round.
        let start = count
        var magnitude = value.magnitude
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        while count - start < width { append(UInt8(ascii: "0")) }
        var digits = UnsafeMutableBufferPointer(start: base + start, count: count - start)
        digits.reverse()
    }

    /// The bytes `appendZeroPadded(value, width:)` writes: its digits or `width`, whichever
    /// is more, and a sign. Texts are made with the sum of their fields' rooms, so they
    /// take no more memory than they hold, and those up to 15 bytes none of their own.
    public static func room(_ value: Int, width: Int = 2) -> Int {
        var digits = 1
        var rest = value.magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return max(width, digits) + (value < 0 ? 1 : 0)
    }

    /// Three zero-padded fields joined by `separator`, the middle one two digits wide:
    /// `2023-12-13`, `13-12-2023`, `12:23:00`.
    public mutating func appendFields(
        _ first: Int, _ middle: Int, _ last: Int, separator: UInt8, firstWidth: Int = 2, lastWidth: Int = 2
    ) {
        appendZeroPadded(first, width: firstWidth)
        append(separator)
        appendZeroPadded(middle)
        append(separator)
        appendZeroPadded(last, width: lastWidth)
    }

    /// `value` in decimal, as `String(value)` writes it.
    public mutating func append(_ value: Int) {
        appendZeroPadded(value, width: 1)
    }
}
