/// Markup more than one built-in template writes, held once here and placed into each
/// template's text, so an ejected file still stands alone (it needs no partial that
/// `theme eject` did not write) while the source says each piece once.
extension EjectableTemplate {
    /// A `LinkView` field: a link, or only its text when the name has no page.
    static func link(_ field: String) -> String {
        #"{{#\#(field)}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/\#(field)}}"#
    }

    /// A sentence of parts (`partText`, `partTime`, `partLink`), as the period page writes them.
    static func sentence(_ field: String) -> String {
        #"{{#\#(field)}}{{#partText}}{{.}}{{/partText}}{{#partTime}}<time datetime="{{datetime}}">{{text}}</time>{{/partTime}}\#(link("partLink")){{/\#(field)}}"#
    }

    /// The table of excused windows (`windows` with `columns`) of the norm pages.
    static let windowsTable = #"""
<div class="table-wrap">
<table>
<thead>
<tr><th scope="col">{{columns.columnFrom}}</th><th scope="col">{{columns.columnUntil}}</th><th scope="col">{{columns.columnIncidents}}</th></tr>
</thead>
<tbody>
{{#windows}}
<tr><td>{{#start}}<time datetime="{{datetime}}">{{text}}</time>{{/start}}</td><td>{{#end}}<time datetime="{{datetime}}">{{text}}</time>{{/end}}{{#ongoingText}}<span class="ongoing">{{.}}</span>{{/ongoingText}}</td><td>{{#incidentLinks}}{{^first()}}, {{/first()}}<a href="{{href}}"{{#linkLang}} lang="{{.}}"{{/linkLang}}>{{text}}</a>{{/incidentLinks}}{{#moreText}} <span class="more-incidents">{{.}}</span>{{/moreText}}</td></tr>
{{/windows}}
</tbody>
</table>
</div>
"""#

    /// Newer and older pages of a paged list (`pagination`).
    static let pagination = #"""
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
"""#

    /// The "Volgen" section (`subscribe`).
    static let subscribe = #"""
{{#subscribe}}
<section class="subscribe" aria-labelledby="subscribe-heading">
<h2 id="subscribe-heading">{{subscribeHeading}}</h2>
<p>{{subscribeIntro}}</p>
<ul class="subscribe-links">
{{#subscribeLinks}}
<li><a href="{{href}}" type="{{mediaType}}">{{text}}</a></li>
{{/subscribeLinks}}
</ul>
</section>
{{/subscribe}}
"""#

    /// The links to the other years of a list (`yearsHeading`, `years`).
    static let yearsNavigation = #"""
<nav class="years" aria-labelledby="years-heading">
<h2 id="years-heading">{{yearsHeading}}</h2>
<ul>
{{#years}}
<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{text}}</a></li>
{{/years}}
</ul>
</nav>
"""#

    /// The incident rows under a list's first cards (`…Rows`: `rows`, `hasRows`, `moreText`).
    static func rowsAfterCards(_ field: String) -> String {
        #"""
{{#\#(field)}}
{{#hasRows}}
\#(rows)
{{/hasRows}}
{{#moreText}}
<p class="more">{{.}}</p>
{{/moreText}}
{{/\#(field)}}
"""#
    }

    /// A list of incident rows (`rows`).
    static let rows = #"""
<ul class="rows">
{{#rows}}
{{>incident-row}}
{{/rows}}
</ul>
"""#

    /// The services of a grid (`list`), each its state and day bar, its name a heading of `level`.
    static func serviceGrid(_ list: String, headingLevel level: Int) -> String {
        #"""
<ul class="service-grid">
{{#\#(list)}}
<li class="service-status state-{{stateKey}}">
<div class="service-heading">
<h\#(level) class="service-name">\#(link("serviceLink"))</h\#(level)>
\#(serviceState)
</div>
{{#dayBar}}
{{>day-bar}}
{{/dayBar}}
</li>
{{/\#(list)}}
</ul>
{{#hasLegend}}
<p class="legend"><span class="visually-hidden">{{legendLabel}}:</span>{{#legend}} <span class="legend-item"><span class="swatch day-{{dayKey}}"></span> {{dayText}}</span>{{/legend}}</p>
{{/hasLegend}}
<p class="availability-rule">{{availabilityRule}}</p>
"""#
    }

    /// A service's state in words and its availability.
    static let serviceState = #"""
<p class="service-state"><span class="state-badge state-{{stateKey}}">{{stateLabel}}</span> <span class="availability">{{availability}}</span></p>
"""#
}
