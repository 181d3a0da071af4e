import Foundation
import OutputEncoding
import TestSupport
import Testing
@testable import SiteWriter

/// The comparison that lets a rebuild keep a published file: only a regular file with
/// exactly the new bytes is kept, whatever its size and however it is read in pieces.
struct FileBytesTests {
    /// 200 KB that repeat nowhere: more than one piece of the comparison's reads, each
    /// of which must be compared with its own part of the contents.
    static let large: Data = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return Data((0..<200_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        })
    }()

    static var lastByteChanged: Data {
        var data = large
        data[data.count - 1] ^= 1
        return data
    }

    @Test(arguments: [
        ("same bytes", large, large, true),
        ("the last byte differs", lastByteChanged, large, false),
        ("the published file is a prefix", large.prefix(150_000), large, false),
        ("the published file is longer", large + Data("x".utf8), large, false),
        ("both empty", Data(), Data(), true),
        ("same size, other bytes", Data("home".utf8), Data("away".utf8), false),
    ] as [(String, Data, Data, Bool)])
    func comparesEveryByte(_ case: String, published: Data, contents: Data, matches: Bool) throws {
        let folder = try Fixtures.temporaryDirectory("file-bytes")
        let path = folder.appendingPathComponent("page.html").path
        try published.write(to: URL(fileURLWithPath: path))
        #expect(FileBytes.matches(path, contents: contents) == matches, "\(`case`)")
    }

    @Test func aLinkOrAFolderNeverMatches() throws {
        let folder = try Fixtures.temporaryDirectory("file-bytes")
        let target = folder.appendingPathComponent("target.html")
        try Data("home".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.html").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
        #expect(!FileBytes.matches(link, contents: Data("home".utf8)))
        #expect(!FileBytes.matches(folder.path, contents: Data()))
        #expect(!FileBytes.matches(folder.appendingPathComponent("missing.html").path, contents: Data()))
    }

    /// A rebuild over a site where a page was replaced by a link to a file with the
    /// page's bytes writes the page again, as a file.
    @Test func aRebuildReplacesALinkWithTheFile() throws {
        let output = try Fixtures.temporaryDirectory("file-bytes").appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        let pages = (0..<20).map { OutputFile(path: "p\($0).html", mediaType: .html, text: "page \($0)") }
        _ = try writer.write(pages)
        let elsewhere = output.deletingLastPathComponent().appendingPathComponent("elsewhere.html")
        try Data("page 3".utf8).write(to: elsewhere)
        let page = output.appendingPathComponent("p3.html").path
        try FileManager.default.removeItem(atPath: page)
        try FileManager.default.createSymbolicLink(atPath: page, withDestinationPath: elsewhere.path)

        let summary = try writer.write(pages)
        #expect(summary == SiteWriter.Summary(written: 1, unchanged: 19, removed: 0))
        let attributes = try FileManager.default.attributesOfItem(atPath: page)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOfFile: page, encoding: .utf8) == "page 3")
    }
}
