extension CorpusVocabulary {
    /// Sentences that fit an update of the given status.
    static func sentences(for status: SyntheticStatus) -> [String] {
        switch status {
        case .investigating: [
            "Op dit moment zien we dat {p} niet goed verloopt.",
            "Partners melden ons dat {p} vertraagd is of helemaal niet lukt.",
            "We onderzoeken de oorzaak en houden je op deze pagina op de hoogte.",
            "Hierdoor krijg je wel een melding, maar zie je de gegevens niet terug in je verkoopaccount.",
            "Het gaat om een **technische storing** aan onze kant; je hoeft zelf niets aan te passen.",
            "Niet alle partners hebben hier last van; het lijkt vooral te gaan om verzoeken via de Retailer API.",
        ]
        case .identified: [
            "We hebben de oorzaak van de storing gevonden: een fout in een koppeling tussen twee van onze systemen.",
            "Er wordt gewerkt aan een oplossing, die we vandaag nog verwachten uit te rollen.",
            "De storing werd veroorzaakt door een wijziging die eerder vandaag is doorgevoerd "
                + "en inmiddels is teruggedraaid.",
            "De achterstand wordt daarna **automatisch** weggewerkt.",
            "Een van onze servers kon de hoeveelheid berichten niet aan; we verdelen het werk nu over meer servers.",
        ]
        case .monitoring: [
            "Er is een oplossing doorgevoerd en we houden de situatie nauwlettend in de gaten.",
            "De achterstand wordt op dit moment weggewerkt; het kan nog enkele uren duren voordat alles is bijgewerkt.",
            "Zie je na een uur nog steeds afwijkingen, neem dan contact op met de partnerservice.",
            "Nieuwe bestellingen en berichten worden weer binnen een paar minuten verwerkt.",
        ]
        case .resolved: [
            "De storing is verholpen. {P} werkt weer zoals je gewend bent.",
            "De functionaliteit is weer hersteld en alle achterstallige berichten zijn verwerkt.",
            "We bieden onze excuses aan voor het ongemak.",
            "Bestellingen die tijdens de storing binnenkwamen zijn inmiddels zichtbaar in je verkoopaccount.",
            "Heb je in de tussentijd bestellingen handmatig verwerkt? Controleer dan of ze niet dubbel zijn verzonden.",
        ]
        case .update: [
            "Hoe wordt omgegaan met de beoordeling van **servicenormen**?",
            "In het geval van een storing houden we hier rekening mee, zoals ook vermeld staat op "
                + helpLink("de pagina over servicenormen", "servicenormen") + ".",
            "Ik heb bestellingen met een andere vervoerder verstuurd; wat gebeurt er met de dubbele kosten? "
                + "Hier komen we later op terug op deze pagina.",
            "We hebben de getroffen partners inmiddels ook per e-mail geïnformeerd.",
        ]
        case .scheduled: [
            "Vanwege gepland onderhoud is {p} tijdelijk niet mogelijk.",
            "Het onderhoud vindt plaats buiten de drukste uren, zodat zo min mogelijk partners er last van hebben.",
            "Plan je werkzaamheden zo dat je hier **geen last** van hebt.",
            "Berichten die je tijdens het onderhoud verstuurt, worden daarna alsnog verwerkt.",
        ]
        case .inProgress: ["Het onderhoud is gestart.", "Tijdens het onderhoud is {p} niet beschikbaar."]
        case .verifying: ["De werkzaamheden zijn afgerond; we controleren of alles goed werkt."]
        case .completed: ["Het onderhoud is afgerond. {P} werkt weer normaal.", "Bedankt voor je geduld."]
        }
    }

    /// Sentences that fit any update.
    static let filler = [
        "Zodra er meer bekend is krijgt dit bericht een update.",
        "Onze excuses voor het ongemak.",
        "Meer uitleg vind je in " + helpLink("het helpcentrum", "storingen") + ".",
        "Onze klantenservice is op de hoogte en informeert klanten als zij contact opnemen.",
        "Heb je vragen, neem dan contact op met de partnerservice via het contactformulier.",
        "Je hoeft geen melding te maken van deze storing; we zijn er al mee bezig.",
    ]

    /// Questions and answers like the long update on the seed page.
    static let questionsAndAnswers: [(question: String, answer: String)] = [
        ("Wat is er aan de hand?", "Door een technische storing lukt {p} tijdelijk niet of maar gedeeltelijk."),
        ("Wanneer is de storing opgelost?",
         "We werken hard aan een oplossing en verwachten dat de problemen vóór morgen zijn opgelost. "
            + "Op deze pagina houden we je op de hoogte van ontwikkelingen."),
        ("Hoe worden klanten geïnformeerd?",
         "Onze klantenservice is op de hoogte van de storing en informeert klanten hierover als zij contact "
            + "opnemen. Zodra de bestelling bevestigd is, ontvangt de klant de track & trace-code."),
        ("Hoe gaat bol om met servicenormen?", "We maken inzichtelijk hoe groot de impact is en komen hierop terug."),
        ("Moet ik zelf iets doen?",
         "Nee. Zodra {p} weer werkt, wordt de achterstand automatisch verwerkt. Verwerk daarna je bestellingen "
            + "zoals je gewend bent."),
    ]

    /// What partners notice, given as a bulleted list under "Wat merk je hiervan?".
    static let symptoms = [
        "Nieuwe bestellingen verschijnen later of helemaal niet in je verkoopaccount.",
        "Je krijgt een foutmelding wanneer je een verzendlabel probeert aan te maken.",
        "Annuleringsverzoeken van klanten komen met vertraging binnen.",
        "Wijzigingen in prijs en voorraad zijn pas na enkele uren zichtbaar op de website.",
        "De Retailer API geeft af en toe een time-out of een foutcode 503.",
        "Klantvragen worden niet of dubbel getoond in je berichtenoverzicht.",
        "Het inloggen op je verkoopaccount duurt langer dan normaal.",
    ]

    /// The look back an operator adds to a resolution under "Wat is er gebeurd?".
    static let lookBack = [
        "Bij een geplande wijziging aan onze berichtenverwerking is een instelling niet goed overgenomen.",
        "Daardoor bleven berichten tussen twee systemen in een wachtrij staan in plaats van te worden doorgestuurd.",
        "Onze monitoring sloeg pas alarm toen de wachtrij al enkele duizenden berichten bevatte.",
        "We hebben de instelling hersteld en de wachtrij in delen verwerkt, "
            + "zodat de systemen niet opnieuw overbelast raakten.",
        "Om herhaling te voorkomen controleren we deze instelling voortaan automatisch bij elke wijziging.",
        "Ook sturen we eerder een waarschuwing uit wanneer berichten langer dan tien minuten blijven staan.",
    ]

    /// Advice given as a bulleted list.
    static let advice = [
        "Wacht tot de bestelling zichtbaar is en verwerk deze daarna zo snel mogelijk.",
        "Draag pakketten over aan de vervoerder op het eerst mogelijke moment.",
        "Gebruik je **Verzenden via bol**? Dan hoef je niets te doen.",
        "Verstuur geen bestellingen dubbel; de gegevens komen vanzelf door.",
        "Bekijk " + helpLink("de veelgestelde vragen", "faq") + " voor de actuele stand van zaken.",
    ]
}
