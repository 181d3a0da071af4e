extension EjectableTemplate {
    /// `service-year.mustache`: a service's year page's main content, as `ServiceView+HTML.swift` (`ServiceYearView`) writes it.
    static let serviceYear = EjectableTemplate(name: "service-year", text: #"""
{{! A service's incidents of one year, and links to its other years. }}
<h1>{{heading}}</h1>
<p class="back">\#(link("serviceLink"))</p>
\#(rows)
\#(yearsNavigation)

"""#)
}
