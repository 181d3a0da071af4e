import Foundation
import Testing
import TestSupport
@testable import Notifications

/// E-mail header and body encodings: RFC 2047 encoded words for UTF-8 headers and
/// quoted-printable bodies, both 7-bit and within their line limits.
struct MIMEEncodingTests {
    @Test func plainASCIIStaysReadable() {
        #expect(MIMEHeaderEncoding.field("Subject", "[Opgelost] Storing bestellingen") == "Subject: [Opgelost] Storing bestellingen")
        #expect(MIMEHeaderEncoding.phrase("Actuele storingen") == "\"Actuele storingen\"")
        #expect(MIMEHeaderEncoding.phrase("Ops \"team\"") == "\"Ops \\\"team\\\"\"")
    }

    @Test func longASCIIFoldsAtSpacesButNeverRightAfterTheColon() {
        let key = "2026-11-18-voorraad-wijzigingen-vertraagd@2026-11-23T13:00:00+01:00"
        #expect(MIMEHeaderEncoding.field("X-Storingen-Idempotency-Key", key) == "X-Storingen-Idempotency-Key: \(key)")
        let subject = MIMEHeaderEncoding.field("Subject", "[Opgelost] " + String(repeating: "storing ", count: 12) + "voorbij")
        #expect(subject == "Subject: [Opgelost] storing storing storing storing storing storing storing\r\n storing storing storing storing storing voorbij")
    }

    @Test func utf8BecomesQEncodedWords() {
        #expect(MIMEHeaderEncoding.field("Subject", "[Opgelost] één storing") == "Subject: =?UTF-8?Q?=5BOpgelost=5D_=C3=A9=C3=A9n_storing?=")
        // `=?` would start an encoded word for a reader, so it is encoded too.
        #expect(MIMEHeaderEncoding.field("Subject", "a =?b") == "Subject: =?UTF-8?Q?a_=3D=3Fb?=")
    }

    @Test func longTextIsSplitIntoWordsBetweenCharactersNeverInsideOne() throws {
        let text = String(repeating: "Storing één ", count: 12) + "€"
        let field = MIMEHeaderEncoding.field("Subject", text)
        let lines = field.components(separatedBy: "\r\n")
        #expect(lines.count > 2)
        for line in lines {
            #expect(line.utf8.count <= 76, "\(line)")
            #expect(line.utf8.allSatisfy { $0 < 0x80 })
        }
        // Every word decodes on its own into whole characters, and together into the text.
        var decoded = ""
        for word in field.dropFirst("Subject: ".count).components(separatedBy: "\r\n ") {
            try #require(word.hasPrefix("=?UTF-8?Q?") && word.hasSuffix("?=") && word.count <= 75)
            let bytes = try #require(Self.decodeQ(String(word.dropFirst(10).dropLast(2))))
            decoded += try #require(String(bytes: bytes, encoding: .utf8))
        }
        #expect(decoded == text)
    }

    @Test(.enabled(if: Python.hasModules("email.header"), "needs python3"))
    func pythonsEmailPackageDecodesTheSubject() throws {
        let text = "[Storing] Telefonie & doorverbinden: één storing bij klantvragen, ook in België — bijna opgelost"
        let field = MIMEHeaderEncoding.field("Subject", text)
        let script = """
            import email.header, sys
            value = open(sys.argv[1], encoding="ascii").read().split(": ", 1)[1]
            print(str(email.header.make_header(email.header.decode_header(value))), end="")
            """
        let file = try Python.temporaryFile(field, suffix: ".txt")
        let result = try Python.run(["-c", script, file.path])
        #expect(result.status == 0)
        #expect(result.output == text)
    }

    @Test func quotedPrintableKeepsReadableTextAndEncodesTheRest() {
        #expect(QuotedPrintable.encode("één = 1\nregel met spatie \n.punt") == "=C3=A9=C3=A9n =3D 1\r\nregel met spatie=20\r\n.punt")
    }

    @Test func quotedPrintableBreaksLongLinesSoftlyAtMost76Characters() {
        let line = String(repeating: "abcdé ", count: 30)
        let encoded = QuotedPrintable.encode(line)
        let lines = encoded.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        // Removing the soft breaks and decoding gives the line back.
        #expect(Self.decodeQuotedPrintable(encoded) == line)
        // A line of exactly 76 characters needs no soft break.
        #expect(QuotedPrintable.encode(String(repeating: "x", count: 76)) == String(repeating: "x", count: 76))
        #expect(QuotedPrintable.encode(String(repeating: "x", count: 77)).components(separatedBy: "\r\n").count == 2)
    }

    /// RFC 2047 "Q": `_` is a space, `=XX` a byte.
    static func decodeQ(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var characters = Array(text.utf8)[...]
        while let byte = characters.popFirst() {
            if byte == UInt8(ascii: "_") {
                bytes.append(0x20)
            } else if byte == UInt8(ascii: "=") {
                guard characters.count >= 2, let value = UInt8(String(decoding: characters.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
                characters = characters.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return bytes
    }

    static func decodeQuotedPrintable(_ text: String) -> String? {
        let joined = text.replacingOccurrences(of: "=\r\n", with: "")
        var bytes: [UInt8] = []
        var characters = Array(joined.utf8)[...]
        while let byte = characters.popFirst() {
            if byte == UInt8(ascii: "=") {
                guard let value = UInt8(String(decoding: characters.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
                characters = characters.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(bytes: bytes, encoding: .utf8)
    }
}
