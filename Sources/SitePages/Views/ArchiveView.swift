/// `archive.mustache`: one page of all incidents, newest first, grouped by month.
struct ArchiveView: FieldedView {
    var heading: String
    var months: [MonthView]
    /// Shown when there are no incidents at all.
    var emptyText: String
    var pagination: PaginationView?

    static let fieldsName = "`archive`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("months") { $0.months },
        .field("hasIncidents") { !$0.months.isEmpty },
        .field("emptyText") { $0.emptyText },
        .field("pagination") { $0.pagination },
    ])
}

/// The incidents of one month on an archive page, under "december 2023".
struct MonthView: FieldedView {
    var monthHeading: String
    var rows: [IncidentRowView]

    static let fieldsName = "month"
    static let fields = TemplateFields<Self>([
        .field("monthHeading") { $0.monthHeading },
        .field("rows") { $0.rows },
    ])
}

/// Links to the newer and older archive pages, and where this one is.
struct PaginationView: FieldedView {
    var label: String
    var newer: LinkView?
    var older: LinkView?
    var position: String

    static let fieldsName = "pagination"
    static let fields = TemplateFields<Self>([
        .field("paginationLabel") { $0.label },
        .field("newer") { $0.newer },
        .field("older") { $0.older },
        .field("position") { $0.position },
    ])
}
