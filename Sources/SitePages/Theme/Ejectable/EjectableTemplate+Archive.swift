extension EjectableTemplate {
    /// `archive.mustache`: an archive page's main content, as `ArchiveView+HTML.swift` writes it.
    static let archive = EjectableTemplate(name: "archive", text: #"""
{{! One archive page's content: its incidents under month headings, and links to the newer and older pages. }}
<h1>{{heading}}</h1>
{{^hasIncidents}}
<p class="empty">{{emptyText}}</p>
{{/hasIncidents}}
{{#months}}
<section class="month">
<h2>{{monthHeading}}</h2>
\#(rows)
</section>
{{/months}}
\#(pagination)

"""#)
}
