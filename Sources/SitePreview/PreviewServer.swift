import Foundation
import IncidentModel
import OutputEncoding
import NIOCore
import NIOHTTP1
import NIOPosix

/// Serves a `PreviewSite` on the loopback interface and rebuilds it when files change.
/// It speaks HTTP/1.1 through SwiftNIO's own parser, one task per connection.
public struct PreviewServer: Sendable {
    public let site: PreviewSite
    public let port: UInt16
    /// The longest time between two checks of the folders, when no change was heard.
    public var fallbackInterval: Duration = .seconds(2)
    /// How long before a moment starts its files are made (`PreviewSite.prepare(at:)`):
    /// more than a move to the next minute takes at 10,000 incidents (0.2–0.3 s), so
    /// that the move is done when the minute starts, and little enough that a save
    /// rarely lands between the two (it then renders at its own minute, and the files
    /// made ahead are thrown away).
    public var preparesAhead: Duration = .seconds(1)

    public init(site: PreviewSite, port: UInt16) {
        self.site = site
        self.port = port
    }

    private typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// Builds once, starts serving, calls `ready` with the URL, and then watches until
    /// cancelled. `moment` tells the moment the preview describes at a time of the clock,
    /// and is asked at every refresh: the preview of a live site moves with the clock
    /// (ongoing windows grow, updates written ahead appear when due). `momentEnds` tells
    /// when a moment gives way to the next (nil: the moment is fixed, `--as-of`): the
    /// preview makes the next moment's files `preparesAhead` before it and puts them in
    /// place as it starts, without waiting for a save, so its pages never state an old
    /// build time, and a save in a new minute finds the minute's work done and pays only
    /// for its own change.
    public func run(moment: @escaping @Sendable (Date) -> Moment, momentEnds: (@Sendable (Moment) -> Date)? = nil,
                    ready: @escaping @Sendable (String) -> Void,
                    rebuilt: @escaping @Sendable (PreviewSite.Refresh) -> Void) async throws {
        // Listening starts before the first build, so a save during it is not missed.
        // Of the site folder, the preview reads site.yml and theme/ (PreviewSite's signature).
        let siteFolder = site.location.siteDirectory
        let watcher = FolderWatcher(folders: [site.location.incidentsDirectory, siteFolder + "/theme"],
                                    flatFolders: [siteFolder], fallback: fallbackInterval)
        FreedMemory.limitArenasToCores()
        FreedMemory.mapLargeBlocks()
        let firstMoment = moment(Date())
        if let first = await site.refresh(at: firstMoment) { rebuilt(first) }
        FreedMemory.returnToSystem()
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: Int(port)) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        ready("http://127.0.0.1:\(server.channel.localAddress?.port ?? Int(port))/")
        let site = self.site
        let leadSeconds = preparesAhead / .seconds(1)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask {
                var described = firstMoment
                while !Task.isCancelled {
                    let end = momentEnds?(described)
                    var change = await watcher.nextChange(before: end?.addingTimeInterval(-leadSeconds))
                    if let end, change == .files([]), Date() < end {
                        // Nothing heard before the next moment: its files are made now, and
                        // the refresh as it starts only puts them in place.
                        await site.prepare(at: moment(end))
                        change = await watcher.nextChange(before: end)
                    }
                    described = moment(Date())
                    if let refresh = await site.refresh(at: described, changedFiles: change.files) {
                        rebuilt(refresh)
                        FreedMemory.returnToSystem()
                    }
                }
            }
            try await server.executeThenClose { connections in
                for try await connection in connections {
                    group.addTask { await Self.serve(connection, site: site) }
                }
            }
        }
    }

    /// Answers the requests of one connection until it closes; a broken connection only ends itself.
    private static func serve(_ connection: Connection, site: PreviewSite) async {
        try? await connection.executeThenClose { requests, responses in
            var head: HTTPRequestHead?
            for try await part in requests {
                switch part {
                case .head(let request):
                    head = request
                case .body:
                    continue
                case .end:
                    guard let request = head else { continue }
                    head = nil
                    let answer: (status: Int, contentType: String, body: Data) =
                        request.method == .GET || request.method == .HEAD
                        ? site.response(for: request.uri)
                        : (405, MediaType.text.value, Data("Method not allowed".utf8))
                    var headers = HTTPHeaders()
                    headers.add(name: "Content-Type", value: answer.contentType)
                    headers.add(name: "Content-Length", value: "\(answer.body.count)")
                    headers.add(name: "Cache-Control", value: "no-store")
                    if !request.isKeepAlive { headers.add(name: "Connection", value: "close") }
                    try await responses.write(.head(HTTPResponseHead(
                        version: request.version, status: HTTPResponseStatus(statusCode: answer.status), headers: headers)))
                    if request.method != .HEAD { try await responses.write(.body(.byteBuffer(ByteBuffer(bytes: answer.body)))) }
                    try await responses.write(.end(nil))
                    if !request.isKeepAlive { return }
                }
            }
        }
    }
}
