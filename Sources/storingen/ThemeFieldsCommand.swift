import ArgumentParser
import Foundation
import SitePages

/// `storingen theme fields`: the names an override can use, listed from the views
/// themselves, so a template is written against what the page really answers.
struct ThemeFieldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "List the fields a page's, the layout's or a fragment's template can use.",
        discussion: """
            [x] is a list of x, ? a field that may be missing, {{{…}}} safe HTML. \
            Names: \(ThemeFields.names.joined(separator: ", ")).
            """)

    @Argument(help: "Page kinds, layout or fragments to list (default: all of them).")
    var pages: [String] = []

    func run() throws {
        let names = pages.isEmpty ? ThemeFields.names : pages
        var lists: [String] = []
        for name in names {
            let bare = name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name
            guard let list = ThemeFields.list(for: bare) else {
                FileHandle.standardError.write(Data(
                    "Error: no template is called '\(name)'; the names are \(ThemeFields.names.joined(separator: ", "))\n".utf8))
                throw ExitCode(ExitStatus.badInput)
            }
            lists.append(list)
        }
        print(lists.joined(separator: "\n"), terminator: "")
    }
}
