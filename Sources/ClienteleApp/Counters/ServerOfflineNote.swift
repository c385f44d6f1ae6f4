import CustomerCore

/// "Offline: the server … does not answer — retrying": on the status line when the server goes away
/// (the header keeps saying OFFLINE until it is back). An error: saves fail meanwhile.
public struct ServerOfflineNote: StatusNote {
    public let problem: StoreError

    public init(problem: StoreError) { self.problem = problem }

    public var isError: Bool { true }
    public var text: String { AppText.current.counters.offline(Self.server(of: problem)) }

    /// The server as the problem names it (never with a password).
    static func server(of problem: StoreError) -> String {
        switch problem {
        case .serverUnreachable(let server, _), .authenticationFailed(let server, _), .connectionLost(let server): server
        case .conflict, .notFound, .invalid, .networkFileSystem, .duplicateName, .attachmentRefused, .fileProblem, .fileExists,
             .unusableDestination, .noDatabase, .notADatabase, .foreignDatabase, .damaged, .readOnly, .diskFull, .newerSchema,
             .destinationNotEmpty:
            "the database"
        }
    }
}

/// The server answers again: said once, as everything is loaded again.
public struct ServerBackNote: StatusNote {
    public init() {}

    public var isError: Bool { false }
    public var text: String { AppText.current.counters.backOnline }
}
