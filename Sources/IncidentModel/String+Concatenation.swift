extension String {
    /// The parts one after the other, in a single allocation. Routes and links are joined
    /// from a prefix, a folder and an id hundreds of thousands of times per build, and
    /// interpolation grows its string part by part.
    public static func concatenation(
        _ first: String, _ second: String, _ third: String = "", _ fourth: String = "", _ fifth: String = "",
        _ sixth: String = ""
    ) -> String {
        let count = first.utf8.count + second.utf8.count + third.utf8.count + fourth.utf8.count + fifth.utf8.count
            + sixth.utf8.count
        return ShortText.make(capacity: count) { text in
            // One by one, not through an array of the parts, which would cost an allocation.
            text.append(first)
            text.append(second)
            if !third.isEmpty { text.append(third) }
            if !fourth.isEmpty { text.append(fourth) }
            if !fifth.isEmpty { text.append(fifth) }
            if !sixth.isEmpty { text.append(sixth) }
        }
    }
}
