/// The banner's stylesheet, inlined in `embed/banner.html` and in the web component's
/// Shadow DOM, so both look the same and neither leaks into, or takes from, the page
/// that embeds it. Colours keep 4.5:1 contrast in light and dark mode.
enum BannerStyle {
    /// The document's stylesheet, whose root is `body`.
    static let document = css(root: "body")
    /// The web component's stylesheet, whose root is the shadow host.
    static let component = css(root: ":host")

    /// The rules with `root` as the element that carries the banner's font and colours:
    /// `:host` is only valid inside a shadow root, `body` only means something in a document.
    private static func css(root: String) -> String {
        """
        \(root){display:block;margin:0;font:14px/24px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        color:#1b1f24;background:#fff}\
        .banner{margin:0;padding:8px 12px}ul{list-style:none;margin:0;padding:0}\
        li,p{margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}a{color:inherit}\
        .state{display:inline-block;margin-right:6px;padding:0 8px;border-radius:4px;line-height:20px;font-weight:600;\
        color:#fff;background:#374151}\
        .item-critical .state{background:#991b1b}.item-major .state{background:#9a3412}\
        .item-minor .state{background:#854d0e}.item-maintenance .state,.item-upcoming .state{background:#1e40af}\
        .quiet{color:#166534}.stale-warning{color:#92400e;font-weight:600}.stale-warning:not([hidden])~.quiet{display:none}\
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\
        @media (prefers-color-scheme:dark){\(root){color:#e6e8eb;background:#16181d}.quiet{color:#86efac}\
        .stale-warning{color:#fcd34d}}
        """
    }
}
