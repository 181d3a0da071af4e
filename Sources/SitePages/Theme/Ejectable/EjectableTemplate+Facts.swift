extension EjectableTemplate {
    /// `facts.mustache`: the facts fragment, as `FactView+HTML.swift` writes it.
    static let facts = EjectableTemplate(name: "facts", text: #"""
{{! The facts of an incident or a norm; each has a text, a time, links or a time range. }}
<dl class="facts">
{{#facts}}
<dt>{{term}}</dt>
<dd>{{#factText}}{{.}}{{/factText}}{{#factTime}}<time datetime="{{datetime}}">{{text}}</time>{{/factTime}}{{#factLinks}}{{^first()}}, {{/first()}}{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}{{/factLinks}}{{#factRange}}{{>time-range}}{{/factRange}}</dd>
{{/facts}}
</dl>

"""#)
}
