import ArgumentParser
import Foundation
import IncidentAuthoring
import IncidentModel
import IncidentParsing

/// Argument handling shared by `new` and `update`.
enum AuthoringArguments {
    static func status(_ word: String) throws -> UpdateStatus {
        guard let status = StatusVocabulary.status(for: word) else {
            throw ValidationError(AuthoringError.unknownStatus(word).description)
        }
        return status
    }

    /// `--at`, else the current minute.
    static func postedAt(_ text: String?) throws -> Date {
        HeadingWriter.truncatedToMinute(try instant(text, option: "--at") ?? Date())
    }

    /// Prints why nothing was written and exits 2.
    static func fail(_ error: AuthoringError) -> ExitCode {
        FileHandle.standardError.write(Data("Error: \(error.description)\n".utf8))
        return ExitCode(ExitStatus.badInput)
    }
}
