import CustomerCore
import CustomerStore
import Foundation

/// Performs effects against the store and answers each with Msgs. The only part of the app
/// that talks to `CustomerStore`; `update` never does.
public struct EffectRunner: Sendable {
    public let store: ClienteleStore
    public let clock: @Sendable () -> Date

    public init(store: ClienteleStore, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.clock = clock
    }

    public func perform(_ effect: Effect) -> [Msg] {
        do {
            switch effect {
            case .loadDirectory(let request):
                return [.directoryLoaded(try loadDirectory(request))]
            case .loadCard(let id):
                return [.cardLoaded(id, try store.customerCards.card(for: id))]
            case .saveCustomer(let draft):
                return save(draft)
            case .loadOverview:
                let now = clock()
                return [.overviewLoaded(Overview(totalCustomers: try store.customers.count(), remindersDue: try store.notes.dueReminderCount(at: now),
                                                 groups: try store.groups.groups(), customFields: try store.customFields.definitions()))]
            case .loadDemoCustomers(let count):
                let summary = try DemoLoader(store: store).load(count: count, now: clock())
                return [.demoCustomersLoaded(count: summary.customers)]
            case .quit:
                return []
            }
        } catch {
            return [.operationFailed(String(describing: error))]
        }
    }

    func loadDirectory(_ request: DirectoryRequest) throws -> DirectoryLoad {
        let now = clock()
        if !request.query.isEmpty {
            let result = try store.customers.search(request.query, filter: request.filter, limit: request.limit, now: now)
            return DirectoryLoad(requestID: request.requestID, rows: result.rows, next: nil, matchingCount: result.rows.count,
                                 isTruncated: result.truncated, isContinuation: false)
        }
        let page = try store.customers.page(sort: request.sort, filter: request.filter, after: request.after, limit: request.limit, now: now)
        // The count is only needed for a fresh listing; continuing pages keep it.
        let count = request.after == nil ? try store.customers.count(filter: request.filter, now: now) : -1
        return DirectoryLoad(requestID: request.requestID, rows: page.rows, next: page.next, matchingCount: count,
                             isTruncated: false, isContinuation: request.after != nil)
    }

    func save(_ draft: CustomerDraft) -> [Msg] {
        do {
            let saved = draft.isNew ? try store.customers.create(draft.customer, now: clock()) : try store.customers.update(draft.customer, now: clock())
            if let id = saved.id, !draft.customValues.isEmpty { try store.customFields.setValues(draft.customValues, customerID: id) }
            return [.customerSaved(saved, isNew: draft.isNew)]
        } catch StoreError.invalid(let failure) {
            return [.saveRefused(failure.issues)]
        } catch StoreError.conflict(let current) {
            return [.saveConflicted(current: current)]
        } catch {
            return [.operationFailed(String(describing: error))]
        }
    }
}
