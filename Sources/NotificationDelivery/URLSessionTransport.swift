import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Notifications

/// Webhooks over Foundation's URLSession (HTTPS with the system's trust store), each
/// request with its own timeout.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    public func post(_ post: HTTPPost, to url: URL, timeout: Double) async throws(DeliveryFailure) -> Int {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = "POST"
        for header in post.headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        request.httpBody = post.body
        return try await status(of: request, timeout: timeout).status
    }

    /// GET `url`: status and body.
    public func get(_ url: URL, timeout: Double) async throws(DeliveryFailure) -> (status: Int, body: Data) {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("storingen-notify", forHTTPHeaderField: "User-Agent")
        return try await status(of: request, timeout: timeout)
    }

    private func status(of request: URLRequest, timeout: Double) async throws(DeliveryFailure) -> (status: Int, body: Data) {
        do {
            let (data, response) = try await withDeadline(seconds: timeout) { try await session.data(for: request) }
            guard let response = response as? HTTPURLResponse else {
                throw DeliveryFailure("the answer was not HTTP", isTransient: true)
            }
            return (response.statusCode, data)
        } catch let failure as DeliveryFailure {
            throw failure
        } catch let error as URLError {
            throw Self.failure(error, timeout: timeout)
        } catch {
            throw DeliveryFailure("request failed", isTransient: true)
        }
    }

    /// `operation`'s result, or a timeout failure once `seconds` have passed. URLSession's
    /// own `timeoutInterval` is not enough on Linux: a server that accepts the request
    /// and never answers holds it for a minute or more.
    private func withDeadline<Value: Sendable>(
        seconds: Double, _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        try await withThrowingTaskGroup(of: Value.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: .milliseconds(Int(seconds * 1_000)))
                throw DeliveryFailure.timedOut(after: seconds)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw DeliveryFailure.timedOut(after: seconds) }
            return first
        }
    }

    /// A URLError in words that never repeat the URL (a Slack or Teams URL is a secret).
    static func failure(_ error: URLError, timeout: Double) -> DeliveryFailure {
        switch error.code {
        case .timedOut: .timedOut(after: timeout)
        case .cannotConnectToHost: DeliveryFailure("connection refused", isTransient: true)
        case .cannotFindHost, .dnsLookupFailed: DeliveryFailure("host not found", isTransient: true)
        case .networkConnectionLost: DeliveryFailure("connection lost", isTransient: true)
        case .notConnectedToInternet: DeliveryFailure("no network", isTransient: true)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            DeliveryFailure("TLS failed (URLError \(error.code.rawValue))", isTransient: false)
        default: DeliveryFailure("request failed (URLError \(error.code.rawValue))", isTransient: true)
        }
    }
}
