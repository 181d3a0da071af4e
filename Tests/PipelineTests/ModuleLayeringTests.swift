import Foundation
import Testing
import TestSupport

/// The modules form the layers the module table of docs/development.md lists, top to bottom: each
/// imports only modules listed above it, so no stage depends on one that comes after it.
struct ModuleLayeringTests {
    /// The modules in the order of the table in docs/development.md.
    func tableOrder() throws -> [String] {
        let page = try String(contentsOf: Fixtures.repositoryRoot().appendingPathComponent("docs/development.md"), encoding: .utf8)
        let table = page.components(separatedBy: "| module | stage |").dropFirst().first ?? ""
        return table.split(separator: "\n").prefix { $0.hasPrefix("|") }.compactMap { line in
            let cell = line.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) ?? ""
            return cell.hasPrefix("`") ? String(cell.dropFirst().dropLast()) : nil
        }
    }

    /// The project's modules each file of `module` imports.
    func imports(of module: String, among modules: Set<String>) throws -> Set<String> {
        let folder = Fixtures.repositoryRoot().appendingPathComponent("Sources/\(module)")
        var found: Set<String> = []
        for case let file as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init()
        where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ")
                if let index = words.firstIndex(of: "import"), index + 1 < words.count, modules.contains(String(words[index + 1])) {
                    found.insert(String(words[index + 1]))
                }
            }
        }
        return found
    }

    @Test func everyModuleImportsOnlyModulesAboveIt() throws {
        let order = try tableOrder()
        let sources = try FileManager.default.contentsOfDirectory(
            atPath: Fixtures.repositoryRoot().appendingPathComponent("Sources").path)
        let libraries = Set(sources).subtracting(["storingen-bench", "storingen-fuzz"])
        #expect(Set(order) == libraries, "the module table of docs/development.md and Sources/ differ")
        for (position, module) in order.enumerated() {
            let above = Set(order.prefix(position))
            let below = try imports(of: module, among: libraries).subtracting(above)
            #expect(below.isEmpty, "\(module) imports \(below.sorted()), listed below it")
        }
    }
}
