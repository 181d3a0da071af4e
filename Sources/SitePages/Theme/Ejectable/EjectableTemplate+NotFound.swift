extension EjectableTemplate {
    /// `not-found.mustache`: the 404 page's main content, as `NotFoundView+HTML.swift` writes it.
    static let notFound = EjectableTemplate(name: "not-found", text: #"""
{{! The 404 page's content, in the default language, with the way home in every language. }}
<h1>{{heading}}</h1>
<p>{{notFoundText}}</p>
<ul class="links">
<li>\#(link("homeLink"))</li>
<li>\#(link("archiveLink"))</li>
{{#otherHomes}}
<li><a href="{{href}}" hreflang="{{linkLang}}" lang="{{linkLang}}">{{text}}</a></li>
{{/otherHomes}}
</ul>

"""#)
}
