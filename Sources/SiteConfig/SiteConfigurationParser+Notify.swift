import IncidentModel
import SourceYAML
import Yams

extension SiteConfigurationParser {
    /// The `notify:` list. `siteRoot` is the whole file, so a target may name a service
    /// that the `services:` section adds, wherever that section stands.
    static func notifyTargets(
        _ node: Node, siteRoot: Node.Mapping, reader: YAMLReader, diagnostics: inout [Diagnostic]
    ) -> [NotifyTarget] {
        var known = Catalogue.standard.serviceKeys
        for (keyNode, value) in siteRoot where keyNode.scalar?.string == "services" {
            for (serviceNode, _) in value.mapping ?? [:] {
                if let key = serviceNode.scalar?.string, !known.contains(ServiceKey(key)) { known.append(ServiceKey(key)) }
            }
        }
        var parser = NotifyTargetParser(reader: reader, knownServices: known)
        let targets = parser.parse(node)
        diagnostics += parser.diagnostics
        return targets
    }
}
