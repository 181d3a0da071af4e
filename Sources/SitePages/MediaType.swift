/// The media types of the files pages link to for software (feeds, calendar, badge,
/// JSON), written as `type` on those links so readers know what they will get.
enum MediaType {
    static let atom = "application/atom+xml"
    static let rss = "application/rss+xml"
    static let calendar = "text/calendar"
    static let svg = "image/svg+xml"
    static let json = "application/json"
}
