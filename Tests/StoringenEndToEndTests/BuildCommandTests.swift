import Foundation
import Testing
import TestSupport

/// `storingen build` on the example incidents and on hostile input.
@Suite(.serialized)
struct BuildCommandTests {
    static let asOf = ["--as-of", "2026-11-23 12:00"]

    /// Every file under `root` with its bytes and inode.
    func tree(_ root: URL) throws -> [String: (data: Data, inode: Int, modified: Date)] {
        var files: [String: (Data, Int, Date)] = [:]
        let base = root.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] =
                (try Data(contentsOf: url), attributes[.systemFileNumber] as? Int ?? -1, attributes[.modificationDate] as! Date)
        }
        return files
    }

    @Test func buildingTwiceGivesTheSameTreeAndTheSecondBuildRewritesNothing() throws {
        let output = try Fixtures.temporaryDirectory("build").appendingPathComponent("public")
        let first = try CLI.run(["build", "--output", output.path] + Self.asOf)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.hasPrefix("built \(output.path): 10 incidents, "))
        let before = try tree(output)
        #expect(before.keys.contains("index.html") && before.keys.contains("api/v2/summary.json") && before.keys.contains("excused/on-time-delivery.ics"))
        Thread.sleep(forTimeInterval: 0.05)
        let second = try CLI.run(["build", "--output", output.path] + Self.asOf)
        #expect(second.standardOutput.contains(" 0 files written, \(before.count) unchanged, 0 removed"))
        let after = try tree(output)
        #expect(Set(after.keys) == Set(before.keys))
        for (path, file) in after {
            #expect(file.data == before[path]?.data, "\(path) changed")
            #expect(file.inode == before[path]?.inode && file.modified == before[path]?.modified, "\(path) was rewritten")
        }
        let elsewhere = try Fixtures.temporaryDirectory("build").appendingPathComponent("public")
        _ = try CLI.run(["build", "--output", elsewhere.path] + Self.asOf)
        let third = try tree(elsewhere)
        #expect(Set(third.keys) == Set(before.keys))
        #expect(third.allSatisfy { $0.value.data == before[$0.key]?.data }, "a fresh build gives byte-identical files")
    }

    @Test func hostileInputIsTextInEveryPageFeedAndJSONFile() throws {
        let root = try Fixtures.temporaryDirectory("hostile")
        let incidents = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: true)
        let hostile = """
            ---
            title: "<script>alert('titel')</script>"
            services: [orders]
            ---

            "><img src=x onerror=alert(1)> en [klik](javascript:alert(2)) en <script>alert(3)</script>

            ## 2024-01-02 10:00 — Onderzoek

            <iframe src="https://evil.example"></iframe> "><svg onload=alert(4)>

            """
        try hostile.write(to: incidents.appendingPathComponent("hostile.md"), atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("public")
        let result = try CLI.run(["build", "--incidents", incidents.path, "--site", root.appendingPathComponent("site").path, "--output", output.path] + Self.asOf)
        #expect(result.status == 0, "\(result.standardError)")
        let files = try tree(output)
        #expect(files.count > 20)
        for (path, file) in files where !path.hasSuffix(".css") && !path.hasSuffix(".svg") {
            // Each page's own freshness check is the one script allowed; the input may add none.
            var text = String(decoding: file.data, as: UTF8.self)
            let own = #"<script>(function(){var t=document.querySelector(".updated time")"#
            if let start = text.range(of: own), let end = text.range(of: "</script>", range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
            for active in ["<script", "<img", "<iframe", "<svg", "javascript:", "onerror=", "onload="] {
                // JSON may carry the Markdown source as a string, escaped by its format.
                let unescaped = path.hasSuffix(".json") ? text.replacingOccurrences(of: "\\u003C", with: "<") : text
                if path.hasSuffix(".json") || path.hasSuffix(".ics") || path.hasSuffix(".txt") { continue }
                #expect(!unescaped.lowercased().contains(active), "\(path) contains \(active)")
            }
        }
        let incidentPage = String(decoding: try #require(files["incidents/hostile/index.html"]).data, as: UTF8.self)
        #expect(incidentPage.contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;") || incidentPage.contains("&lt;script&gt;alert('titel')&lt;/script&gt;"))
        let summary = try JSONSerialization.jsonObject(with: try #require(files["api/v2/summary.json"]).data) as? [String: Any]
        let name = ((summary?["incidents"] as? [[String: Any]])?.first?["name"] as? String)
        #expect(name == "<script>alert('titel')</script>", "JSON keeps the title as a plain string")
    }

    @Test func aCorpusWithErrorsIsNotPublishedAndThePreviousSiteStays() throws {
        let output = try Fixtures.temporaryDirectory("build").appendingPathComponent("public")
        _ = try CLI.run(["build", "--output", output.path] + Self.asOf)
        let before = try tree(output)
        let broken = Fixtures.directory().appendingPathComponent("broken").path
        let result = try CLI.run(["build", "--incidents", broken, "--output", output.path] + Self.asOf)
        #expect(result.status == 1)
        #expect(result.standardError.contains("empty.md:1:1: error: file is empty"))
        #expect(result.standardOutput == "")
        let after = try tree(output)
        #expect(Set(after.keys) == Set(before.keys))
        #expect(after.allSatisfy { $0.value.inode == before[$0.key]?.inode })
    }

    /// Users install the binary alone: it carries its theme, so a copy in an empty folder,
    /// far from the build folder, builds the same site as the binary where it was built.
    @Test func theBinaryCopiedAloneBuildsTheSameSite() throws {
        let alone = try Fixtures.temporaryDirectory("alone")
        let copy = alone.appendingPathComponent("storingen")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: alone.path) == ["storingen"])
        let root = Fixtures.repositoryRoot()
        let output = alone.appendingPathComponent("site")
        let result = try CLI.run(
            ["build", "--incidents", root.appendingPathComponent("incidents").path, "--site", root.appendingPathComponent("site").path,
             "--output", output.path] + Self.asOf, in: alone, binary: copy)
        #expect(result.status == 0, "\(result.standardError)")
        let expected = try Fixtures.temporaryDirectory("build").appendingPathComponent("public")
        _ = try CLI.run(["build", "--output", expected.path] + Self.asOf)
        let built = try tree(output), reference = try tree(expected)
        #expect(built.count == reference.count && built.count > 40)
        #expect(built.allSatisfy { $0.value.data == reference[$0.key]?.data }, "the copy renders every file the same")
        #expect(String(decoding: try #require(built["style.css"]).data, as: UTF8.self).contains("prefers-color-scheme"))
    }
}
