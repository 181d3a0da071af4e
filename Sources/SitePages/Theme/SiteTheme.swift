import Foundation
import IncidentModel

/// The theme a project renders with, loaded once with the project: the built-in theme
/// with the files of `site/theme/` laid over it. A file that cannot be used is reported
/// and its built-in counterpart stays, so the site can always be published.
public struct SiteTheme: Sendable {
    let theme: Theme

    /// The built-in theme alone.
    public static var builtIn: SiteTheme { load(overrides: nil).theme }

    /// The theme with `directory`'s overrides (none when it does not exist), and the
    /// problems of its files as errors.
    public static func load(overrides directory: URL?) -> (theme: SiteTheme, diagnostics: [Diagnostic]) {
        let (theme, diagnostics) = ThemeLoader.load(overrides: directory)
        return (SiteTheme(theme: theme), diagnostics)
    }
}
