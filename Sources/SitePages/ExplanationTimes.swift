import Foundation
import SiteContent

/// The times of one language's explanations, each formatted once per render. A period page
/// explains every window behind it, and an incident left open for years is behind
/// thousands of them: the same impact start, end and grace end were formatted for each,
/// twice (for people and as RFC 3339), about a twentieth of a 10,000-incident build.
final class ExplanationTimes: @unchecked Sendable {
    private let dates: SiteDateFormatter
    private let lock = NSLock()
    private var made: [Date: TimeView] = [:]

    init(_ dates: SiteDateFormatter) {
        self.dates = dates
    }

    /// `instant` as an explanation states it (`TimeView.explanation`).
    func time(_ instant: Date) -> TimeView {
        if let known = lock.withLock({ made[instant] }) { return known }
        // Formatted outside the lock: two pages that format one instant at once get the same view.
        let view = TimeView.explanation(instant, dates)
        lock.withLock { made[instant] = view }
        return view
    }
}
