import Foundation

extension String {
    /// Without the characters of `set` at either end, exactly as
    /// `trimmingCharacters(in:)` trims them, but scalar by scalar in Swift: Foundation's
    /// round trip through `NSString` cost about 300,000 instructions for one update's
    /// text, and the Statuspage API trims every update of every incident.
    public func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
