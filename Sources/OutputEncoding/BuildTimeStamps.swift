import Foundation

/// The build time a page states (and the moment a period file describes), filled in as
/// `storingen serve` sends the file. Every page says when the site was built, so a preview
/// that wrote the time into its pages made all 27,000 files of 10,000 incidents again at
/// each save in a new minute (seconds, for one changed incident). Made with placeholders
/// instead, a file stays the same from one minute to the next, and the server puts the
/// time of the last rebuild in its place.
///
/// A placeholder is a name between NUL bytes: no text of a page can hold one (Markdown
/// turns NUL into U+FFFD, YAML refuses it), escaping leaves it as it is, and only an
/// exact placeholder is replaced.
public struct BuildTimeStamps: Sendable, Equatable {
    /// How a render states the build time.
    public enum Form: Sendable {
        /// The time itself: what `build` publishes.
        case written
        /// Placeholders, for `fill(_:)` to replace.
        case placeholders
    }

    /// The bytes of each placeholder and of what replaces it.
    private var replacements: [[UInt8]: [UInt8]] = [:]

    public init() {}

    /// `values`: by placeholder name, the text that replaces it, escaped for where it stands.
    public init(_ values: [String: String]) {
        for (name, value) in values {
            replacements[Array(Self.placeholder(name).utf8)] = Array(value.utf8)
        }
    }

    /// These stamps and `other`'s (whose value wins for a name both have).
    public func merging(_ other: BuildTimeStamps) -> BuildTimeStamps {
        var merged = self
        merged.replacements.merge(other.replacements) { _, new in new }
        return merged
    }

    /// The placeholder of `name` (letters, digits and dots).
    public static func placeholder(_ name: String) -> String {
        "\u{0}" + name + "\u{0}"
    }

    /// `contents` with every known placeholder replaced; the same bytes when it has none,
    /// which a page's first NUL byte tells (`memchr`, a few microseconds for 100 KB).
    public func fill(_ contents: Data) -> Data {
        guard !replacements.isEmpty else { return contents }
        return contents.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Data in
            guard let base = source.baseAddress, memchr(base, 0, source.count) != nil else { return contents }
            let bytes = source.bindMemory(to: UInt8.self)
            var filled: [UInt8] = []
            filled.reserveCapacity(bytes.count + 64)
            var copied = 0
            var index = 0
            while let found = Self.nul(in: bytes, from: index) {
                guard let end = Self.nul(in: bytes, from: found + 1),
                      let value = replacements[Array(bytes[found...end])] else {
                    index = found + 1
                    continue
                }
                filled.append(contentsOf: bytes[copied..<found])
                filled.append(contentsOf: value)
                copied = end + 1
                index = copied
            }
            filled.append(contentsOf: bytes[copied...])
            return Data(filled)
        }
    }

    /// The position of the first NUL byte at or after `start`.
    private static func nul(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, 0, bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
