import Foundation

/// What one command costs end to end, process start included: `clientele find` by the last digits
/// of a phone in the imported directory, beside the sqlite3 shell answering the same lookup on the
/// same file and `clientele --help` (the runtime's own start), each the median of `runs` spawns.
struct StartupBench {
    let database: String
    let count: Int
    let clientele: String
    let runs = 31

    func run() throws {
        // Four digits that end some phone of the directory (the commonest ending is as good as any).
        let digits = try ImportBench.spawn("/usr/bin/env", ["sqlite3", database,
            "SELECT substr(phone_e164, -4) FROM customer WHERE phone_e164 IS NOT NULL ORDER BY id LIMIT 1 OFFSET \(count / 2)"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard digits.count == 4 else { throw StartupFailure(what: "no phone in \(database): \(digits)") }
        let reversed = String(digits.reversed())
        let find = try median { try ImportBench.spawn(clientele, ["find", digits, "--db", database]) }
        let shell = try median {
            try ImportBench.spawn("/usr/bin/env", ["sqlite3", database, """
                SELECT id, given_name, family_name, phone_e164, email_address, reference_id FROM customer
                WHERE phone_reversed >= '\(reversed)' AND phone_reversed < '\(reversed):' ORDER BY sort_key LIMIT 51
                """])
        }
        let help = try median { try ImportBench.spawn(clientele, ["--help"]) }
        Report.line("clientele find \(digits) (median of \(runs))", find, unit: "ms", floor: shell)
        Report.line("clientele --help (median of \(runs))", help, unit: "ms", floor: shell)
        Scorecard.ceiling("clientele find by last 4 digits (\(count))", find, unit: "ms", floor: shell, atMost: 12)
    }

    /// The median wall time of `runs` runs, in milliseconds, after one unmeasured run (the page cache).
    func median(_ body: () throws -> ImportBench.Outcome) throws -> Double {
        _ = try body()
        var samples = Samples()
        for _ in 0..<runs { samples.add(try body().seconds * 1000) }
        return samples.percentile(50)
    }

    struct StartupFailure: Error, CustomStringConvertible {
        let what: String
        var description: String { "start-up bench: \(what)" }
    }
}
