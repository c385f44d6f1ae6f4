import Testing
@Test func placeholderClienteleAppTests() {}
