import ArgumentParser
import Testing
@testable import clientele

/// Every command names itself (`commandName:`). Without it, ArgumentParser derives the name from
/// `String(describing: Self.self)`, which asks the Swift runtime whether the type conforms to
/// `CustomStringConvertible` and its kin — a scan of every protocol conformance in the binary,
/// once per command type. At start-up that was 13 % of a `clientele find` (issue 19).
@Suite struct CommandNameTests {
    @Test func everyCommandAndSubcommandGivesItsOwnName() {
        var missing: [String] = []
        var seen = 0
        func visit(_ command: any ParsableCommand.Type, path: String) {
            seen += 1
            let name = command.configuration.commandName
            if name == nil { missing.append(path + " " + String(describing: command)) }
            for subcommand in command.configuration.subcommands { visit(subcommand, path: path + " " + (name ?? "?")) }
        }
        visit(Clientele.self, path: "")
        #expect(seen > 60, "only \(seen) commands visited")
        #expect(missing.isEmpty, "commands without commandName: \(missing)")
    }
}
