extension TimeView: HTMLFragment {
    /// `<time datetime="2023-12-13T12:23:00+01:00">13 december 2023 om 12:23</time>`.
    func write(to html: inout HTMLWriter) {
        html.raw("<time datetime=\"")
        html.text(datetime)
        html.raw("\">")
        html.text(text)
        html.raw("</time>")
    }
}

extension WindowTextView: OverridableFragment {
    static let fragment = ThemeFragment.timeRange

    /// `start – end`, or `start – loopt nog` while the window is open.
    func writeBuiltIn(to html: inout HTMLWriter) {
        start.write(to: &html)
        html.raw(" – ")
        end?.write(to: &html)
        if let ongoingText {
            html.raw("<span class=\"ongoing\">")
            html.text(ongoingText)
            html.raw("</span>")
        }
    }
}
