import Foundation
import SiteContent

/// One page of the archive of every incident, newest first (1-based).
struct ArchivePage: PageKind {
    let number: Int

    static var template: EjectableTemplate { .archive }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { (1...snapshot.archivePageCount).map(Self.init) }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { routes.archive(page: number) }
    func view(_ builder: PageBuilder) -> PageView<ArchiveView> { builder.archive(page: number) }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        let snapshot = builder.snapshot
        return PageInputs.Rows(facts: SameIncidents(snapshot.archiveSlice(page: number).map { snapshot.facts[$0] }), shape: [snapshot.archivePageCount])
    }

    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { changes.last }
}
