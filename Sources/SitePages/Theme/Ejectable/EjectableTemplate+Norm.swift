extension EjectableTemplate {
    /// `norm.mustache`: a norm page's main content, as `NormsView+HTML.swift` (`NormView`) writes it.
    static let norm = EjectableTemplate(name: "norm", text: #"""
{{! One norm's content: its facts (facts.mustache), calendar and feeds, its years and its latest excused windows. }}
<h1>{{normName}}</h1>
{{>facts}}
{{#officeHoursText}}
<p>{{.}}</p>
{{/officeHoursText}}
<p>\#(link("calendarLink")){{#feedLinks}} · <a href="{{href}}" type="{{mediaType}}">{{text}}</a>{{/feedLinks}}</p>
<section aria-labelledby="years-heading">
<h2 id="years-heading">{{yearsHeading}}</h2>
{{^hasYears}}
<p class="empty">{{noWindowsText}}</p>
{{/hasYears}}
{{#hasYears}}
<div class="table-wrap">
<table>
<thead>
<tr><th scope="col">{{columnYear}}</th><th scope="col">{{columnWindows}}</th><th scope="col">{{columnExcused}}</th></tr>
</thead>
<tbody>
{{#years}}
<tr><td>\#(link("yearLink"))</td><td>{{windowCount}}</td><td>{{excused}}</td></tr>
{{/years}}
</tbody>
</table>
</div>
{{/hasYears}}
</section>
{{#hasWindows}}
<section aria-labelledby="windows-heading">
<h2 id="windows-heading">{{windowsHeading}}</h2>
\#(windowsTable)
</section>
{{/hasWindows}}

"""#)
}
