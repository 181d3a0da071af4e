import Foundation

/// Writes built-in templates into a theme folder (`site/theme/`) as `.mustache` files, the
/// starting point for a site's own pages. It never overwrites: a file already there may
/// hold someone's edits, so when any target exists nothing is written at all.
public enum ThemeEjector {
    /// The names `eject` accepts, in the order it writes them: the page kinds, `layout`,
    /// then the fragments.
    public static var names: [String] { EjectableTemplate.all.map(\.name) }

    /// Writes the templates called `names` (all of them when empty; a name given twice is
    /// written once) into `directory`, creating it when missing, and returns the files
    /// written. Checks every name and target before writing the first file.
    public static func eject(_ names: [String], into directory: URL) throws(ThemeEjectError) -> [URL] {
        let templates = try selection(names)
        let targets = templates.map { directory.appendingPathComponent($0.fileName) }
        if let existing = targets.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            throw .exists(path: existing.relativePath)
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (template, target) in zip(templates, targets) {
                // `.withoutOverwriting` still refuses a file that appeared since the check.
                try Data(template.text.utf8).write(to: target, options: .withoutOverwriting)
            }
        } catch {
            throw .unwritable(path: directory.relativePath, reason: error.localizedDescription)
        }
        return targets
    }

    /// The templates `names` ask for, without repeats, in the order given.
    private static func selection(_ names: [String]) throws(ThemeEjectError) -> [EjectableTemplate] {
        guard !names.isEmpty else { return EjectableTemplate.all }
        var chosen: [EjectableTemplate] = []
        for given in names {
            // `home.mustache` names the same file as `home`.
            let name = given.hasSuffix(Theme.templateExtension) ? String(given.dropLast(Theme.templateExtension.count)) : given
            guard let template = EjectableTemplate.all.first(where: { $0.name == name }) else {
                throw .unknownName(given, valid: Self.names)
            }
            if !chosen.contains(template) { chosen.append(template) }
        }
        return chosen
    }
}
