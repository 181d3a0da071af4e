import Foundation
import Testing
import TestSupport
import Yams

/// The GitHub Actions workflows (the project's and the one docs/ci-and-publishing.md gives
/// for an incidents-only repository) are valid YAML, check every push and pull request,
/// publish only from main without waiting for the test suite, and name only actions known
/// to exist. Their steps, and those of `action.yml`, are executed by
/// `Tests/Workflow/check_workflows.py`, which `make test` runs.
struct WorkflowTests {
    /// Actions and major versions whose repositories and tags were looked up when the
    /// workflow was written (github.com/actions/…); a new one must be checked and added.
    /// `./` and `OWNER/storingen@main` are this repository's own action.
    static let knownActions: Set<String> = [
        "actions/checkout@v4", "actions/cache@v4", "actions/configure-pages@v5", "actions/upload-pages-artifact@v3",
        "actions/deploy-pages@v4", "actions/upload-artifact@v4", "actions/download-artifact@v4",
        "./", "OWNER/storingen@main",
    ]

    enum Source: String, CaseIterable {
        case project, docs
    }

    static func yaml(_ path: String) throws -> [String: Any] {
        let text = try String(contentsOf: Fixtures.repositoryRoot().appendingPathComponent(path), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    static func workflow(_ source: Source = .project) throws -> [String: Any] {
        switch source {
        case .project:
            return try yaml(".github/workflows/status-page.yml")
        case .docs:
            let page = try String(contentsOf: Fixtures.repositoryRoot().appendingPathComponent("docs/ci-and-publishing.md"), encoding: .utf8)
            let marker = try #require(page.range(of: "<!-- workflow: incidents-only -->\n```yaml\n"))
            let end = try #require(page.range(of: "\n```", range: marker.upperBound..<page.endIndex))
            return try #require(try Yams.load(yaml: String(page[marker.upperBound..<end.lowerBound])) as? [String: Any])
        }
    }

    static func jobs(_ workflow: [String: Any]) throws -> [String: [String: Any]] {
        try #require(workflow["jobs"] as? [String: [String: Any]])
    }

    static func steps(_ job: [String: Any]?) -> [[String: Any]] {
        job?["steps"] as? [[String: Any]] ?? []
    }

    /// YAML 1.1 reads the key `on` as true; Yams follows it.
    static func triggers(_ workflow: [String: Any]) throws -> [String: Any] {
        try #require((workflow["on"] ?? workflow["true"]) as? [String: Any])
    }

    @Test(arguments: Source.allCases)
    func namesOnlyKnownActions(source: Source) throws {
        let uses = try Self.jobs(Self.workflow(source)).values.flatMap { Self.steps($0).compactMap { $0["uses"] as? String } }
        #expect(!uses.isEmpty)
        #expect(Set(uses).isSubset(of: Self.knownActions), "unknown actions: \(Set(uses).subtracting(Self.knownActions))")
    }

    @Test(arguments: Source.allCases)
    func publishingNeverWaitsForTheTestSuite(source: Source) throws {
        let workflow = try Self.workflow(source)
        let jobs = try Self.jobs(workflow)
        for (name, job) in jobs {
            let commands = Self.steps(job).compactMap { $0["run"] as? String }
            #expect(!commands.contains { $0.contains(".ci/run") || $0.contains("make test") }, "job \(name) runs the test suite")
            #expect(job["container"] == nil, "job \(name) pulls a container; the binary needs only ubuntu-latest")
        }
        // One job from checkout to the Pages upload: check, build, upload.
        let publish = Self.steps(jobs["publish"])
        let order = publish.map { ($0["run"] as? String) ?? ($0["uses"] as? String) ?? "" }
        let check = try #require(order.firstIndex { $0.contains("storingen check") || $0 == "OWNER/storingen@main" })
        let build = try #require(order.firstIndex { $0.contains("storingen build") })
        let upload = try #require(order.firstIndex { $0.hasPrefix("actions/upload-pages-artifact") })
        #expect(check < build && build < upload)
        #expect((jobs["publish"]?["if"] as? String)?.contains("refs/heads/main") == true)
        #expect((jobs["check"]?["if"] as? String)?.contains("pull_request") == true)
        #expect(jobs["deploy"]?["needs"] as? String == "publish")
        #expect(jobs["notify"]?["needs"] as? String == "deploy", "notify sends once the site is live")
        let notify = Self.steps(jobs["notify"]).compactMap { $0["run"] as? String }
        #expect(notify.contains { $0.contains("storingen notify") && $0.contains("--previous previous-site") })
        let permissions = try #require(jobs["deploy"]?["permissions"] as? [String: String])
        #expect(permissions == ["pages": "write", "id-token": "write"])
        let triggers = try Self.triggers(workflow)
        #expect(triggers.keys.contains("push") && triggers.keys.contains("pull_request") && triggers.keys.contains("schedule"))
    }

    @Test func theTestSuiteRunsOnlyWhenTheToolChanges() throws {
        let workflow = try Self.yaml(".github/workflows/tests.yml")
        let triggers = try Self.triggers(workflow)
        for event in ["push", "pull_request"] {
            let paths = try #require((triggers[event] as? [String: Any])?["paths"] as? [String])
            for tool in ["Package.swift", "Sources/**", "Tests/**", "Makefile", ".ci/**", ".github/**", "action.yml"] {
                #expect(paths.contains(tool), "\(event) misses \(tool)")
            }
            #expect(!paths.contains { $0.hasPrefix("incidents") || $0.hasPrefix("site") }, "an incident-only push runs no tests")
        }
        let commands = try Self.jobs(workflow).values.flatMap { Self.steps($0).compactMap { $0["run"] as? String } }
        #expect(commands == ["bash .ci/run"])
    }

    @Test func releasesAreBuiltForBothArchitecturesWithChecksums() throws {
        let workflow = try Self.yaml(".github/workflows/release.yml")
        let tags = try #require((try Self.triggers(workflow)["push"] as? [String: Any])?["tags"] as? [String])
        #expect(tags == ["v*"])
        let jobs = try Self.jobs(workflow)
        let matrix = try #require((jobs["dist"]?["strategy"] as? [String: Any])?["matrix"] as? [String: Any])
        #expect(matrix["runner"] as? [String] == ["ubuntu-24.04", "ubuntu-24.04-arm"])
        let dist = Self.steps(jobs["dist"]).compactMap { $0["run"] as? String }
        #expect(dist.contains { $0.contains("make dist VERSION=\"$GITHUB_REF_NAME\"") })
        let release = Self.steps(jobs["release"]).compactMap { $0["run"] as? String }
        #expect(release.contains { $0.contains("sha256sum storingen-linux-*.tar.xz > SHA256SUMS") })
        #expect(release.contains { $0.contains("gh release create") })
    }

    @Test func theActionChecksEveryDownloadAgainstTheReleaseChecksums() throws {
        let action = try Self.yaml("action.yml")
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        #expect(Set(inputs.keys) == ["version", "build-from-source", "args", "download-url"])
        #expect(inputs["version"]?["default"] as? String == "latest")
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let download = try #require(Self.steps(runs).first { $0["name"] as? String == "Download storingen" })
        let script = try #require(download["run"] as? String)
        #expect(script.contains("SHA256SUMS") && script.contains("sha256sum --check --strict"))
        #expect(!script.contains("apt-get"), "the release binary needs nothing from apt")
        // Inputs reach scripts through env:, never spliced into the script text.
        for step in Self.steps(runs) {
            #expect(!((step["run"] as? String) ?? "").contains("${{"), "\(step["name"] ?? "a step") splices an expression")
        }
    }
}
