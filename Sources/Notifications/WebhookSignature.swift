import Crypto
import Foundation

/// The `X-Storingen-Signature` header of a webhook: `sha256=` and the hex HMAC-SHA256
/// of the exact body bytes, keyed with the target's secret, so a receiver can tell our
/// posts from anyone else's.
public enum WebhookSignature {
    public static let headerName = "X-Storingen-Signature"

    public static func value(body: Data, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + Data(code).hexadecimal
    }
}

extension Data {
    /// Lowercase hex, two digits a byte.
    var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(count * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
