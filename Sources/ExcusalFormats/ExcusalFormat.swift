import IncidentModel
import OutputEncoding
import ServiceNorms

/// The output formats of excused windows, declared as data (name, media type, file
/// extension) so the CLI's `--format` and the site generator choose among the same four.
public enum ExcusalFormat: String, Sendable, CaseIterable {
    case text
    case json
    case csv
    case ics

    /// The media type a web server should send the file with.
    public var mediaType: MediaType {
        switch self {
        case .text: .text
        case .json: .json
        case .csv: .csv
        case .ics: .calendar
        }
    }

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .csv: "csv"
        case .ics: "ics"
        }
    }

    /// The whole report in this format; `baseURL` is the site's, for the JSON's `$schema`.
    public func render(_ report: ExcusalReport, baseURL: String, language: Language = .nl) -> String {
        switch self {
        case .text: ExcusalTextRenderer.render(report, language: language)
        case .json: ExcusalJSONRenderer.render(report, schema: JSONSchema.excused.url(baseURL: baseURL), language: language)
        case .csv: ExcusalCSVRenderer.render(report)
        case .ics: ExcusalICalendarRenderer.calendar(for: report, language: language)
        }
    }
}
