/// Draws realistic incidents from a seeded random source, porting `gen_corpus.py`:
/// 2–8 updates minutes to hours apart, ~2 % ongoing, ~5 % maintenance, ~6 % reopened,
/// every timestamp style, and no wall-clock time inside a summer-time change hour.
struct SyntheticIncidentGenerator {
    static let firstOpened = LocalMinute(year: 2019, month: 1, day: 1)
    static let lastOpened = LocalMinute(year: 2026, month: 10, day: 31)
    /// The bench's `--as-of`: no update is written after it, so late incidents stay ongoing
    /// and maintenance scheduled after it is only announced.
    static let referenceTime = LocalMinute(year: 2026, month: 11, day: 1)
    static let referenceTimeArgument = "2026-11-01 00:00"

    private var random: SeededRandom

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// The incident numbered `number` (which keeps ids unique).
    mutating func makeIncident(number: Int) -> SyntheticIncident {
        let span = Self.lastOpened.minutes - Self.firstOpened.minutes
        let opened = Self.firstOpened.adding(minutes: random.below(span)).avoidingDaylightSavingChange()
        let isMaintenance = random.chance(0.05)
        let serviceIndices = random.sample(Array(CorpusVocabulary.services.indices),
                                           count: random.pick([1, 1, 1, 2, 2, 3])).sorted()
        let phrase = CorpusVocabulary.services[serviceIndices[0]].phrase
        let title = Self.fill(random.pick(isMaintenance ? CorpusVocabulary.maintenanceTitles
                                                        : CorpusVocabulary.incidentTitles), phrase: phrase)
        var impact = random.pick([("none", weight: 3), ("minor", weight: 40), ("major", weight: 45),
                                  ("critical", weight: 12)])
        var timeline: [(SyntheticStatus, LocalMinute)]
        var scheduled: (start: LocalMinute, end: LocalMinute)?
        if isMaintenance {
            let window = maintenanceWindow(after: opened)
            scheduled = window
            impact = "minor"
            timeline = [(.scheduled, opened), (.inProgress, window.start)]
            if random.chance(0.5) {
                // Moving forward out of a change hour could pass the end, so this one moves back.
                let verifying = window.end.adding(minutes: -30).avoidingDaylightSavingChange(backwards: true)
                timeline.append((.verifying, verifying))
            }
            timeline.append((.completed, window.end))
        } else {
            timeline = incidentTimeline(from: opened)
        }
        timeline = timeline.filter { $0.1 < Self.referenceTime }
        let summary = random.chance(0.6) ? summary(phrase: phrase) : nil
        let texts = timeline.map { status, _ in paragraphs(for: status, phrase: phrase) }
        return present(SyntheticIncident(
            id: Self.identifier(opened: opened, title: title, number: number), title: title,
            services: serviceIndices.map { CorpusVocabulary.services[$0].key }, impact: impact,
            isMaintenance: isMaintenance, scheduled: scheduled, summary: summary,
            updates: zip(timeline, texts).map { entry, text in
                SyntheticUpdate(status: entry.0, time: entry.1, word: "", paragraphs: text, style: .isoSpace,
                                separator: "—", lowercaseWord: false)
            },
            writesOpened: false, newestFirst: false, fallbackStyle: .isoSpace))
    }

    /// A short introduction above the timeline.
    private mutating func summary(phrase: String) -> String {
        let opening = random.sample(CorpusVocabulary.sentences(for: .investigating), count: random.integer(in: 1...2))
        let closing = random.sample(CorpusVocabulary.filler, count: random.integer(in: 1...2))
        return (opening + closing).map { Self.fill($0, phrase: phrase) }.joined(separator: " ")
    }

    /// Night or early-morning work 2–14 days after the announcement, 1–6 hours long.
    private mutating func maintenanceWindow(after opened: LocalMinute) -> (start: LocalMinute, end: LocalMinute) {
        let start = opened.adding(days: random.integer(in: 2...14)).atHour(random.pick([6, 22, 23]))
            .avoidingDaylightSavingChange()
        let end = start.adding(minutes: 60 * random.integer(in: 1...6)).avoidingDaylightSavingChange()
        return (start, end)
    }

