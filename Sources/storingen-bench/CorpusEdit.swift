import Foundation

/// The change the "rebuild after one incident changed" row makes before each run,
/// different in every run so each build sees new input.
enum CorpusEdit {
    /// A plain update (a timestamp heading without a status) after the last one of an
    /// oldest-first file, so the file keeps one direction.
    case appendPlainUpdate(path: String, after: LocalMinute)
    /// A paragraph at the end of the file (for a `--corpus` whose direction we do not know).
    case appendParagraph(path: String)

    var path: String {
        switch self {
        case .appendPlainUpdate(let path, _), .appendParagraph(let path): path
        }
    }

    var summary: String {
        switch self {
        case .appendPlainUpdate: "a plain update appended to \((path as NSString).lastPathComponent)"
        case .appendParagraph: "a paragraph appended to \((path as NSString).lastPathComponent)"
        }
    }

    /// The file's text for run `run`: the original plus this run's addition.
    func editedText(original: String, run: Int) -> String {
        switch self {
        case .appendPlainUpdate(_, let last):
            let time = last.adding(minutes: 60 + run).avoidingDaylightSavingChange()
            return original + "\n## \(TimestampStyle.frontMatter(time))\n\n"
                + marker(run: run) + " we houden de afhandeling van de achterstand in de gaten.\n"
        case .appendParagraph:
            return original + "\n" + marker(run: run) + " storingen-bench.\n"
        }
    }

    /// Text that only run `run`'s addition contains (and that Markdown keeps as is), so a
    /// page showing it shows that run's edit.
    func marker(run: Int) -> String {
        switch self {
        case .appendPlainUpdate: "Aanvulling \(run + 1):"
        case .appendParagraph: "Aanvulling \(run + 1) door"
        }
    }
}
