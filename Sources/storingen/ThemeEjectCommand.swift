import ArgumentParser
import Foundation
import SitePages

/// `storingen theme eject`: the built-in templates as files to edit, so a site's own page
/// starts from the built-in one rather than from nothing.
struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Write built-in templates into <site>/theme/ as <name>.mustache, and print each path written.",
        discussion: """
            Unchanged, an ejected template renders exactly the built-in page; edit it to make the page your own. \
            An existing file is never overwritten: then nothing is written. \
            Names: \(ThemeEjector.names.joined(separator: ", ")).
            """)

    @Argument(help: "Page kinds, layout or fragments to write (default: all of them).")
    var pages: [String] = []

    @Option(name: .long, help: "The folder with site.yml and theme/; the templates go into its theme/.")
    var site = "site"

    func run() throws {
        let theme = URL(fileURLWithPath: site).appendingPathComponent("theme")
        do throws(ThemeEjectError) {
            for file in try ThemeEjector.eject(pages, into: theme) { print(file.relativePath) }
        } catch {
            FileHandle.standardError.write(Data("Error: \(error.message)\n".utf8))
            throw ExitCode(ExitStatus.badInput)
        }
    }
}
