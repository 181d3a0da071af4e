import ArgumentParser
import Foundation
import IncidentModel
import SitePreview

/// `storingen serve`: preview the site while editing incidents.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site on 127.0.0.1 and rebuild it when a file under incidents/ or site/ changes.",
        discussion: "Without --as-of the preview describes now, and moves on to each minute as it starts. While a file has errors the preview shows them instead of the site. Stop with Ctrl-C.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var reference: ReferenceTimeOption

    @Option(name: .long, help: "Port on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8080

    func run() async throws {
        let scratch = PreviewFolder.scratch()
        PreviewFolder.removeAbandoned(besides: scratch)
        let output = scratch.appendingPathComponent("public").path
        // Stopping the preview is the normal way out of it, so it removes its build folder.
        let stopHandlers = [SIGINT, SIGTERM].map { Self.onSignal($0) { try? FileManager.default.removeItem(at: scratch) } }
        defer { stopHandlers.forEach { $0.cancel() } }
        let site = PreviewSite(incidentsDirectory: project.incidents, siteDirectory: project.site, outputDirectory: output)
        let reference = self.reference
        try await PreviewServer(site: site, port: port).run(
            moment: { date in (try? reference.resolve(at: date)) ?? Moment(date) },
            momentEnds: reference.followsTheClock ? ReferenceTime.end(of:) : nil,
            ready: { url in
                // Written unbuffered, so scripts waiting for the URL see it at once.
                FileHandle.standardOutput.write(Data("serving \(url) (built in \(output)); Ctrl-C stops\n".utf8))
            },
            rebuilt: { refresh in
                // A new minute that changed only what depends on the moment is no news.
                guard !refresh.followedTheClock || refresh.errors > 0 else { return }
                let summary = refresh.errors > 0
                    ? "\(refresh.errors) error\(refresh.errors == 1 ? "" : "s"): showing them instead of the site"
                    : "rebuilt in \(Self.seconds(refresh.elapsed)): \(refresh.reparsed.count) file\(refresh.reparsed.count == 1 ? "" : "s") parsed, \(refresh.changedFiles.count) page\(refresh.changedFiles.count == 1 ? "" : "s") changed"
                FileHandle.standardError.write(Data((summary + "\n").utf8))
            })
    }

    /// Runs `cleanUp` and exits 0 when `signal` arrives, instead of dying mid-write.
    private static func onSignal(_ signal: Int32, cleanUp: @escaping @Sendable () -> Void) -> DispatchSourceSignal {
        Foundation.signal(signal, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
        source.setEventHandler {
            cleanUp()
            Foundation.exit(0)
        }
        source.resume()
        return source
    }

    private static func seconds(_ duration: Duration) -> String {
        let components = duration.components
        return String(format: "%.3f s", Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }
}
