/// The services and norms a site knows, in display order. The defaults come from the
/// seller documentation; `site/site.yml` may add or change entries.
public struct Catalogue: Sendable, Hashable {
    public var services: [Service]
    public var norms: [Norm]

    public init(services: [Service], norms: [Norm]) {
        self.services = services
        self.norms = norms
    }

    public func service(_ key: ServiceKey) -> Service? { services.first { $0.key == key } }
    public func norm(_ key: NormKey) -> Norm? { norms.first { $0.key == key } }
    public var serviceKeys: [ServiceKey] { services.map(\.key) }
    public var normKeys: [NormKey] { norms.map(\.key) }

    /// The norms an incident excuses: its `norms:` override, else every norm one of its
    /// services excuses; none for `impact: none`. In catalogue order.
    public func excusedNorms(for incident: Incident) -> [Norm] {
        guard incident.impact != .none else { return [] }
        if let override = incident.normsOverride {
            return norms.filter { override.contains($0.key) }
        }
        return norms.filter { norm in norm.services.contains { incident.services.contains($0) } }
    }
}

extension Catalogue {
    /// The built-in catalogue: the services of docs/authoring.md (Services) and the norms of
    /// docs/excusal.md (The norms and their grace).
    public static let standard = Catalogue(
        services: [
            Service(key: ServiceKey("orders"), name: LocalizedText(nl: "Bestellingen", en: "Orders")),
            Service(key: ServiceKey("cancellations"), name: LocalizedText(nl: "Annuleringen", en: "Cancellations")),
            Service(key: ServiceKey("shipping"), name: LocalizedText(nl: "Verzenden via bol", en: "Shipping")),
            Service(key: ServiceKey("customer-questions"),
                    name: LocalizedText(nl: "Klantvragen", en: "Customer questions")),
            Service(key: ServiceKey("returns"), name: LocalizedText(nl: "Retouren", en: "Returns")),
            Service(key: ServiceKey("phone"), name: LocalizedText(nl: "Telefonie", en: "Phone")),
            Service(key: ServiceKey("billing"), name: LocalizedText(nl: "Facturatie", en: "Billing")),
            Service(key: ServiceKey("account"), name: LocalizedText(nl: "Account", en: "Account")),
            Service(key: ServiceKey("offers"), name: LocalizedText(nl: "Aanbod", en: "Offers")),
        ],
        norms: [
            Norm(
                key: NormKey("on-time-delivery"),
                name: LocalizedText(nl: "Op tijd leveren", en: "On-time delivery"),
                threshold: LocalizedText(
                    nl: "Minimaal 93% van de artikelen op tijd geleverd; 3 of meer te late artikelen in een week is een strike.",
                    en: "At least 93% of items delivered on time; 3 or more late items in a week is a strike."),
                period: .isoWeek, services: [ServiceKey("orders"), ServiceKey("shipping")],
                grace: .businessDays(1)),
            Norm(
                key: NormKey("cancellations"),
                name: LocalizedText(nl: "Annuleringen", en: "Cancellations"),
                threshold: LocalizedText(
                    nl: "3 of meer annuleringen in een week is een strike.",
                    en: "3 or more cancellations in a week is a strike."),
                period: .isoWeek, services: [ServiceKey("orders"), ServiceKey("cancellations")],
                grace: .businessDays(1)),
            Norm(
                key: NormKey("track-and-trace"),
                name: LocalizedText(nl: "Track & trace", en: "Track & trace"),
                threshold: LocalizedText(
                    nl: "Een track & trace-code is verplicht voor pakketten.",
                    en: "A track & trace code is mandatory for parcels."),
                period: .isoWeek, services: [ServiceKey("orders"), ServiceKey("shipping")],
                grace: .businessDays(1)),
            Norm(
                key: NormKey("response-time"),
                name: LocalizedText(nl: "Reactietijd klantvragen", en: "Customer question response time"),
                threshold: LocalizedText(
                    nl: "90% van de klantvragen binnen 24 uur beantwoord.",
                    en: "90% of customer questions answered within 24 hours."),
                period: .isoWeek, services: [ServiceKey("customer-questions")],
                grace: .businessHours(24)),
            Norm(
                key: NormKey("phone-reachability"),
                name: LocalizedText(nl: "Telefonische bereikbaarheid", en: "Phone reachability"),
                threshold: LocalizedText(
                    nl: "Minimaal 90% van de gesprekken beantwoord, ma–vr 09:00–17:00.",
                    en: "At least 90% of calls answered, Mon–Fri 09:00–17:00."),
                period: .isoWeek, services: [ServiceKey("phone")],
                grace: .none, officeHoursOnly: true),
            Norm(
                key: NormKey("returns"),
                name: LocalizedText(nl: "Retouren", en: "Returns"),
                threshold: LocalizedText(
                    nl: "Dynamische norm op de afhandeling van retouren.",
                    en: "Dynamic norm on the handling of returns."),
                period: .month, services: [ServiceKey("returns")],
                grace: .businessDays(1)),
            Norm(
                key: NormKey("rating"),
                name: LocalizedText(nl: "Beoordelingscijfer", en: "Rating"),
                threshold: LocalizedText(
                    nl: "Gemiddeld minimaal een 8 over de afgelopen 3 maanden.",
                    en: "An average of at least 8 over the past 3 months."),
                period: .month, services: [],
                grace: .none),
        ])
}
