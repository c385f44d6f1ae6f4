import CustomerCore
import TerminalCore

/// The merge review as a modal: choose each field's value, swap the survivor, apply.
extension MergeReviewState: ModalContent {
    /// The documents question is a yes/no over the review: the confirmation's keys apply.
    public var scope: KeyScope { step == .confirmingOverflow ? .confirm : .mergeReview }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        // The step decides the scope (`scope`), so each step only ever sees its own scope's actions.
        if step == .reviewing, case .mergeReview(let action)? = action {
            switch action {
            case .moveDown: selectedRow = min(max(0, rows.count - 1), selectedRow + 1)
            case .moveUp: selectedRow = max(0, selectedRow - 1)
            case .chooseSurvivorValue: chooseSelected(.survivor)
            case .chooseOtherValue: chooseSelected(.absorbed)
            case .swapSurvivor: plan.swapSurvivor()
            case .applyMerge:
                if let plan = requestApply() { return .stay([.merge(.apply(plan))]) }
            case .cancelModal: return cancel(app: &app, update: update)  // ModalKeys sends Escape to `cancel` itself
            }
        } else if step == .confirmingOverflow, case .confirm(let answer)? = action {
            switch answer {
            case .confirm: return .stay([.merge(.apply(acceptOverflow()))])
            case .decline:
                step = .reviewing
                notice = .overflowDeclined
            }
        }
        return .stay  // while applying, the store is answering; keys wait
    }

    /// Escape: closes when no choice changed, else asks first. (The documents question answers
    /// Escape as "no", through the confirmation's keys.)
    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        guard step == .reviewing else { return .stay }
        guard hasChangedChoices else { return .close }
        app.modals.push(ConfirmState(MergeQuestion.discardChoices, onYes: ConfirmYes(closesModalBelow: true)))
        return .stay
    }
}

/// Answers about merges, and what follows a merge or its undo.
enum MergeReviewUpdate {
    static func receive(_ msg: MergeMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .planProposed(let plan, let remaining):
            // The picker has done its job once the review it asked for opens.
            state.modals.removeAll(MergePickerState.self)
            state.modals.push(MergeReviewState(plan: plan, remaining: remaining))
            return []
        case .conflicted(let fresh):
            state.modals.update(MergeReviewState.self) { review in
                review.plan = fresh
                review.openedPlan = fresh
                review.step = .reviewing
                review.selectedRow = min(review.selectedRow, max(0, fresh.rows.count - 1))
                review.notice = .conflicted
            }
            return []
        case .failed(let failure):
            let shown = state.modals.update(MergeReviewState.self) { review in
                review.step = .reviewing
                review.notice = .refused(failure)
            }
            if shown == nil {
                state.modals.removeAll(MergePickerState.self)
                state.say(MergeNote.refused(failure))
            }
            return []
        case .undoRefused(let reason):
            state.say(MergeNote.undoRefused(reason))
            return []
        case .undoFoundPurged(let record):
            state.say(MergeNote.purged(record, survivorName: state.card?.card?.customer.displayName ?? ""))
            return [.card(.load(record.survivorID))]
        case .merged(let record):
            let review = state.modals.first(MergeReviewState.self)
            state.modals.removeAll(MergeReviewState.self)
            state.say(MergeNote.merged(record, survivorName: review?.plan.mergedCustomer.displayName ?? ""))
            var effects = afterChange(&state, show: record.survivorID)
            if let remaining = review?.remaining, let next = remaining.first {
                effects.append(.merge(.propose(record.survivorID, next, keep: record.survivorID, then: Array(remaining.dropFirst()))))
            }
            return effects
        case .mergedAll(let profiles, let survivors, let skipped):
            state.say(MergeNote.mergedAll(profiles: profiles, survivors: survivors, skipped: skipped))
            return afterChange(&state, show: nil)
        case .undone(let record):
            state.say(MergeNote.undone(record))
            return afterChange(&state, show: record.survivorID)
        case .candidatesFound(let requestID, let rows):
            state.modals.update(MergePickerState.self) { picker in
                guard picker.requestID == requestID else { return }
                picker.results = rows.filter { $0.id != picker.customerID }
                picker.selected = 0
            }
            return []
        }
    }

    /// `u` on a card: asks before undoing the newest merge this profile kept.
    static func offerUndo(_ state: inout AppState) -> [Effect] {
        guard let record = state.card?.undoableMerge else {
            state.say(MergeNote.nothingToUndo)
            return []
        }
        if record.isPurged {
            state.say(MergeNote.purged(record, survivorName: state.card?.card?.customer.displayName ?? ""))
            return []
        }
        state.modals.push(ConfirmState(MergeQuestion.undo(record), onYes: ConfirmYes(effects: [.merge(.undo(mergeID: record.id))])))
        return []
    }

    /// After merges or an undo: the survivor's card, the directory, the counts and the
    /// suggestions (when the review is open) all reload.
    static func afterChange(_ state: inout AppState, show survivor: CustomerID?) -> [Effect] {
        var effects: [Effect] = [.shell(.loadOverview)]
        if let survivor {
            if state.card?.customerID != survivor { state.card = CardState(customerID: survivor) }
            state.focus = .card
            effects.append(.card(.load(survivor)))
        } else if let open = state.card?.customerID {
            effects.append(.card(.load(open)))  // it may have been absorbed; the card then says so
        }
        effects.append(DirectoryUpdate.reload(&state, keepSelection: survivor == nil, select: survivor))
        if state.modals.contains(DuplicateReviewState.self) {
            effects.append(.duplicates(.loadClusters))  // its answer is the fresh count too
        } else {
            effects.append(DuplicateReviewUpdate.count(&state))
        }
        return effects
    }
}

/// Status messages of merges.
public enum MergeNote: StatusNote {
    case mergingAll
    case merged(MergeRecord, survivorName: String)
    case mergedAll(profiles: Int, survivors: Int, skipped: Int)
    case undone(MergeRecord)
    case refused(MergeFailure)
    case undoRefused(String)
    case nothingToUndo
    /// The newest merge the profile kept was purged from the history: it can no longer be undone.
    case purged(MergeRecord, survivorName: String)
    case openCardFirst

    public var isError: Bool {
        switch self {
        case .refused, .undoRefused: true
        case .mergingAll, .merged, .mergedAll, .undone, .nothingToUndo, .purged, .openCardFirst: false
        }
    }

    public var text: String {
        let text = AppText.current
        switch self {
        case .mergingAll: return text.mergingAll
        case .merged(let record, let name): return text.merged(record, name)
        case .mergedAll(let profiles, let survivors, let skipped): return text.mergedAll(profiles, survivors, skipped)
        case .undone(let record): return text.mergeUndone(record)
        case .refused(let failure): return text.mergeRefused(failure.reason)
        case .undoRefused(let reason): return text.undoRefused(reason)
        case .nothingToUndo: return text.nothingToUndo
        case .purged(let record, let survivor): return text.mergePurged(record, survivor)
        case .openCardFirst: return text.openCardFirst
        }
    }
}

/// Merge questions: Escape over changed choices, and undo.
public enum MergeQuestion: ConfirmQuestion {
    case discardChoices
    case undo(MergeRecord)

    public var title: String {
        switch self {
        case .discardChoices: AppText.current.discardMergeTitle
        case .undo: AppText.current.undoMergeTitle
        }
    }

    public var message: String {
        switch self {
        case .discardChoices: AppText.current.discardMergeMessage
        case .undo(let record): AppText.current.undoMergeMessage(record)
        }
    }
}
