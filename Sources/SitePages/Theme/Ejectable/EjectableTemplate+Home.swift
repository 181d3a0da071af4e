extension EjectableTemplate {
    /// `home.mustache`: the front page's main content, as `HomeView+HTML.swift` writes it.
    static let home = EjectableTemplate(name: "home", text: #"""
{{! The front page's content, inside layout.mustache. A fragment (incident-card, incident-row, day-bar) is a partial of its own file, or the built-in one. }}
<h1>{{heading}}</h1>
<p class="overall-status state-{{statusKey}}"><span class="state-dot" aria-hidden="true"></span> {{statusLine}}</p>
{{^hasActive}}
<p class="empty">{{emptyText}}</p>
{{/hasActive}}
{{#hasActive}}
<section aria-labelledby="active-heading">
<h2 id="active-heading">{{activeHeading}}</h2>
<ul class="cards">
{{#active}}
{{>incident-card}}
{{/active}}
</ul>
{{#activeRows}}
{{#hasRows}}
<ul class="rows">
{{#rows}}
{{>incident-row}}
{{/rows}}
</ul>
{{/hasRows}}
{{#moreText}}
<p class="more">{{.}}</p>
{{/moreText}}
{{/activeRows}}
</section>
{{/hasActive}}
{{#hasMaintenance}}
<section aria-labelledby="maintenance-heading">
<h2 id="maintenance-heading">{{maintenanceHeading}}</h2>
<ul class="cards">
{{#maintenance}}
{{>incident-card}}
{{/maintenance}}
</ul>
{{#maintenanceRows}}
{{#hasRows}}
<ul class="rows">
{{#rows}}
{{>incident-row}}
{{/rows}}
</ul>
{{/hasRows}}
{{#moreText}}
<p class="more">{{.}}</p>
{{/moreText}}
{{/maintenanceRows}}
</section>
{{/hasMaintenance}}
<section aria-labelledby="services-heading">
<h2 id="services-heading">{{servicesHeading}}</h2>
<ul class="service-grid">
{{#services}}
<li class="service-status state-{{stateKey}}">
<div class="service-heading">
<h3 class="service-name">{{#serviceLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/serviceLink}}</h3>
<p class="service-state"><span class="state-badge state-{{stateKey}}">{{stateLabel}}</span> <span class="availability">{{availability}}</span></p>
</div>
{{#dayBar}}
{{>day-bar}}
{{/dayBar}}
</li>
{{/services}}
</ul>
{{#hasLegend}}
<p class="legend"><span class="visually-hidden">{{legendLabel}}:</span>{{#legend}} <span class="legend-item"><span class="swatch day-{{dayKey}}"></span> {{dayText}}</span>{{/legend}}</p>
{{/hasLegend}}
<p class="availability-rule">{{availabilityRule}}</p>
</section>
{{#hasRecent}}
<section aria-labelledby="recent-heading">
<h2 id="recent-heading">{{recentHeading}}</h2>
<ul class="cards">
{{#recent}}
{{>incident-card}}
{{/recent}}
</ul>
{{#recentRows}}
{{#hasRows}}
<ul class="rows">
{{#rows}}
{{>incident-row}}
{{/rows}}
</ul>
{{/hasRows}}
{{#moreText}}
<p class="more">{{.}}</p>
{{/moreText}}
{{/recentRows}}
</section>
{{/hasRecent}}
<p class="more">{{#archiveLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/archiveLink}}</p>
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
