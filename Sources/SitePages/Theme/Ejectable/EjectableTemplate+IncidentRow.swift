extension EjectableTemplate {
    /// `incident-row.mustache`: the incident row fragment, as `IncidentCardView+HTML.swift` (`IncidentRowView`) writes it.
    static let incidentRow = EjectableTemplate(name: "incident-row", text: #"""
{{! An incident as one line of the archive, a service's history or the front page's overflow. }}
<li class="row">
<span class="badge badge-{{stateKey}}">{{stateLabel}}</span>
<a class="row-title" href="{{href}}"{{#contentLang}} lang="{{.}}"{{/contentLang}}>{{title}}</a>
<span class="row-meta">{{kindLabel}}{{#opened}} · <time datetime="{{datetime}}">{{text}}</time>{{/opened}}{{#hasServices}} · {{#services}}{{^first()}}, {{/first()}}{{.}}{{/services}}{{/hasServices}}</span>
</li>

"""#)
}
