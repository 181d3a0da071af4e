import Foundation
import IncidentModel
import Mustache

/// Builds the theme of one render: the built-in files from the module's `Theme` folder,
/// compiled once per process, with the files of an override folder (`site/theme/`)
/// replacing those of the same name. A file that cannot be used becomes a diagnostic and
/// leaves the built-in file in place, so a broken override never stops the other pages.
///
/// Override folders hold `*.mustache` templates (a new name is an extra partial) and
/// assets copied to the site root (`style.css`, `favicon.svg`, images, fonts); other
/// files and sub-folders are left alone.
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
        let builtIn = BuiltInTheme.shared
        var templates = builtIn.templates
        var assets = builtIn.assets
        var diagnostics = builtIn.diagnostics
        if let directory {
            for file in files(in: directory, diagnostics: &diagnostics) {
                if Theme.isAsset(file.lastPathComponent) {
                    if let data = read(file, diagnostics: &diagnostics) { assets[file.lastPathComponent] = data }
                } else if file.lastPathComponent.hasSuffix(Theme.templateExtension),
                    let template = compile(file, isOverride: true, diagnostics: &diagnostics)
                {
                    templates[String(file.lastPathComponent.dropLast(Theme.templateExtension.count))] = template
                }
            }
        }
        breakCycles(in: &templates, builtIn: builtIn.templates, diagnostics: &diagnostics)
        let library = MustacheLibrary(templates: templates.mapValues(\.compiled))
        return (Theme(library: library, assets: assets), diagnostics)
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
        guard let data = read(file, diagnostics: &diagnostics) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(diagnostic(.notUTF8, path: file.relativePath))
            return nil
        }
        return compile(text, path: file.relativePath, isOverride: isOverride, diagnostics: &diagnostics)
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
