import Foundation
import IncidentModel
import Mustache

/// Builds the theme of one render: the built-in theme with the files of an override
/// folder (`site/theme/`) laid over it. A file that cannot be used becomes a diagnostic
/// and the built-in page or fragment stays, so a broken override never stops the site.
///
/// Override folders hold `*.mustache` templates (a page kind, `layout`, a fragment of the
/// built-in pages, or any other name as a partial), the slots `head.html`, `header.html`
/// and `footer.html`, and assets copied to the site root (`style.css`, `favicon.svg`,
/// images, fonts); other files and sub-folders are left alone.
enum ThemeLoader {
    /// A compiled template, its text (to find the partials it includes) and its file.
    struct Template: Sendable {
        var compiled: MustacheTemplate
        var text: String
        var path: String
        var isOverride: Bool
    }

    /// The theme for `overrides` (nil: the built-in theme) and the problems of its files.
    static func load(overrides directory: URL?) -> (theme: Theme, diagnostics: [Diagnostic]) {
        guard let directory else { return (.builtIn, []) }
        var diagnostics: [Diagnostic] = []
        var assets = Theme.builtIn.assets
        var slots = ThemeSlots()
        var overrides: [String: Template] = [:]
        for file in files(in: directory, diagnostics: &diagnostics) {
            let name = file.lastPathComponent
            if Theme.generatedNames.contains(name.lowercased()) {
                diagnostics.append(diagnostic(.generatedName(name), path: file.relativePath))
            } else if Theme.isAsset(name) {
                if let data = read(file, diagnostics: &diagnostics) { assets[name] = data }
            } else if ThemeSlots.files.contains(name) {
                if let text = text(of: file, diagnostics: &diagnostics) { slots[name] = text }
            } else if name.hasSuffix(Theme.templateExtension), let template = compile(file, isOverride: true, diagnostics: &diagnostics) {
                overrides[String(name.dropLast(Theme.templateExtension.count))] = template
            }
        }
        return (Theme(assets: assets, slots: slots, overrides: library(of: overrides, diagnostics: &diagnostics)), diagnostics)
    }

    /// The libraries of the valid overrides, shims for the built-in fragments, and a
    /// template loop broken by falling back; nil when nothing is overridden.
    private static func library(of overrides: [String: Template], diagnostics: inout [Diagnostic]) -> ThemeOverrides? {
        guard !overrides.isEmpty else { return nil }
        var unused: [Diagnostic] = []
        let shims = ThemeOverrides.shims.compactMapValues { compile($0, path: "built-in", isOverride: false, diagnostics: &unused) }
        var templates = shims.merging(overrides) { _, override in override }
        breakCycles(in: &templates, builtIn: shims, diagnostics: &diagnostics)
        let overridden = Set(templates.filter(\.value.isOverride).keys)
        var pageTemplates = templates
        pageTemplates[Theme.layout] = shims[Theme.layout]
        return ThemeOverrides(
            library: MustacheLibrary(templates: pageTemplates.mapValues(\.compiled)),
            frame: overridden.contains(Theme.layout) ? MustacheLibrary(templates: templates.mapValues(\.compiled)) : nil,
            pages: Set(PageKinds.templateNames.filter { overridden.contains($0) }),
            fragments: Set(ThemeFragment.allCases.filter { overridden.contains($0.rawValue) }))
    }

    /// The regular files directly in `directory`, sorted by name; none when it does not exist.
    static func files(in directory: URL, diagnostics: inout [Diagnostic]) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return [] }
        do {
            let entries = try FileManager.default.contentsOfDirectory(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            // Named under `directory` as given, so diagnostics show `site/theme/home.mustache`
            // (`relativePath`), the path annotations and editors resolve from the project.
            return entries
                .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
                .map { directory.appendingPathComponent($0.lastPathComponent) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            diagnostics.append(diagnostic(.unreadable, path: directory.relativePath))
            return []
        }
    }

    /// A template file compiled, or nil with a located diagnostic.
    static func compile(_ file: URL, isOverride: Bool, diagnostics: inout [Diagnostic]) -> Template? {
        guard let text = text(of: file, diagnostics: &diagnostics) else { return nil }
        return compile(text, path: file.relativePath, isOverride: isOverride, diagnostics: &diagnostics)
    }

    /// A theme file's text, or nil with a diagnostic when it is unreadable or not UTF-8.
    private static func text(of file: URL, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = read(file, diagnostics: &diagnostics) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(diagnostic(.notUTF8, path: file.relativePath))
            return nil
        }
        return text
    }

    /// A template's text compiled, or nil with a located diagnostic; `path` names it in diagnostics.
    static func compile(_ text: String, path: String, isOverride: Bool, diagnostics: inout [Diagnostic]) -> Template? {
        do {
            _ = HTMLUTF8ContentType.registration
            let compiled = try MustacheTemplate(string: escapingPragma + text)
            return Template(compiled: compiled, text: text, path: path, isOverride: isOverride)
        } catch let error as MustacheTemplate.ParserError {
            // swift-mustache counts columns in characters; diagnostics count UTF-8 bytes, as cmark does.
            let column = error.context.line.prefix(max(0, error.context.columnNumber - 1)).utf8.count + 1
            diagnostics.append(
                Diagnostic.error(
                    at: SourceLocation(path: path, line: max(1, error.context.lineNumber - 1), column: column),
                    ThemeError.unparsable(ThemeError.reason(for: error.error)).message))
            return nil
        } catch {
            diagnostics.append(diagnostic(.unparsable(ThemeError.reason(for: error)), path: path))
            return nil
        }
    }

    /// A standalone line in front of every template (so line 1 stays line 1 for the
    /// parser's standalone-tag rules; diagnostics subtract it) selecting `HTMLUTF8ContentType`.
    private static let escapingPragma = "{{% CONTENT_TYPE: \(HTMLUTF8ContentType.name)}}\n"

    private static func read(_ file: URL, diagnostics: inout [Diagnostic]) -> Data? {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            diagnostics.append(diagnostic(.unreadable, path: file.relativePath))
            return nil
        }
        return data
    }

    static func diagnostic(_ error: ThemeError, path: String, line: Int = 1, column: Int = 1) -> Diagnostic {
        .error(at: SourceLocation(path: path, line: line, column: column), error.message)
    }
}
