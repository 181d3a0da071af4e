extension EjectableTemplate {
    /// `norm-period.mustache`: a norm's period page's main content, as `NormsView+HTML.swift` (`NormPeriodView`) writes it.
    static let normPeriod = EjectableTemplate(name: "norm-period", text: #"""
{{! One evaluation period of a norm, the page a seller cites: the sentence to quote, its facts and windows, and how each window was derived. Sentences are lists of parts, each a partText, a partTime or a partLink. }}
<h1>{{heading}}</h1>
<p class="back">{{#normLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/normLink}}</p>
<p class="statement">{{#statement}}{{#partText}}{{.}}{{/partText}}{{#partTime}}<time datetime="{{datetime}}">{{text}}</time>{{/partTime}}{{#partLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/partLink}}{{/statement}}</p>
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
<section class="explanation" aria-labelledby="explanation-heading">
<h2 id="explanation-heading">{{explanationHeading}}</h2>
<p class="rules">{{#rules}}{{#partText}}{{.}}{{/partText}}{{#partTime}}<time datetime="{{datetime}}">{{text}}</time>{{/partTime}}{{#partLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/partLink}}{{/rules}}</p>
{{#explanations}}
<div class="explained-window">
<p class="window-summary">{{#summary}}{{#partText}}{{.}}{{/partText}}{{#partTime}}<time datetime="{{datetime}}">{{text}}</time>{{/partTime}}{{#partLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/partLink}}{{/summary}}</p>
<ul class="derivations">
{{#derivations}}
<li>{{#incident}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/incident}}
<ul>
{{#steps}}
<li>{{#.}}{{#partText}}{{.}}{{/partText}}{{#partTime}}<time datetime="{{datetime}}">{{text}}</time>{{/partTime}}{{#partLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/partLink}}{{/.}}</li>
{{/steps}}
</ul>
</li>
{{/derivations}}
</ul>
{{#hasMore}}
<p class="more-derivations">{{#more}}{{#partText}}{{.}}{{/partText}}{{#partTime}}<time datetime="{{datetime}}">{{text}}</time>{{/partTime}}{{#partLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/partLink}}{{/more}}</p>
{{/hasMore}}
</div>
{{/explanations}}
</section>
<p class="more">{{#yearLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/yearLink}}</p>

"""#)
}
