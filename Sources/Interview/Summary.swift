/// What was answered, per questionnaire and theme, counted over the questions shown.
public struct Summary: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var title: String
        public var themes: [Count]
        public var total: Count
    }

    public struct Count: Sendable, Equatable {
        public var title: String
        /// Questions shown given the answers.
        public var shown = 0
        /// Answered, n.v.t. included.
        public var answered = 0
        public var notApplicable = 0
        public var skipped = 0
        /// Answers with a note or evidence.
        public var remarks = 0

        public var open: Int { shown - answered - skipped }

        mutating func add(_ other: Count) {
            shown += other.shown
            answered += other.answered
            notApplicable += other.notApplicable
            skipped += other.skipped
            remarks += other.remarks
        }
    }

    public var parts: [Part]

    public var total: Count {
        var total = Count(title: "")
        for part in parts { total.add(part.total) }
        return total
    }
}
