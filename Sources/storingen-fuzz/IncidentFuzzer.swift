import Foundation
import IncidentModel
import IncidentParsing
import ServiceNorms

/// A libFuzzer target for the whole parse path: bytes → front matter → libcmark →
/// timestamps → model → impact windows → excused windows. Any input must end in an
/// incident or diagnostics; a crash, hang or runaway memory is a bug.
///
/// Build and run (see docs/development.md, "Fuzzing the parser"):
///
///     swift build -c debug --product storingen-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
///     .build/debug/storingen-fuzz Tests/IncidentParsingTests/Fixtures/Fuzz/corpus -max_total_time=600
enum IncidentFuzzer {
    static let parser = IncidentParser()
    static let engine = ExcusalEngine()
    static let moment = Moment(Date(timeIntervalSince1970: 1_800_000_000))

    /// One input; also used by the regression test over the saved crash inputs.
    static func run(_ bytes: [UInt8]) {
        let result = parser.parse(bytes, path: "fuzz.md")
        precondition(result.incident != nil || result.diagnostics.containsErrors, "no incident and no error")
        for diagnostic in result.diagnostics {
            precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "bad location \(diagnostic)")
        }
        if let incident = result.incident {
            _ = engine.report(for: moment.known([incident]), at: moment)
        }
    }
}

#if FUZZING
/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    IncidentFuzzer.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver; SwiftPM names the executable's entry point itself, so `main`
/// hands over to the driver instead of letting libFuzzer define `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
        // Without the fuzzer flags the target replays saved inputs: `swift run storingen-fuzz FILE…`.
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            IncidentFuzzer.run(Array(data))
            print("ok \(path)")
        }
        #endif
    }
}
