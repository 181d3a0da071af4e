import IncidentModel

/// The one wording of "this service is not in the catalogue", wherever a service key is
/// read (front matter, `site.yml`, notify targets, `storingen new`), so an operator
/// meets the same sentence, with a suggestion for a typo, everywhere.
public enum UnknownService {
    public static func message(_ key: String, known: [ServiceKey]) -> String {
        let names = known.map(\.rawValue)
        var message = "unknown service `\(key)`"
        if let suggestion = YAMLReader.closest(to: key, among: names) { message += "; did you mean `\(suggestion)`?" }
        return message + (message.hasSuffix("?") ? " " : "; ") + "known services: " + names.joined(separator: ", ")
    }
}
