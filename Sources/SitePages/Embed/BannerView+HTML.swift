extension BannerView {
    /// The whole banner document: self-contained (inline style, no request of its own),
    /// links opening in the embedding page (`target="_top"`), its height stated on
    /// `<html data-height>` and fixed by its style. The freshness check is the pages'
    /// progressive enhancement: without script the banner still works.
    func write(to html: inout HTMLWriter) {
        html.raw("<!doctype html>\n<html lang=\"")
        html.text(lang)
        html.raw("\" data-height=\"")
        html.text(String(height))
        html.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"robots\" content=\"noindex\">\n<title>")
        html.text(title)
        html.raw("</title>\n<style>")
        html.html(BannerStyle.document)
        html.raw("html,body{height:")
        html.text(String(height))
        html.raw("px;overflow:hidden}</style>\n</head>\n<body>\n<main class=\"banner\">\n<h1 class=\"visually-hidden\">")
        html.text(title)
        html.raw("</h1>\n<p class=\"stale-warning\" role=\"status\" hidden>")
        html.text(staleWarning)
        html.raw("</p>\n")
        if !items.isEmpty {
            html.raw("<ul>\n")
            for item in items {
                html.raw("<li class=\"item item-")
                html.text(item.level)
                html.raw("\"><span class=\"state\">")
                html.text(item.label)
                html.raw("</span> ")
                writeLink(item.link, to: &html)
                if let start = item.start {
                    html.raw(" ")
                    start.write(to: &html)
                }
                html.raw("</li>\n")
            }
            html.raw("</ul>\n")
        }
        if let more {
            html.raw("<p class=\"more\">")
            writeLink(more, to: &html)
            html.raw("</p>\n")
        }
        if let quiet {
            html.raw("<p class=\"quiet\">")
            writeLink(quiet, to: &html)
            html.raw("</p>\n")
        }
        html.raw("<p class=\"visually-hidden\">")
        html.text(timeZoneNote)
        html.raw("</p>\n<p class=\"updated visually-hidden\" data-stale-after=\"")
        html.text(String(staleAfter))
        html.raw("\">")
        html.text(updatedLabel)
        html.raw(" ")
        builtAt.write(to: &html)
        html.raw("</p>\n</main>\n")
        html.html(Freshness.script)
        html.raw("</body>\n</html>\n")
    }

    /// A link that opens in the page embedding the banner, not inside its frame.
    private func writeLink(_ link: LinkView, to html: inout HTMLWriter) {
        html.raw("<a href=\"")
        html.text(link.href)
        html.raw("\" target=\"_top\"")
        html.langAttribute(link.lang)
        html.raw(">")
        html.text(link.text)
        html.raw("</a>")
    }
}
