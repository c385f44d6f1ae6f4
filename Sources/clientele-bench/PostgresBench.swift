import Foundation
import CustomerCore
import PostgresStore
import SampleCustomers

/// `clientele-bench postgres`: the PostgreSQL backend at N customers on a local server (the bench
/// starts a throwaway cluster with `scripts/postgres-cluster`, or uses `--server URL`, an address
/// allowed to create databases), each figure beside a floor measured in the same run:
/// - phone lookup (whole number, last digits) and search as you type (1, 2, 4 letters) through the
///   store, beside the same index read in bare SQL (the search words' B-tree) and beside the GIN
///   index's prefix tsquery; search also through a trigram index, the third way PostgreSQL offers
///   (measured, then dropped);
/// - import of N generated rows through `clientele import --db postgres://…` beside `psql \copy` of
///   the same file into a bare table of its columns;
/// - the duplicate scan beside a bare GROUP BY of the same keys; a merge and its undo;
/// - two counters: a save at one until the other's watch hears it (LISTEN/NOTIFY).
struct PostgresBench {
    let count: Int
    let server: String?

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let cluster = server == nil ? try Cluster(folder: work.appendingPathComponent("cluster").path) : nil
        defer { cluster?.stop() }
        let admin = try PostgresAddress.parse(server ?? cluster!.url)
        let adminLink = try PGLink(address: admin)
        let version = try adminLink.one("SHOW server_version").map { try $0.text(0) } ?? "?"
        print("clientele-bench postgres: \(count) customers, PostgreSQL \(version) at \(admin)")

        var address = admin
        address.database = "clientele_bench_\(UUID().uuidString.prefix(8).lowercased())"
        try adminLink.script("CREATE DATABASE \(address.database)")
        defer { try? adminLink.script("DROP DATABASE IF EXISTS \(address.database) WITH (FORCE)") }
        let store = try PostgresClienteleStore.open(address, region: "US", mayCreate: true)

        var insertMilliseconds = 0.0
        var sample: [Customer] = []
        var inserted = 0
        var seed: UInt64 = 1
        while inserted < count {
            let customers = DemoCustomers.make(count: min(50_000, count - inserted), seed: seed, shopRegion: "US") { PhoneNumberParser(defaultRegion: $0) }
            seed += 1
            insertMilliseconds += try Stopwatch.measure { try store.customers.insertBatch(customers) }
            inserted += customers.count
            var random = DemoRandom(seed: seed)
            for _ in 0..<20 { sample.append(random.pick(customers)) }
        }
        // As autovacuum leaves a directory a minute after a large write (and `clientele import` leaves
        // it at once): statistics, and the pages marked all-visible for index-only scans.
        try store.link.script("VACUUM ANALYZE")
        // The vacuum dirties every page it marks; written now, not by the checkpointer during the
        // timings below (a 1M run's phone lookups went from 1.1 to 6.8 ms p99 while it wrote 1 GB).
        // A server that does not let this user checkpoint leaves it to the checkpointer.
        try? store.link.script("CHECKPOINT")
        Report.line("insert (batch through COPY, with indexes)", Double(count) / (insertMilliseconds / 1000), unit: "rows/s")

        let iterations = 400
        func time(_ inputs: [String], _ body: (String) throws -> Void) rethrows -> Samples {
            var samples = Samples()
            for index in 0..<iterations { samples.add(try Stopwatch.measure { try body(inputs[index % inputs.count]) }) }
            return samples
        }
        let link = store.link
        let withPhones = sample.filter { $0.phoneE164 != nil }
        let phoneFloor = try time(withPhones.map { $0.phoneE164! }) { e164 in _ = try link.query("SELECT id FROM customer WHERE phone_e164 = ?", [e164]) }
        let phoneOurs = try time(withPhones.map(\.phoneNumber)) { typed in _ = try store.customers.search(typed, limit: 50) }
        Report.latency("phone lookup, full number as typed", phoneOurs, floor: phoneFloor)
        Scorecard.ceiling("postgres phone lookup p99, full number (\(count))", phoneOurs.percentile(99), unit: "ms",
                          floor: phoneFloor.percentile(99), atMost: 5)
        let lastFour = withPhones.map { String($0.phoneE164!.suffix(4)) }
        let lastFloor = try time(lastFour) { digits in
            let reversed = String(digits.reversed())
            _ = try link.query("SELECT id FROM customer WHERE phone_reversed >= ? AND phone_reversed < ? LIMIT 51", [reversed, reversed + ":"])
        }
        let lastOurs = try time(lastFour) { digits in _ = try store.customers.search(digits, limit: 50) }
        Report.latency("phone lookup, last 4 digits", lastOurs, floor: lastFloor)
        Scorecard.ceiling("postgres phone lookup p99, last 4 digits (\(count))", lastOurs.percentile(99), unit: "ms",
                          floor: lastFloor.percentile(99), atMost: 5)

