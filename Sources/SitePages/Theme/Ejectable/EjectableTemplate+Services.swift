extension EjectableTemplate {
    /// `services.mustache`: the services page's main content, as `ServiceView+HTML.swift` (`ServicesView`) writes it.
    static let services = EjectableTemplate(name: "services", text: #"""
{{! The services page's content: every service with its state and 90-day bar; the names are h2 under the page's h1. }}
<h1>{{heading}}</h1>
<p>{{intro}}</p>
\#(serviceGrid("serviceList", headingLevel: 2))

"""#)
}
