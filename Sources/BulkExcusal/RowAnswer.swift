/// What one row was answered: excused within a piece of a norm's windows (positions in
/// the report and in the norm's `NormWindowIndex`), not excused, or not answered because
/// its instant or norm could not be read.
enum RowAnswer {
    case excused(norm: Int, piece: Int)
    case notExcused
    case unanswered
}
