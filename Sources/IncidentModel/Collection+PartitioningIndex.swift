extension RandomAccessCollection {
    /// The first index whose element satisfies `isAtOrPast`, for a predicate that is false
    /// for a leading run of the elements and true for all after it: a binary search. The
    /// model's windows, periods and excused pieces are sorted and disjoint, and pages and
    /// `excused --check` look them up by instant thousands of times. Inlinable, so that
    /// each caller's predicate is compiled into its own search.
    @inlinable
    public func partitioningIndex(where isAtOrPast: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var remaining = count
        while remaining > 0 {
            let half = remaining / 2
            let middle = index(low, offsetBy: half)
            if try isAtOrPast(self[middle]) {
                remaining = half
            } else {
                low = index(after: middle)
                remaining -= half + 1
            }
        }
        return low
    }
}
