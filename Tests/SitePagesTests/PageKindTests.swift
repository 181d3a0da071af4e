import Foundation
import SiteContent
import Testing
@testable import SitePages

/// The list of page kinds is the one place a kind is declared: its names and routes must
/// not collide, and every page the plan renders comes from it.
@Suite("Page kinds")
struct PageKindTests {
    let snapshot: SiteSnapshot

    init() throws {
        snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
    }

    @Test func templateNamesAreUniqueAndEjectable() {
        let names = PageKinds.templateNames
        #expect(names.count == 11)
        #expect(Set(names).count == names.count)
        #expect(Array(ThemeEjector.names.prefix(names.count)) == names)
        #expect(Set(names).isDisjoint(with: ThemeFragment.allCases.map(\.rawValue) + [Theme.layout]))
    }

    @Test func everyKindHasPagesAndEveryPageItsOwnFile() {
        let pages = PagePlan(snapshot: snapshot).pages
        for kind in PageKinds.all {
            #expect(pages.contains { type(of: $0.kind) == kind }, "no page of \(kind.templateName)")
        }
        let files = pages.map { page in SiteRoutes.file(for: route(page.kind, in: snapshot.routes[page.language])) }
        #expect(Set(files).count == files.count, "two pages share a file")
        let rendered = Set(SitePages.render(snapshot, themeDirectory: nil).files.filter { $0.mediaType == .html }.map(\.path))
        #expect(Set(files).isSubset(of: rendered))
    }

    @Test func onlyTheNotFoundPageIsWrittenOnce() {
        let untranslated = PageKinds.all.filter { !$0.isTranslated }.map { $0.templateName }
        #expect(untranslated == ["not-found"])
        let notFound = PagePlan(snapshot: snapshot).pages.filter { type(of: $0.kind) == NotFoundPage.self }
        #expect(notFound.map(\.language) == [0])
    }

    private func route<Kind: PageKind>(_ page: Kind, in routes: SiteRoutes) -> String {
        page.route(in: routes, of: snapshot)
    }
}
