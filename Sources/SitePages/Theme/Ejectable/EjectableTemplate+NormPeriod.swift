extension EjectableTemplate {
    /// `norm-period.mustache`: a norm's period page's main content, as `NormsView+HTML.swift` (`NormPeriodView`) writes it.
    static let normPeriod = EjectableTemplate(name: "norm-period", text: #"""
{{! One evaluation period of a norm, the page a seller cites. statementHTML is the citable sentence and explanationHTML the section on how each window was derived, both as built in. }}
<h1>{{heading}}</h1>
<p class="back">{{#normLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/normLink}}</p>
<p class="statement">{{{statementHTML}}}</p>
{{>facts}}
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
</section>
{{{explanationHTML}}}<p class="more">{{#yearLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/yearLink}}</p>

"""#)
}
