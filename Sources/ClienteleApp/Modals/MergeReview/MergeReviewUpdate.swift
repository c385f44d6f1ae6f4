import CustomerCore
import TerminalCore

/// Keys and answers for the merge review, and what follows a merge or its undo.
enum MergeReviewUpdate {
    static func handle(_ key: KeyEvent, _ review: inout MergeReviewState, _ state: inout AppState, keyMap: KeyMap) -> [Effect] {
        var effects: [Effect] = []
        switch review.step {
        case .reviewing:
            let rowCount = review.rows.count
            switch keyMap.action(for: key, in: .mergeReview) {
            case .cancelModal:
                if review.hasChangedChoices {
                    state.modals.append(.confirm(ConfirmState(title: AppText.current.discardMergeTitle, message: AppText.current.discardMergeMessage,
                                                              purpose: .discardMergeChoices)))
                } else {
                    state.modals.removeLast()
                }
                return []
            case .moveDown: review.selectedRow = min(max(0, rowCount - 1), review.selectedRow + 1)
            case .moveUp: review.selectedRow = max(0, review.selectedRow - 1)
            case .chooseSurvivorValue: review.chooseSelected(.survivor)
            case .chooseOtherValue: review.chooseSelected(.absorbed)
            case .swapSurvivor: review.plan.swapSurvivor()
            case .applyMerge:
                if let plan = review.requestApply() { effects = [.applyMerge(plan)] }
            default: break
            }
        case .confirmingOverflow:
            switch keyMap.action(for: key, in: .confirm) {
            case .confirm: effects = [.applyMerge(review.acceptOverflow())]
            case .decline:
                review.step = .reviewing
                review.message = AppText.current.mergeOverflowDeclined
            default: break
            }
        case .applying:
            break  // the store is answering; keys wait
        }
        state.modals[state.modals.count - 1] = .mergeReview(review)
        return effects
    }

    /// Answers about merges: a plan to review, a refusal, a conflict, a merge done, an undo done.
    static func receive(_ msg: Msg, _ state: inout AppState, update: AppUpdate) -> [Effect] {
        switch msg {
        case .mergePlanProposed(let plan, let remaining):
            // The picker has done its job once the review it asked for opens.
            state.modals.removeAll { if case .mergePicker = $0 { return true }; return false }
            state.modals.append(.mergeReview(MergeReviewState(plan: plan, remaining: remaining)))
            return []
        case .mergeConflicted(let fresh):
            updateReview(&state) { review in
                review.plan = fresh
                review.openedPlan = fresh
                review.step = .reviewing
                review.selectedRow = min(review.selectedRow, max(0, fresh.rows.count - 1))
                review.message = AppText.current.mergeConflicted
            }
            return []
        case .mergeFailed(let reason):
            let shown = updateReview(&state) { review in
                review.step = .reviewing
                review.message = AppText.current.mergeRefused(reason)
            }
            if !shown {
                state.modals.removeAll { if case .mergePicker = $0 { return true }; return false }
                state.status = StatusMessage(text: AppText.current.mergeRefused(reason), kind: .error)
            }
            return []
        case .merged(let record):
            var survivorName = ""
            var remaining: [CustomerID] = []
            if let index = state.modals.lastIndex(where: { if case .mergeReview = $0 { return true }; return false }),
               case .mergeReview(let review) = state.modals[index] {
                survivorName = review.plan.mergedCustomer.displayName
                remaining = review.remaining
                state.modals.remove(at: index)
            }
            state.status = StatusMessage(text: AppText.current.merged(record, survivorName), kind: .info)
            var effects = afterChange(&state, show: record.survivorID, update: update)
            if let next = remaining.first {
                effects.append(.proposeMerge(record.survivorID, next, keep: record.survivorID, then: Array(remaining.dropFirst())))
            }
            return effects
        case .mergedAll(let profiles, let survivors, let skipped):
            state.status = StatusMessage(text: AppText.current.mergedAll(profiles, survivors, skipped), kind: .info)
            return afterChange(&state, show: nil, update: update)
        case .mergeUndone(let record):
            state.status = StatusMessage(text: AppText.current.mergeUndone(record), kind: .info)
            return afterChange(&state, show: record.survivorID, update: update)
        default:
            return []
        }
    }

    /// After merges or an undo: the survivor's card, the directory, the counts and the
    /// suggestions (when the review is open) all reload.
    static func afterChange(_ state: inout AppState, show survivor: CustomerID?, update: AppUpdate) -> [Effect] {
        var effects: [Effect] = [.loadOverview]
        if let survivor {
            if state.card?.customerID != survivor { state.card = CardState(customerID: survivor) }
            state.focus = .card
            effects.append(.loadCard(survivor))
        } else if let open = state.card?.customerID {
            effects.append(.loadCard(open))  // it may have been absorbed; the card then says so
        }
        effects.append(update.reloadDirectory(&state, keepSelection: survivor == nil, select: survivor))
        if DuplicateReviewUpdate.isOpen(state) {
            effects.append(.loadDuplicateClusters)  // its answer is the fresh count too
        } else {
            effects.append(AppUpdate.countDuplicates(&state))
        }
        return effects
    }

    /// Changes the open merge review; false when none is open.
    @discardableResult
    static func updateReview(_ state: inout AppState, _ change: (inout MergeReviewState) -> Void) -> Bool {
        guard let index = state.modals.lastIndex(where: { if case .mergeReview = $0 { return true }; return false }),
              case .mergeReview(var review) = state.modals[index] else { return false }
        change(&review)
        state.modals[index] = .mergeReview(review)
        return true
    }
}
