import Foundation

/// An impact window with what opened and closed it, so an excusal can be explained with
/// the line of the file each edge comes from.
public struct SourcedImpactWindow: Sendable, Hashable {
    /// What opened or closed a window.
    public enum Edge: Sendable, Hashable {
        /// An update: its time, status and the place of its heading.
        case update(Update)
        /// `began:` in the front matter: the impact started before the first update.
        case began(Date)
        /// `opened:` in the front matter.
        case opened(Date)
        /// The start or end of a maintenance's `scheduled:` range (it has no runs).
        case scheduled(Date)

        public var instant: Date {
            switch self {
            case .update(let update): update.instant
            case .began(let date), .opened(let date), .scheduled(let date): date
            }
        }
    }

    public var window: ImpactWindow
    public var opening: Edge
    /// Nil while the window is ongoing.
    public var closing: Edge?

    public init(window: ImpactWindow, opening: Edge, closing: Edge?) {
        self.window = window
        self.opening = opening
        self.closing = closing
    }
}
