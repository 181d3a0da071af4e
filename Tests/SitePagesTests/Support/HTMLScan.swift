import Foundation

/// A small scanner for the tags of rendered pages: enough to find links and to prove
/// that no executable markup got through, without an HTML parser dependency.
struct HTMLTag: Equatable {
    var name: String
    /// Attribute names lowercased, values with `&quot;`/`&amp;` decoded.
    var attributes: [(name: String, value: String)]

    static func == (lhs: HTMLTag, rhs: HTMLTag) -> Bool {
        lhs.name == rhs.name && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
    }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Every start tag of `html`, in order (comments and end tags skipped).
    static func scan(_ html: String) -> [HTMLTag] {
        var tags: [HTMLTag] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { break }
                rest = rest[end.upperBound...]
                continue
            }
            guard let first = rest.first, first.isLetter else { continue }
            let name = String(rest.prefix { $0.isLetter || $0.isNumber }).lowercased()
            rest = rest.dropFirst(name.count)
            var attributes: [(String, String)] = []
            while true {
                rest = rest.drop { $0.isWhitespace || $0 == "/" }
                guard let next = rest.first, next != ">" else { break }
                let attributeName = String(rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" }).lowercased()
                rest = rest.dropFirst(attributeName.count)
                var value = ""
                if rest.first == "=" {
                    rest = rest.dropFirst()
                    if let quote = rest.first, quote == "\"" || quote == "'" {
                        rest = rest.dropFirst()
                        value = String(rest.prefix { $0 != quote })
                        rest = rest.dropFirst(value.count + 1)
                    } else {
                        value = String(rest.prefix { !$0.isWhitespace && $0 != ">" })
                        rest = rest.dropFirst(value.count)
                    }
                }
                if attributeName.isEmpty { rest = rest.dropFirst(); continue }
                attributes.append((attributeName, decode(value)))
            }
            tags.append(HTMLTag(name: name, attributes: attributes))
        }
        return tags
    }

    private static func decode(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Where links lead: pages link relative to themselves, so tests resolve an href the
/// way a browser does before comparing it with a rendered file.
enum SiteHref {
    /// The site path (`/incidents/x/`, percent-decoded) that `href` on the page written
    /// to `file` (`incidents/y/index.html`) points at; nil for other sites and `#fragment`s.
    static func sitePath(of href: String, onPage file: String) -> String? {
        guard !href.hasPrefix("#"), !href.contains("://"), !href.hasPrefix("mailto:") else { return nil }
        let page = file.hasSuffix("index.html") ? String(file.dropLast("index.html".count)) : file
        guard let base = URL(string: "https://site.test/" + page),
              let resolved = URL(string: href, relativeTo: base)?.absoluteString,
              resolved.hasPrefix("https://site.test/")
        else { return nil }
        // `URL.path` drops a trailing slash, which tells a folder from a file: cut the string instead.
        let path = resolved.dropFirst("https://site.test".count).prefix { $0 != "#" && $0 != "?" }
        return path.removingPercentEncoding ?? String(path)
    }
}
