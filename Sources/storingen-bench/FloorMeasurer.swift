import CommonMark
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The in-process floor of reading the corpus: the least work any tool must do for it,
/// spread over every core (the CLI parses in parallel too) — reading every input byte
/// and parsing every file with libcmark.
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
