import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OutputEncoding

/// Tells `storingen serve` when something under its folders may have changed, so that
/// saving a file is noticed at once instead of at the next poll, and an idle preview of
/// 10,000 incidents does not list and `stat` them several times a second. On Linux it
/// listens with inotify to every folder (new folders join as they appear); elsewhere, or
/// when inotify is unavailable, it answers after `fallback`. The files it hears named
/// are the only ones the refresh re-reads (at 10,000 incidents, listing and `stat`ing
/// them all was a tenth of a rebuild); a full `fallback` that heard nothing, a new folder
/// or a full event queue answers "unknown", and the refresh compares every file, so a
/// missed event costs at most one `fallback` of delay.
final class FolderWatcher: @unchecked Sendable {
    /// What one wait heard.
    enum Change: Sendable, Equatable {
        /// Only these files (watched folder + `/` + name) can have changed.
        case files(Set<String>)
        /// Anything can have changed: compare every file.
        case unknown

        var files: Set<String>? {
            if case .files(let files) = self { files } else { nil }
        }
    }

    /// The longest wait without an event, and the wait when there is no inotify.
    let fallback: Duration
    /// After the first event, how long to wait for the rest of a save (editors write a
    /// temporary file and rename it; `git checkout` touches many files).
    let settle: Duration
    private let folders: [String]
    private let flatFolders: [String]
    #if canImport(Glibc)
    private let descriptor: Int32
    /// Each watched folder by its watch descriptor, to spell the paths events name.
    private var watched: [Int32: String] = [:]
    #endif

    /// Watches `folders` with every folder under them, and `flatFolders` without theirs:
    /// the site folder holds the default build output, `site/public`, whose thousands of
    /// folders the preview never reads, and walking them at every wait cost a save 0.1 s.
    init(folders: [String], flatFolders: [String] = [], fallback: Duration = .seconds(2), settle: Duration = .milliseconds(15)) {
        self.folders = folders
        self.flatFolders = flatFolders
        self.fallback = fallback
        self.settle = settle
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        addWatches()
        #endif
    }

    deinit {
        #if canImport(Glibc)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Returns what changed (once it settled), or `.unknown` after `fallback`. With a
    /// `deadline` sooner than that (when the moment the preview describes moves on), a
    /// wait that heard nothing by then returns `.files([])`: nothing changed, and the
    /// fallback's comparison of every file waits for a wait that runs its full length.
    func nextChange(before deadline: Date? = nil) async -> Change {
        await withCheckedContinuation { (done: CheckedContinuation<Change, Never>) in
            // A blocking wait, so it runs on its own thread, never on the cooperative pool.
            Thread.detachNewThread { [self] in
                done.resume(returning: waitForChange(before: deadline))
            }
        }
    }

    /// `nextChange(before:)` on the calling thread.
    func waitForChange(before deadline: Date? = nil) -> Change {
        let fallbackMilliseconds = Self.milliseconds(fallback)
        // A millisecond past the deadline, so that the clock has surely passed it.
        let untilDeadline = deadline.map { Int32(clamping: Int(($0.timeIntervalSinceNow * 1000).rounded(.up)) + 1) }
        let wait = max(1, min(fallbackMilliseconds, untilDeadline ?? fallbackMilliseconds))
        #if canImport(Glibc)
        // Without inotify nothing is heard, so every wait compares every file.
        guard descriptor >= 0 else {
            Thread.sleep(forTimeInterval: Double(wait) / 1000)
            return .unknown
        }
        let heardSomething = poll(milliseconds: wait)
        var heard: Set<String>? = []
        // Drain the burst of one save.
        if heardSomething {
            repeat { drain(into: &heard) } while poll(milliseconds: Self.milliseconds(settle))
        }
        // Folders created (or a watched folder made again) since the last look.
        addWatches()
        guard heardSomething else { return wait < fallbackMilliseconds ? .files([]) : .unknown }
        return heard.map(Change.files) ?? .unknown
        #else
        Thread.sleep(forTimeInterval: Double(wait) / 1000)
        return .unknown
        #endif
    }

    #if canImport(Glibc)
    /// The folders it listens to now.
    var watchedFolders: Set<String> { Set(watched.values) }

    private static let events = UInt32(
        IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
            | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Whether events are waiting, after waiting at most `milliseconds`.
    private func poll(milliseconds: Int32) -> Bool {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return Glibc.poll(&ready, 1, milliseconds) > 0
    }

    /// Reads the waiting events and adds the files they name to `heard`; an event on a
    /// folder, on a watch itself or a lost event makes it nil (unknown).
    private func drain(into heard: inout Set<String>?) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (event, name) = buffer.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let bytes = raw[(offset + header)..<min(count, offset + header + Int(event.len))]
                    return (event, String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self))
                }
                offset += header + Int(event.len)
                // The folder is gone: watch it again if it comes back.
                if event.mask & UInt32(IN_IGNORED) != 0 { watched.removeValue(forKey: event.wd) }
                let unknown = UInt32(IN_Q_OVERFLOW | IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)
                guard event.mask & unknown == 0, !name.isEmpty, let folder = watched[event.wd] else {
                    heard = nil
                    continue
                }
                heard?.insert(folder + "/" + name)
            }
        }
    }

    /// Watches every folder under `folders` not watched yet (and forgets the ones gone).
    private func addWatches() {
        guard descriptor >= 0 else { return }
        var present: Set<String> = []
        for folder in folders { collectFolders(folder, depth: 0, into: &present) }
        for folder in flatFolders { collectFolders(folder, depth: 0, maximumDepth: 0, into: &present) }
        let known = Set(watched.values)
        for folder in present.subtracting(known) {
            let watch = inotify_add_watch(descriptor, folder, Self.events)
            if watch >= 0 { watched[watch] = folder }
        }
        watched = watched.filter { present.contains($0.value) }
    }

    private func collectFolders(_ folder: String, depth: Int, maximumDepth: Int = 32, into folders: inout Set<String>) {
        guard depth <= maximumDepth, let handle = opendir(folder) else { return }
        defer { closedir(handle) }
        folders.insert(folder)
        guard depth < maximumDepth else { return }
        while let entry = readdir(handle) {
            guard Int32(entry.pointee.d_type) == Int32(DT_DIR) else { continue }
            let name = DirectoryEntry.name(of: entry)
            guard name != ".", name != "..", !name.hasPrefix(".") else { continue }
            collectFolders(folder + "/" + name, depth: depth + 1, maximumDepth: maximumDepth, into: &folders)
        }
    }
    #endif

    private static func milliseconds(_ duration: Duration) -> Int32 {
        Int32(clamping: duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
