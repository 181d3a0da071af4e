import Foundation
import IncidentModel
import ServiceNorms

/// A status site's settings from `site/site.yml`: how the site presents itself and the
/// catalogue and calendar its incidents are judged by. Every field has a default, so a
/// project without `site.yml` still builds.
public struct SiteConfiguration: Sendable {
    /// The site's name, shown in the header and feeds.
    public var title: LocalizedText
    /// One sentence under the title and in feeds.
    public var description: LocalizedText
    /// The absolute URL the site is published at, ending in `/`; feeds and the sitemap need it.
    public var baseURL: String
    /// Published languages; the first is served at `/`, the others under `/<lang>/`.
    public var languages: [Language]
    /// How many days a resolved incident stays on the front page.
    public var recentDays: Int
    /// After how many days without an update an unresolved incident is warned about
    /// (a forgotten resolution).
    public var staleOpenDays: Int
    /// Incidents per archive page.
    public var archivePageSize: Int
    public var catalogue: Catalogue
    /// Extra days off (company closing days) on top of the Dutch public holidays.
    public var addedHolidays: Set<LocalDate>
    /// Public holidays that are ordinary working days for this site.
    public var removedHolidays: Set<LocalDate>
    /// Where `storingen notify` sends new updates; none unless `site.yml` lists some.
    public var notifyTargets: [NotifyTarget] = []
    /// How long after a build a reader's page says it may be out of date: a little
    /// longer than the interval of the scheduled rebuild (hourly by default).
    public var staleAfter: TimeInterval = 3 * 3_600
    /// What the embeddable banner shows while all is well.
    public var embedQuiet: EmbedQuiet = .line

    /// The banner's content while nothing is active, under way or coming within 48 hours.
    public enum EmbedQuiet: String, Sendable, CaseIterable {
        /// One line: "Alle diensten werken normaal".
        case line
        /// Nothing: the banner takes no room.
        case empty
    }

    public init(
        title: LocalizedText = LocalizedText(nl: "Actuele storingen", en: "Current outages"),
        description: LocalizedText = LocalizedText(
            nl: "Storingen en onderhoud van het partnerplatform, en hoe we daarmee rekening houden bij de servicenormen.",
            en: "Outages and maintenance of the partner platform, and how they are taken into account in the service norms."),
        baseURL: String = "http://localhost:8080/", languages: [Language] = [.nl, .en], recentDays: Int = 14,
        staleOpenDays: Int = 14, archivePageSize: Int = 50, catalogue: Catalogue = .standard,
        addedHolidays: Set<LocalDate> = [], removedHolidays: Set<LocalDate> = []
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.languages = languages
        self.recentDays = recentDays
        self.staleOpenDays = staleOpenDays
        self.archivePageSize = archivePageSize
        self.catalogue = catalogue
        self.addedHolidays = addedHolidays
        self.removedHolidays = removedHolidays
    }

    /// The path part of `baseURL`, as written (percent-encoded), from `/` to `/`:
    /// `/status/` for `https://acme.github.io/status/`.
    public var basePath: String {
        guard let scheme = baseURL.range(of: "://"),
              let slash = baseURL[scheme.upperBound...].firstIndex(of: "/")
        else { return "/" }
        return String(baseURL[slash...])
    }

    /// The business calendar with this site's holiday changes.
    public var calendar: BusinessCalendar {
        BusinessCalendar(clock: .amsterdam, adding: addedHolidays, removing: removedHolidays)
    }
}
