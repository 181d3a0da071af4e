import Foundation
import Testing
import OutputEncoding

/// `serve` writes only what `OutputCache` says changed, and skips the check for files the
/// cache handed back unchanged (`isReused`): a file made again must never pass as reused,
/// or its new bytes would not reach the output folder.
struct OutputCacheTests {
    /// One render of `files` (path, inputs, bytes): what came back and what the cache reported.
    struct Render {
        var files: [OutputFile]
        var made: [String]
        var changed: [String]
        var removed: [String]
        var manifest: [String]
    }

    static func render(
        _ cache: OutputCache, _ files: [(path: String, inputs: Int, bytes: String)], provisional: Bool = false
    ) -> Render {
        cache.startRender(provisional: provisional)
        var made: [String] = []
        let results = files.map { file in
            cache.file(file.path, .html, inputs: file.inputs) {
                made.append(file.path)
                return Data(file.bytes.utf8)
            }
        }
        let changedWhileRendering = results.filter { cache.hasChanged($0.path) }.map(\.path)
        let (manifest, changed, removed) = cache.finishRender()
        #expect(changedWhileRendering.sorted() == changed, "hasChanged agrees with finishRender")
        return Render(files: results, made: made, changed: changed, removed: removed, manifest: manifest.keys.sorted())
    }

    @Test func aFileWhoseInputsDidNotChangeComesBackReusedWithoutBytes() {
        let cache = OutputCache()
        let first = Self.render(cache, [("a.html", 1, "<p>a</p>"), ("b.html", 1, "<p>b</p>")])
        #expect(first.made == ["a.html", "b.html"])
        #expect(first.files.map(\.isReused) == [false, false])
        #expect(first.files.map(\.contents) == [Data("<p>a</p>".utf8), Data("<p>b</p>".utf8)])
        #expect(first.changed == ["a.html", "b.html"])

        let second = Self.render(cache, [("a.html", 1, "<p>a</p>"), ("b.html", 2, "<p>b, new</p>")])
        #expect(second.made == ["b.html"])
        #expect(second.files.map(\.isReused) == [true, false])
        #expect(second.files[0].contents.isEmpty)
        #expect(second.files[0].path == "a.html" && second.files[0].mediaType == .html)
        #expect(second.files[1].contents == Data("<p>b, new</p>".utf8))
        #expect(second.changed == ["b.html"])
        #expect(second.removed.isEmpty)
        #expect(second.manifest == ["a.html", "b.html"])
    }

    /// `serve` makes the next minute's files ahead and throws them away when a save comes
    /// first: after the roll-back, the cache answers as if that render had never run.
    @Test func aRolledBackRenderLeavesNoTrace() {
        let cache = OutputCache()
        _ = Self.render(cache, [("a.html", 1, "a"), ("b.html", 1, "b"), ("c.html", 1, "c")])
        let provisional = Self.render(cache, [("a.html", 2, "a, new"), ("b.html", 1, "b"), ("d.html", 1, "d")], provisional: true)
        #expect(provisional.changed == ["a.html", "d.html"] && provisional.removed == ["c.html"])
        let madeBefore = cache.madeCount
        cache.rollBackRender()
        #expect(cache.madeCount == madeBefore - 2)

        let next = Self.render(cache, [("a.html", 1, "a"), ("b.html", 1, "b"), ("c.html", 1, "c")])
        #expect(next.made.isEmpty, "every file's inputs are the first render's again")
        #expect(next.changed.isEmpty && next.removed.isEmpty)
        #expect(next.manifest == ["a.html", "b.html", "c.html"])
        let kept = Self.render(cache, [("a.html", 2, "a, new")], provisional: true)
        cache.keepRender()
        cache.rollBackRender()
        #expect(kept.changed == ["a.html"] && kept.removed == ["b.html", "c.html"])
        #expect(Self.render(cache, [("a.html", 2, "a, new")]).made.isEmpty, "a kept render stays")

        // A file the rolled-back render asked for, and the next one does not, leaves the site.
        _ = Self.render(cache, [("a.html", 1, "a"), ("b.html", 1, "b")])
        _ = Self.render(cache, [("a.html", 1, "a"), ("b.html", 1, "b")], provisional: true)
        cache.rollBackRender()
        #expect(Self.render(cache, [("a.html", 1, "a")]).removed == ["b.html"])
    }

    @Test func aFileMadeAgainWithTheSameBytesIsNeitherReusedNorChanged() {
        let cache = OutputCache()
        _ = Self.render(cache, [("a.html", 1, "same")])
        let second = Self.render(cache, [("a.html", 2, "same")])
        #expect(second.made == ["a.html"])
        #expect(second.files[0].isReused == false)
        #expect(second.changed.isEmpty)
    }

