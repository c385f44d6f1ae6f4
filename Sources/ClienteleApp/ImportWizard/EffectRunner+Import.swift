import CustomerCore
import Foundation

/// Reading a file for the wizard, running the import off the UI thread, completing file names.
extension EffectRunner {
    func perform(_ effect: ImportEffect) -> [Msg] {
        switch effect {
        case .completePath(let text):
            let (completed, candidates) = PathCompletion.complete(text)
            return [.importing(.pathCompleted(completed, candidates: candidates))]
        case .preview(let path):
            return [previewImport(path)]
        case .start(let path, let plan, let dryRun):
            startImport(path: path, plan: plan, dryRun: dryRun)
            return []
        case .cancel:
            inbox.requestCancel()
            return []
        }
    }
}

extension EffectRunner {
    func previewImport(_ rawPath: String) -> Msg {
        let path = PathCompletion.expand(rawPath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .importing(.previewFailed(.noSuchFile(path))) }
        if isDirectory.boolValue { return .importing(.previewFailed(.isAFolder(path))) }
        do {
            let (plan, reader) = try store.imports.plan(path: path, group: nil)
            var samples: [[String]] = []
            while samples.count < 5, let record = try reader.next() { samples.append(record.fields) }
            // The phone numbers of the first rows may look like another country's: the shown rows' and then
            // the next ones, from the same reader (the import itself reads the file again from the start).
            let phones = (try? PhoneRegionGuess.phoneCells(from: reader, targets: plan.targets, after: samples)) ?? []
            let guess = PhoneRegionGuess.guess(phones: phones, shopRegion: store.region)
            return .importing(.previewed(ImportPreview(path: path, encoding: reader.encoding, delimiter: reader.delimiter, headers: plan.headers,
                                                  sampleRows: samples, proposedTargets: plan.targets, shopRegion: store.region, phoneGuess: guess)))
        } catch {
            return .importing(.previewFailed(.unreadable(file: URL(fileURLWithPath: path).lastPathComponent, detail: String(describing: error))))
        }
    }

    /// Runs the import on its own thread; progress and the outcome come back through the inbox.
    func startImport(path: String, plan: ImportPlan, dryRun: Bool) {
        let store = self.store, inbox = self.inbox, now = clock()
        inbox.started()
        // A new thread starts without task-locals: it keeps the language of the loop that started it.
        let language = AppText.language
        Thread.detachNewThread {
            defer { inbox.finished() }
            AppText.$language.withValue(language) {
                let start = Date()
                do {
                    let runner = store.imports
                    let (filePlan, reader) = try runner.plan(path: path, group: plan.group)
                    var applied = filePlan
                    if plan.headers == filePlan.headers { applied.targets = plan.targets }
                    applied.allowedNewCustomFields = plan.allowedNewCustomFields  // the person's answer to "create N fields?"
                    applied.phoneRegion = plan.phoneRegion
                    applied.keepsUnreadablePhones = plan.keepsUnreadablePhones
                    var lastPost = Date.distantPast
                    let summary = try runner.run(applied, reader: reader, dryRun: dryRun, now: now) { rows, bytes in
                        if Date().timeIntervalSince(lastPost) > 0.1 {
                            lastPost = Date()
                            let seconds = max(0.001, Date().timeIntervalSince(start))
                            inbox.post(.importing(.progressed(ImportProgress(rows: rows, fraction: reader.fileSize > 0 ? Double(bytes) / Double(reader.fileSize) : 0,
                                                                        rowsPerSecond: Double(rows) / seconds))))
                        }
                        return !inbox.isCancelRequested
                    }
                    var rejectsPath: String?
                    if !summary.rejectedLines.isEmpty, !dryRun {
                        let candidate = (path as NSString).deletingPathExtension + "-rejects.csv"
                        if (try? runner.writeRejects(of: path, summary: summary, to: candidate)) != nil { rejectsPath = candidate }
                    }
                    inbox.post(.importing(.finished(.imported(ImportReport(imported: summary.imported, rejectedRows: summary.rejectedRowCount,
                                                                      problems: Array(summary.rejected.prefix(200)), possibleDuplicates: summary.possibleDuplicates,
                                                                      groupName: summary.groupName, seconds: Date().timeIntervalSince(start), rejectsPath: rejectsPath,
                                                                      isDryRun: dryRun)))))
                } catch is ImportCancelled {
                    inbox.post(.importing(.finished(.cancelled)))
                } catch {
                    inbox.post(.importing(.finished(.failed(String(describing: error)))))
                }
            }
        }
    }
}
