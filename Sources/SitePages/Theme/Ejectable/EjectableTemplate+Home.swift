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
\#(rowsAfterCards("activeRows"))
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
\#(rowsAfterCards("maintenanceRows"))
</section>
{{/hasMaintenance}}
<section aria-labelledby="services-heading">
<h2 id="services-heading">{{servicesHeading}}</h2>
\#(serviceGrid("services", headingLevel: 3))
</section>
{{#hasRecent}}
<section aria-labelledby="recent-heading">
<h2 id="recent-heading">{{recentHeading}}</h2>
<ul class="cards">
{{#recent}}
{{>incident-card}}
{{/recent}}
</ul>
\#(rowsAfterCards("recentRows"))
</section>
{{/hasRecent}}
<p class="more">\#(link("archiveLink"))</p>
\#(subscribe)

"""#)
}
