import Testing
@testable import NotificationDelivery

/// Server replies split into single- and multi-line replies, whatever the packet borders.
struct SMTPReplyParserTests {
    @Test func multiLineRepliesEndAtTheLineWithASpace() throws {
        var parser = SMTPReplyParser()
        let first = try parser.feed(Array("220 mail.example.nl ESMTP\r\n250-mail.example.nl\r\n250-STARTTLS\r\n250-AUTH ".utf8))
        #expect(first == [SMTPReply(code: 220, lines: ["mail.example.nl ESMTP"])])
        let second = try parser.feed(Array("PLAIN LOGIN\r\n250 SIZE 1000\r\n354\n".utf8))
        #expect(second.count == 2)
        #expect(second[0].code == 250)
        #expect(second[0].extensions == ["STARTTLS": [], "AUTH": ["PLAIN", "LOGIN"], "SIZE": ["1000"]])
        #expect(second[1] == SMTPReply(code: 354, lines: [""]))
        #expect(second[1].isIntermediate && !second[1].isCompletion)
    }

    @Test(arguments: ["HTTP/1.1 400 Bad Request\r\n", "250-a\r\n251 b\r\n", "25\r\n"])
    func anythingElseIsRefused(text: String) {
        var parser = SMTPReplyParser()
        #expect(throws: DeliveryFailure.self) { try parser.feed(Array(text.utf8)) }
    }

    @Test func anEndlessLineIsRefused() {
        var parser = SMTPReplyParser()
        #expect(throws: DeliveryFailure.self) { try parser.feed([UInt8](repeating: UInt8(ascii: "2"), count: 5_000)) }
    }
}
