extension EjectableTemplate {
    /// `service.mustache`: a service page's main content, as `ServiceView+HTML.swift` writes it.
    static let service = EjectableTemplate(name: "service", text: #"""
{{! One service's content: its state, 90-day bar, recent incidents, years, and its feeds. }}
<h1>{{heading}}</h1>
{{#status}}
<p class="service-state"><span class="state-badge state-{{stateKey}}">{{stateLabel}}</span> <span class="availability">{{availability}}</span></p>
{{/status}}
<section aria-labelledby="days-heading">
<h2 id="days-heading">{{dayBar.barLabel}}</h2>
{{#dayBar}}
{{>day-bar}}
{{/dayBar}}
<p class="availability-rule">{{availabilityRule}}</p>
</section>
<section aria-labelledby="history-heading">
<h2 id="history-heading">{{historyHeading}}</h2>
{{^hasRows}}
<p class="empty">{{emptyText}}</p>
{{/hasRows}}
{{#hasRows}}
<ul class="rows">
{{#rows}}
{{>incident-row}}
{{/rows}}
</ul>
{{/hasRows}}
</section>
{{#hasYears}}
<nav class="years" aria-labelledby="years-heading">
<h2 id="years-heading">{{yearsHeading}}</h2>
<ul>
{{#years}}
<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{text}}</a></li>
{{/years}}
</ul>
</nav>
{{/hasYears}}
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

"""#)
}
