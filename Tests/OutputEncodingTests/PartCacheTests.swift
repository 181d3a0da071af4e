import Foundation
import OutputEncoding
import Testing

/// The parts `serve` keeps of large files (a calendar's events): a part is made once while
/// renders ask for it, and forgotten after a render that did not.
struct PartCacheTests {
    /// A counter of makes, shared with the closures that make parts.
    final class Makes: @unchecked Sendable {
        private let lock = NSLock()
        private var keys: [String] = []
        func note(_ key: String) { lock.withLock { keys.append(key) } }
        func take() -> [String] { lock.withLock { defer { keys = [] }; return keys } }
    }

    func render(_ keys: [String], _ cache: OutputCache, _ makes: Makes) -> [String] {
        cache.startRender()
        defer { _ = cache.finishRender() }
        let parts = cache.parts(String.self, String.self)
        return keys.map { key in parts.part(key) { makes.note(key); return "part \(key)" } }
    }

    @Test func aPartAskedForAgainIsNotMadeAgain() {
        let cache = OutputCache()
        let makes = Makes()
        #expect(render(["a", "b", "c"], cache, makes) == ["part a", "part b", "part c"])
        #expect(makes.take() == ["a", "b", "c"])
        #expect(render(["a", "b", "d"], cache, makes) == ["part a", "part b", "part d"])
        #expect(makes.take() == ["d"])
    }

    @Test func aPartNoRenderAskedForIsForgottenAfterOne() {
        let cache = OutputCache()
        let makes = Makes()
        _ = render(["a", "b"], cache, makes)
        _ = render(["a"], cache, makes)
        _ = render(["a"], cache, makes)
        _ = makes.take()
        #expect(render(["a", "b"], cache, makes) == ["part a", "part b"])
        #expect(makes.take() == ["b"], "b was last asked for two renders ago: made again")
    }

    /// A save within the minute remakes no calendar: such renders leave the events be.
    @Test func rendersThatAskForNoPartDoNotAgeTheParts() {
        let cache = OutputCache()
        let makes = Makes()
        _ = render(["a", "b"], cache, makes)
        _ = render([], cache, makes)
        _ = render([], cache, makes)
        _ = render([], cache, makes)
        _ = makes.take()
        #expect(render(["a", "b"], cache, makes) == ["part a", "part b"])
        #expect(makes.take().isEmpty)
    }

    @Test func eachKeyTypeHasItsOwnCache() {
        let cache = OutputCache()
        cache.startRender()
        let byText = cache.parts(String.self, Int.self)
        let byNumber = cache.parts(Int.self, Int.self)
        #expect(byText.part("1") { 10 } == 10)
        #expect(byNumber.part(1) { 20 } == 20)
        #expect(cache.parts(String.self, Int.self) === byText)
        #expect(byText.part("1") { 30 } == 10)
    }
}
