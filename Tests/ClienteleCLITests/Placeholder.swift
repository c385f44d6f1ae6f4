import Testing
@Test func placeholderClienteleCLITests() {}
