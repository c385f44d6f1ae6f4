import CustomerCore

/// Counting and erasing a customer through the store's port.
extension EffectRunner {
    func perform(_ effect: ErasureEffect) throws -> [Msg] {
        switch effect {
        case .summarize(let id):
            return [.erasure(.summarized(id, try store.erasure.erasureSummary(for: id)))]
        case .erase(let id):
            do { return [.erasure(.erased(try store.erasure.erase(id: id)))] } catch StoreError.notFound {
                return [.erasure(.summarized(id, nil))]
            }
        }
    }
}
