/// An incident whose "Opgelost" was forgotten: one update, no resolution, so its window
/// runs to whatever moment a build describes, through every period since it opened. The
/// tests of what a moving moment changes (`serve`'s new minute) start from it.
public enum ForgottenResolution {
    /// The incident's file, opened at `opened` (`2026-09-01 10:00`) for orders, returns
    /// and the phone (a norm of office hours).
    public static func markdown(opened: String) -> String {
        """
        ---
        title: Vergeten af te sluiten
        services: [orders, returns, phone]
        opened: \(opened)
        ---

        ## \(opened) · Onderzoek

        Bestellingen, retouren en de telefoon werken traag.
        """
    }
}
