import IncidentModel

/// A value read from the input together with where it was written, so later checks can
/// still point at it.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation

    public init(value: Value, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
