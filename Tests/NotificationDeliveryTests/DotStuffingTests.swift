import Testing
@testable import NotificationDelivery

/// The bytes after SMTP `DATA`: CRLF line ends, a doubled leading dot, the final dot line.
struct DotStuffingTests {
    func encode(_ text: String) -> String {
        String(decoding: DotStuffing.encode(text), as: UTF8.self)
    }

    @Test(arguments: [
        ("Subject: x\r\n\r\nTekst.\r\n", "Subject: x\r\n\r\nTekst.\r\n.\r\n"),
        // A line that is only a dot would end the message early.
        ("a\r\n.\r\nb\r\n", "a\r\n..\r\nb\r\n.\r\n"),
        (".begin\r\n..twee\r\nmidden. punt\r\n", "..begin\r\n...twee\r\nmidden. punt\r\n.\r\n"),
        // Bare LF and bare CR become CRLF; a missing last line end is added.
        ("a\n.b\rc", "a\r\n..b\r\nc\r\n.\r\n"),
        ("a\r\r\n.", "a\r\n\r\n..\r\n.\r\n"),
        ("", ".\r\n"),
    ])
    func linesAreStuffedAndTheMessageTerminated(input: String, expected: String) {
        #expect(encode(input) == expected)
    }
}
