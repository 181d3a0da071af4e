import Foundation
import Testing
import TestSupport
import Yams

/// The GitHub Actions workflow is valid YAML, runs the checks on every push and pull
/// request, deploys only from main, and names only actions known to exist.
struct WorkflowTests {
    /// Actions and major versions whose repositories and tags were looked up when the
    /// workflow was written (github.com/actions/…); a new one must be checked and added.
    static let knownActions: Set<String> = [
        "actions/checkout@v4", "actions/configure-pages@v5", "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4",
    ]

    static func workflow() throws -> [String: Any] {
        let url = Fixtures.repositoryRoot().appendingPathComponent(".github/workflows/status-page.yml")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    @Test func namesOnlyKnownActions() throws {
        let jobs = try #require(try Self.workflow()["jobs"] as? [String: [String: Any]])
        let uses = jobs.values.flatMap { ($0["steps"] as? [[String: Any]] ?? []).compactMap { $0["uses"] as? String } }
        #expect(!uses.isEmpty)
        #expect(Set(uses).isSubset(of: Self.knownActions), "unknown actions: \(Set(uses).subtracting(Self.knownActions))")
    }

    @Test func checksEveryPushAndPullRequestAndDeploysOnlyFromMain() throws {
        let workflow = try Self.workflow()
        // YAML 1.1 reads the key `on` as true; Yams follows it.
        let triggers = try #require((workflow["on"] ?? workflow["true"]) as? [String: Any])
        #expect(triggers.keys.contains("push") && triggers.keys.contains("pull_request"))
        let jobs = try #require(workflow["jobs"] as? [String: [String: Any]])
        let checkSteps = (jobs["check"]?["steps"] as? [[String: Any]] ?? []).compactMap { $0["run"] as? String }
        #expect(checkSteps.contains { $0.contains("storingen check") })
        #expect(checkSteps.contains("make test"))
        #expect((jobs["build"]?["if"] as? String)?.contains("refs/heads/main") == true)
        #expect(jobs["deploy"]?["needs"] as? String == "build")
        let permissions = try #require(jobs["deploy"]?["permissions"] as? [String: String])
        #expect(permissions == ["pages": "write", "id-token": "write"])
    }
}
