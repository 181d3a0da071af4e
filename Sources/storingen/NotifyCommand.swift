import ArgumentParser
import Foundation
import NotificationDelivery
import Notifications
import SiteConfig

/// `storingen notify`: announce each update that is new since the previous publication,
/// once, to the targets in `site.yml` (webhooks, Slack, Teams, e-mail).
struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Send every update that is new since the previously published site to the notify: targets of site.yml.",
        discussion: """
            New: an update that the previous site's api/v2/incidents.json does not list (for an incident it does \
            not list at all: an update later than its page.updated_at). Without a previous site nothing is sent. \
            Exits 0 when every target got every message, 1 when any failed (the others are still tried), \
            2 on bad arguments or input errors.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var reference: ReferenceTimeOption

    @Option(name: .long, help: "A previously published site folder; its api/v2/incidents.json tells what was announced before.")
    var previous: String?

    @Option(name: .customLong("previous-url"), help: "The live site's URL (its api/v2/incidents.json; a 404 means no previous site).")
    var previousURL: String?

    @Flag(name: .customLong("dry-run"), help: "Print what would be sent, and send nothing.")
    var dryRun = false

    func validate() throws {
        if previous != nil, previousURL != nil { throw ValidationError("give --previous or --previous-url, not both") }
        if let previousURL {
            guard let url = URL(string: previousURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                throw ValidationError("--previous-url must be an absolute http(s) URL such as https://status.example.nl/")
            }
        }
    }

    func run() async throws {
        let moment = try reference.resolve()
        guard let loaded = await project.loadOrReport(at: moment, purpose: .query) else {
            throw ExitCode(ExitStatus.badInput)
        }
        guard let source = previous.map(PreviousSite.folder) ?? previousURL.map(PreviousSite.url) else {
            print("notify: no previous site given (--previous DIR or --previous-url URL): nothing sent")
            return
        }
        let publication: PreviousPublication?
        do {
            publication = try await PreviousSiteReader().read(source)
        } catch {
            switch error {
            case .unreadable(let reason):
                FileHandle.standardError.write(Data("error: notify: the previous site cannot be read: \(reason)\n".utf8))
                throw ExitCode(ExitStatus.badInput)
            case .unreachable(let reason):
                FileHandle.standardError.write(Data("error: notify: the previous site did not answer: \(reason)\n".utf8))
                throw ExitCode(ExitStatus.negative)
            }
        }
        guard let publication else {
            print("notify: no previous site at \(previous ?? previousURL ?? ""): nothing sent (a new site announces nothing)")
            return
        }
        let newUpdates = publication.newUpdates(in: loaded.incidents)
        let targets = loaded.configuration.notifyTargets
        let composer = MessageComposer(configuration: loaded.configuration, sentAt: moment.instant)
        if dryRun {
            for target in targets {
                for newUpdate in newUpdates where target.accepts(newUpdate.incident) {
                    print("would send \(newUpdate.idempotencyKey) to \(target.label): \(composer.headline(for: newUpdate, to: target))")
                }
            }
            print("notify: \(newUpdates.count) new update\(newUpdates.count == 1 ? "" : "s"), \(targets.count) target\(targets.count == 1 ? "" : "s"); dry run, nothing sent")
            return
        }
        let reports = await NotificationSender().deliver(newUpdates, to: targets, composer: composer)
        for report in reports {
            report.deliveredLines.forEach { print($0) }
            FileHandle.standardError.write(Data(report.failureLines.map { $0 + "\n" }.joined().utf8))
        }
        print(TargetReport.summary(newUpdates: newUpdates.count, reports: reports))
        if reports.contains(where: { !$0.succeeded }) { throw ExitCode(ExitStatus.negative) }
    }
}
