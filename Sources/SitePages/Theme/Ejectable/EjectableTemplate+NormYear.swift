extension EjectableTemplate {
    /// `norm-year.mustache`: a norm's year page's main content, as `NormsView+HTML.swift` (`NormYearView`) writes it.
    static let normYear = EjectableTemplate(name: "norm-year", text: #"""
{{! A norm's excused windows and evaluation periods of one year, and links to its other years. }}
<h1>{{heading}}</h1>
<p class="back">\#(link("normLink"))</p>
<section aria-labelledby="windows-heading">
<h2 id="windows-heading">{{windowsHeading}}</h2>
\#(windowsTable)
\#(pagination)
</section>
<section aria-labelledby="periods-heading">
<h2 id="periods-heading">{{periodsHeading}}</h2>
<div class="table-wrap">
<table>
<thead>
<tr><th scope="col">{{columnPeriod}}</th><th scope="col">{{columnExcused}}</th></tr>
</thead>
<tbody>
{{#periods}}
<tr><td>\#(link("periodLink"))</td><td>{{duration}}</td></tr>
{{/periods}}
</tbody>
</table>
</div>
</section>
\#(yearsNavigation)

"""#)
}
