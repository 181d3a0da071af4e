import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// What `storingen serve` costs while someone edits: started once on the corpus, then per
/// run one incident file is saved with new text, and the bench measures the rebuild the
/// server reports (`rebuilt in X s`) and the time from saving the file to the incident's
/// page being served with the new text (watching, rebuilding and serving included).
struct ServeRuns {
    /// Which moment the server describes.
    enum Clock {
        /// `--as-of`, the corpus's reference time: every save is measured at one moment.
        case pinned
        /// Now, as an operator runs it; each save waits for a new minute first, since an
        /// operator's saves are minutes apart and a new minute is a new build time on
        /// every page and a new end of every ongoing window. Each run saves three times:
        /// as a minute starts (when the server puts that minute's files, made ahead, in
        /// place), `intoMinute` later in the next minute (where an operator's save usually
        /// lands), and `beforeMinute` before the minute after (when the server has made
        /// that minute ahead, and the save throws it away). A minute without a save then
        /// passes, so the next run's first save meets a minute made ahead undisturbed.
        case newMinute
    }

    /// How far into a minute the "within a minute" save of a `newMinute` run lands.
    static let intoMinute: Duration = .seconds(10)
    /// How long before a minute the "before a minute" save of a `newMinute` run lands.
    static let beforeMinute: Duration = .milliseconds(500)

    let tool: StoringenTool
    let workspace: BenchWorkspace
    let edit: CorpusEdit
    let runs: Int
    var clock: Clock = .pinned

    struct Result {
        var firstBuild = MeasuredRuns()
        /// The saves: for `newMinute`, those `intoMinute` into a minute.
        var saves = Saves()
        /// For `newMinute`: the saves as a minute starts.
        var savesAsMinuteStarts: Saves?
        /// For `newMinute`: the saves `beforeMinute` before a minute starts.
        var savesBeforeMinute: Saves?
        /// For `pinned`: requests made while new settings make every page again.
        var readsDuringNewSettings: Reads?
        /// The server's peak resident set over the saves (`VmHWM`).
        var peakRSSBytes: Int?
    }

    /// The home page asked for every `readInterval` while the server rebuilt the whole
    /// site: the rebuild it reported, and the wait of each answer that came during it.
    struct Reads {
        var rebuildSeconds: Double
        var answers = MeasuredRuns()
        /// The server's peak resident set over the session, the new settings' render included.
        var peakRSSBytes: Int?
        var slowestSeconds: Double { answers.wallSeconds.max() ?? 0 }
    }

    static let readInterval: Duration = .milliseconds(50)

    /// The longest wait for the server to start or for one edit to be served.
    static let timeout: Duration = .seconds(600)

    func measure() throws -> Result {
        let server = try Server(tool: tool, workspace: workspace, clock: clock)
        defer { server.stop() }
        var result = Result()
        result.firstBuild.wallSeconds.append(server.startSeconds)
        let page = server.url + "incidents/" + ((edit.path as NSString).lastPathComponent as NSString).deletingPathExtension + "/"
        guard Self.get(page).status == 200 else {
            throw BenchError.unusableInput("serve does not answer \(page) for \(edit.path)")
        }
        let original = try String(contentsOfFile: edit.path, encoding: .utf8)
        defer { try? original.write(toFile: edit.path, atomically: false, encoding: .utf8) }
        for run in 0..<runs {
            switch clock {
            case .pinned:
                try save(run: run, original: original, page: page, server: server, into: &result.saves)
            case .newMinute:
                Self.waitForNextMinute()
                var atStart = result.savesAsMinuteStarts ?? Saves()
                try save(run: 3 * run, original: original, page: page, server: server, into: &atStart)
                result.savesAsMinuteStarts = atStart
                Self.waitForNextMinute()
                usleep(UInt32(Self.intoMinute.components.seconds * 1_000_000))
                try save(run: 3 * run + 1, original: original, page: page, server: server, into: &result.saves)
                Self.waitForNextMinute(lessBy: Self.beforeMinute)
                var before = result.savesBeforeMinute ?? Saves()
                try save(run: 3 * run + 2, original: original, page: page, server: server, into: &before)
                result.savesBeforeMinute = before
                Self.waitForNextMinute()
            }
        }
        result.peakRSSBytes = server.peakRSSBytes()
        if clock == .pinned {
            result.readsDuringNewSettings = try readDuringNewSettings(server: server)
            result.readsDuringNewSettings?.peakRSSBytes = server.peakRSSBytes()
        }
        return result
    }

