import OutputEncoding
import SiteContent

/// A status badge for READMEs and intranet pages (`badge.svg`, `services/<key>/badge.svg`):
/// a label and the state, in words and colour, as an SVG image whose accessible name is
/// the same text, so it reads right without the colour.
struct StatusBadge: Sendable, Equatable {
    var label: String
    var message: String
    var state: ServiceState

    /// The badge as SVG; widths are estimated from the text (Verdana-like 11 px), which is
    /// what shields-style badges do without a font at hand.
    var svg: String {
        let labelWidth = Self.width(of: label), messageWidth = Self.width(of: message)
        let width = labelWidth + messageWidth
        var xml: [UInt8] = []
        func raw(_ text: String) { xml.append(contentsOf: text.utf8) }
        func text(_ text: String) { MarkupEscaping.append(text, rules: .xmlText, to: &xml) }
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"20\" role=\"img\" aria-label=\"")
        MarkupEscaping.append("\(label): \(message)", rules: .xmlAttribute, to: &xml)
        raw("\">\n<title>")
        text("\(label): \(message)")
        raw("</title>\n<rect width=\"\(labelWidth)\" height=\"20\" fill=\"#555\"/>\n")
        raw("<rect x=\"\(labelWidth)\" width=\"\(messageWidth)\" height=\"20\" fill=\"\(Self.colour(of: state))\"/>\n")
        raw("<g font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\" text-anchor=\"middle\" aria-hidden=\"true\">\n")
        raw("<text x=\"\(labelWidth / 2)\" y=\"14\" fill=\"#fff\">")
        text(label)
        raw("</text>\n<text x=\"\(labelWidth + messageWidth / 2)\" y=\"14\" fill=\"\(state == .degraded ? "#1a1a1a" : "#fff")\">")
        text(message)
        raw("</text>\n</g>\n</svg>\n")
        return String(decoding: xml, as: UTF8.self)
    }

    /// The fill of a state; the same hues as the site's stylesheet.
    static func colour(of state: ServiceState) -> String {
        switch state {
        case .operational: "#2e7d32"
        case .maintenance: "#1565c0"
        case .degraded: "#f9a825"
        case .partialOutage: "#ef6c00"
        case .majorOutage: "#c62828"
        }
    }

    private static func width(of text: String) -> Int {
        Int((Double(text.count) * 6.8).rounded(.up)) + 12
    }
}