    @Test func aFileMadeAgainAsEmptyIsStillAChange() {
        // An empty file (a quiet banner) made again must not look like a reused one.
        let cache = OutputCache()
        _ = Self.render(cache, [("embed/banner.html", 1, "<p>storing</p>")])
        let second = Self.render(cache, [("embed/banner.html", 2, "")])
        #expect(second.files[0].isReused == false)
        #expect(second.files[0].contents.isEmpty)
        #expect(second.changed == ["embed/banner.html"])
    }

    @Test func filesTheRenderDidNotAskForLeaveTheSite() {
        let cache = OutputCache()
        _ = Self.render(cache, [("a.html", 1, "a"), ("b.html", 1, "b")])
        let second = Self.render(cache, [("a.html", 1, "a")])
        #expect(second.removed == ["b.html"])
        #expect(second.manifest == ["a.html"])
        // Asked for again later, it is made anew: the cache forgot it.
        let third = Self.render(cache, [("a.html", 1, "a"), ("b.html", 1, "b")])
        #expect(third.made == ["b.html"])
        #expect(third.changed == ["b.html"])
    }

    /// One item of a carried group: its files are made of it alone.
    final class Item: Sendable {
        let name: String
        init(_ name: String) { self.name = name }
    }

    /// A render that carries `items`: asks only for the files of the items `carry` names.
    static func carried(
        _ cache: OutputCache, _ items: [Item], token: Int = 0, provisional: Bool = false
    ) -> (visited: [String], render: Render) {
        cache.startRender(provisional: provisional)
        let visit = cache.carry("items", items: items, token: AnyHashable(token))
        let files = visit.map { position in
            let item = items[position]
            return cache.file("\(item.name).html", .html, inputs: item.name, member: .init(group: "items", item: item)) {
                Data(item.name.utf8)
            }
        }
        let (manifest, changed, removed) = cache.finishRender()
        return (visit.map { items[$0].name },
                Render(files: files, made: [], changed: changed, removed: removed, manifest: manifest.keys.sorted()))
    }

    @Test func aCarriedGroupVisitsOnlyItemsItHasNotSeenAndKeepsTheOthersFiles() {
        let cache = OutputCache()
        let (a, b, c) = (Item("a"), Item("b"), Item("c"))
        let first = Self.carried(cache, [a, b])
        #expect(first.visited == ["a", "b"], "a cache without the group visits every item")
        let second = Self.carried(cache, [a, c, b])
        #expect(second.visited == ["c"])
        #expect(second.render.manifest == ["a.html", "b.html", "c.html"], "the files of items not visited stay")
        #expect(second.render.removed.isEmpty)

        let bAgain = Item("b")
        let third = Self.carried(cache, [a, bAgain])
        #expect(third.visited == ["b"], "another object with the same content is another item")
        #expect(third.render.removed == ["c.html"], "the files of an item that left leave the site")
        #expect(third.render.changed.isEmpty, "b's page was made again with the same bytes")

        let fourth = Self.carried(cache, [a, bAgain], token: 1)
        #expect(fourth.visited == ["a", "b"], "another token visits every item")
    }

    /// After a rolled-back render the group is carried as before it: a save after a minute
    /// made ahead and thrown away visits only the item it changed.
    @Test func aRolledBackRenderKeepsTheGroupCarried() {
        let cache = OutputCache()
        let (a, b, c) = (Item("a"), Item("b"), Item("c"))
        _ = Self.carried(cache, [a, b])
        let provisional = Self.carried(cache, [a, c], token: 1, provisional: true)
        #expect(provisional.visited == ["a", "c"] && provisional.render.removed == ["b.html"])
        cache.rollBackRender()
        let next = Self.carried(cache, [a, b, c])
        #expect(next.visited == ["c"])
        #expect(next.render.removed.isEmpty && next.render.changed == ["c.html"])
        #expect(next.render.manifest == ["a.html", "b.html", "c.html"])
    }

    @Test func aRenderThatDidNotFinishOrDidNotCarryTheGroupVisitsEveryItem() {
        let cache = OutputCache()
        let items = [Item("a"), Item("b")]
        _ = Self.carried(cache, items)
        cache.startRender()
        _ = cache.carry("items", items: items, token: AnyHashable(0))
        // Abandoned: no finishRender.
        #expect(Self.carried(cache, items).visited == ["a", "b"])
        #expect(Self.carried(cache, items).visited.isEmpty)
        _ = Self.render(cache, [("a.html", 0, "a"), ("b.html", 0, "b")])
        #expect(Self.carried(cache, items).visited == ["a", "b"], "the render before did not carry the group")
    }
}
