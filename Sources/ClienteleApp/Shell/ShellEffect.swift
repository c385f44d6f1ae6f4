/// Work for the whole app: the overview counts, demo customers, quitting.
public enum ShellEffect: Equatable, Sendable {
    case loadOverview
    case loadDemoCustomers(count: Int)
    case quit
}
