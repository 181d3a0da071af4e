extension EjectableTemplate {
    /// `service.mustache`: a service page's main content, as `ServiceView+HTML.swift` writes it.
    static let service = EjectableTemplate(name: "service", text: #"""
{{! One service's content: its state, 90-day bar, recent incidents, years, and its feeds. }}
<h1>{{heading}}</h1>
{{#status}}
\#(serviceState)
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
\#(rows)
{{/hasRows}}
</section>
{{#hasYears}}
\#(yearsNavigation)
{{/hasYears}}
\#(subscribe)

"""#)
}
