import CustomerCore

/// Saving the form.
extension EffectRunner {
    func perform(_ effect: CustomerFormEffect) -> [Msg] {
        switch effect {
        case .save(let draft): return save(draft)
        case .checkStored(let id): return [.customerForm(.storedLoaded(id: id, current: try? store.customers.customer(id: id)))]
        }
    }

    func save(_ draft: CustomerDraft) -> [Msg] {
        do {
            // One transaction for the profile and its custom values: a conflict writes neither.
            let saved = try store.customers.save(draft.customer, customValues: draft.customValues, isNew: draft.isNew, now: clock())
            return [.customerForm(.saved(saved, isNew: draft.isNew))]
        } catch StoreError.invalid(let failure) {
            return [.customerForm(.saveRefused(failure.issues))]
        } catch StoreError.conflict(let current) {
            return [.customerForm(.saveConflicted(current: current))]
        } catch {
            return [.operationFailed(String(describing: error))]
        }
    }
}
