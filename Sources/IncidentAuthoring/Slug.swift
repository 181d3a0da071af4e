import Foundation

/// File-name slugs from titles: Dutch accents folded (`geïdentificeerd` →
/// `geidentificeerd`), lowercase, words joined by `-`, at most 60 characters.
public enum Slug {
    public static func make(from title: String, maximumLength: Int = 60) -> String {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        if slug.count > maximumLength {
            slug = String(slug.prefix(maximumLength))
            if let dash = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: dash) > maximumLength / 2 {
                slug = String(slug[..<dash])
            }
        }
        return slug.isEmpty ? "storing" : slug
    }
}
