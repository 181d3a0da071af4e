import Foundation
import IncidentModel
import Testing
import ServiceNorms

@Suite("Merging excused windows")
struct ExcusedWindowMergerTests {
    func window(_ start: String, _ end: String, _ ids: [String], ongoing: Bool = false) -> ExcusedWindow {
        ExcusedWindow(range: range(start, end), incidents: ids.map { IncidentID($0) }, ongoing: ongoing)
    }

    @Test("overlapping and touching windows merge; a gap keeps them apart")
    func mergesOverlapAndTouch() {
        let merged = ExcusedWindowMerger.merge([
            window("2023-12-18T12:00:00+01:00", "2023-12-18T14:00:00+01:00", ["c"]),
            window("2023-12-18T09:00:00+01:00", "2023-12-18T10:00:00+01:00", ["b", "a"]),
            window("2023-12-18T10:00:00+01:00", "2023-12-18T11:00:00+01:00", ["a"], ongoing: true),  // touches
            window("2023-12-18T13:00:00+01:00", "2023-12-18T13:30:00+01:00", ["d"]),  // inside
            window("2023-12-18T11:00:01+01:00", "2023-12-18T11:30:00+01:00", ["e"]),  // one second apart
        ])
        #expect(merged == [
            window("2023-12-18T09:00:00+01:00", "2023-12-18T11:00:00+01:00", ["a", "b"], ongoing: true),
            window("2023-12-18T11:00:01+01:00", "2023-12-18T11:30:00+01:00", ["e"]),
            window("2023-12-18T12:00:00+01:00", "2023-12-18T14:00:00+01:00", ["c", "d"]),
        ])
    }

    @Test("empty windows cover nothing and attach no incident to a neighbour")
    func dropsEmptyWindows() {
        let merged = ExcusedWindowMerger.merge([
            window("2023-12-18T09:00:00+01:00", "2023-12-18T10:00:00+01:00", ["a"]),
            window("2023-12-18T10:00:00+01:00", "2023-12-18T10:00:00+01:00", ["b"], ongoing: true),
        ])
        #expect(merged == [window("2023-12-18T09:00:00+01:00", "2023-12-18T10:00:00+01:00", ["a"])])
    }

    @Test("nothing in, nothing out")
    func empty() {
        #expect(ExcusedWindowMerger.merge([]).isEmpty)
    }
}
