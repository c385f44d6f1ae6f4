import CustomerCore
import Foundation

/// Attaching, renaming, saving a copy of, deleting and previewing documents.
extension EffectRunner {
    func perform(_ effect: DocumentsEffect) throws -> [Msg] {
        switch effect {
        case .completePath(let text):
            let (completed, candidates) = PathCompletion.complete(text)
            return [.documents(.pathCompleted(completed, candidates: candidates))]
        case .attach(let rawPath, let customerID):
            let path = PathCompletion.expand(rawPath.trimmingCharacters(in: .whitespaces))
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [.documents(.refused(AppText.current.noSuchFile(path)))] }
            if isDirectory.boolValue { return [.documents(.refused(AppText.current.isAFolder(path)))] }
            do { return [.documents(.attached(try store.attachments.attach(fileAt: path, to: customerID, now: clock())))] } catch {
                return [.documents(.refused(Self.words(error)))]
            }
        case .rename(let attachment, let name):
            guard let id = attachment.id else { return [] }
            do { try store.attachments.rename(id: id, to: name) } catch { return [.documents(.refused(Self.words(error)))] }
            return [.documents(.renamed(name.trimmingCharacters(in: .whitespaces)))]
        case .export(let attachment, let rawFolder, let replacing):
            let folder = PathCompletion.expand(rawFolder.trimmingCharacters(in: .whitespaces))
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [.documents(.refused(AppText.current.exportNoFolder(folder)))]
            }
            // The store decides whether a file of that name is there (inside its write, not a check before it).
            do { return [.documents(.exported(path: try store.attachments.export(attachment, to: folder, replacing: replacing)))] } catch StoreError.fileExists(let path) {
                return [.documents(.exportWouldReplace(attachment, folder: folder, path: path))]
            } catch {
                return [.documents(.refused(Self.words(error)))]
            }
        case .delete(let attachment):
            guard let id = attachment.id else { return [] }
            try store.attachments.delete(id: id)
            return [.documents(.deleted(attachment.fileName))]
        case .preview(let attachment, let width, let height):
            guard let id = attachment.id else { return [] }
            let store = self.store
            // chafa and pdftotext may take a moment on a large file: the screen keeps drawing meanwhile.
            inBackground {
                let file = try store.attachments.contentFile(of: attachment)
                let details = DocumentInspector.details(ofFileAt: file.path, type: attachment.fileType)
                let outcome: PreviewOutcome = switch attachment.fileType {
                case .pdf: DocumentPreview.pdfFirstPage(at: file.path, maxLines: height)
                case .jpeg, .gif, .png: DocumentPreview.image(at: file.path, width: width, height: height)
                }
                return .documents(.previewed(attachmentID: id, details, outcome))
            }
            return []
        }
    }

    /// A refusal in the person's words: the store's own sentence (which rule, the real type and size).
    static func words(_ error: Error) -> String {
        if case StoreError.invalid(let failure) = error, let issue = failure.issues.first { return AppText.current.validationMessage(issue.problem) }
        if case StoreError.attachmentRefused(let refusal) = error { return AppText.current.attachmentRefusal(refusal) }
        return String(describing: error)
    }
}
