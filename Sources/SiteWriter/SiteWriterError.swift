/// Why the site could not be written; the previous site is untouched in every case.
public enum SiteWriterError: Error, CustomStringConvertible, Equatable {
    /// The output folder's parent could not be created or written (read-only, full disk…).
    case cannotPrepare(path: String, reason: String)
    /// A file of the new site could not be written.
    case cannotWrite(path: String, reason: String)
    /// The assembled site could not be moved into place.
    case swapFailed(action: String, reason: String)
    /// Two generated files claim one path, or a path escapes the output folder.
    case invalidPath(String)

    public var description: String {
        switch self {
        case .cannotPrepare(let path, let reason): "cannot prepare \(path): \(reason); the previous site is unchanged"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason); the previous site is unchanged"
        case .swapFailed(let action, let reason): "cannot \(action): \(reason); the previous site is unchanged"
        case .invalidPath(let path): "generated path \(path) is not a valid relative path"
        }
    }
}
