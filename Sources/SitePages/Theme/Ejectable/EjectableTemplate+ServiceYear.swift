extension EjectableTemplate {
    /// `service-year.mustache`: a service's year page's main content, as `ServiceView+HTML.swift` (`ServiceYearView`) writes it.
    static let serviceYear = EjectableTemplate(name: "service-year", text: #"""
{{! A service's incidents of one year, and links to its other years. }}
<h1>{{heading}}</h1>
<p class="back">{{#serviceLink}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/serviceLink}}</p>
<ul class="rows">
{{#rows}}
{{>incident-row}}
{{/rows}}
</ul>
<nav class="years" aria-labelledby="years-heading">
<h2 id="years-heading">{{yearsHeading}}</h2>
<ul>
{{#years}}
<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{text}}</a></li>
{{/years}}
</ul>
</nav>

"""#)
}
