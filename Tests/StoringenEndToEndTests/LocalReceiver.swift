import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A receiver script from Fixtures/receivers (a webhook server or aiosmtpd) running on a
/// free loopback port while a test needs it; every request it gets is one JSON line in
/// its record file.
final class LocalReceiver: @unchecked Sendable {
    let process = Process()
    let output = Pipe()
    let record: URL
    private(set) var port = 0

    init(script: String, arguments: [String] = [], environment: [String: String] = [:]) throws {
        record = Fixtures.scratchFile("receiver-\(UUID().uuidString).jsonl")
        _ = FileManager.default.createFile(atPath: record.path, contents: Data())
        let path = Fixtures.directory().appendingPathComponent("receivers/\(script)").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path, record.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is the port; wait at most 30 s for it.
        var line = Data()
        let descriptor = output.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(30)
        while !line.contains(0x0A), Date() < deadline {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 200) > 0 else { continue }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        if port == 0 {
            stop()
            throw ReceiverError(message: "\(script) did not start")
        }
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Everything received so far, oldest first.
    func records() throws -> [[String: Any]] {
        let text = try String(contentsOf: record, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// Stops the script: SIGTERM, and SIGKILL if it has not exited a few seconds later.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(3)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }
}

struct ReceiverError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
