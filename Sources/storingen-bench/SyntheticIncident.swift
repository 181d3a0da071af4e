/// A status in a synthetic incident's plan; the generator picks a written word for it.
enum SyntheticStatus: Equatable {
    case investigating, identified, monitoring, resolved, update
    case scheduled, inProgress, verifying, completed
}

/// One update as it will be written: when, with which status word and heading style, and its text.
struct SyntheticUpdate {
    var status: SyntheticStatus
    var time: LocalMinute
    var word: String
    var paragraphs: [String]
    var style: TimestampStyle
    var separator: String
    var lowercaseWord: Bool
}

/// An incident of the synthetic corpus, with every presentation choice already drawn,
/// so rendering it is a pure function.
struct SyntheticIncident {
    var id: String
    var title: String
    var services: [String]
    var impact: String
    var isMaintenance: Bool
    var scheduled: (start: LocalMinute, end: LocalMinute)?
    var summary: String?
    /// Oldest first.
    var updates: [SyntheticUpdate]
    var writesOpened: Bool
    var newestFirst: Bool
    /// The style for updates that must carry a year (when `opened:` is absent).
    var fallbackStyle: TimestampStyle

    /// The year folder the file goes in: the year of its first update.
    var year: Int { updates[0].time.date.year }
}
