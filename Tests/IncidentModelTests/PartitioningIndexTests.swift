import IncidentModel
import Testing

/// The one binary search of the model: for every sorted array (and a slice of it, whose
/// indices do not start at zero) and every threshold, it must find what a scan from the
/// start finds.
@Suite struct PartitioningIndexTests {
    @Test func findsWhatAScanFinds() {
        for count in 0...12 {
            // Repeated values, so that "at or past" starts inside a run of equal elements.
            let sorted = (0..<count).map { $0 / 2 * 3 }
            let slice = ([-1, -1] + sorted)[2...]
            for threshold in -2...(count * 2 + 2) {
                #expect(sorted.partitioningIndex { $0 >= threshold } == sorted.firstIndex { $0 >= threshold } ?? sorted.endIndex)
                #expect(slice.partitioningIndex { $0 > threshold } == slice.firstIndex { $0 > threshold } ?? slice.endIndex)
            }
        }
    }
}
