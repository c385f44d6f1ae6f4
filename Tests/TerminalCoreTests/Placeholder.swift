import Testing
@Test func placeholderTerminalCoreTests() {}
