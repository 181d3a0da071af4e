import Foundation
import Notifications

/// Where the previously published site is: a folder (an earlier build, or a copy of
/// the live site's API) or the live site's URL.
public enum PreviousSite: Sendable, Hashable {
    case folder(String)
    case url(String)
}

/// Reads what the previous site published from its `api/v2/incidents.json` (and
/// `scheduled-maintenances.json` when present). A missing file, or a 404, means there
/// was no previous site: nothing counts as new, so a new site floods no one.
public struct PreviousSiteReader: Sendable {
    /// Why the previous site could not be read.
    public enum Failure: Error, Sendable {
        /// Its files are there but are not the Statuspage layout: an input error.
        case unreadable(String)
        /// The live site did not answer: try again later.
        case unreachable(String)
    }

    public var transport: HTTPClientTransport
    public var timeout: Double

    public init(transport: HTTPClientTransport = HTTPClientTransport(), timeout: Double = 30) {
        self.transport = transport
        self.timeout = timeout
    }

    static let incidentsPath = "api/v2/incidents.json"
    static let maintenancePath = "api/v2/scheduled-maintenances.json"

    /// nil when there is no previous site at `site`.
    public func read(_ site: PreviousSite) async throws(Failure) -> PreviousPublication? {
        let incidents: Data?
        let maintenance: Data?
        switch site {
        case .folder(let folder):
            let base = URL(fileURLWithPath: folder, isDirectory: true)
            incidents = FileManager.default.contents(atPath: base.appendingPathComponent(Self.incidentsPath).path)
            maintenance = FileManager.default.contents(atPath: base.appendingPathComponent(Self.maintenancePath).path)
        case .url(let address):
            let base = address.hasSuffix("/") ? address : address + "/"
            incidents = try await fetch(base + Self.incidentsPath)
            maintenance = incidents == nil ? nil : try await fetch(base + Self.maintenancePath)
        }
        guard let incidents else { return nil }
        do {
            return try PreviousPublication(incidentsJSON: incidents, scheduledMaintenancesJSON: maintenance)
        } catch {
            throw .unreadable(error.description)
        }
    }

    /// The body of `address`; nil for a 404.
    private func fetch(_ address: String) async throws(Failure) -> Data? {
        guard let url = URL(string: address) else { throw .unreadable("\(address) is not a URL") }
        do {
            let (status, body) = try await transport.get(url, timeout: timeout)
            if status == 404 { return nil }
            guard (200..<300).contains(status) else { throw Failure.unreachable("\(address): HTTP \(status)") }
            return body
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .unreachable("\(address): \(error)")
        }
    }
}
