import Foundation
import Testing
import TestSupport
import Yams

/// The GitHub Actions workflows (the project's and the README's for an incidents-only
/// repository) are valid YAML, run the checks on every push and pull request, deploy
/// only from main, and name only actions known to exist. Their `run:` steps are
/// executed by `Tests/Workflow/run_workflow.py`, which `make test` runs.
struct WorkflowTests {
    /// Actions and major versions whose repositories and tags were looked up when the
    /// workflow was written (github.com/actions/…); a new one must be checked and added.
    static let knownActions: Set<String> = [
        "actions/checkout@v4", "actions/cache@v4", "actions/configure-pages@v5", "actions/upload-pages-artifact@v3",
        "actions/deploy-pages@v4", "actions/upload-artifact@v4", "actions/download-artifact@v4",
    ]

    enum Source: String, CaseIterable {
        case project, readme
    }

    static func workflow(_ source: Source = .project) throws -> [String: Any] {
        let root = Fixtures.repositoryRoot()
        let text: String
        switch source {
        case .project:
            text = try String(contentsOf: root.appendingPathComponent(".github/workflows/status-page.yml"), encoding: .utf8)
        case .readme:
            let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
            let marker = try #require(readme.range(of: "<!-- workflow: incidents-only -->\n```yaml\n"))
            let end = try #require(readme.range(of: "\n```", range: marker.upperBound..<readme.endIndex))
            text = String(readme[marker.upperBound..<end.lowerBound])
        }
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    @Test(arguments: Source.allCases)
    func namesOnlyKnownActions(source: Source) throws {
        let jobs = try #require(try Self.workflow(source)["jobs"] as? [String: [String: Any]])
        let uses = jobs.values.flatMap { ($0["steps"] as? [[String: Any]] ?? []).compactMap { $0["uses"] as? String } }
        #expect(!uses.isEmpty)
        #expect(Set(uses).isSubset(of: Self.knownActions), "unknown actions: \(Set(uses).subtracting(Self.knownActions))")
    }

    @Test(arguments: Source.allCases)
    func checksEveryPushAndPullRequestAndDeploysOnlyFromMain(source: Source) throws {
        let workflow = try Self.workflow(source)
        // YAML 1.1 reads the key `on` as true; Yams follows it.
        let triggers = try #require((workflow["on"] ?? workflow["true"]) as? [String: Any])
        #expect(triggers.keys.contains("push") && triggers.keys.contains("pull_request"))
        let jobs = try #require(workflow["jobs"] as? [String: [String: Any]])
        let checkSteps = (jobs["check"]?["steps"] as? [[String: Any]] ?? []).compactMap { $0["run"] as? String }
        #expect(checkSteps.contains { $0.contains("storingen check") })
        #expect(checkSteps.contains("bash .ci/run") == (source == .project), "the project's workflow runs its tests")
        #expect((jobs["build"]?["if"] as? String)?.contains("refs/heads/main") == true)
        #expect(jobs["deploy"]?["needs"] as? String == "build")
        #expect(jobs["notify"]?["needs"] as? String == "deploy", "notify sends once the site is live")
        let notifySteps = (jobs["notify"]?["steps"] as? [[String: Any]] ?? []).compactMap { $0["run"] as? String }
        #expect(notifySteps.contains { $0.contains("storingen notify") && $0.contains("--previous notify/previous-site") })
        let permissions = try #require(jobs["deploy"]?["permissions"] as? [String: String])
        #expect(permissions == ["pages": "write", "id-token": "write"])
        let caches = jobs.values.flatMap { ($0["steps"] as? [[String: Any]] ?? []).filter { ($0["uses"] as? String)?.hasPrefix("actions/cache") == true } }
        #expect(caches.count == 2, "the check and build jobs restore the compiled tool")
    }
}
