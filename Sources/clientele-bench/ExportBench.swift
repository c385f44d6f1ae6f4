import Foundation

/// The three exports of one imported directory, each in a child process (its own peak memory), beside
/// the CSV export of the same run: vCard and JSON should stream at the CSV's pace. JSON also beside
/// the sqlite3 shell writing the same fields with `json_object` (no Swift at all), and vCard beside
/// abook converting the same profiles (`abook --convert … --outformat vcard`) when abook is installed.
struct ExportBench {
    /// The imported database, its profile count, the `clientele` binary and a folder to work in.
    let database: String
    let count: Int
    let clientele: String
    let work: URL

    func run() throws {
        var seconds: [String: Double] = [:]
        for format in ["csv", "vcard", "json"] {
            let out = work.appendingPathComponent("export.\(format)").path
            let export = try ImportBench.spawn(clientele, ["export", "--db", database, "--format", format, "--out", out])
            guard FileManager.default.fileExists(atPath: out) else { throw ExportFailure(what: "clientele export --format \(format): \(export.output)") }
            let size = (try FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            seconds[format] = export.seconds
            Report.line("export time (\(format), \(String(format: "%.0f", Double(size) / 1_048_576)) MB)", export.seconds, unit: "s",
                        floor: format == "csv" ? nil : seconds["csv"])
            if format != "csv" {
                Scorecard.ratio("export \(format) vs CSV export (\(count))", export.seconds, unit: "s", floor: seconds["csv"]!, atMost: 1.5)
            }
            Scorecard.ceiling("export \(format) peak memory (\(count))", export.peakMegabytes, unit: "MB", atMost: 80)
            try? FileManager.default.removeItem(atPath: out)
        }
        let jsonFloor = try sqliteJSON()
        Report.line("export time (json) vs sqlite3 json_object", seconds["json"]!, unit: "s", floor: jsonFloor)
        Scorecard.ratio("export json vs sqlite3 json_object (\(count))", seconds["json"]!, unit: "s", floor: jsonFloor, atMost: 2)
        try abookBeside(ourSeconds: seconds["vcard"]!)
    }

    /// The sqlite3 shell writing every profile's fields as a JSON object, in name order, to a file.
    func sqliteJSON() throws -> Double {
        let out = work.appendingPathComponent("floor.json").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = """
            .output '\(out)'
            SELECT json_object('address', json_object('country', country, 'line1', address_line1, 'line2', address_line2, 'locality', locality,
                     'postalCode', postal_code, 'region', region), 'birthday', birthday, 'companyName', company_name,
                     'creationSource', creation_source, 'customFields', json_object(), 'email', email_address,
                     'emailSubscription', email_subscription, 'familyName', family_name, 'givenName', given_name, 'id', id, 'memo', memo,
                     'nickname', nickname, 'phone', phone_e164, 'phoneAsTyped', phone_number, 'referenceId', reference_id, 'status', status)
              FROM customer ORDER BY sort_key, id;
            """
        let outcome = try SQLiteShellScript.run(script, on: database, named: "floor-json", in: work)
        guard outcome.output.isEmpty, FileManager.default.fileExists(atPath: out) else { throw ExportFailure(what: "sqlite3 json_object: \(outcome.output)") }
        return outcome.seconds
    }

    /// abook's own vCard export of the same profiles (at most 100,000: the issue's measure), per
    /// 100,000 profiles beside ours per 100,000 profiles.
    func abookBeside(ourSeconds: Double) throws {
        guard let abook = ["/usr/bin/abook", "/usr/local/bin/abook"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("abook not installed: the vCard export's comparison with abook is left out (apt-get install abook)")
            return
        }
        let profiles = min(count, 100_000)
        let book = work.appendingPathComponent("abook.addressbook").path
        let out = work.appendingPathComponent("abook.vcf").path
        defer { for path in [book, out] { try? FileManager.default.removeItem(atPath: path) } }
        // abook's native file of the same profiles, written by the sqlite3 shell from the database.
        let script = """
            .output '\(book)'
            .mode list
            SELECT '# abook addressbook file' || char(10) || char(10) || '[format]' || char(10) || 'program=abook' || char(10) || 'version=0.6.1' || char(10);
            SELECT '[' || (row_number() OVER (ORDER BY sort_key, id) - 1) || ']' || char(10)
                || 'name=' || replace(trim(given_name || ' ' || family_name), char(10), ' ') || char(10)
                || CASE WHEN email_address <> '' THEN 'email=' || email_address || char(10) ELSE '' END
                || CASE WHEN address_line1 <> '' THEN 'address=' || address_line1 || char(10) ELSE '' END
                || CASE WHEN address_line2 <> '' THEN 'address2=' || address_line2 || char(10) ELSE '' END
                || CASE WHEN locality <> '' THEN 'city=' || locality || char(10) ELSE '' END
                || CASE WHEN region <> '' THEN 'state=' || region || char(10) ELSE '' END
                || CASE WHEN postal_code <> '' THEN 'zip=' || postal_code || char(10) ELSE '' END
                || CASE WHEN country <> '' THEN 'country=' || country || char(10) ELSE '' END
                || CASE WHEN phone_number <> '' THEN 'phone=' || phone_number || char(10) ELSE '' END
                || CASE WHEN nickname <> '' THEN 'nick=' || nickname || char(10) ELSE '' END
                || CASE WHEN memo <> '' THEN 'notes=' || replace(memo, char(10), ' ') || char(10) ELSE '' END
              FROM (SELECT * FROM customer ORDER BY sort_key, id LIMIT \(profiles));
            """
        let written = try SQLiteShellScript.run(script, on: database, named: "abook", in: work)
        guard written.output.isEmpty else { throw ExportFailure(what: "abook's file: \(written.output)") }
        let converted = try ImportBench.spawn(abook, ["--convert", "--informat", "abook", "--infile", book, "--outformat", "vcard", "--outfile", out])
        let cards = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").components(separatedBy: "BEGIN:VCARD").count - 1
        guard cards == profiles else { throw ExportFailure(what: "abook wrote \(cards) of \(profiles) vCards: \(converted.output.prefix(300))") }
        let ours = ourSeconds * Double(profiles) / Double(count)
        Report.line("vCard export per \(profiles) profiles vs abook", ours, unit: "s", floor: converted.seconds)
        Scorecard.ratio("export vcard vs abook (per \(profiles) profiles)", ours, unit: "s", floor: converted.seconds, atMost: 3)
    }

    struct ExportFailure: Error, CustomStringConvertible {
        let what: String
        var description: String { "export bench: \(what)" }
    }
}