        var prefixesByLength: [Int: [String]] = [:]
        for length in [1, 2, 4] {
            let prefixes = sample.map { String(SearchFolding.fold($0.familyName).prefix(length)) }.filter { $0.count == length }
            prefixesByLength[length] = prefixes
            // Floors: the search words' B-tree range the store reads (v11), and the GIN index's
            // prefix tsquery it read before (kept for the comparison in DECISIONS).
            let floor = try time(prefixes) { prefix in
                _ = try link.query("SELECT customer_id FROM customer_search_word WHERE word >= ? AND word < ? || chr(1114111) LIMIT 51", [prefix, prefix])
            }
            let ginFloor = try time(prefixes) { prefix in
                _ = try link.query("SELECT id FROM customer WHERE to_tsvector('simple', clientele_fold(given_name || ' ' || family_name || ' ' || nickname || ' ' || company_name)) @@ to_tsquery('simple', ?) LIMIT 51", ["'" + prefix.replacingOccurrences(of: "'", with: "''") + "':*"])
            }
            let ours = try time(prefixes) { prefix in _ = try store.customers.search(prefix, limit: 50) }
            Report.latency("name search (search words), \(length)-letter prefix", ours, floor: floor)
            Report.latency("bare GIN tsquery, \(length)-letter prefix", ginFloor, floor: nil)
            Scorecard.ceiling("postgres search p99, \(length)-letter prefix (\(count))", ours.percentile(99), unit: "ms",
                              floor: floor.percentile(99), atMost: 16)
        }
        // Two words as a person types a whole name: the first two letters of each.
        do {
            let pairs: [String] = sample.compactMap { person -> String? in
                let given = String(SearchFolding.fold(person.givenName).prefix(2)), family = String(SearchFolding.fold(person.familyName).prefix(2))
                return given.count == 2 && family.count == 2 ? given + " " + family : nil
            }
            let ours = try time(pairs) { text in _ = try store.customers.search(text, limit: 50) }
            Report.latency("name search, two words of 2 letters", ours, floor: nil)
            Scorecard.ceiling("postgres search p99, two words of 2 letters (\(count))", ours.percentile(99), unit: "ms", atMost: 16)
        }
        // The other index PostgreSQL offers for this: trigrams over the same folded names, a word's
        // start found with a regular expression (`\m` is a word's beginning).
        do {
            try link.script("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            let built = try Stopwatch.measure {
                try link.script("CREATE INDEX bench_trigram ON customer USING gin (clientele_fold(given_name || ' ' || family_name || ' ' || nickname || ' ' || company_name) gin_trgm_ops)")
            }
            try link.script("ANALYZE customer")
            for length in [1, 2, 4] {
                let trigram = try time(prefixesByLength[length] ?? []) { prefix in
                    _ = try link.query("SELECT id FROM customer WHERE clientele_fold(given_name || ' ' || family_name || ' ' || nickname || ' ' || company_name) ~ ? LIMIT 51", ["\\m" + prefix])
                }
                Report.latency("name search (trigram), \(length)-letter prefix", trigram, floor: nil)
            }
            let sizes = try link.one("""
                SELECT pg_relation_size('customer_search')::bigint, pg_relation_size('bench_trigram')::bigint,
                       pg_total_relation_size('customer_search_word')::bigint
                """)
            print(String(format: "trigram index built in %.1f s; sizes: tsvector %.1f MB, trigram %.1f MB, search words (table and its two B-trees) %.1f MB",
                         built / 1000, Double(try sizes?.int(0) ?? 0) / 1_048_576, Double(try sizes?.int(1) ?? 0) / 1_048_576,
                         Double(try sizes?.int(2) ?? 0) / 1_048_576))
            try link.script("DROP INDEX bench_trigram")
        } catch {
            print("trigram comparison left out: \(error)")
        }

