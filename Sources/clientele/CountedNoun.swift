/// "1 row", "2 rows": the command line's messages are English, where only one is singular.
func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
}
