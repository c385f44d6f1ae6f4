import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
@testable import PostgresStore

/// PostgreSQL only: the search words (`customer_search_word`, v11) are every profile's search-index
/// lexemes after every kind of write, and a search read from them finds what the GIN index finds.
@Suite(.enabled(if: PostgresTestServer.isAvailable))
struct PGSearchWordsTests {
    /// Words that differ from the GIN index's own lexemes of each profile ("+" missing, "-" extra).
    func drift(_ link: PGLink) throws -> [String] {
        try link.query("""
            (SELECT '+' || w || ' ' || c.id FROM customer c, unnest(tsvector_to_array(\(PostgresMigrations.searchDocument))) w
             EXCEPT SELECT '+' || word || ' ' || customer_id FROM customer_search_word)
            UNION ALL
            (SELECT '-' || word || ' ' || customer_id FROM customer_search_word
             EXCEPT SELECT '-' || w || ' ' || c.id FROM customer c, unnest(tsvector_to_array(\(PostgresMigrations.searchDocument))) w)
            ORDER BY 1
            """).map { try $0.text(0) }
    }

    func words(_ link: PGLink, of id: CustomerID) throws -> [String] {
        try link.query("SELECT word FROM customer_search_word WHERE customer_id = ? ORDER BY word", [id]).map { try $0.text(0) }
    }

    func draft(_ given: String, _ family: String, company: String = "", nickname: String = "") -> Customer {
        Customer(givenName: given, familyName: family, nickname: nickname, companyName: company, createdAt: Date(), updatedAt: Date(), version: 1)
    }

    @Test func theWordsFollowEveryWriteOfAProfile() throws {
        let temp = try TemporaryPostgresStore()
        let link = temp.store.link
        let ana = try temp.customers.create(draft("Ana", "Núñez-García", company: "Salón Ébano", nickname: "Anita"), customValues: [:], now: Date())
        #expect(try words(link, of: ana.id!) == ["ana", "anita", "ebano", "garcia", "nunez", "nunez-garcia", "salon"])
        // A save that leaves the names alone leaves the words alone; a new name replaces them.
        var edited = ana
        edited.memo = "prefers mornings"
        let saved = try temp.customers.update(edited, customValues: [:], now: Date())
        #expect(try words(link, of: ana.id!) == ["ana", "anita", "ebano", "garcia", "nunez", "nunez-garcia", "salon"])
        var renamed = saved
        renamed.familyName = "Ortiz"
        renamed.companyName = ""
        _ = try temp.customers.update(renamed, customValues: [:], now: Date())
        #expect(try words(link, of: ana.id!) == ["ana", "anita", "ortiz"])
        // A batch (as imports and the demo write), a merge and its undo, a delete.
        let ids = try temp.customers.insertBatch((0..<300).map { draft("Luis\($0 % 3)", "Pérez \($0)") })
        let record = try temp.merges.merge(ids[0], absorbing: ids[1])
        #expect(try words(link, of: ids[1]) == [])
        #expect(try drift(link) == [])
        _ = try temp.merges.undo(mergeID: record.id)
        #expect(try words(link, of: ids[1]) == ["1", "luis1", "perez"])
        try temp.customers.delete(id: ana.id!)
        #expect(try words(link, of: ana.id!) == [])
        #expect(try drift(link) == [])
        #expect(try link.int("SELECT count(DISTINCT customer_id) FROM customer_search_word") == 300)
    }

