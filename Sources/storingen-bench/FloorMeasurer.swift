import CommonMark
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The in-process floor: the least work any tool must do for this corpus, spread over
/// every core (the CLI parses in parallel too) — reading every input byte, parsing every
/// file with libcmark, and writing the output's bytes into as many files.
struct FloorMeasurer {
    let incidentsRoot: String
    let workerCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Walks the folder and reads every `*.md` file, and with `parse` also decodes it and
    /// has libcmark outline it; returns the bytes read and the top-level blocks found.
    func readEverything(parse: Bool) throws -> (bytes: Int, blocks: Int) {
        let paths = try Self.markdownPaths(below: incidentsRoot)
        let bytes = ParallelTotal(), blocks = ParallelTotal()
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            for index in stride(from: worker, to: paths.count, by: workerCount) {
                let contents = Self.readFile(paths[index])
                bytes.add(contents.count)
                if parse {
                    blocks.add(CommonMarkConverter.outline(of: String(decoding: contents, as: UTF8.self)).blocks.count)
                }
            }
        }
        return (bytes.value, blocks.value)
    }

    /// Writes `plan` (relative path → size) below `folder`, creating its sub-folders.
    func write(_ plan: [(path: String, size: Int)], into folder: String) throws {
        let folders = Set(plan.map { (("\(folder)/\($0.path)") as NSString).deletingLastPathComponent })
        for subfolder in folders.sorted() {
            try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
        }
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: plan.map(\.size).max() ?? 0)
        let failures = ParallelTotal()
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            for index in stride(from: worker, to: plan.count, by: workerCount) {
                let descriptor = open("\(folder)/\(plan[index].path)", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard descriptor >= 0 else { failures.add(1); continue }
                let written = filler.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, plan[index].size) }
                if written != plan[index].size { failures.add(1) }
                close(descriptor)
            }
        }
        if failures.value > 0 { throw BenchError.unusableInput("the write floor failed for \(failures.value) files") }
    }

    static func markdownPaths(below root: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw BenchError.unusableInput("cannot read the folder \(root)")
        }
        var paths: [String] = []
        while let next = walker.nextObject() as? String {
            if next.hasSuffix(".md") { paths.append("\(root)/\(next)") }
        }
        return paths
    }

    /// The whole file, read with `read(2)` into a buffer of its size.
    static func readFile(_ path: String) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return [] }
        let size = Int(info.st_size)
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var filled = 0
            while filled < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
                if got <= 0 { break }
                filled += got
            }
            count = filled
        }
    }
}

/// A sum that several worker threads add to.
final class ParallelTotal: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0

    func add(_ amount: Int) {
        lock.lock()
        total += amount
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}
