extension Int {
    /// `7.zeroPadded()` → `"07"`, `2023.zeroPadded(4)` → `"2023"`: every written date
    /// and time in the project has fixed-width numeric fields, padded by this one rule.
    public func zeroPadded(_ width: Int = 2) -> String {
        let digits = String(magnitude)
        let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        return self < 0 ? "-" + padded : padded
    }
}