    /// Gives the site a new title, which every page shows, and asks for the home page every
    /// `readInterval` until the server reports the rebuild: a reader of the preview should
    /// get the site in place meanwhile, not wait for the new one. `site.yml` is put back.
    private func readDuringNewSettings(server: Server) throws -> Reads {
        let path = workspace.site + "/site.yml"
        let original = try? String(contentsOfFile: path, encoding: .utf8)
        defer {
            if let original { try? original.write(toFile: path, atomically: false, encoding: .utf8) } else { unlink(path) }
        }
        let lines = (original ?? "").split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("title:") }
        let settings = (lines + ["title: Storingen, opnieuw gebouwd door storingen-bench"]).joined(separator: "\n") + "\n"
        let reportsBefore = server.rebuildReports().count
        let start = ContinuousClock.now
        try settings.write(toFile: path, atomically: false, encoding: .utf8)
        var answers = MeasuredRuns()
        while server.rebuildReports().count == reportsBefore {
            guard ContinuousClock.now - start < Self.timeout else {
                throw BenchError.unusableInput("serve did not rebuild after a change of \(path) within \(Self.timeout)")
            }
            let asked = ContinuousClock.now
            guard Self.get(server.url).status == 200 else { throw BenchError.unusableInput("serve did not answer \(server.url)") }
            // An answer counts once it came during the rebuild, that is before its report.
            if server.rebuildReports().count == reportsBefore { answers.wallSeconds.append((ContinuousClock.now - asked).seconds) }
            usleep(UInt32(Self.readInterval / .microseconds(1)))
        }
        return Reads(rebuildSeconds: server.rebuildReports().dropFirst(reportsBefore).first ?? 0, answers: answers)
    }

    /// One save's rebuild as the server reported it, and the wait until its page showed it.
    struct Saves {
        var rebuild = MeasuredRuns()
        var served = MeasuredRuns()
    }

    /// Saves the edit of `run`, waits until the incident's page shows it, and records both times.
    private func save(run: Int, original: String, page: String, server: Server, into saves: inout Saves) throws {
        let reportsBefore = server.rebuildReports().count
        let marker = edit.marker(run: run)
        let start = ContinuousClock.now
        try edit.editedText(original: original, run: run).write(toFile: edit.path, atomically: false, encoding: .utf8)
        while !Self.get(page).body.contains(marker) {
            guard ContinuousClock.now - start < Self.timeout else {
                throw BenchError.unusableInput("serve did not show the edit of \(edit.path) within \(Self.timeout)")
            }
            usleep(2_000)
        }
        saves.served.wallSeconds.append((ContinuousClock.now - start).seconds)
        // The rebuild that served the edit reported before the page changed.
        if let rebuilt = server.rebuildReports().dropFirst(reportsBefore).last {
            saves.rebuild.wallSeconds.append(rebuilt)
        }
        usleep(300_000)
    }

    /// Returns within 10 ms of the next minute's start, less `early`.
    private static func waitForNextMinute(lessBy early: Duration = .zero) {
        let now = Date().timeIntervalSince1970
        let next = (now / 60).rounded(.down) * 60 + 60 - early / .seconds(1)
        usleep(UInt32((next - now) * 1_000_000))
        while Date().timeIntervalSince1970 < next { usleep(1_000) }
    }

    /// One GET on the loopback interface; status 0 when it failed.
    static func get(_ url: String) -> (status: Int, body: String) {
        final class Answer: @unchecked Sendable {
            var value: (status: Int, body: String) = (0, "")
        }
        let answer = Answer()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: URL(string: url)!) { data, response, _ in
            answer.value = ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        done.wait()
        return answer.value
    }
}

/// `storingen serve --port 0` on the workspace, with what it prints collected as it comes.
private final class Server: @unchecked Sendable {
    private let process = Process()
    private let errorLines = LineLog()
    let url: String
    let startSeconds: Double

    init(tool: StoringenTool, workspace: BenchWorkspace, clock: ServeRuns.Clock) throws {
        process.executableURL = URL(fileURLWithPath: tool.executable)
        process.arguments = ["serve", "--port", "0", "--incidents", workspace.incidents, "--site", workspace.site]
            + (clock == .pinned ? ["--as-of", BenchOperation.asOf] : [])
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let start = ContinuousClock.now
        try process.run()
        let log = errorLines
        Thread.detachNewThread {
            for line in Self.lines(of: errors.fileHandleForReading) { log.append(line) }
        }
        let first = Self.lines(of: output.fileHandleForReading).first { $0.hasPrefix("serving ") } ?? ""
        startSeconds = (ContinuousClock.now - start).seconds
        guard let address = first.split(separator: " ").dropFirst().first, address.hasPrefix("http://") else {
            process.terminate()
            throw BenchError.unusableInput("storingen serve did not start: \(first)")
        }
        url = String(address)
    }

    /// The seconds of every `rebuilt in X s` line so far.
    func rebuildReports() -> [Double] {
        errorLines.lines.compactMap { line in
            guard line.hasPrefix("rebuilt in ") else { return nil }
            return Double(line.dropFirst("rebuilt in ".count).prefix { $0 != " " })
        }
    }

    /// `VmHWM` of the server, from `/proc`.
    func peakRSSBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1024
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// Lines as they arrive, until the pipe closes.
    private static func lines(of handle: FileHandle) -> AnyIterator<String> {
        var pending = Data()
        return AnyIterator {
            while true {
                if let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...newline)
                    return line
                }
                let chunk = handle.availableData
                if chunk.isEmpty { return nil }
                pending.append(chunk)
            }
        }
    }
}

/// Lines one thread appends while another reads them.
private final class LineLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
