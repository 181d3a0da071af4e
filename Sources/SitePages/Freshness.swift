/// The page's freshness check, a progressive enhancement: when the reader's clock is past
/// the build time (`.updated time`) plus the `data-stale-after` seconds, it shows the
/// hidden `.stale-warning`. Without script the page still says when it was built; a
/// static page that stopped being rebuilt otherwise looks exactly like a quiet one.
enum Freshness {
    static let script = """
        <script>(function(){var t=document.querySelector(".updated time"),w=document.querySelector(".stale-warning");\
        if(!t||!w)return;var s=Number(t.parentNode.getAttribute("data-stale-after"));\
        if(Date.now()>Date.parse(t.getAttribute("datetime"))+s*1e3)w.hidden=false})();</script>

        """
}
