/// How often a message is tried and how long to wait in between: a few attempts with
/// exponential back-off ride out a restarting receiver without holding CI up for long.
/// Tests pass a policy that does not sleep.
public struct RetryPolicy: Sendable {
    /// Attempts per message, the first included.
    public var attempts: Int
    /// The wait before the second attempt; each later wait doubles.
    public var firstDelay: Double
    /// Waits `seconds`; injectable so tests need not.
    public var sleep: @Sendable (_ seconds: Double) async -> Void

    public init(attempts: Int, firstDelay: Double, sleep: @escaping @Sendable (_ seconds: Double) async -> Void) {
        self.attempts = max(1, attempts)
        self.firstDelay = firstDelay
        self.sleep = sleep
    }

    /// Three attempts, 0.5 s and 1 s apart.
    public static let standard = RetryPolicy(attempts: 3, firstDelay: 0.5) { seconds in
        try? await Task.sleep(for: .milliseconds(Int(seconds * 1_000)))
    }

    /// The wait before attempt `attempt` (2, 3, …).
    public func delay(before attempt: Int) -> Double {
        firstDelay * Double(1 << max(0, attempt - 2))
    }

    /// Runs `operation` until it succeeds, fails for good, or the attempts run out;
    /// the failure reports how many attempts were made.
    func run(_ operation: () async throws(DeliveryFailure) -> Void) async -> (failure: DeliveryFailure, attempts: Int)? {
        for attempt in 1...attempts {
            if attempt > 1 { await sleep(delay(before: attempt)) }
            do {
                try await operation()
                return nil
            } catch {
                if !error.isTransient || attempt == attempts { return (error, attempt) }
            }
        }
        return nil
    }
}
