/// Why a message did not arrive, worded for the person reading CI's log (never with a
/// secret URL or password in it), and whether trying again may help.
public struct DeliveryFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    /// Timeouts, lost connections, HTTP 5xx and 429, SMTP 4xx: another attempt may work.
    /// A refused request (other HTTP 4xx, SMTP 5xx) or a missing setting will not.
    public var isTransient: Bool

    public init(_ reason: String, isTransient: Bool) {
        self.reason = reason
        self.isTransient = isTransient
    }

    public var description: String { reason }

    /// An environment variable the target names is unset or empty when sending.
    static func unset(_ variable: String) -> DeliveryFailure {
        DeliveryFailure("environment variable \(variable) is not set", isTransient: false)
    }

    static func timedOut(after seconds: Double) -> DeliveryFailure {
        DeliveryFailure("no answer within \(SecondsText.format(seconds))", isTransient: true)
    }
}

/// "10 s", "0.5 s": a timeout as people write it.
enum SecondsText {
    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
