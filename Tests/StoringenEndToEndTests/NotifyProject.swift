import Foundation
import TestSupport

/// A copy of the repository's incidents and site.yml in a temporary folder, with a
/// `notify:` section of the test's own, where a test publishes, updates and notifies.
struct NotifyProject {
    let root: URL

    init(notify: String) throws {
        root = try Fixtures.temporaryDirectory("notify")
        let repository = Fixtures.repositoryRoot()
        try FileManager.default.copyItem(at: repository.appendingPathComponent("incidents"), to: root.appendingPathComponent("incidents"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("site"), withIntermediateDirectories: true)
        let siteFile = try String(contentsOf: repository.appendingPathComponent("site/site.yml"), encoding: .utf8)
        try (siteFile + "\nnotify:\n" + notify).write(to: root.appendingPathComponent("site/site.yml"), atomically: true, encoding: .utf8)
    }

    /// The incident the tests update: open since 18 November 2026, service `offers`.
    static let incident = "2026-11-18-voorraad-wijzigingen-vertraagd"
    static let title = "Vertraging bij verwerken van voorraadwijzigingen"
    /// The idempotency key of the update `addUpdate()` writes.
    static let newKey = "2026-11-18-voorraad-wijzigingen-vertraagd@2026-11-23T13:00:00+01:00"

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Output {
        try CLI.run(arguments, in: root, environment: environment)
    }

    /// Builds the site into `folder` as it stood at 23 November 2026 `time`.
    func publish(to folder: String, at time: String = "12:00") throws {
        let built = try run(["build", "--as-of", "2026-11-23 \(time)", "--output", folder])
        guard built.status == 0 else { throw ReceiverError(message: "build failed: \(built.standardError)") }
    }

    /// Resolves the incident at 13:00 with a text whose lines test dot-stuffing.
    func addUpdate() throws {
        let message = "Alle wijzigingen zijn weer **binnen een paar minuten** zichtbaar.\n\n.\n\n.Een regel die met een punt begint."
        let updated = try run(["update", Self.incident, "--status", "Opgelost", message, "--at", "2026-11-23 13:00"])
        guard updated.status == 0 else { throw ReceiverError(message: "update failed: \(updated.standardError)") }
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