    @Test func aSearchFindsWhatTheSearchIndexFinds() throws {
        let temp = try TemporaryPostgresStore()
        let link = temp.store.link
        let people = DemoCustomers.make(count: 1_500, seed: 7, shopRegion: "US") { PhoneNumberParser(defaultRegion: $0) }
        _ = try temp.customers.insertBatch(people)
        var prefixes = Set<String>()
        for person in people.prefix(120) {
            // As the search reads what is typed: words of letters and digits.
            for word in SearchFolding.fold(person.givenName + " " + person.familyName).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                for length in [1, 2, 3] where word.count >= length { prefixes.insert(String(word.prefix(length))) }
            }
        }
        prefixes.formUnion(["ma ga", "a b", "jo s", "zz"])
        var compared = 0
        for text in prefixes.sorted() {
            let words = text.split(separator: " ").map(String.init)
            let match = words.map { "'\($0)':*" }.joined(separator: " & ")
            let everyMatch = Set(try link.query("""
                SELECT id FROM customer WHERE \(PostgresMigrations.searchDocument) @@ to_tsquery('simple', clientele_fold(?))
                """, [match]).map { try $0.int(0) })
            let found = try PGSearchWords.matches(link, words: words, limit: 10_000)
            #expect(found.map(Set.init) == everyMatch, "\(text)")
            #expect(found.map { $0.count == Set($0).count } ?? true, "\(text): a profile twice")
            compared += 1
        }
        #expect(compared > 100)
    }

    @Test func aPageOfAPrefixHoldsDistinctProfilesAndSaysThereAreMore() throws {
        let temp = try TemporaryPostgresStore()
        // Two words of each profile start with "mar": the range holds each profile twice.
        _ = try temp.customers.insertBatch((0..<80).map { draft("Marta\($0)", "Marsh") })
        let result = try temp.customers.search("mar", limit: 50)
        #expect(result.rows.count == 50)
        #expect(Set(result.rows.map(\.id)).count == 50)
        #expect(result.truncated)
        let all = try temp.customers.search("mar", limit: 100)
        #expect(all.rows.count == 80)
        #expect(!all.truncated)
    }

    @Test func severalWordsAreDrivenByTheRarestOrAnsweredByTheSearchIndex() throws {
        let temp = try TemporaryPostgresStore()
        let link = temp.store.link
        // Every word below but "zafra" is on more profiles than the driver reads.
        let count = PGSearchWords.drivingLimit * 2 + 100
        let ids = try temp.customers.insertBatch((0..<count).map { $0 % 2 == 0 ? draft("Ana", "Garcia") : draft("Luis", "Gomez") }
                                           + [draft("Ana", "Zafra"), draft("Luis", "Garcia")])
        // A rare word drives: read whole.
        #expect(try PGSearchWords.matches(link, words: ["ana", "zaf"], limit: 51)?.count == 1)
        // Both common and together common: the driver's first profiles fill the page.
        #expect(try PGSearchWords.matches(link, words: ["ana", "ga"], limit: 51)?.count == 51)
        // Both common, together rare: merged by their starts (v12), so found whole — folded by the
        // server as the words were (capitals, accents).
        #expect(try PGSearchWords.matches(link, words: ["luis", "ga"], limit: 51) == [ids.last!])
        #expect(try PGSearchWords.matches(link, words: ["LUÍS", "gár"], limit: 51)?.count == 1)
        #expect(try PGSearchWords.matches(link, words: ["gom", "ga"], limit: 51) == [])
        // A word of one letter has no start of two to merge by: the driver's first ones do not
        // fill the page, so the search index answers.
        #expect(try PGSearchWords.matches(link, words: ["l", "ga"], limit: 51) == nil)
        // One word typed twice is that word.
        #expect(try PGSearchWords.matches(link, words: ["ana", "ana"], limit: 51)?.count == 51)
        let common = try temp.customers.search("ana ga", limit: 50)
        #expect(common.rows.count == 50 && common.truncated)
        #expect(common.rows.allSatisfy { $0.displayName == "Ana Garcia" })
        #expect(try temp.customers.search("luis ga", limit: 50).rows.map(\.displayName) == ["Luis Garcia"])
        #expect(try temp.customers.search("ana za", limit: 50).rows.map(\.displayName) == ["Ana Zafra"])
        #expect(try temp.customers.search("l ga", limit: 50).rows.map(\.displayName) == ["Luis Garcia"])
    }

    /// The merge by word starts finds exactly what the GIN index finds, for words of two letters
    /// and more, each on more profiles than the driver reads: one word of a profile answering two
    /// typed words, three words, a page cut at its limit in profile order.
    @Test func commonWordsMergedByTheirStartsFindWhatTheSearchIndexFinds() throws {
        let temp = try TemporaryPostgresStore()
        let link = temp.store.link
        // Each name on 2,100 profiles, more than the driver reads; "ma" starts two given names and a family name.
        let givens = ["Mario", "Marta", "José", "Luisa"], families = ["García", "Gómez", "Smith", "Marsh"]
        let each = PGSearchWords.drivingLimit + 100
        _ = try temp.customers.insertBatch((0..<(each * 4)).map { draft(givens[$0 % 4], families[($0 / 4) % 4]) })
        for text in ["ma ga", "mar garc", "jo sm", "ma mar", "lu sm go", "ma ma ga", "mars ma", "jo gom"] {
            let words = text.split(separator: " ").map(String.init)
            let match = words.map { "'\($0)':*" }.joined(separator: " & ")
            let everyMatch = try link.query("""
                SELECT id FROM customer WHERE \(PostgresMigrations.searchDocument) @@ to_tsquery('simple', clientele_fold(?)) ORDER BY id
                """, [match]).map { try $0.int(0) }
            #expect(try PGSearchWords.matches(link, words: words, limit: 100_000) == everyMatch, "\(text)")
            #expect(try PGSearchWords.matches(link, words: words, limit: 51) == Array(everyMatch.prefix(51)), "\(text)")
        }
        #expect(try PGSearchWords.matches(link, words: ["lu", "sm", "go"], limit: 51) == [])
        #expect(try PGSearchWords.matches(link, words: ["jo", "zz"], limit: 51) == [])
    }

    @Test func theMigrationGivesEveryExistingProfileItsWords() throws {
        let temp = try TemporaryPostgresStore()
        let link = temp.store.link
        _ = try temp.customers.insertBatch((0..<50).map { draft("Émile\($0)", "Zola") })
        // As a server directory of before v11: no words, no record of the migration; the next open applies it.
        try link.script("""
            DROP TRIGGER customer_search_words_insert ON customer; DROP TRIGGER customer_search_words_update ON customer;
            DROP TRIGGER customer_search_words_delete ON customer; DROP TABLE customer_search_word;
            DROP FUNCTION clientele_search_words_added(); DROP FUNCTION clientele_search_words_changed();
            DROP FUNCTION clientele_search_words_removed(); DROP FUNCTION clientele_search_words(TEXT, TEXT, TEXT, TEXT);
            DELETE FROM clientele_migration WHERE name = 'v11 search words';
            DROP FUNCTION clientele_search_together(TEXT[], BIGINT);
            DELETE FROM clientele_migration WHERE name = 'v12 search words by their start';
            """)
        let reopened = try temp.secondCounter()
        defer { reopened.link.close() }
        #expect(try drift(link) == [])
        #expect(try link.int("SELECT count(*) FROM customer_search_word WHERE word = 'zola'") == 50)
        #expect(try reopened.customers.search("emi", limit: 10).rows.count == 10)
        #expect(try link.int("SELECT count(*) FROM pg_indexes WHERE indexname = 'customer_search_word_by_start'") == 1)
        #expect(try link.int("SELECT count(*) FROM clientele_search_together(ARRAY['emi', 'zo'], 100)") == 50)
    }
}
