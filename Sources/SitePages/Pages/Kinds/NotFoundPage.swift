import Foundation
import SiteContent

/// `404.html`: shown by hosts at any unknown URL, so only in the default language.
struct NotFoundPage: PageKind {
    static var template: EjectableTemplate { .notFound }
    static let isTranslated = false
    static func pages(in snapshot: SiteSnapshot) -> [Self] { [Self()] }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { SiteRoutes.notFound }
    func view(_ builder: PageBuilder) -> PageView<NotFoundView> { builder.notFound() }
    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? { nil }
    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { nil }
}
