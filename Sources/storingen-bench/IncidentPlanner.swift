/// The statuses of an incident, oldest first, as `gen_corpus.py`'s `incident_plan`:
/// one episode (investigating … resolved), two for a reopened incident, none resolved
/// for an ongoing one, sometimes a plain update after the fix.
enum IncidentPlanner {
    static func plan(using random: inout SeededRandom) -> [SyntheticStatus] {
        if random.chance(0.02) {
            return episode(middleCount: random.integer(in: 1...4), closed: false, using: &random)
        }
        var plan: [SyntheticStatus]
        if random.chance(0.06) {
            plan = episode(middleCount: random.integer(in: 0...2), closed: true, using: &random)
            plan += episode(middleCount: random.integer(in: 0...2), closed: true, using: &random)
        } else {
            plan = episode(middleCount: random.integer(in: 0...4), closed: true, using: &random)
        }
        if plan.count < 8, random.chance(0.15) {
            plan.append(.update)  // e.g. the servicenormen question after the fix
        }
        return plan
    }

    private static func episode(middleCount: Int, closed: Bool, using random: inout SeededRandom) -> [SyntheticStatus] {
        let order: [SyntheticStatus] = [.identified, .update, .monitoring]
        let middle = (0..<middleCount).map { _ in random.pick(order) }
            .sorted { order.firstIndex(of: $0) ?? 0 < order.firstIndex(of: $1) ?? 0 }
        let first: SyntheticStatus = random.chance(0.8) ? .investigating : .identified
        return [first] + middle + (closed ? [.resolved] : [])
    }
}