        let pageOurs = try time(["x"]) { _ in _ = try store.customers.page(sort: .name, limit: 50) }
        let pageFloor = try time(["x"]) { _ in _ = try link.query("SELECT id FROM customer ORDER BY sort_key, id LIMIT 51") }
        Report.latency("directory first page (50 rows by name)", pageOurs, floor: pageFloor)

        do {
            var scan = Samples(), scanFloor = Samples()
            for _ in 0..<3 {
                scan.add(try Stopwatch.measure { _ = try store.duplicates.clusters() })
                scanFloor.add(try Stopwatch.measure {
                    _ = try link.query("SELECT email_normalized FROM customer WHERE email_normalized IS NOT NULL GROUP BY email_normalized HAVING count(*) > 1")
                    _ = try link.query("SELECT phone_e164 FROM customer WHERE phone_e164 IS NOT NULL GROUP BY phone_e164 HAVING count(*) > 1")
                    _ = try link.query("SELECT address_key FROM customer WHERE address_key <> '' GROUP BY address_key HAVING count(*) > 1")
                })
            }
            Report.line("duplicate scan (median of 3)", scan.percentile(50), unit: "ms", floor: scanFloor.percentile(50))
            let pair = try store.customers.insertBatch([Customer(givenName: "Bench", familyName: "Merge", emailAddress: "bench.merge@example.com",
                                                                 createdAt: Date(), updatedAt: Date(), version: 1),
                                                        Customer(givenName: "Bench", familyName: "Merge", phoneNumber: "+1 415 555 0199",
                                                                 createdAt: Date(), updatedAt: Date(), version: 1)])
            var record: MergeRecord?
            let merge = try Stopwatch.measure { record = try store.merges.merge(pair[0], absorbing: pair[1]) }
            let undo = try Stopwatch.measure { _ = try store.merges.undo(mergeID: record!.id) }
            Report.line("merge of two profiles", merge, unit: "ms")
            Report.line("undo of that merge", undo, unit: "ms")
        } catch {
            print("duplicates and merge left out: \(error)")
        }

        // Two counters: a save at one, heard at the other (polling its watch every millisecond).
        let other = try PostgresClienteleStore.open(address, region: "US", mayCreate: false)
        let watch = store.counters
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline, !watch.changedSinceLastLook() { Thread.sleep(forTimeInterval: 0.01) }
        var visible = Samples()
        for index in 0..<50 {
            _ = watch.changedSinceLastLook()
            let start = Stopwatch.now()
            _ = try other.customers.create(Customer(givenName: "Visible\(index)"))
            while !watch.changedSinceLastLook() {
                if Double(Stopwatch.now() - start) > 5e9 { break }
                usleep(500)
            }
            visible.add(Double(Stopwatch.now() - start) / 1e6)
        }
        Report.latency("change at one counter → heard at another", visible, floor: nil)

