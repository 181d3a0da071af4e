extension EjectableTemplate {
    /// `norms.mustache`: the service-norms page's main content, as `NormsView+HTML.swift` writes it.
    static let norms = EjectableTemplate(name: "norms", text: #"""
{{! The service-norms overview: how excused time is counted, and every norm with its facts (facts.mustache) and totals. }}
<h1>{{heading}}</h1>
<p>{{intro}}</p>
<p class="rules">{{rulesText}}</p>
<p>\#(link("excusedJSONLink")) · \#(link("normsJSONLink"))</p>
{{#norms}}
<section class="norm" id="{{anchor}}" aria-labelledby="{{anchor}}-heading">
<h2 id="{{anchor}}-heading">\#(link("normLink"))</h2>
{{>facts}}
<p class="totals">{{totals}}</p>
</section>
{{/norms}}

"""#)
}
