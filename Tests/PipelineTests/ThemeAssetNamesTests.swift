import Foundation
import Testing
@testable import SitePages

/// A theme asset is published at the site's root under its own name, so the names of
/// the files the site generates there are refused as assets: this keeps that list
/// complete as new root files are added.
struct ThemeAssetNamesTests {
    @Test func everyGeneratedRootFileAnAssetCouldBeNamedLikeIsRefused() throws {
        let site = try FrontPageStatesTests.site(.maintenance)
        let rootFiles = site.keys.filter { !$0.contains("/") }
        let theme = Set(BuiltInAssets.files.keys)
        let assetLike = Set(rootFiles.filter { Theme.isAsset($0) && !theme.contains($0) })
        #expect(!assetLike.isEmpty)
        #expect(assetLike == Theme.generatedNames, "generated at the root: \(assetLike.sorted())")
    }
}
