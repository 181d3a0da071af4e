extension EjectableTemplate {
    /// `norm-period.mustache`: a norm's period page's main content, as `NormsView+HTML.swift` (`NormPeriodView`) writes it.
    static let normPeriod = EjectableTemplate(name: "norm-period", text: #"""
{{! One evaluation period of a norm, the page a seller cites: the sentence to quote, its facts and windows, and how each window was derived. Sentences are lists of parts, each a partText, a partTime or a partLink. }}
<h1>{{heading}}</h1>
<p class="back">\#(link("normLink"))</p>
<p class="statement">\#(sentence("statement"))</p>
{{>facts}}
<section aria-labelledby="windows-heading">
<h2 id="windows-heading">{{windowsHeading}}</h2>
\#(windowsTable)
</section>
<section class="explanation" aria-labelledby="explanation-heading">
<h2 id="explanation-heading">{{explanationHeading}}</h2>
<p class="rules">\#(sentence("rules"))</p>
{{#explanations}}
<div class="explained-window">
<p class="window-summary">\#(sentence("summary"))</p>
<ul class="derivations">
{{#derivations}}
<li>\#(link("incident"))
<ul>
{{#steps}}
<li>\#(sentence("."))</li>
{{/steps}}
</ul>
</li>
{{/derivations}}
</ul>
{{#hasMore}}
<p class="more-derivations">\#(sentence("more"))</p>
{{/hasMore}}
</div>
{{/explanations}}
</section>
<p class="more">\#(link("yearLink"))</p>

"""#)
}
