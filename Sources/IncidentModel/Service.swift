/// A part of the platform an incident can affect (a Statuspage "component").
public struct Service: Sendable, Hashable, Identifiable {
    public var key: ServiceKey
    public var name: LocalizedText

    public init(key: ServiceKey, name: LocalizedText) {
        self.key = key
        self.name = name
    }

    public var id: ServiceKey { key }
}
