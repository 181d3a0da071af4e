import SiteConfig

/// What became of one target's messages: which arrived, which one failed and why, and
/// which were not tried after that failure (so they are not sent out of order).
public struct TargetReport: Sendable {
    /// The message that could not be delivered.
    public struct Failure: Sendable, Hashable {
        /// Its idempotency key; nil when the target failed before any message (an unset variable).
        public var idempotencyKey: String?
        public var reason: DeliveryFailure
        public var attempts: Int
    }

    public var target: NotifyTarget
    /// Idempotency keys, in the order sent.
    public var delivered: [String] = []
    public var failure: Failure?
    public var notAttempted: [String] = []

    public init(target: NotifyTarget) {
        self.target = target
    }

    public var succeeded: Bool { failure == nil }
}
