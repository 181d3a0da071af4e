import Foundation

/// Parts of files that are made again while most of their parts stay: the events of a
/// norm's calendar, of which only the one still running changes when `serve` rebuilds in
/// a new minute, out of thousands. Kept by `OutputCache` (`parts(_:_:)`), so a change of
/// theme or settings starts afresh. A part that a render asking for parts did not ask
/// for, nor the one after, is forgotten (made again if asked for), and dropped once the
/// forgotten outnumber the rest, so the cache holds about what one render uses; renders
/// that ask for none (a save within the minute remakes no calendar) do not count.
public final class PartCache<Key: Hashable & Sendable, Part: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Every part kept, with the last render that asked for it. One table, stamped in
    /// place: moving thousands of events from one render's table to the next's at every
    /// minute cost as much as writing them.
    private var parts: [Key: (part: Part, render: Int)] = [:]
    /// The renders that asked for parts so far.
    private var render = 0
    /// Whether a render began since the last part was asked for.
    private var renderBegan = false
    /// How many parts the current and the previous render asked for.
    private var asked = 0
    private var askedBefore = 0

    init() {}

    /// The part made for `key` before, else `make()`'s. `key` must hold everything the
    /// part is made of that the cache's settings do not.
    public func part(_ key: Key, make: () -> Part) -> Part {
        let kept = lock.withLock { () -> Part? in
            if renderBegan { beginAsking() }
            asked += 1
            guard let index = parts.index(forKey: key) else { return nil }
            let entry = parts.values[index]
            // Neither this render nor the one before asked for it: forgotten.
            guard entry.render >= render - 1 else { return nil }
            parts.values[index].render = render
            return entry.part
        }
        if let kept { return kept }
        let part = make()
        lock.withLock { parts[key] = (part, render) }
        return part
    }

    /// Begins a render: once it asks for a part, what the one before did not ask for is forgotten.
    func startRender() {
        lock.withLock { renderBegan = true }
    }

    /// The first part a render asks for: forgotten parts are dropped once they outnumber
    /// the kept ones, so the cache holds about what one render uses.
    private func beginAsking() {
        renderBegan = false
        render += 1
        askedBefore = asked
        asked = 0
        if parts.count > 2 * askedBefore + 64 {
            parts = parts.filter { $0.value.render >= render - 1 }
        }
    }
}

/// What `OutputCache` tells of a render's start to the part caches it holds.
protocol RenderScoped: AnyObject, Sendable {
    func startRender()
}

extension PartCache: RenderScoped {}
