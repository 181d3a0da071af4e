import Foundation
import Testing
import TestSupport

/// `Package.swift` declares of each target exactly the modules its files import: a
/// dependency nothing imports only slows the build and blurs the layers, and an import
/// that is not declared works by accident (through another target) until it doesn't.
struct PackageDependencyTests {
    /// A target as `Package.swift` declares it.
    struct Target {
        var name: String
        var kind: String
        var folder: String
        var dependencies: Set<String>
    }

    /// The targets of `Package.swift`, read from its text (asking SwiftPM would take the
    /// build folder's lock that the running tests hold).
    static func targets() throws -> [Target] {
        let manifest = try String(
            contentsOf: Fixtures.repositoryRoot().appendingPathComponent("Package.swift"), encoding: .utf8)
        let declarations = manifest.matches(of: /\.(target|executableTarget|testTarget|systemLibrary)\(/)
        return declarations.indices.map { number in
            let start = declarations[number].range.lowerBound
            let end = number + 1 < declarations.count ? declarations[number + 1].range.lowerBound : manifest.endIndex
            let text = String(manifest[start..<end])
            let kind = String(declarations[number].output.1)
            let name = text.firstMatch(of: /name: "([^"]+)"/).map { String($0.output.1) } ?? ""
            let path = text.firstMatch(of: /path: "([^"]+)"/).map { String($0.output.1) }
            let list = text.firstMatch(of: /dependencies: \[([^\]]*)\]/).map { String($0.output.1) } ?? ""
            let names = list.replacing(/package: "[^"]*"/, with: "").matches(of: /"([^"]+)"/).map { String($0.output.1) }
            let folder = path ?? (kind == "testTarget" ? "Tests/\(name)" : "Sources/\(name)")
            return Target(name: name, kind: kind, folder: folder, dependencies: Set(names))
        }
    }

    /// Every module the Swift files under `folder` import.
    static func imports(under folder: String) throws -> Set<String> {
        let root = Fixtures.repositoryRoot().appendingPathComponent(folder)
        var found: Set<String> = []
        for case let file as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) ?? .init()
        where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                if let match = line.wholeMatch(of: /\s*(?:@testable\s+)?import\s+(?:(?:struct|enum|class|func|protocol)\s+)?(\w+).*/) {
                    found.insert(String(match.output.1))
                }
            }
        }
        return found
    }

    @Test func everyTargetDeclaresWhatItImportsAndNothingElse() throws {
        let targets = try Self.targets()
        #expect(targets.count > 30, "Package.swift read: \(targets.map(\.name))")
        let executables = Set(targets.filter { $0.kind == "executableTarget" }.map(\.name))
        let known = Set(targets.map(\.name)).union(targets.flatMap(\.dependencies))
        for target in targets where target.kind != "systemLibrary" {
            // A test target may depend on an executable only to have it built, to run it.
            let optional = target.kind == "testTarget" ? executables : []
            let imported = try Self.imports(under: target.folder).intersection(known).subtracting(optional)
            let declared = target.dependencies.subtracting(optional)
            #expect(declared.subtracting(imported).isEmpty,
                    "\(target.name) declares \(declared.subtracting(imported).sorted()) but imports none of them")
            #expect(imported.subtracting(declared).isEmpty,
                    "\(target.name) imports \(imported.subtracting(declared).sorted()) without declaring them")
        }
    }
}
