import IncidentModel

/// Every incident of a folder and every diagnostic of every file: the input of the
/// excusal and site stages, which refuse to run while it holds errors.
public struct Corpus: Sendable {
    /// The incidents of the files without errors, in file order.
    public var incidents: [Incident]
    /// All diagnostics of all files, sorted by location.
    public var diagnostics: [Diagnostic]
    /// How many files were read.
    public var fileCount: Int

    public init(incidents: [Incident], diagnostics: [Diagnostic], fileCount: Int) {
        self.incidents = incidents
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    public var hasErrors: Bool { diagnostics.containsErrors }
}