        try importBeside(address: address, work: work, admin: admin)
    }

    /// `clientele import` of N generated rows into a second, empty database, beside `psql \copy` of
    /// the same file into a bare table with the file's columns (all text, no index).
    func importBeside(address: PostgresAddress, work: URL, admin: PostgresAddress) throws {
        let csv = work.appendingPathComponent("customers.csv").path
        _ = try CustomerListFile.write(CustomerListOptions(rows: count, layout: .square), to: csv)
        let adminLink = try PGLink(address: admin)
        var target = admin
        target.database = address.database + "_import"
        try adminLink.script("CREATE DATABASE \(target.database)")
        defer { try? adminLink.script("DROP DATABASE IF EXISTS \(target.database) WITH (FORCE)") }
        let url = target.dbOption
        let clientele = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clientele").path
        let ours = try ImportBench.spawn(clientele, ["import", csv, "--db", url, "--region", "US"])
        let columns = CustomerListLayout.square.headers.map { "\"\($0)\" text" }.joined(separator: ", ")
        try PGLink(address: target).script("CREATE TABLE bare_copy (\(columns))")
        let copy = try ImportBench.spawn("/usr/bin/psql", [url, "-q", "-c", "\\copy bare_copy FROM '\(csv)' WITH (FORMAT csv, HEADER true)"])
        let imported = try PGLink(address: target).int("SELECT count(*) FROM customer") ?? 0
        Report.line("import time (\(imported) profiles)", ours.seconds, unit: "s", floor: copy.seconds)
        Scorecard.ratio("postgres import vs psql \\copy (\(count))", ours.seconds, unit: "s", floor: copy.seconds, atMost: 2)
        Report.line("import peak memory (child)", ours.peakMegabytes, unit: "MB", floor: nil)
        if imported == 0 { print("import output: \(ours.output.prefix(400))"); return }
        let floor = try schemaFloor(of: target, admin: admin, work: work)
        Report.line("import vs our schema's floor on the server", ours.seconds, unit: "s", floor: floor)
        Scorecard.record("postgres import vs our schema's floor (\(count))", ours.seconds, unit: "s", floor: floor, goal: "reported", met: true)
    }

    /// Our schema's own floor on the server, in seconds: `psql` loading the rows the import stored,
    /// already converted, into a new directory the way the import loads them — one transaction, the
    /// indexes dropped and built after the rows, the search words' trigger firing — so that what the
    /// import costs beyond it is ours (reading, validating, sending), not the schema's.
    func schemaFloor(of imported: PostgresAddress, admin: PostgresAddress, work: URL) throws -> Double {
        let link = try PGLink(address: imported)
        guard let columns = try link.one("""
            SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = 'customer' AND is_generated = 'NEVER'
            """).map({ try $0.text(0) }) else { throw BenchFailure("no customer table in \(imported.database)") }
        link.close()
        let rows = work.appendingPathComponent("stored-rows.tsv").path
        _ = try ImportBench.spawn("/usr/bin/psql", [imported.dbOption, "-q", "-v", "ON_ERROR_STOP=1",
                                                    "-c", "\\copy (SELECT \(columns) FROM customer ORDER BY id) TO '\(rows)'"])
        let adminLink = try PGLink(address: admin)
        var target = admin
        target.database = imported.database + "_floor"
        try adminLink.script("CREATE DATABASE \(target.database)")
        defer { try? adminLink.script("DROP DATABASE IF EXISTS \(target.database) WITH (FORCE)") }
        let store = try PostgresClienteleStore.open(target, region: "US", mayCreate: true)
        // The import's own statements around the rows (`PGDeferredIndexes`), so the floor cannot drift from it.
        let indexes = try PGDeferredIndexes.current(store.link)
        store.link.close()
        let script = work.appendingPathComponent("floor.sql")
        let statements = ["BEGIN", PGDeferredIndexes.lockStatement] + indexes.dropStatements
            + ["\\copy customer (\(columns)) FROM '\(rows)'"] + indexes.rebuildStatements + ["COMMIT"]
        // psql ends a backslash command at its line; every other statement needs its semicolon.
        try statements.map { $0.hasPrefix("\\") ? $0 : $0 + ";" }.joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
        let loaded = try ImportBench.spawn("/usr/bin/psql", [target.dbOption, "-q", "-v", "ON_ERROR_STOP=1", "-f", script.path])
        let count = try PGLink(address: target).int("SELECT count(*) FROM customer") ?? 0
        guard count > 0 else { throw BenchFailure("the schema floor loaded nothing: \(loaded.output.prefix(400))") }
        return loaded.seconds
    }

    /// Whether `Cluster` can start a server here: Debian's PostgreSQL server is installed (what the
    /// project's script looks for).
    static func serverCanStart() -> Bool {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.contains { FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\($0)/bin/initdb") }
    }

    /// A throwaway cluster through the project's script (found beside the checkout the binary was built in).
    struct Cluster {
        let folder: String
        let url: String
        let script: String

        init(folder: String) throws {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            let candidates = ["../../scripts/postgres-cluster", "../../../scripts/postgres-cluster"].map { executable.appendingPathComponent($0).standardizedFileURL.path }
                + [FileManager.default.currentDirectoryPath + "/scripts/postgres-cluster"]
            guard let script = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw BenchFailure("scripts/postgres-cluster not found: give --server postgres://… instead")
            }
            self.script = script
            self.folder = folder
            let started = try ImportBench.spawn(script, ["start", folder])
            guard let line = started.output.split(separator: "\n").last(where: { $0.hasPrefix("postgres://") }) else {
                throw BenchFailure("the test cluster did not start: \(started.output)")
            }
            url = String(line)
        }

        func stop() { _ = try? ImportBench.spawn(script, ["stop", folder]) }
    }

    struct BenchFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
