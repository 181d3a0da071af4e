/// Why `storingen theme eject` wrote nothing; the message names what to do about it.
public enum ThemeEjectError: Error, Sendable, Equatable {
    /// No built-in template has this name; `valid` lists the names there are.
    case unknownName(String, valid: [String])
    /// The target file exists and may hold edits, so nothing was written.
    case exists(path: String)
    /// The theme folder or a file in it could not be written.
    case unwritable(path: String, reason: String)

    /// The message the command prints.
    public var message: String {
        switch self {
        case .unknownName(let name, let valid):
            "no built-in template is called `\(name)`; choose from: \(valid.joined(separator: ", "))"
        case .exists(let path):
            "\(path) already exists; nothing was written (remove or rename it to eject the built-in template again)"
        case .unwritable(let path, let reason):
            "cannot write the templates into \(path): \(reason)"
        }
    }
}
