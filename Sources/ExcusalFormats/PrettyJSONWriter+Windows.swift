import IncidentModel
import OutputEncoding
import ServiceNorms

extension PrettyJSONWriter {
    /// Excused windows as `api/excused.json` and the per-period files write them: an
    /// array of objects with keys in sorted order, times in RFC 3339 with the offset in
    /// force at each instant, so a window reads the same in every file that lists it.
    mutating func windows(_ windows: some Sequence<ExcusedWindow>, clock: WallClock) {
        beginArray()
        for window in windows {
            beginObject()
            key("end")
            string(RFC3339.string(from: window.range.end, in: clock))
            key("incidents")
            strings(window.incidents.map(\.rawValue))
            key("ongoing")
            bool(window.ongoing)
            key("start")
            string(RFC3339.string(from: window.range.start, in: clock))
            endObject()
        }
        endArray()
    }
}
