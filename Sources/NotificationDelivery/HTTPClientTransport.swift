import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Notifications

/// Webhooks and the previous site's API over AsyncHTTPClient (HTTPS with the system's
/// trust store), each request with its own deadline. Not URLSession: Linux's
/// FoundationNetworking needs libcurl, which the distributed binary does without.
public struct HTTPClientTransport: HTTPTransport {
    private let client: HTTPClient

    public init(client: HTTPClient = .shared) {
        self.client = client
    }

    public func post(_ post: HTTPPost, to url: URL, timeout: Double) async throws(DeliveryFailure) -> Int {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .POST
        for header in post.headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .bytes(ByteBuffer(bytes: post.body))
        return try await send(request, timeout: timeout, keepingBody: false).status
    }

    /// GET `url`: status and body (at most 64 MiB).
    public func get(_ url: URL, timeout: Double) async throws(DeliveryFailure) -> (status: Int, body: Data) {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "User-Agent", value: "storingen-notify")
        return try await send(request, timeout: timeout, keepingBody: true)
    }

    private func send(_ request: HTTPClientRequest, timeout: Double, keepingBody: Bool) async throws(DeliveryFailure) -> (status: Int, body: Data) {
        do {
            let response = try await client.execute(request, timeout: .milliseconds(Int64(timeout * 1_000)))
            let body = try await response.body.collect(upTo: keepingBody ? 64 << 20 : 1 << 20)
            return (Int(response.status.code), keepingBody ? Data(body.readableBytesView) : Data())
        } catch let error as HTTPClientError {
            throw Self.failure(error, timeout: timeout)
        } catch {
            throw DeliveryFailure("request failed (\(type(of: error)))", isTransient: true)
        }
    }

    /// A client error in words that never repeat the URL (a Slack or Teams URL is a secret).
    static func failure(_ error: HTTPClientError, timeout: Double) -> DeliveryFailure {
        if [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(error) {
            return .timedOut(after: timeout)
        }
        if error == .remoteConnectionClosed {
            return DeliveryFailure("connection closed before the answer", isTransient: true)
        }
        if [.invalidURL, .emptyHost, .emptyScheme].contains(error) {
            return DeliveryFailure("not a usable URL", isTransient: false)
        }
        // HTTPClientError's description names the kind of failure, never the URL.
        return DeliveryFailure("request failed (\(error))", isTransient: true)
    }
}
