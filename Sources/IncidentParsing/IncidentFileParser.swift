import CommonMark
import Foundation
import IncidentModel
import SourceYAML

/// One run over one file, collecting diagnostics as it goes; each step is a method
/// named after what it reads, called in file order by `parse()`.
struct IncidentFileParser {
    /// An update heading found in the body, before its time is known.
    struct HeadingUpdate {
        var location: SourceLocation
        var timestamp: Located<WrittenTimestamp>
        var statusText: Located<String>
        var body: String
        var instant: Date?
        /// `body` as HTML, from the file's Markdown tree (`ParsingContext.rendersHTML`).
        var html: String?
    }

    let source: SourceText
    let context: ParsingContext
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText, context: ParsingContext) {
        self.source = source
        self.context = context
    }

    mutating func parse() -> Incident? {
        guard let (frontMatter, bodyStart) = readFrontMatter() else { return nil }
        let body = readBody(from: bodyStart, hasTitle: frontMatter.title != nil)
        let kind = frontMatter.kind?.value ?? .incident
        var updates = body.updates
        let times = resolveTimes(frontMatter, &updates)
        let statuses = readStatuses(updates, kind: kind)

        let title = frontMatter.title?.value ?? body.title
        if title == nil, frontMatter.isReadable, !frontMatter.writtenKeys.contains("title") {
            diagnostics.append(.error(at: source.location(line: 1), "missing title: add `title:` to the front matter or start the text with a `# Title` heading"))
        }
        // Updates whose time could not be read are left out; their error is reported.
        let model = zip(updates, statuses).compactMap { update, status in
            update.instant.map { Update(instant: $0, status: status, body: update.body, location: update.location, html: update.html) }
        }
        let order = checkOrder(model)
        var incident = Incident(
            id: frontMatter.slug.map { IncidentID($0.value) } ?? IncidentParser.defaultID(forPath: source.path),
            title: (title ?? "").trimmingSpaces(),
            kind: kind,
            impact: frontMatter.impact?.value ?? .minor,
            services: frontMatter.services?.map(\.value) ?? [],
            normsOverride: frontMatter.norms?.value,
            opened: times.opened, began: times.began, scheduled: times.scheduled,
            language: frontMatter.language?.value ?? .nl,
            summary: body.summary, postmortem: body.postmortem, updates: model, order: order, path: source.path)
        incident.services = Self.unique(incident.services)
        incident.summaryHTML = body.summaryHTML
        incident.postmortemHTML = body.postmortem == nil ? nil : body.postmortemHTML
        IncidentValidator(incident: incident, frontMatter: frontMatter, source: source, headingCount: body.isReadable ? updates.count : nil)
            .validate(into: &diagnostics)
        return incident
    }

    // MARK: - Front matter

    /// The front matter between `---` lines, and the line the body starts on.
    private mutating func readFrontMatter() -> (FrontMatter, Int)? {
        guard source.lineText(1).trimmingTrailingSpaces() == "---" else { return (FrontMatter(), 1) }
        guard let closing = (2...max(2, source.lineCount)).first(where: { line in
            line <= source.lineCount && ["---", "..."].contains(source.lineText(line).trimmingTrailingSpaces())
        }) else {
            diagnostics.append(.error(at: source.location(line: 1), "front matter is not closed: add a line `---` after its last key"))
            return nil
        }
        let yaml = source.text(lines: 2, through: closing - 1)
        if yaml.utf8.count > context.limits.maximumFrontMatterBytes {
            diagnostics.append(.error(at: source.location(line: 2), "front matter is \(yaml.utf8.count) bytes; the limit is \(context.limits.maximumFrontMatterBytes) bytes"))
            return nil
        }
        var parser = FrontMatterParser(source: source, firstLine: 2, context: context)
        var frontMatter = parser.parse(yaml)
        frontMatter.isReadable = parser.isReadable
        diagnostics += parser.diagnostics
        return (frontMatter, closing + 1)
    }

    // MARK: - Body

    private struct Body {
        /// False when the body was refused as a whole (too deeply nested).
        var isReadable = true
        var title: String?
        var summary: String
        var updates: [HeadingUpdate]
        /// The text under `## Nabeschouwing` / `## Postmortem`; nil without that heading.
        var postmortem: String?
        /// `summary` and `postmortem` as HTML, when rendered from the tree.
        var summaryHTML: String?
        var postmortemHTML: String?
    }

    /// Finds the update headings with libcmark and cuts the body into summary and updates.
    private mutating func readBody(from firstLine: Int, hasTitle: Bool) -> Body {
        guard firstLine <= source.lineCount else { return Body(title: nil, summary: "", updates: []) }
        // Without the blank lines that end the file, which no section's text keeps: a code
        // fence left open would take them into the last section's HTML.
        var lastLine = source.lineCount
        while lastLine >= firstLine, source.isBlank(lastLine) { lastLine -= 1 }
        let markdown = source.bytes(lines: firstLine, through: lastLine)
        let rendersHTML = context.rendersHTML && Self.rendersSectionsAlike(markdown)
        let outline = CommonMarkConverter.outline(of: markdown, renderingHTML: rendersHTML)
        let lineOffset = firstLine - 1
        /// The HTML of the blocks that start on lines `first...last` of the file: a section
        /// as `CommonMarkConverter.html(fromMarkdown:)` renders its text alone.
        func html(lines first: Int, through last: Int) -> String? {
            guard rendersHTML else { return nil }
            let blocks = outline.blocks
            let start = blocks.partitioningIndex { $0.startLine + lineOffset >= first }
            var end = start
            while end < blocks.count, blocks[end].startLine + lineOffset <= last { end += 1 }
            let section = blocks[start..<end].map { $0.html ?? "" }
            // Joined into a string of exactly their size: strings grown by appending held
            // about 10 MB of spare room at 10,000 incidents.
            if section.count == 1 { return section[0] }
            var html = ""
            html.reserveCapacity(section.reduce(0) { $0 + $1.utf8.count })
            for part in section { html += part }
            return html
        }
        if outline.maximumDepth > context.limits.maximumNestingDepth {
            diagnostics.append(.error(
                at: source.location(line: outline.deepestLine + lineOffset, column: outline.deepestColumn),
                "Markdown is nested \(outline.maximumDepth) levels deep; the limit is \(context.limits.maximumNestingDepth)"))
            return Body(isReadable: false, title: nil, summary: "", updates: [])
        }
        var title: String?
        var summaryStart = firstLine
        var headings: [(startLine: Int, endLine: Int, update: HeadingUpdate)] = []
        var postmortemHeading: (startLine: Int, endLine: Int)?
        for (index, block) in outline.blocks.enumerated() {
            guard let level = block.headingLevel else { continue }
            let line = block.startLine + lineOffset
            let lineBytes = source.lineBytes(line)
            let isATX = lineBytes.first(where: { $0 != 0x20 && $0 != 0x09 }) == 0x23
            let (text, column) = UpdateHeading.headingText(ofLine: lineBytes, isATX: isATX)
            if index == 0, level == 1, !hasTitle {
                title = String(decoding: text, as: UTF8.self)
                summaryStart = block.endLine + lineOffset + 1
                continue
            }
            switch UpdateHeading.parse(text, column: column) {
            case .content where level == 2 && UpdateHeading.isPostmortem(text):
                guard postmortemHeading == nil else {
                    diagnostics.append(.error(at: source.location(line: line, column: block.startColumn), "a second postmortem heading; an incident has one `## Nabeschouwing` (`## Postmortem`), written once the outage is over"))
                    continue
                }
                postmortemHeading = (line, block.endLine + lineOffset)
            case .content:
                continue
            case .unreadable(let written, let column) where level == 2:
                diagnostics.append(.error(at: source.location(line: line, column: column), "cannot read the time in `\(written)`; write it like `19-12 15:00 uur`, `2023-12-19 15:00` or `19 december 2023 om 15:00`"))
            case .unreadable:
                continue
            case .update where level != 2:
                diagnostics.append(.warning(at: source.location(line: line, column: block.startColumn), "this level-\(level) heading starts with a time but is not an update; updates are level-2 headings (`## `)"))
            case .update(let timestamp, let timestampColumn, let statusText, let statusColumn):
                if headings.count == context.limits.maximumUpdates {
                    diagnostics.append(.error(at: source.location(line: line, column: block.startColumn), "more than \(context.limits.maximumUpdates) updates in one file; split the incident"))
                    return Body(title: title, summary: "", updates: [])
                }
                let update = HeadingUpdate(
                    location: source.location(line: line, column: block.startColumn),
                    timestamp: Located(value: timestamp, location: source.location(line: line, column: timestampColumn)),
                    statusText: Located(value: statusText, location: source.location(line: line, column: statusColumn)),
                    body: "", instant: nil)
                headings.append((line, block.endLine + lineOffset, update))
            }
        }
        // A section runs to the next section's heading: updates and the postmortem alike.
        let starts = (headings.map(\.startLine) + [postmortemHeading?.startLine].compactMap(\.self)).sorted()
        func end(after line: Int) -> Int { (starts.first { $0 > line } ?? source.lineCount + 1) - 1 }
        let updates = headings.map { heading in
            var update = heading.update
            update.body = source.trimmedText(lines: heading.endLine + 1, through: end(after: heading.startLine))
            update.html = html(lines: heading.endLine + 1, through: end(after: heading.startLine))
            return update
        }
        let summaryEnd = (starts.first ?? source.lineCount + 1) - 1
        let summary = source.trimmedText(lines: summaryStart, through: summaryEnd)
        let postmortem = postmortemHeading.map { source.trimmedText(lines: $0.endLine + 1, through: end(after: $0.startLine)) }
        if let postmortemHeading, postmortem?.isEmpty == true {
            diagnostics.append(.warning(at: source.location(line: postmortemHeading.startLine), "the postmortem is empty; write what happened and what changes under it, or remove the heading"))
        }
        return Body(
            title: title, summary: summary, updates: updates, postmortem: postmortem?.isEmpty == true ? nil : postmortem,
            summaryHTML: html(lines: summaryStart, through: summaryEnd),
            postmortemHTML: postmortemHeading.flatMap { html(lines: $0.endLine + 1, through: end(after: $0.startLine)) })
    }

    /// Whether each section of `markdown` renders from the whole text's tree as it does from
    /// its own text (`html(fromMarkdown:)` of an update's `body`): not when a link reference
    /// definition (a label and a colon, `[label]:`) could reach across sections, and not
    /// with carriage returns, which the sections' texts leave out. Such files (few) have
    /// their sections rendered one by one by the site.
    /// Looked for with `memchr`: a loop over the bytes of every file cost 1% of a build.
    static func rendersSectionsAlike(_ markdown: ArraySlice<UInt8>) -> Bool {
        markdown.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress, memchr(start, 0x0D, bytes.count) == nil else { return bytes.isEmpty }
            var offset = 0
            while offset < bytes.count, let colon = memchr(start + offset, Int32(UInt8(ascii: ":")), bytes.count - offset) {
                let position = start.distance(to: UnsafeRawPointer(colon))
                if position > 0, bytes[position - 1] == UInt8(ascii: "]") { return false }
                offset = position + 1
            }
            return true
        }
    }

    // MARK: - Times

    private struct Times {
        var opened: Date?
        var began: Date?
        var scheduled: TimeRange?
    }

    /// Resolves every timestamp: those with a year first, so that the year-less ones
    /// can be placed nearest to `opened:` or else to the earliest dated update.
    private mutating func resolveTimes(_ frontMatter: FrontMatter, _ updates: inout [HeadingUpdate]) -> Times {
        var resolver = TimestampResolver(clock: context.clock, anchor: nil)
        var times = Times()
        if let opened = frontMatter.opened, let year = opened.value.year {
            times.opened = resolve(opened, with: resolver)
            resolver.anchor = opened.value.local(in: year)
        }
        for index in updates.indices where updates[index].timestamp.value.year != nil {
            updates[index].instant = resolve(updates[index].timestamp, with: resolver)
        }
        if resolver.anchor == nil,
           let earliest = updates.filter({ $0.instant != nil }).min(by: { $0.instant! < $1.instant! }),
           let year = earliest.timestamp.value.year {
            resolver.anchor = earliest.timestamp.value.local(in: year)
        }
        if let opened = frontMatter.opened, opened.value.year == nil {
            times.opened = resolve(opened, with: resolver)
        }
        for index in updates.indices where updates[index].timestamp.value.year == nil {
            updates[index].instant = resolve(updates[index].timestamp, with: resolver)
        }
        if let began = frontMatter.began {
            times.began = resolve(began, with: resolver)
        }
        if let scheduled = frontMatter.scheduled {
            let start = resolve(scheduled.value.start, with: resolver)
            let end = resolve(scheduled.value.end, with: resolver)
            if let start, let end {
                if end <= start {
                    diagnostics.append(.error(at: scheduled.value.end.location, "`scheduled` ends before it starts"))
                } else {
                    times.scheduled = TimeRange(start: start, end: end)
                }
            }
        }
        return times
    }

    private mutating func resolve(_ timestamp: Located<WrittenTimestamp>, with resolver: TimestampResolver) -> Date? {
        switch resolver.resolve(timestamp.value) {
        case .success(let instant):
            return instant
        case .failure(let problem):
            diagnostics.append(.error(at: timestamp.location, problem.message))
            return nil
        }
    }

    // MARK: - Statuses and order

    private mutating func readStatuses(_ updates: [HeadingUpdate], kind: IncidentKind) -> [UpdateStatus] {
        updates.map { update in
            let text = update.statusText
            guard let status = StatusVocabulary.status(for: text.value) else {
                diagnostics.append(.error(at: text.location, "unknown status `\(text.value)`; write one of: \(StatusVocabulary.allowedWords(for: kind).joined(separator: ", ")), or nothing for a plain update"))
                return .update
            }
            if kind == .incident, status.isMaintenanceOnly {
                diagnostics.append(.error(at: text.location, "`\(text.value)` is a maintenance status; add `kind: maintenance` to the front matter or use an incident status such as Onderzoek or Opgelost"))
            } else if kind == .maintenance, status.isIncidentOnly {
                diagnostics.append(.error(at: text.location, "`\(text.value)` is an incident status; maintenance uses Gepland, Bezig, Controleren and Afgerond"))
            }
            return status
        }
    }

    /// The file's direction; a file that changes direction is an error naming both lines.
    private mutating func checkOrder(_ updates: [Update]) -> UpdateOrder {
        var direction: (order: UpdateOrder, first: Update, second: Update)?
        for (previous, next) in zip(updates, updates.dropFirst()) where previous.instant != next.instant {
            let order: UpdateOrder = next.instant < previous.instant ? .newestFirst : .oldestFirst
            guard let established = direction else {
                direction = (order, previous, next)
                continue
            }
            if order != established.order {
                let described = established.order == .newestFirst ? "newest first" : "oldest first"
                diagnostics.append(.error(
                    at: next.location,
                    "updates change order here: lines \(established.first.location.line) and \(established.second.location.line) list them \(described), but line \(next.location.line) is \(order == .newestFirst ? "older" : "newer") than line \(previous.location.line) above it; keep one direction per file"))
                break
            }
        }
        return direction?.order ?? .newestFirst
    }

    private static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}