    /// Statuses with their times, oldest first: minutes to hours apart, hours to days before a reopening.
    private mutating func incidentTimeline(from opened: LocalMinute) -> [(SyntheticStatus, LocalMinute)] {
        let plan = IncidentPlanner.plan(using: &random)
        var time = opened
        var timeline: [(SyntheticStatus, LocalMinute)] = []
        for (index, status) in plan.enumerated() {
            if index > 0 {
                let reopening = plan[index - 1] == .resolved && status != .update
                let gap = reopening ? random.integer(in: 240...7200) : random.exponentialMinutes(mean: 90) + 10
                time = time.adding(minutes: gap).avoidingDaylightSavingChange()
            }
            timeline.append((status, time))
        }
        return timeline
    }

    /// 1–7 Markdown paragraphs: sentences, sometimes bulleted lists or a Q&A.
    private mutating func paragraphs(for status: SyntheticStatus, phrase: String) -> [String] {
        let pool = CorpusVocabulary.sentences(for: status)
        let chosen = random.sample(Array(pool.indices), count: random.integer(in: 2...5)).sorted().map { pool[$0] }
        let sentences = (chosen + random.sample(CorpusVocabulary.filler, count: random.integer(in: 3...5)))
            .map { Self.fill($0, phrase: phrase) }
        let cut = sentences.count >= 4 && random.chance(0.5)
            ? random.integer(in: 2...(sentences.count - 1)) : sentences.count
        var result = [sentences[..<cut].joined(separator: " ")]
        let isActive = [.investigating, .identified, .monitoring].contains(status)
        if isActive, random.chance(0.6) {
            let items = random.sample(CorpusVocabulary.symptoms, count: random.integer(in: 2...5))
            result.append("Wat merk je hiervan?\n\n" + items.map { "- " + $0 }.joined(separator: "\n"))
        }
        if status == .investigating || status == .identified, random.chance(0.4) {
            let items = random.sample(CorpusVocabulary.advice, count: random.integer(in: 2...4))
            result.append("Wat moet ik doen?\n\n" + items.map { "- " + $0 }.joined(separator: "\n"))
        }
        if status == .investigating, random.chance(0.5) {
            for entry in random.sample(CorpusVocabulary.questionsAndAnswers, count: random.integer(in: 2...4)) {
                result.append("**\(entry.question)**\n\(Self.fill(entry.answer, phrase: phrase))")
            }
        }
        if status == .resolved, random.chance(0.7) {
            let lookBack = CorpusVocabulary.lookBack
            let story = random.sample(Array(lookBack.indices), count: random.integer(in: 3...5)).sorted()
            result.append("**Wat is er gebeurd?**\n" + story.map { lookBack[$0] }.joined(separator: " "))
        }
        if cut < sentences.count {
            result.append(sentences[cut...].joined(separator: " "))
        }
        return result
    }

    /// The file's presentation, drawn after the content as `gen_corpus.py` does.
    private mutating func present(_ incident: SyntheticIncident) -> SyntheticIncident {
        var incident = incident
        incident.writesOpened = random.chance(0.6)
        incident.newestFirst = random.chance(0.6)
        let style = TimestampStyle(rawValue: random.below(TimestampStyle.allCases.count)) ?? .isoSpace
        incident.fallbackStyle = style.withYear
        for index in incident.updates.indices {
            let status = incident.updates[index].status
            incident.updates[index].word = random.pick(CorpusVocabulary.words(for: status))
            incident.updates[index].style = random.chance(0.7)
                ? style : TimestampStyle(rawValue: random.below(TimestampStyle.allCases.count)) ?? .isoSpace
            incident.updates[index].separator = random.pick(
                [("—", weight: 70), ("–", weight: 10), ("-", weight: 10), ("·", weight: 5), (":", weight: 5)])
            incident.updates[index].lowercaseWord = random.chance(0.1)
        }
        return incident
    }

    private static func fill(_ template: String, phrase: String) -> String {
        let capitalized = phrase.prefix(1).uppercased() + phrase.dropFirst()
        return template.replacingOccurrences(of: "{p}", with: phrase)
            .replacingOccurrences(of: "{P}", with: capitalized)
    }

    /// `YYYY-MM-DD-<title slug, at most 48 characters>-<number>`.
    private static func identifier(opened: LocalMinute, title: String, number: Int) -> String {
        var slug = ""
        for character in title.lowercased().unicodeScalars {
            if ("a"..."z").contains(character) || ("0"..."9").contains(character) {
                slug.unicodeScalars.append(character)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        var trimmed = String(slug.prefix(48))
        while trimmed.hasSuffix("-") { trimmed.removeLast() }
        let numberText = String(number)
        let padded = String(repeating: "0", count: max(0, 5 - numberText.count)) + numberText
        return "\(String(TimestampStyle.frontMatter(opened).prefix(10)))-\(trimmed)-\(padded)"
    }
}
