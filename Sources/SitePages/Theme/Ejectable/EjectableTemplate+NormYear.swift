extension EjectableTemplate {
    /// `norm-year.mustache`: a norm's year page's main content, as `NormsView+HTML.swift` (`NormYearView`) writes it.
    static let normYear = EjectableTemplate(name: "norm-year", text: #"""
{{! A norm's excused windows and evaluation periods of one year, and links to its other years. }}
<h1>{{heading}}</h1>
<p class="back">{{#normLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/normLink}}</p>
<section aria-labelledby="windows-heading">
<h2 id="windows-heading">{{windowsHeading}}</h2>
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
</section>
<section aria-labelledby="periods-heading">
<h2 id="periods-heading">{{periodsHeading}}</h2>
<div class="table-wrap">
<table>
<thead>
<tr><th scope="col">{{columnPeriod}}</th><th scope="col">{{columnExcused}}</th></tr>
</thead>
<tbody>
{{#periods}}
<tr><td>{{#periodLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/periodLink}}</td><td>{{duration}}</td></tr>
{{/periods}}
</tbody>
</table>
</div>
</section>
<nav class="years" aria-labelledby="years-heading">
<h2 id="years-heading">{{yearsHeading}}</h2>
<ul>
{{#years}}
<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{text}}</a></li>
{{/years}}
</ul>
</nav>

"""#)
}
