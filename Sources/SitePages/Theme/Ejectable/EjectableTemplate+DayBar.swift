extension EjectableTemplate {
    /// `day-bar.mustache`: the 90-day bar fragment, as `DayBarView+HTML.swift` writes it.
    static let dayBar = EjectableTemplate(name: "day-bar", text: #"""
{{! A service's last 90 days: a cell per day, linking to the day's worst incident; clear days are hidden from screen readers. In a grid the summary is for screen readers only and the grid has the legend. }}
<div class="day-bar">
{{#summaryIsVisible}}
<p class="day-bar-summary">{{barSummary}}</p>
{{/summaryIsVisible}}
{{^summaryIsVisible}}
<p class="visually-hidden">{{barSummary}}</p>
{{/summaryIsVisible}}
<ol class="days">
{{#days}}
{{#href}}
<li class="day day-{{dayKey}}"><a href="{{.}}" title="{{dayText}}"></a></li>
{{/href}}
{{^href}}
<li class="day day-{{dayKey}}" title="{{dayText}}" aria-hidden="true"></li>
{{/href}}
{{/days}}
</ol>
{{#hasLegend}}
<p class="legend"><span class="visually-hidden">{{legendLabel}}:</span>{{#legend}} <span class="legend-item"><span class="swatch day-{{dayKey}}"></span> {{dayText}}</span>{{/legend}}</p>
{{/hasLegend}}
</div>

"""#)
}
