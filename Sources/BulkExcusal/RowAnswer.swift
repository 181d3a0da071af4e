/// What one row was answered: excused by a window of a norm (positions in the report
/// and in the norm's windows), not excused, or not answered because its instant or norm could not be read.
enum RowAnswer {
    case excused(norm: Int, window: Int)
    case notExcused
    case unanswered
}
