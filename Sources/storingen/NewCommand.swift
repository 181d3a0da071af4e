import ArgumentParser
import Foundation
import IncidentAuthoring
import IncidentModel
import IncidentParsing
import Pipeline

/// `storingen new`: start an incident file in seconds, during an outage.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create incidents/YYYY/YYYY-MM-DD-<slug>.md with front matter and a first update, and print its path.")

    @Argument(help: "The incident's title, e.g. \"Storing verwerken nieuwe bestellingen\".")
    var title: String

    @Option(name: .long, help: "Affected services, comma-separated keys, e.g. orders,cancellations.")
    var services: String

    @Option(name: .long, help: "none, minor, major or critical.")
    var impact: Impact = .major

    @Option(name: .long, help: "incident or maintenance.")
    var kind: IncidentKind = .incident

    @Option(name: .long, help: "First status (default Onderzoek; Gepland for maintenance), Dutch or English.")
    var status: String?

    @Option(name: .long, help: "Maintenance window, e.g. \"2025-06-10 22:00 .. 2025-06-11 02:00\".")
    var scheduled: String?

    @Option(name: .long, help: "When the incident opened (default: now), e.g. '2023-12-13 12:23'.")
    var at: String?

    @Option(name: .long, help: "Text of the first update (Markdown).")
    var message: String = ""

    @Option(name: .customLong("lang"), help: "nl or en: the language of the incident's status words.")
    var language: Language = .nl

    @Option(name: .long, help: "The incidents folder.")
    var incidents = "incidents"

    @OptionGroup var site: SiteOptions

    func run() throws {
        guard let settings = site.loadOrReport(incidents: incidents) else { throw ExitCode(ExitStatus.badInput) }
        let instant = try AuthoringArguments.postedAt(at)
        let draft = IncidentDraft(
            title: title,
            services: services.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            impact: impact, kind: kind, status: try status.map(AuthoringArguments.status), scheduled: scheduled,
            message: message, at: instant, language: language)
        let author = IncidentAuthor(incidentsDirectory: incidents, context: ProjectLoader.context(settings))
        do {
            print(try author.create(draft))
        } catch let error as AuthoringError {
            throw AuthoringArguments.fail(error)
        }
    }
}

extension Impact: ExpressibleByArgument {}
extension IncidentKind: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
