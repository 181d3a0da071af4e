import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// NIO's and NIOSSL's errors in the words of a delivery failure: what a person reading
/// CI's log can act on, without the library's internals.
enum SMTPFailure {
    static func describe(_ error: any Error, timeout: Double, connecting address: String?) -> DeliveryFailure {
        let peer = address ?? "the SMTP server"
        switch error {
        case let failure as DeliveryFailure:
            return failure
        case ChannelError.connectTimeout:
            return .timedOut(after: timeout)
        case let error as NIOConnectionError:
            let reasons = error.connectionErrors.map { reason($0.error) }
            let detail = reasons.isEmpty ? "host not found" : Array(Set(reasons)).sorted().joined(separator: "; ")
            return DeliveryFailure("cannot connect to \(peer): \(detail)", isTransient: true)
        case let error as IOError:
            return DeliveryFailure("connection to \(peer) failed: \(reason(error))", isTransient: true)
        case is NIOSSLError, is NIOSSLExtraError, is BoringSSLError:
            return tls(error)
        default:
            return DeliveryFailure("SMTP failed: \(error)", isTransient: true)
        }
    }

    /// `Connection refused` rather than NIO's description of the system call.
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? IOError else { return "\(error)" }
        return String(cString: strerror(error.errnoCode))
    }

    /// A TLS failure: an untrusted certificate says how to trust it; others name
    /// BoringSSL's reason. Neither is fixed by trying again.
    private static func tls(_ error: any Error) -> DeliveryFailure {
        let text = "\(error)"
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            return DeliveryFailure("TLS failed: the server's certificate is not trusted (name its CA in `caFile`)", isTransient: false)
        }
        if let error = error as? NIOSSLExtraError, error == .failedToValidateHostname {
            return DeliveryFailure("TLS failed: the server's certificate is not for this host", isTransient: false)
        }
        let reason = text.range(of: #"OPENSSL_internal:[A-Z_]+"#, options: .regularExpression)
            .map { String(text[$0].dropFirst("OPENSSL_internal:".count)) }
        return DeliveryFailure("TLS failed: \(reason ?? text)", isTransient: false)
    }
}
