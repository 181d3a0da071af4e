import Foundation
import IncidentModel
import OutputEncoding
import SiteConfig
import SiteContent

/// `embed/storingen-banner.js`: `<storingen-banner services="orders,shipping" lang="nl">`,
/// a web component without dependencies for pages that prefer script to a frame. It
/// reads the site's `api/v2/summary.json` (next to the script, so the host must allow
/// the embedding origin to read it: GitHub Pages sends `Access-Control-Allow-Origin: *`)
/// and draws the banner's markup and style in a Shadow DOM. Until it has drawn, and
/// without script, the element's own content shows: a link to the status page.
enum EmbedScript {
    /// The script for a site with these settings: the banner's words in every language,
    /// its style and `staleAfter` are written into it.
    static func text(_ configuration: SiteConfiguration) -> String {
        var words: [String: [String: String]] = [:]
        for language in Language.allCases {
            words[language.rawValue] = [
                "active": SiteText.label(for: IncidentState.active(.investigating))[language],
                "inProgress": SiteText.label(for: IncidentState.inProgress)[language],
                "upcoming": SiteText.label(for: IncidentState.upcoming(start: .distantPast))[language],
                "quiet": PageText.allOperational[language],
                "serviceQuiet": PageText.serviceOperational("%s", in: language),
                "more": PageText.moreOnStatusPage(0, in: language).replacingOccurrences(of: "0", with: "%d"),
                "stale": PageText.staleWarning[language],
                "locale": language == .nl ? "nl-NL" : "en-GB",
            ]
        }
        let wordsJSON = compactJSON(words)
        let cssJSON = compactJSON(BannerStyle.component)
        return """
            /* storingen: <storingen-banner services="orders,shipping" lang="nl">, drawn from api/v2/summary.json. */
            (function(){var s=document.currentScript,u=new URL("../api/v2/summary.json",s.src),W=\(wordsJSON),C=\(cssJSON),\
            A=\(Int(configuration.staleAfter)),N=\(BannerView.maximumItems);
            function e(t,c,x){var n=document.createElement(t);if(c)n.className=c;if(x!=null)n.textContent=x;return n}
            function a(h,x){var n=e("a",null,x);n.href=h;n.target="_top";return n}
            class B extends HTMLElement{connectedCallback(){var m=this;fetch(u).then(function(r){return r.json()})\
            .then(function(d){m.draw(d)}).catch(function(){})}
            draw(d){var w=W[this.getAttribute("lang")]||W.nl,now=Date.now(),k=(this.getAttribute("services")||"").split(",")\
            .map(function(x){return x.trim()}).filter(Boolean),v=[];
            function hit(i){return!k.length||(i.components||[]).some(function(c){return k.indexOf(c.id)>=0})}
            (d.incidents||[]).forEach(function(i){if(hit(i))v.push(["item-"+(i.impact||"minor"),w.active,i])});
            (d.scheduled_maintenances||[]).forEach(function(i){if(!hit(i))return;if(i.status=="in_progress"||i.status=="verifying")\
            v.push(["item-maintenance",w.inProgress,i]);else if(Date.parse(i.scheduled_for)-now<=1728e5)v.push(["item-upcoming",w.upcoming,i])});
            var r=this.shadowRoot||this.attachShadow({mode:"open"}),b=e("div","banner"),l=e("ul");r.textContent="";
            r.appendChild(e("style",null,C));r.appendChild(b);
            if(now>Date.parse(d.generated_at)+A*1e3){var p=e("p","stale-warning",w.stale);p.setAttribute("role","status");b.appendChild(p)}
            v.slice(0,N).forEach(function(x){var i=e("li","item "+x[0]);i.appendChild(e("span","state",x[1]));i.append(" ");\
            i.appendChild(a(x[2].shortlink,x[2].name));if(x[0]=="item-upcoming"){var t=e("time",null,new Intl.DateTimeFormat(w.locale,\
            {timeZone:"Europe/Amsterdam",day:"numeric",month:"long",hour:"2-digit",minute:"2-digit"}).format(new Date(x[2].scheduled_for)));\
            t.dateTime=x[2].scheduled_for;i.append(" ");i.appendChild(t)}l.appendChild(i)});
            if(v.length)b.appendChild(l);if(v.length>N){var o=e("p","more");o.appendChild(a(d.page.url,w.more.replace("%d",v.length-N)));b.appendChild(o)}
            if(!v.length){var c=k.length==1&&(d.components||[]).filter(function(c){return c.id==k[0]})[0],q=e("p","quiet");            q.appendChild(a(d.page.url,c?w.serviceQuiet.replace("%s",c.name):w.quiet));b.appendChild(q)}}}
            if(!customElements.get("storingen-banner"))customElements.define("storingen-banner",B)})();

            """
    }

    /// `value` as one line of JSON, for a script literal.
    private static func compactJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}
