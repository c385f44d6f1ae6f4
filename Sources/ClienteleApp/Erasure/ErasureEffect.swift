import CustomerCore

/// Work for erasing a customer on a privacy request.
public enum ErasureEffect: Equatable, Sendable {
    /// Count what erasing the profile would remove, for the question that names it.
    case summarize(CustomerID)
    /// Erase it (the question was answered yes).
    case erase(CustomerID)
}
