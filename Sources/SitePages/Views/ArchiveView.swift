/// `archive.mustache`: one page of all incidents, newest first, grouped by month.
struct ArchiveView: TemplateView {
    var heading: String
    var months: [MonthView]
    /// Shown when there are no incidents at all.
    var emptyText: String
    var pagination: PaginationView?

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "months": months
        case "hasIncidents": !months.isEmpty
        case "emptyText": emptyText
        case "pagination": pagination
        default: nil
        }
    }
}

/// The incidents of one month on an archive page, under "december 2023".
struct MonthView: TemplateView {
    var monthHeading: String
    var rows: [IncidentRowView]

    func child(named name: String) -> Any? {
        switch name {
        case "monthHeading": monthHeading
        case "rows": rows
        default: nil
        }
    }
}

/// Links to the newer and older archive pages, and where this one is.
struct PaginationView: TemplateView {
    var label: String
    var newer: LinkView?
    var older: LinkView?
    var position: String

    func child(named name: String) -> Any? {
        switch name {
        case "paginationLabel": label
        case "newer": newer
        case "older": older
        case "position": position
        default: nil
        }
    }
}
