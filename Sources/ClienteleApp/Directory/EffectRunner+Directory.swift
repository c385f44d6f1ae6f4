import CustomerCore

/// Pages and searches of the directory.
extension EffectRunner {
    func perform(_ effect: DirectoryEffect) throws -> [Msg] {
        switch effect {
        case .load(let request): return [.directory(.loaded(try loadDirectory(request)))]
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
}
