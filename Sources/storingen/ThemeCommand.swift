import ArgumentParser

/// `storingen theme`: commands about the site's theme (`site/theme/`).
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the site's theme in <site>/theme/.",
        subcommands: [ThemeEjectCommand.self, ThemeFieldsCommand.self])
}
