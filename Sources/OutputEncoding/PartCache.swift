import Foundation

/// Parts of files that are made again while most of their parts stay: the events of a
/// norm's calendar, of which only the one still running changes when `serve` rebuilds in
/// a new minute, out of thousands. Kept by `OutputCache` (`parts(_:_:)`), so a change of
/// theme or settings starts afresh. A part that a render asking for parts did not ask
/// for, nor the one after, is forgotten, so the cache holds about what one render uses;
/// renders that ask for none (a save within the minute remakes no calendar) do not count.
public final class PartCache<Key: Hashable & Sendable, Part: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Parts the current render asked for.
    private var current: [Key: Part] = [:]
    /// Parts of the render before, not asked for yet.
    private var earlier: [Key: Part] = [:]
    /// Whether a render began since the last part was asked for.
    private var renderBegan = false

    init() {}

    /// The part made for `key` before, else `make()`'s. `key` must hold everything the
    /// part is made of that the cache's settings do not.
    public func part(_ key: Key, make: () -> Part) -> Part {
        let kept = lock.withLock { () -> Part? in
            if renderBegan {
                renderBegan = false
                earlier = current
                current = [:]
            }
            if let part = current[key] { return part }
            guard let part = earlier.removeValue(forKey: key) else { return nil }
            current[key] = part
            return part
        }
        if let kept { return kept }
        let part = make()
        lock.withLock { current[key] = part }
        return part
    }

    /// Begins a render: once it asks for a part, what the one before did not ask for is forgotten.
    func startRender() {
        lock.withLock { renderBegan = true }
    }
}

/// What `OutputCache` tells of a render's start to the part caches it holds.
protocol RenderScoped: AnyObject, Sendable {
    func startRender()
}

extension PartCache: RenderScoped {}
