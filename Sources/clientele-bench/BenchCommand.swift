import Foundation
import CustomerCore
import CustomerStore
import GRDB

/// `clientele-bench [suite] [--count N] [--db PATH]`: prints figures and their ratio to a floor
/// measured in the same run, never pass/fail (DESIGN §6). Suites: `store` (default).
@main
struct BenchCommand {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var count = 1_000_000
        var keepPath: String?
        var suites: [String] = []
        while !arguments.isEmpty {
            let argument = arguments.removeFirst()
            switch argument {
            case "--count": count = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? count
            case "--db": keepPath = arguments.isEmpty ? nil : arguments.removeFirst()
            case "--help", "-h":
                print("usage: clientele-bench [store] [--count N] [--db PATH]   (default: store, 1,000,000 customers, temp database)")
                return
            default: suites.append(argument)
            }
        }
        if suites.isEmpty { suites = ["store"] }
        for suite in suites {
            switch suite {
            case "store": try StoreBench(count: count, keepPath: keepPath).run()
            default:
                FileHandle.standardError.write(Data("clientele-bench: unknown suite “\(suite)” (known: store)\n".utf8))
                exit(2)
            }
        }
    }
}
