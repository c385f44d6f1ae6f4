import CustomerCore
import CustomerStore
import Foundation

/// Performs effects against the store and answers each with Msgs. The only part of the app
/// that talks to `CustomerStore`; `update` never does.
public struct EffectRunner: Sendable {
    public let store: ClienteleStore
    public let clock: @Sendable () -> Date
    /// Where work running off the UI thread posts its messages.
    public let inbox: Inbox

    public init(store: ClienteleStore, inbox: Inbox = Inbox(), clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.inbox = inbox
        self.clock = clock
    }

    public func perform(_ effect: Effect) -> [Msg] {
        do {
            switch effect {
            case .loadDirectory(let request):
                return [.directoryLoaded(try loadDirectory(request))]
            case .loadCard(let id):
                // The merges it kept come with the card: the Main tab lists them and `u` undoes the newest.
                return [.cardLoaded(id, try store.customerCards.card(for: id)), .mergeHistoryLoaded(id, try store.merges.history(of: id))]
            case .saveCustomer(let draft):
                return save(draft)
            case .loadOverview:
                let now = clock()
                return [.overviewLoaded(Overview(totalCustomers: try store.customers.count(), remindersDue: try store.notes.dueReminderCount(at: now),
                                                 groups: try store.groups.groups(), customFields: try store.customFields.definitions()))]
            case .loadDemoCustomers(let count):
                let summary = try DemoLoader(store: store).load(count: count, now: clock())
                return [.demoCustomersLoaded(count: summary.customers)]
            case .completePath(let text):
                let (completed, candidates) = PathCompletion.complete(text)
                return [.pathCompleted(completed, candidates: candidates)]
            case .previewImport(let path):
                return [previewImport(path)]
            case .startImport(let path, let plan):
                startImport(path: path, plan: plan)
                return []
            case .cancelImport:
                inbox.requestCancel()
                return []
            case .exportDirectory(let format, let filter, let path):
                return [try export(format: format, filter: filter, path: path)]
            case .countDuplicates, .loadDuplicateClusters, .loadDuplicateProfiles, .ignoreDuplicates, .proposeMerge, .applyMerge,
                 .mergeAllExact, .undoMerge, .searchMergeCandidates:
                return try performDuplicates(effect)
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
            // One transaction for the profile and its custom values: a conflict writes neither.
            let saved = try store.customers.save(draft.customer, customValues: draft.customValues, isNew: draft.isNew, now: clock())
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

extension EffectRunner {
    func previewImport(_ rawPath: String) -> Msg {
        let path = PathCompletion.expand(rawPath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .importPreviewFailed(AppText.current.noSuchFile(path)) }
        if isDirectory.boolValue { return .importPreviewFailed(AppText.current.isAFolder(path)) }
        do {
            let (plan, reader) = try ImportRunner(store: store).plan(path: path)
            var samples: [[String]] = []
            while samples.count < 5, let record = try reader.next() { samples.append(record.fields) }
            return .importPreviewed(ImportPreview(path: path, encoding: reader.encoding, delimiter: reader.delimiter, headers: plan.headers,
                                                  sampleRows: samples, proposedTargets: plan.targets))
        } catch {
            return .importPreviewFailed("\(URL(fileURLWithPath: path).lastPathComponent): \(error)")
        }
    }

    /// Runs the import on its own thread; progress and the outcome come back through the inbox.
    func startImport(path: String, plan: ImportPlan) {
        let store = self.store, inbox = self.inbox, now = clock()
        inbox.started()
        // A new thread starts without task-locals: it keeps the language of the loop that started it.
        let language = AppText.language
        Thread.detachNewThread {
            defer { inbox.finished() }
            AppText.$language.withValue(language) {
                let start = Date()
                do {
                    let runner = ImportRunner(store: store)
                    let (filePlan, reader) = try runner.plan(path: path, group: plan.group)
                    var applied = filePlan
                    if plan.headers == filePlan.headers { applied.targets = plan.targets }
                    var lastPost = Date.distantPast
                    let summary = try runner.run(applied, reader: reader, dryRun: false, now: now) { rows, bytes in
                        if Date().timeIntervalSince(lastPost) > 0.1 {
                            lastPost = Date()
                            let seconds = max(0.001, Date().timeIntervalSince(start))
                            inbox.post(.importProgressed(ImportProgress(rows: rows, fraction: reader.fileSize > 0 ? Double(bytes) / Double(reader.fileSize) : 0,
                                                                        rowsPerSecond: Double(rows) / seconds)))
                        }
                        return !inbox.isCancelRequested
                    }
                    var rejectsPath: String?
                    if !summary.rejectedLines.isEmpty {
                        let candidate = (path as NSString).deletingPathExtension + "-rejects.csv"
                        if (try? runner.writeRejects(of: path, summary: summary, to: candidate)) != nil { rejectsPath = candidate }
                    }
                    inbox.post(.importFinished(.imported(ImportReport(imported: summary.imported, rejectedRows: summary.rejectedRowCount,
                                                                      problems: Array(summary.rejected.prefix(200)), possibleDuplicates: summary.possibleDuplicates,
                                                                      groupName: summary.groupName, seconds: Date().timeIntervalSince(start), rejectsPath: rejectsPath))))
                } catch is ImportCancelled {
                    inbox.post(.importFinished(.cancelled))
                } catch {
                    inbox.post(.importFinished(.failed(String(describing: error))))
                }
            }
        }
    }

    func export(format: ExportFormat, filter: DirectoryFilter, path rawPath: String) throws -> Msg {
        let path = PathCompletion.expand(rawPath)
        let partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let handle = FileHandle(forWritingAtPath: partial) else {
            return .operationFailed(AppText.current.cannotWrite(path))
        }
        do {
            let count = try DirectoryExporter(store: store).export(format: DirectoryExporter.Format(rawValue: format.rawValue)!, filter: filter,
                                                                   now: clock(), to: handle)
            try handle.close()
            _ = try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            return .directoryExported(count: count, path: path)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}

/// File name completion for the wizard's path field, like a shell's Tab.
enum PathCompletion {
    static func expand(_ path: String) -> String {
        path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst() : path
    }

    /// The longest common completion and the candidates (folders end with "/").
    static func complete(_ typed: String) -> (String, [String]) {
        let expanded = expand(typed)
        let directory = expanded.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let prefix = expanded.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return (typed, []) }
        let matches = names.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted().map { name -> String in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return isDirectory.boolValue ? name + "/" : name
        }
        guard let first = matches.first else { return (typed, []) }
        var common = first
        for match in matches.dropFirst() { while !match.hasPrefix(common) { common.removeLast() } }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return (base + common, matches.count > 1 ? matches : [])
    }
}
