extension EjectableTemplate {
    /// `layout.mustache`: the frame around every page, as `LayoutView+HTML.swift` writes it.
    static let layout = EjectableTemplate(name: "layout", text: #"""
{{! The frame of every page. main is the page's content (its template's or the built-in one) as HTML; headSlotHTML, headerSlotHTML and footerSlotHTML are site/theme/'s head.html, header.html and footer.html, each ending in a line break. }}
<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{documentTitle}}</title>
<meta name="description" content="{{siteDescription}}">
<link rel="canonical" href="{{canonicalURL}}">
{{#alternates}}
<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
{{/alternates}}
{{#atomFeed}}
<link rel="alternate" type="application/atom+xml" href="{{href}}" title="{{text}}">
{{/atomFeed}}
{{#rssFeed}}
<link rel="alternate" type="application/rss+xml" href="{{href}}" title="{{text}}">
{{/rssFeed}}
{{#pageFeeds}}
<link rel="alternate" type="{{mediaType}}" href="{{href}}" title="{{text}}">
{{/pageFeeds}}
{{#relLinks}}
<link rel="{{rel}}" href="{{href}}">
{{/relLinks}}
<link rel="stylesheet" href="{{stylesheetHref}}">
<link rel="icon" href="{{iconHref}}" type="image/svg+xml">
{{{headSlotHTML}}}</head>
<body>
<a class="skip-link" href="#main">{{skipLabel}}</a>
<header class="site-header">
{{{headerSlotHTML}}}<p class="site-title"><a href="{{homeHref}}">{{siteTitle}}</a></p>
<nav class="site-nav" aria-label="{{mainMenuLabel}}">
<ul>
{{#navItems}}
<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{text}}</a></li>
{{/navItems}}
</ul>
</nav>
<p class="stale-warning" role="status" hidden>{{staleWarning}}</p>
</header>
<main id="main">
{{{main}}}</main>
<footer class="site-footer">
<p class="updated" data-stale-after="{{staleAfter}}">{{updatedLabel}} {{#builtAt}}<time datetime="{{datetime}}">{{text}}</time>{{/builtAt}}</p>
<p class="time-zone">{{timeZoneNote}}</p>
<p class="follow">{{followLabel}}: \#(link("atomFeed")) · \#(link("rssFeed")) · \#(link("excusedJSON"))</p>
{{#hasLanguageLinks}}
<nav class="language-nav" aria-label="{{languageMenuLabel}}">
<ul>
{{#languageLinks}}
<li><a href="{{href}}" hreflang="{{linkLang}}" lang="{{linkLang}}">{{text}}</a></li>
{{/languageLinks}}
</ul>
</nav>
{{/hasLanguageLinks}}
{{{footerSlotHTML}}}</footer>
{{{freshnessScriptHTML}}}</body>
</html>

"""#)
}
