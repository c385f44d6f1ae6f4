// UNPORTED STUB marker (branch postgres only): must be gone before merging to main.
struct PGUnported: Error { let part: String }
