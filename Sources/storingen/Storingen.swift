import ArgumentParser
import BuildInfo
import Foundation

/// The `storingen` command: incidents in Markdown → status site and excused norm windows.
@main
struct Storingen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storingen",
        abstract: "Turn incidents written in Markdown into an \"Actuele storingen\" status site and excused service-norm windows.",
        version: String(cString: storingen_build_version()),
        subcommands: [CheckCommand.self, ExcusedCommand.self, BuildCommand.self, NewCommand.self, UpdateCommand.self, ServeCommand.self, NotifyCommand.self, ThemeCommand.self])

    /// Runs the command, exiting 2 (not ArgumentParser's 64) on bad arguments, as
    /// scripts calling `check` and `excused --at` expect.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.badInput)
            }
            exit(withError: error)
        }
    }
}

/// The exit codes every subcommand shares.
enum ExitStatus {
    static let success: Int32 = 0
    /// `check` found errors; `excused --at` found the instant not excused.
    static let negative: Int32 = 1
    /// Bad arguments or input errors.
    static let badInput: Int32 = 2
}
