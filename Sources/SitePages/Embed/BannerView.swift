import Foundation
import IncidentModel
import SiteContent

/// The embeddable banner (`embed/banner.html`, one per service too): what a seller sees in
/// their own dashboard. Active incidents and running maintenance that touch the services
/// in scope, maintenance starting within 48 hours, and a quiet line when all is well.
struct BannerView: Equatable, Sendable {
    /// One thing going on.
    struct Item: Equatable, Sendable {
        /// `critical`, `major`, `minor` or `none` for an incident; `maintenance` (running)
        /// or `upcoming`: its colour.
        var level: String
        /// "Actief", "Onderhoud bezig", "Gepland".
        var label: String
        var link: LinkView
        /// When upcoming maintenance starts.
        var start: TimeView?
    }

    var lang: String
    var title: String
    var items: [Item]
    /// "en 2 meer op de statuspagina", linking the status page, when items did not fit.
    var more: LinkView?
    /// The quiet line, or nil when `site.yml` says `embed: {quiet: empty}` (or items show).
    var quiet: LinkView?
    var timeZoneNote: String
    var updatedLabel: String
    var builtAt: TimeView
    var staleWarning: String
    var staleAfter: Int

    /// The most items a banner lists before "more": its height stays predictable.
    static let maximumItems = 3
    /// Pixels per line and around them: the banner's height is `lines × lineHeight + 2 × padding`.
    static let lineHeight = 24
    static let padding = 8

    /// How many lines the banner shows (the stale warning, when the script shows it, adds one).
    var lines: Int { items.count + (more == nil ? 0 : 1) + (quiet == nil ? 0 : 1) }

    /// The height the banner states, so the embedding page can size its frame.
    var height: Int { lines == 0 ? 0 : lines * Self.lineHeight + 2 * Self.padding }
}

extension PageBuilder {
    /// The banner of the services in `scope` (all when nil), linking from `route`.
    func banner(scope: ServiceKey?) -> BannerView {
        let window = snapshot.moment.instant.addingTimeInterval(48 * 3_600)
        let facts = snapshot.open.map { snapshot.facts[$0] }.filter { facts in
            scope.map(facts.incident.services.contains) ?? true
        }.filter { facts in
            if case .upcoming(let start) = facts.state { return start <= window }
            return true
        }
        let items = facts.prefix(BannerView.maximumItems).map { facts in
            let level: String
            let start: TimeView?
            switch facts.state {
            case .upcoming(let date): (level, start) = ("upcoming", longTime(date))
            case .inProgress: (level, start) = ("maintenance", nil)
            default: (level, start) = (facts.incident.impact.rawValue, nil)
            }
            return BannerView.Item(
                level: level, label: text(SiteText.label(for: facts.state)), link: incidentLink(facts.id), start: start)
        }
        let home = LinkView(href: links.href(routes.home), text: "")
        let serviceName = scope.flatMap { snapshot.configuration.catalogue.service($0)?.name[language] }
        return BannerView(
            lang: language.rawValue,
            title: [snapshot.configuration.title[language], serviceName].compactMap(\.self).joined(separator: " – "),
            items: Array(items),
            more: facts.count > items.count
                ? LinkView(href: home.href, text: PageText.moreOnStatusPage(facts.count - items.count, in: language)) : nil,
            quiet: items.isEmpty && snapshot.configuration.embedQuiet == .line
                ? LinkView(href: home.href, text: serviceName.map { PageText.serviceOperational($0, in: language) }
                                                 ?? text(PageText.allOperational))
                : nil,
            timeZoneNote: text(PageText.timeZoneNote), updatedLabel: text(PageText.updated),
            builtAt: builtAt, staleWarning: text(PageText.staleWarning),
            staleAfter: Int(snapshot.configuration.staleAfter))
    }
}
