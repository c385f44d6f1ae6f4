import Testing
@Test func placeholderCustomerStoreTests() {}
