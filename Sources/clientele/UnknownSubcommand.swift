/// Bare `clientele` opens the interface (`open` is the default subcommand), so the parser would
/// read `clientele reminders --help` as `open`'s and print its help. A first word that is not an
/// option is therefore checked against the subcommands before parsing.
enum UnknownSubcommand {
    /// The refusal for `arguments` (without the program's name), or nil when they may be parsed.
    static func refusal(_ arguments: [String], known: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !known.contains(first), first != "help" else { return nil }
        return "clientele: unknown command “\(first)”; the commands are \(known.joined(separator: ", ")) (see clientele --help)"
    }
}
