import Foundation
import Testing
import TestSupport

/// E-mail through an SMTP server that requires STARTTLS and AUTH (aiosmtpd with a
/// certificate the test makes with openssl): trusted through `caFile` it arrives
/// encrypted and authenticated; without it, or with a wrong password, it does not.
struct NotifyStartTLSTests {
    static let canRun = Python.hasModules("aiosmtpd") && (try? openssl(["version"])) == 0

    /// Runs `openssl` from the PATH; its exit status.
    static func openssl(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A self-signed certificate for 127.0.0.1 and localhost, valid for two days.
    func makeCertificate(in folder: URL) throws -> (certificate: String, key: String) {
        let certificate = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let status = try Self.openssl([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "2",
            "-subj", "/CN=storingen test SMTP", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ])
        guard status == 0 else { throw ReceiverError(message: "openssl failed") }
        return (certificate, key)
    }

    @Test(.enabled(if: canRun, "needs Python's aiosmtpd (make test-deps) and openssl"))
    func startTLSWithTheTrustedCertificateDeliversAndEverythingElseIsRefused() throws {
        let folder = try Fixtures.temporaryDirectory("tls")
        let (certificate, key) = try makeCertificate(in: folder)
        let smtp = try LocalReceiver(script: "smtp_receiver.py", arguments: ["--tls", certificate, key, "--user", "storingen", "pa55 wörd"])
        defer { smtp.stop() }
        let server = "host: 127.0.0.1, port: \(smtp.port), starttls: true, usernameEnv: SMTP_USER"
        let project = try NotifyProject(notify: """
              - kind: email
                name: trusted
                smtp: {\(server), passwordEnv: SMTP_PASSWORD, caFile: '\(certificate)'}
                from: Storingen <status@example.nl>
                to: [ops@example.nl]
                lang: en
              - kind: email
                name: untrusted
                smtp: {\(server), passwordEnv: SMTP_PASSWORD}
                from: status@example.nl
                to: [ops@example.nl]
              - kind: email
                name: wrong-password
                smtp: {\(server), passwordEnv: WRONG_PASSWORD, caFile: '\(certificate)'}
                from: status@example.nl
                to: [ops@example.nl]
            """)
        try project.publish(to: "old")
        try project.addUpdate()
        let result = try project.run(["notify", "--previous", "old"], environment: [
            "SMTP_USER": "storingen", "SMTP_PASSWORD": "pa55 wörd", "WRONG_PASSWORD": "guess",
        ])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("sent \(NotifyProject.newKey) to trusted"), "\(result.standardOutput)\(result.standardError)")
        let errors = result.standardError.split(separator: "\n").map(String.init)
        // A certificate nobody vouches for and a refused password are no reason to try again.
        #expect(errors.contains { $0.contains("untrusted (site/site.yml:") && $0.contains("TLS failed") && !$0.contains("attempts") }, "\(errors)")
        #expect(errors.contains { $0.contains("wrong-password (site/site.yml:") && $0.contains("refused AUTH PLAIN: 535") }, "\(errors)")

        let mails = try smtp.records()
        try #require(mails.count == 1)
        #expect(mails[0]["tls"] as? Bool == true)
        #expect(mails[0]["authenticated"] as? Bool == true)
        #expect(mails[0]["subject"] as? String == "[Resolved] \(NotifyProject.title)")
        #expect(mails[0]["from"] as? String == "Storingen <status@example.nl>")
        #expect((mails[0]["text"] as? String)?.contains("View the incident: https://status.example.nl/en/incidents/") == true)
    }
}
