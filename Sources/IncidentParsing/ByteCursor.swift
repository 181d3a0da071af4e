/// A position in a line's UTF-8 bytes with the small steps the timestamp grammar needs.
/// Working on bytes keeps columns exact and the grammar free of regex backtracking.
struct ByteCursor {
    let bytes: [UInt8]
    var index: Int

    init(_ bytes: [UInt8], at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    var isAtEnd: Bool { index >= bytes.count }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Reads `minimum...maximum` ASCII digits, or nothing.
    mutating func number(digits minimum: Int, _ maximum: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maximum, let byte = current, isDigit(byte) {
            value = value * 10 + Int(byte - 0x30)
            count += 1
            index += 1
        }
        if count < minimum || (count == maximum && current.map(isDigit) == true) {
            index -= count
            return nil
        }
        return value
    }

    /// Consumes `byte` when it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    /// Consumes spaces and tabs; returns how many.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = index
        while let byte = current, byte == 0x20 || byte == 0x09 { index += 1 }
        return index - start
    }

    /// Reads a run of ASCII letters, lowercased, or nothing.
    mutating func word() -> String? {
        let start = index
        while let byte = current, isLetter(byte) { index += 1 }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index].map { $0 | 0x20 }, as: UTF8.self)
    }

    /// Consumes `keyword` (lowercase) as a whole word, case-insensitively.
    mutating func take(word keyword: String) -> Bool {
        let saved = index
        if word() == keyword { return true }
        index = saved
        return false
    }

    /// Whether the next byte cannot continue a word or number.
    var isAtBoundary: Bool {
        guard let byte = current else { return true }
        return !isLetter(byte) && !isDigit(byte)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
