import CustomerCore

/// "Waiting for an import at another counter (45 %)…": a save or a load that cannot go on yet,
/// on the status line. Not an error: it completes when the other counter lets go.
public struct CounterWaitNote: StatusNote {
    public let wait: CounterWait

    public init(_ wait: CounterWait) { self.wait = wait }

    public var isError: Bool { false }
    public var text: String { AppText.current.counters.waiting(wait.activity?.operation, wait.activity?.percent) }
}
