import ClienteleTestSupport
import Testing

/// The PostgreSQL half of the suite runs only with a test server (`CLIENTELE_TEST_POSTGRES`). Without
/// one it is not passed silently: this test says so, as a known issue, or — with
/// `CLIENTELE_REQUIRE_POSTGRES=1`, as CI sets — fails.
@Suite struct PostgresRequirementTests {
    @Test func thePostgreSQLHalfOfTheSuiteRuns() {
        guard !PostgresTestServer.isAvailable else { return }
        if PostgresTestServer.isRequired {
            Issue.record(Comment(rawValue: PostgresTestServer.notRunReason))
        } else {
            withKnownIssue(Comment(rawValue: PostgresTestServer.notRunReason)) { Issue.record(Comment(rawValue: PostgresTestServer.notRunReason)) }
        }
    }
}
