import Testing
@Test func placeholderCustomerCoreTests() {}
