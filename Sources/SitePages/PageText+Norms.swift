import IncidentModel
import ServiceNorms
import SiteContent

/// The words of the norm pages: years, periods and the sentence a seller cites.
extension PageText {
    static let years = LocalizedText(nl: "Per jaar", en: "By year")

    /// Before the incidents of a busy window whose steps the page leaves out.
    static func alsoInWindow(_ count: Int, in language: Language) -> String {
        switch language {
        case .nl: "Ook in dit venster (\(count) \(count == 1 ? "storing" : "storingen"), stappen niet uitgeschreven): "
        case .en: "Also in this window (\(count) \(count == 1 ? "incident" : "incidents"), steps not written out): "
        }
    }
    static let year = LocalizedText(nl: "Jaar", en: "Year")
    static let windowCount = LocalizedText(nl: "Uitgezonderde periodes", en: "Excused windows")
    static let latestWindows = LocalizedText(nl: "Laatste uitgezonderde periodes", en: "Latest excused windows")
    static let periods = LocalizedText(nl: "Beoordelingsperiodes", en: "Evaluation periods")
    static let newerWindows = LocalizedText(nl: "Latere periodes", en: "Later windows")
    static let olderWindows = LocalizedText(nl: "Eerdere periodes", en: "Earlier windows")
    static let periodStart = LocalizedText(nl: "Begin", en: "Start")
    static let periodEnd = LocalizedText(nl: "Einde", en: "End")

    /// "12 uitgezonderde periodes, samen 3 dagen 4 uur" / "no excused windows yet".
    static func totals(windows: Int, duration: String, in language: Language) -> String {
        switch (windows, language) {
        case (0, _): noExcusedWindows[language]
        case (1, .nl): "1 uitgezonderde periode, \(duration)"
        case (_, .nl): "\(windows) uitgezonderde periodes, samen \(duration)"
        case (1, .en): "1 excused window, \(duration)"
        case (_, .en): "\(windows) excused windows, \(duration) in all"
        }
    }

    /// "en nog 3402 storingen (zie de periodes)" / "and 3402 more incidents (see the periods)".
    static func moreIncidents(_ count: Int, in language: Language) -> String {
        language == .nl
            ? "en nog \(count) \(count == 1 ? "storing" : "storingen") (zie de periodes)"
            : "and \(count) more \(count == 1 ? "incident" : "incidents") (see the periods)"
    }

    /// What an incident page leaves to the norm's pages.
    static func earlierWindows(_ windows: Int, periods: Int, in language: Language) -> String {
        language == .nl
            ? "En nog \(windows) eerdere uitgezonderde periodes in \(periods) beoordelingsperiodes: zie de pagina van de norm."
            : "And \(windows) earlier excused windows in \(periods) evaluation periods: see the norm's page."
    }

    /// "week 51 van 2023" / "week 51 of 2023", "maart 2024" / "March 2024".
    static func periodName(_ label: String, in language: Language) -> String {
        let parts = label.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]) else { return label }
        if parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) {
            return language == .nl ? "week \(week) van \(year)" : "week \(week) of \(year)"
        }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return label }
        return SiteDateFormatter(language: language).month(year: year, month: month)
    }

    /// "Op tijd leveren in 2023".
    static func normYear(_ norm: String, year: Int, in language: Language) -> String {
        "\(norm) in \(year)"
    }

    /// "Op tijd leveren – week 51 van 2023".
    static func normPeriod(_ norm: String, period: String, in language: Language) -> String {
        "\(norm) – \(periodName(period, in: language))"
    }

    /// The sentence a seller can quote for one period of a norm, stable for the same
    /// input; its times stay `<time>` elements.
    static func periodStatement(
        norm: String, period: String, from: TimeView, until: TimeView, excused: String,
        windows: [(from: TimeView, until: TimeView?)], incidents: [String], in language: Language
    ) -> [StatementPart] {
        let name = periodName(period, in: language)
        var parts: [StatementPart] = [.text("In \(name) (")]
        parts += [.time(from), .text(language == .nl ? " tot " : " to "), .time(until)]
        parts.append(.text(language == .nl ? ", Nederlandse tijd) telt \(norm) \(excused) niet mee: " : ", Dutch time), \(norm) does not count for \(excused): "))
        for (offset, window) in windows.enumerated() {
            if offset > 0 { parts.append(.text(offset == windows.count - 1 ? (language == .nl ? " en " : " and ") : ", ")) }
            parts += [.text(language == .nl ? "van " : "from "), .time(window.from)]
            if let until = window.until {
                parts += [.text(language == .nl ? " tot " : " to "), .time(until)]
            } else {
                parts.append(.text(language == .nl ? " tot nu (loopt nog)" : " until now (ongoing)"))
            }
        }
        let causes = list(incidents.map { "“\($0)”" }, in: language)
        switch language {
        case .nl: parts.append(.text(", vanwege \(incidents.count == 1 ? "de storing" : "de storingen") \(causes)."))
        case .en: parts.append(.text(", because of \(incidents.count == 1 ? "the incident" : "the incidents") \(causes)."))
        }
        return parts
    }
}
