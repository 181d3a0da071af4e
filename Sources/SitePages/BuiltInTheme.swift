import Foundation
import IncidentModel

/// The theme compiled into the executable (`BuiltInThemeFiles`), compiled once per process.
struct BuiltInTheme: Sendable {
    var templates: [String: ThemeLoader.Template]
    var assets: [String: Data]
    /// Problems of the built-in files themselves; empty unless the package is broken.
    var diagnostics: [Diagnostic]

    static let shared = BuiltInTheme()

    private init() {
        var diagnostics: [Diagnostic] = []
        var templates: [String: ThemeLoader.Template] = [:]
        var assets: [String: Data] = [:]
        for (name, text) in BuiltInThemeFiles.files.sorted(by: { $0.key < $1.key }) {
            if Theme.isAsset(name) {
                assets[name] = Data(text.utf8)
            } else if name.hasSuffix(Theme.templateExtension),
                let template = ThemeLoader.compile(text, path: "built-in \(name)", isOverride: false, diagnostics: &diagnostics)
            {
                templates[String(name.dropLast(Theme.templateExtension.count))] = template
            }
        }
        for page in Theme.Page.allCases where templates[page.rawValue] == nil {
            diagnostics.append(ThemeLoader.diagnostic(.unreadable, path: "built-in \(page.rawValue)\(Theme.templateExtension)"))
        }
        self.templates = templates
        self.assets = assets
        self.diagnostics = diagnostics
    }
}
