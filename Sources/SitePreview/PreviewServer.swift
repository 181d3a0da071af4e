import FlyingFox
import Foundation

/// Serves a `PreviewSite` on the loopback interface and rebuilds it when files change.
public struct PreviewServer: Sendable {
    public let site: PreviewSite
    public let port: UInt16
    /// How often the folders are checked for changes.
    public var pollInterval: Duration = .milliseconds(200)

    public init(site: PreviewSite, port: UInt16) {
        self.site = site
        self.port = port
    }

    /// Builds once, starts serving, calls `ready` with the URL, and then watches until cancelled.
    public func run(referenceTime: @escaping @Sendable () -> Date, ready: @escaping @Sendable (String) -> Void,
                    rebuilt: @escaping @Sendable (PreviewSite.Refresh) -> Void) async throws {
        if let first = await site.refresh(asOf: referenceTime()) { rebuilt(first) }
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port))
        let site = self.site
        await server.appendRoute("GET,HEAD *") { request in
            let response = await site.response(for: request.path)
            return HTTPResponse(
                statusCode: HTTPStatusCode(response.status, phrase: response.status == 200 ? "OK" : response.status == 404 ? "Not Found" : "Internal Server Error"),
                headers: [.contentType: response.contentType, HTTPHeader("Cache-Control"): "no-store"],
                body: request.method == .HEAD ? Data() : response.body)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            try await server.waitUntilListening()
            switch await server.listeningAddress {
            case .ip4(let host, let actualPort): ready("http://\(host):\(actualPort)/")
            case .ip6(let host, let actualPort): ready("http://[\(host)]:\(actualPort)/")
            default: ready("http://127.0.0.1:\(port)/")
            }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: pollInterval)
                    if let refresh = await site.refresh(asOf: referenceTime()) { rebuilt(refresh) }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}
