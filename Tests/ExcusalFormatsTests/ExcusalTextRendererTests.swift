import Foundation
import IncidentModel
import ServiceNorms
import Testing
import ExcusalFormats

@Suite("Text answers")
struct ExcusalTextRendererTests {
    let report = SampleReport.report

    @Test("excused --at: excused, with the window and incidents")
    func excused() throws {
        let norm = try #require(Catalogue.standard.norm(NormKey("on-time-delivery")))
        let at = instant("2023-12-14T10:00:00+01:00")
        let window = report.excusal(at: at, norm: norm.key)
        #expect(ExcusalTextRenderer.answer(norm: norm, at: at, window: window) ==
            "Op tijd leveren is uitgezonderd op 14-12-2023 10:00 (+01:00): 13-12-2023 12:23 – 14-12-2023 15:50 (+01:00), storingen: 2023-12-13-bestellingen.")
    }

    @Test("excused --at: not excused; ongoing windows say so")
    func notExcusedAndOngoing() throws {
        let delivery = try #require(Catalogue.standard.norm(NormKey("on-time-delivery")))
        let at = instant("2023-12-16T12:00:00+01:00")
        #expect(ExcusalTextRenderer.answer(norm: delivery, at: at, window: report.excusal(at: at, norm: delivery.key),
                                           language: .en)
            == "On-time delivery is not excused at 16-12-2023 12:00 (+01:00).")
        let response = try #require(Catalogue.standard.norm(NormKey("response-time")))
        let sunday = instant("2024-03-31T12:00:00+02:00")
        #expect(ExcusalTextRenderer.answer(norm: response, at: sunday, window: report.excusal(at: sunday, norm: response.key))
            == "Reactietijd klantvragen is uitgezonderd op 31-03-2024 12:00 (+02:00): 28-03-2024 16:00 (+01:00) – 02-04-2024 12:00 (+02:00) (lopend), storingen: 2024-03-28-telefonie.")
    }
}
