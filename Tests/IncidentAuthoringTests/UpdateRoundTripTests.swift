import Foundation
import IncidentModel
import IncidentParsing
import PropertyBased
import Testing
import TestSupport
@testable import IncidentAuthoring

/// `update` on generated files in every timestamp style: the new update reads back with
/// the instant and status it was written with, and every other update is unchanged.
struct UpdateRoundTripTests {
    @Test func anUpdateReadsBackAsWritten() async throws {
        let folder = try Fixtures.temporaryDirectory("roundtrip")
        let author = IncidentAuthor(incidentsDirectory: folder.path)
        let statuses: [UpdateStatus] = [.investigating, .identified, .monitoring, .resolved, .update]
        await propertyCheck(count: 150, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...4), Gen.int(in: 1...100_000)) { seed, statusIndex, minutes in
            var generator = IncidentTextGenerator(seed: UInt64(seed))
            let generated = generator.make()
            let path = folder.appendingPathComponent("i\(seed).md").path
            try? Data(generated.text.utf8).write(to: URL(fileURLWithPath: path))
            guard let latest = generated.updates.last?.instant else { return }
            let instant = HeadingWriter.truncatedToMinute(latest.addingTimeInterval(TimeInterval(minutes * 60)))
            do {
                _ = try await author.addUpdate(to: path, status: statuses[statusIndex], message: "Nieuw.", at: instant)
            } catch {
                Issue.record("update refused: \(error)\n\(generated.text)")
                return
            }
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let incident = IncidentParser().parse(text, path: path).incident
            let updates = incident?.chronologicalUpdates ?? []
            #expect(updates.map(\.instant) == generated.updates.map(\.instant) + [instant], "\(text)")
            #expect(updates.map(\.status) == generated.updates.map(\.status) + [statuses[statusIndex]], "\(text)")
            #expect(updates.last?.body == "Nieuw.")
            if generated.updates.count > 1 {
                #expect(incident?.order == (generated.newestFirst ? .newestFirst : .oldestFirst))
            }
        }
    }
}
