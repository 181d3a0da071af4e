/// A deterministic random source (SplitMix64) with the few draws the corpus generator
/// needs. Every draw is written out here, not borrowed from the standard library, so the
/// same seed gives the same corpus on every Swift version and platform.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits (SplitMix64, Steele, Lea and Flood 2014).
    mutating func nextBits() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` (multiply-high; the bias is far below anything we measure).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(UInt64(bound).multipliedFullWidth(by: nextBits()).high)
    }

    /// A number in `range`, both ends included.
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A fraction in `[0, 1)` with 53 random bits.
    mutating func fraction() -> Double {
        Double(nextBits() >> 11) * 0x1p-53
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        fraction() < probability
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// One element, each drawn in proportion to its weight.
    mutating func pick<Element>(_ elements: [(Element, weight: Int)]) -> Element {
        var ticket = below(elements.reduce(0) { $0 + $1.weight })
        for (element, weight) in elements {
            if ticket < weight { return element }
            ticket -= weight
        }
        return elements[elements.count - 1].0
    }

    /// `count` distinct elements in the order they were drawn (partial Fisher–Yates).
    mutating func sample<Element>(_ elements: [Element], count: Int) -> [Element] {
        var pool = elements
        let count = min(count, pool.count)
        for index in 0..<count {
            pool.swapAt(index, index + below(pool.count - index))
        }
        return Array(pool[..<count])
    }

    /// Whole minutes drawn from an exponential distribution with the given mean. The
    /// logarithm is computed here rather than by libm, so no platform can round it differently.
    mutating func exponentialMinutes(mean: Double) -> Int {
        var remaining = 1 - fraction()
        // -mean·ln(remaining), by halving: ln 2 steps, then the series for the rest.
        var minutes = 0.0
        while remaining < 0.5 {
            remaining *= 2
            minutes += 0.693_147_180_559_945_3
        }
        let x = (remaining - 1) / (remaining + 1)
        var term = x
        var series = 0.0
        var power = 1.0
        for _ in 0..<12 {
            series += term / power
            term *= x * x
            power += 2
        }
        minutes -= 2 * series
        return Int(minutes * mean)
    }
}
