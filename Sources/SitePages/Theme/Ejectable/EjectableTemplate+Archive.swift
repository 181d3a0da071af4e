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
<ul class="rows">
{{#rows}}
{{>incident-row}}
{{/rows}}
</ul>
</section>
{{/months}}
{{#pagination}}
<nav class="pagination" aria-label="{{paginationLabel}}">
<p>{{position}}</p>
<ul>
{{#newer}}
<li><a href="{{href}}" rel="prev">{{text}}</a></li>
{{/newer}}
{{#older}}
<li><a href="{{href}}" rel="next">{{text}}</a></li>
{{/older}}
</ul>
</nav>
{{/pagination}}

"""#)
}
