extension Int {
    /// `7.zeroPadded()` → `"07"`, `2023.zeroPadded(4)` → `"2023"`: every written date
    /// and time in the project has fixed-width numeric fields, padded by this one rule
    /// (`ShortText.appendZeroPadded`).
    public func zeroPadded(_ width: Int = 2) -> String {
        ShortText.make(capacity: ShortText.room(self, width: width)) { $0.appendZeroPadded(self, width: width) }
    }
}
