import CustomerCore

/// The merge review, a state machine over a `MergePlan`: review the fields, answer the
/// documents question when both profiles hold more than a profile may, then apply.
public struct MergeReviewState: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case reviewing
        /// The documents together pass the limit: "keep the newest 100?" before applying.
        case confirmingOverflow
        /// `applyMerge` is out; waiting for `merged` or a refusal.
        case applying
    }

    public var plan: MergePlan
    /// The plan as it opened (or was reloaded): Esc asks before discarding choices made since.
    public var openedPlan: MergePlan
    public var step: Step = .reviewing
    /// The row (field) the arrows move between.
    public var selectedRow = 0
    /// Why the last attempt was refused, or that the values were reloaded after a conflict.
    public var notice: MergeReviewNotice?
    /// Further profiles of the same cluster to merge into the survivor after this one.
    public var remaining: [CustomerID]

    public init(plan: MergePlan, remaining: [CustomerID] = []) {
        self.plan = plan
        self.openedPlan = plan
        self.remaining = remaining
    }

    public var hasChangedChoices: Bool { plan != openedPlan }

    public var rows: [MergeReviewRow] { plan.rows }

    public var selectedTarget: MergeReviewRow.Target? {
        let rows = plan.rows
        return rows.indices.contains(selectedRow) ? rows[selectedRow].target : nil
    }

    /// Keeps `side`'s value for the selected field.
    mutating func chooseSelected(_ side: MergeSide) {
        guard let target = selectedTarget else { return }
        plan.choose(side, for: target)
    }

    /// The plan to apply now, or nil when the documents question must be answered first.
    mutating func requestApply() -> MergePlan? {
        if plan.exceedsAttachmentLimit && plan.attachmentOverflow == nil {
            step = .confirmingOverflow
            return nil
        }
        step = .applying
        notice = nil
        return plan
    }

    /// "Yes, keep the newest": the plan says so and goes to the store.
    mutating func acceptOverflow() -> MergePlan {
        plan.attachmentOverflow = .keepNewest
        step = .applying
        notice = nil
        return plan
    }
}

/// What the merge review says above its footer, as a value (put into words when drawn).
public enum MergeReviewNotice: Equatable, Sendable {
    /// A profile changed at another counter: the values were reloaded.
    case conflicted
    /// "No" to keeping the newest documents: nothing merged yet.
    case overflowDeclined
    /// The store refused.
    case refused(MergeFailure)

    /// In the interface's language.
    public var text: String {
        switch self {
        case .conflicted: AppText.current.mergeConflicted
        case .overflowDeclined: AppText.current.mergeOverflowDeclined
        case .refused(let failure): AppText.current.mergeRefused(failure.reason)
        }
    }
}
