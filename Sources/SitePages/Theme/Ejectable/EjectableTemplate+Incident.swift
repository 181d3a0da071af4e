extension EjectableTemplate {
    /// `incident.mustache`: an incident page's main content, as `IncidentView+HTML.swift` writes it.
    static let incident = EjectableTemplate(name: "incident", text: #"""
{{! One incident's content: its facts (facts.mustache), summary, postmortem, timeline and the norms it excuses. The *HTML fields are cmark's safe HTML. }}
<article class="incident state-{{stateKey}}">
<p class="card-status"><span class="badge badge-{{stateKey}}">{{stateLabel}}</span> <span class="kind">{{kindLabel}}</span></p>
<h1{{#contentLang}} lang="{{.}}"{{/contentLang}}>{{title}}</h1>
{{>facts}}
{{#hasSummary}}
<div class="summary"{{#contentLang}} lang="{{.}}"{{/contentLang}}>
{{{summaryHTML}}}</div>
{{/hasSummary}}
{{#hasPostmortem}}
<section class="postmortem" aria-labelledby="postmortem-heading">
<h2 id="postmortem-heading">{{postmortemHeading}}</h2>
<div class="postmortem-body"{{#contentLang}} lang="{{.}}"{{/contentLang}}>
{{{postmortemHTML}}}</div>
</section>
{{/hasPostmortem}}
<section aria-labelledby="timeline-heading">
<h2 id="timeline-heading">{{timelineHeading}}</h2>
{{^hasUpdates}}
<p class="empty">{{noUpdatesText}}</p>
{{/hasUpdates}}
{{#hasUpdates}}
<ol class="timeline">
{{#updates}}
<li class="update">
<h3>{{#time}}<time datetime="{{datetime}}">{{text}}</time>{{/time}}{{#hasStatus}} <span class="status-label status-{{statusKey}}">{{statusLabel}}</span>{{/hasStatus}}</h3>
<div class="update-body"{{#contentLang}} lang="{{.}}"{{/contentLang}}>
{{{bodyHTML}}}</div>
</li>
{{/updates}}
</ol>
{{/hasUpdates}}
</section>
<section class="excused" aria-labelledby="excused-heading">
<h2 id="excused-heading">{{excusedHeading}}</h2>
{{^hasExcusedNorms}}
<p class="empty">{{noExcusedText}}</p>
{{/hasExcusedNorms}}
{{#excusedNorms}}
<h3><a href="{{normHref}}">{{normName}}</a></h3>
<ul class="windows">
{{#windows}}
<li>{{>time-range}}</li>
{{/windows}}
</ul>
{{#earlierText}}
<p class="more">{{.}}</p>
{{/earlierText}}
{{#hasPeriods}}
<p class="periods">{{periodsLabel}}: {{#periods}}{{^first()}}, {{/first()}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/periods}}</p>
{{/hasPeriods}}
{{/excusedNorms}}
</section>
</article>

"""#)
}
