import ArgumentParser
import Foundation
import IncidentAuthoring
import IncidentModel
import IncidentParsing
import Pipeline

/// `storingen update`: add a timestamped update to an incident without touching the rest.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Add an update to an incident, in the file's own order, and print the file's path.",
        discussion: "The message comes from MESSAGE, else --file, else standard input. `--status resolved` closes the impact window.")

    @Argument(help: "The incident: its id (file name without .md, or its slug) or its path.")
    var incident: String

    @Option(name: .long, help: "Status, Dutch or English: Onderzoek, Oorzaak gevonden, Monitoren, Opgelost, Update, Gepland, Bezig, Controleren, Afgerond…")
    var status: String

    @Argument(help: "The update's text (Markdown).")
    var message: String?

    @Option(name: .long, help: "Read the message from this file.")
    var file: String?

    @Option(name: .long, help: "When the update was posted (default: now), e.g. '2023-12-19 09:00'.")
    var at: String?

    @Option(name: .long, help: "The incidents folder.")
    var incidents = "incidents"

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let status = try AuthoringArguments.status(status)
        let instant = try AuthoringArguments.postedAt(at)
        let text = try messageText()
        guard let settings = site.loadOrReport(incidents: incidents) else { throw ExitCode(ExitStatus.badInput) }
        let author = IncidentAuthor(incidentsDirectory: incidents, context: ProjectLoader.context(settings))
        do {
            print(try await author.addUpdate(to: incident, status: status, message: text, at: instant))
        } catch let error as AuthoringError {
            throw AuthoringArguments.fail(error)
        }
    }

    private func messageText() throws -> String {
        if let message { return message }
        if let file {
            // A FileHandle also reads non-regular files such as `<(…)` and /dev/stdin.
            guard let handle = FileHandle(forReadingAtPath: file) else { throw ValidationError("cannot read --file \(file)") }
            defer { try? handle.close() }
            return String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        }
        guard isatty(STDIN_FILENO) == 0 else { return "" }
        return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
