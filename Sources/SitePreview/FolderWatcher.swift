import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells `storingen serve` when something under its folders may have changed, so that
/// saving a file is noticed at once instead of at the next poll, and an idle preview of
/// 10,000 incidents does not list and `stat` them several times a second. On Linux it
/// listens with inotify to every folder (new folders join as they appear); elsewhere, or
/// when inotify is unavailable, it answers after `fallback`. A change it hears is only a
/// hint: the refresh that follows compares every file, so a missed or extra event costs
/// at most one `fallback` of delay or one needless scan.
final class FolderWatcher: @unchecked Sendable {
    /// The longest wait without an event, and the wait when there is no inotify.
    let fallback: Duration
    /// After the first event, how long to wait for the rest of a save (editors write a
    /// temporary file and rename it; `git checkout` touches many files).
    let settle: Duration
    private let folders: [String]
    #if canImport(Glibc)
    private let descriptor: Int32
    private var watched: Set<String> = []
    #endif

    init(folders: [String], fallback: Duration = .seconds(2), settle: Duration = .milliseconds(15)) {
        self.folders = folders
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

    /// Returns when something changed (and settled), or after `fallback`.
    func nextChange() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            // A blocking wait, so it runs on its own thread, never on the cooperative pool.
            Thread.detachNewThread { [self] in
                waitForChange()
                done.resume()
            }
        }
    }

    /// `nextChange()` on the calling thread.
    func waitForChange() {
        #if canImport(Glibc)
        guard descriptor >= 0 else { return Thread.sleep(forTimeInterval: Self.seconds(fallback)) }
        if poll(milliseconds: Self.milliseconds(fallback)) {
            // Drain the burst of one save.
            repeat { drain() } while poll(milliseconds: Self.milliseconds(settle))
        }
        // Folders created (or a watched folder made again) since the last look.
        addWatches()
        #else
        Thread.sleep(forTimeInterval: Self.seconds(fallback))
        #endif
    }

    #if canImport(Glibc)
    private static let events = UInt32(
        IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
            | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Whether events are waiting, after waiting at most `milliseconds`.
    private func poll(milliseconds: Int32) -> Bool {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return Glibc.poll(&ready, 1, milliseconds) > 0
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Watches every folder under `folders` not watched yet (and forgets the ones gone).
    private func addWatches() {
        guard descriptor >= 0 else { return }
        var present: Set<String> = []
        for folder in folders { collectFolders(folder, depth: 0, into: &present) }
        for folder in present.subtracting(watched) where inotify_add_watch(descriptor, folder, Self.events) >= 0 {
            watched.insert(folder)
        }
        watched.formIntersection(present)
    }

    private func collectFolders(_ folder: String, depth: Int, into folders: inout Set<String>) {
        guard depth <= 32, let handle = opendir(folder) else { return }
        defer { closedir(handle) }
        folders.insert(folder)
        while let entry = readdir(handle) {
            guard Int32(entry.pointee.d_type) == Int32(DT_DIR) else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != "..", !name.hasPrefix(".") else { continue }
            collectFolders(folder + "/" + name, depth: depth + 1, into: &folders)
        }
    }
    #endif

    private static func milliseconds(_ duration: Duration) -> Int32 {
        Int32(clamping: duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
