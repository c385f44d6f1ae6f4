import CustomerCore

/// Work for the import wizard.
public enum ImportEffect: Equatable, Sendable {
    case completePath(String)
    case preview(path: String)
    /// Runs off the UI thread, posting `progressed` and then `finished`.
    case start(path: String, plan: ImportPlan, dryRun: Bool)
    case cancel
}
