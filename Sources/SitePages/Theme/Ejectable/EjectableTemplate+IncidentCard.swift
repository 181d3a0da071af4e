extension EjectableTemplate {
    /// `incident-card.mustache`: the incident card fragment, as `IncidentCardView+HTML.swift` writes it.
    static let incidentCard = EjectableTemplate(name: "incident-card", text: #"""
{{! An incident on the front page: state, title, services, opened, maintenance window and the latest update. }}
<li>
<article class="card state-{{stateKey}}">
<p class="card-status"><span class="badge badge-{{stateKey}}">{{stateLabel}}</span> <span class="kind">{{kindLabel}}</span></p>
<h3 class="card-title"><a href="{{href}}"{{#contentLang}} lang="{{.}}"{{/contentLang}}>{{title}}</a></h3>
{{#hasServices}}
<ul class="services">{{#services}}<li>{{.}}</li>{{/services}}</ul>
{{/hasServices}}
{{#opened}}
<p class="opened">{{openedLabel}}: <time datetime="{{datetime}}">{{text}}</time></p>
{{/opened}}
{{#maintenanceWindow}}
<p class="window">{{windowLabel}}: {{>time-range}}</p>
{{/maintenanceWindow}}
{{#latest}}
<div class="latest">
<h4>{{latestLabel}}: {{#time}}<time datetime="{{datetime}}">{{text}}</time>{{/time}}{{#hasStatus}} <span class="status-label status-{{statusKey}}">{{statusLabel}}</span>{{/hasStatus}}</h4>
<div class="update-body"{{#contentLang}} lang="{{.}}"{{/contentLang}}>
{{{bodyHTML}}}</div>
</div>
{{/latest}}
</article>
</li>

"""#)
}
