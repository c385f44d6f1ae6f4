import CustomerCore

/// Answers about erasing a customer.
public enum ErasureMsg: Equatable, Sendable {
    /// What would go with the profile; nil when it is gone already (merged or erased at another counter).
    case summarized(CustomerID, ErasureSummary?)
    /// Erased: what went with it.
    case erased(ErasureSummary)
}
