import ArgumentParser
import Foundation

/// The `--incidents DIR` check shared by the commands that read incidents: a folder
/// that does not exist is a bad argument (exit 2), not an empty status page.
enum IncidentsFolder {
    static func validate(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("incidents folder '\(path)' not found; pass it with --incidents DIR")
        }
    }
}
