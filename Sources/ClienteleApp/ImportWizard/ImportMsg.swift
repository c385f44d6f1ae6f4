import CustomerCore

/// Answers for the import wizard.
public enum ImportMsg: Equatable, Sendable {
    case pathCompleted(String, candidates: [String])
    case previewed(ImportPreview)
    case previewFailed(ImportFileProblem)
    case progressed(ImportProgress)
    case finished(ImportOutcome)
}
