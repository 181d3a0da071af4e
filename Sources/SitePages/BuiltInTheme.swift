import Foundation
import IncidentModel

/// The theme shipped in the module's `Theme` folder, read and compiled once per process.
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
        if let folder = Bundle.module.url(forResource: "Theme", withExtension: nil) {
            for file in ThemeLoader.files(in: folder, diagnostics: &diagnostics) {
                let name = file.lastPathComponent
                if Theme.isAsset(name) {
                    assets[name] = FileManager.default.contents(atPath: file.path) ?? Data()
                } else if name.hasSuffix(Theme.templateExtension),
                    let template = ThemeLoader.compile(file, isOverride: false, diagnostics: &diagnostics)
                {
                    templates[String(name.dropLast(Theme.templateExtension.count))] = template
                }
            }
        }
        for page in Theme.Page.allCases where templates[page.rawValue] == nil {
            diagnostics.append(ThemeLoader.diagnostic(.unreadable, path: "Theme/\(page.rawValue)\(Theme.templateExtension)"))
        }
        self.templates = templates
        self.assets = assets
        self.diagnostics = diagnostics
    }
}
