extension EjectableTemplate {
    /// `services.mustache`: the services page's main content, as `ServiceView+HTML.swift` (`ServicesView`) writes it.
    static let services = EjectableTemplate(name: "services", text: #"""
{{! The services page's content: every service with its state and 90-day bar; the names are h2 under the page's h1. }}
<h1>{{heading}}</h1>
<p>{{intro}}</p>
<ul class="service-grid">
{{#serviceList}}
<li class="service-status state-{{stateKey}}">
<div class="service-heading">
<h2 class="service-name">{{#serviceLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/serviceLink}}</h2>
<p class="service-state"><span class="state-badge state-{{stateKey}}">{{stateLabel}}</span> <span class="availability">{{availability}}</span></p>
</div>
{{#dayBar}}
{{>day-bar}}
{{/dayBar}}
</li>
{{/serviceList}}
</ul>
{{#hasLegend}}
<p class="legend"><span class="visually-hidden">{{legendLabel}}:</span>{{#legend}} <span class="legend-item"><span class="swatch day-{{dayKey}}"></span> {{dayText}}</span>{{/legend}}</p>
{{/hasLegend}}
<p class="availability-rule">{{availabilityRule}}</p>

"""#)
}
