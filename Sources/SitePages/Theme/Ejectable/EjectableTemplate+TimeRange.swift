extension EjectableTemplate {
    /// `time-range.mustache`: the time range fragment, as `TimeView+HTML.swift` (`WindowTextView`) writes it.
    static let timeRange = EjectableTemplate(name: "time-range", text: #"""
{{! "start – end", or "start – ongoing" while the window is open. It sits inside a line, so this file ends without a line break. }}
{{#start}}<time datetime="{{datetime}}">{{text}}</time>{{/start}} – {{#end}}<time datetime="{{datetime}}">{{text}}</time>{{/end}}{{#ongoingText}}<span class="ongoing">{{.}}</span>{{/ongoingText}}
"""#)
}
