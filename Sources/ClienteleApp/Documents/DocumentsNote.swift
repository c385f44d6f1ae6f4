import CustomerCore

/// Status messages about documents.
public enum DocumentsNote: StatusNote {
    case attached(String)
    case renamed(String)
    case exported(String)
    case deleted(String)
    /// The card keys that act on a document, pressed with none selected.
    case noDocumentSelected

    public var isError: Bool { self == .noDocumentSelected }

    public var text: String {
        let text = AppText.current
        switch self {
        case .attached(let name): return text.documentAttached(name)
        case .renamed(let name): return text.documentRenamed(name)
        case .exported(let path): return text.documentExported(path)
        case .deleted(let name): return text.documentDeleted(name)
        case .noDocumentSelected: return text.noDocumentSelected
        }
    }
}

/// Questions about documents.
public enum DocumentsQuestion: ConfirmQuestion {
    case delete(Attachment)
    case replace(path: String)

    public var title: String {
        switch self {
        case .delete: AppText.current.deleteDocumentTitle
        case .replace: AppText.current.exportOverwriteTitle
        }
    }

    public var message: String {
        switch self {
        case .delete(let attachment): AppText.current.deleteDocumentMessage(attachment.fileName)
        case .replace(let path): AppText.current.exportOverwriteMessage(path)
        }
    }
}
