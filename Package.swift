// swift-tools-version:6.1
// Clientele: a keyboard-first terminal customer directory over ncurses and SQLite.
// The shape (which target may import what) is described in docs/ARCHITECTURE.md.
import PackageDescription

/// The Swift runtime and Foundation linked into the release executables: loading them as shared
/// libraries (relocating Foundation and ICU) cost a command more than its own work — a Foundation
/// "hello" starts in 35–40 ms linked dynamically, 7.4 ms statically, on this 2-core machine (issue 19,
/// point 4). Debug builds, which the tests link many times, keep the shared libraries.
/// The objects are compiled as for shared libraries, so their autolink entries name no static
/// archive: Foundation's own dependencies (CoreFoundation, ICU, the shims, Synchronization, Dispatch)
/// are named here, in the order they depend on one another.
let staticRuntimeInRelease: [LinkerSetting] = [.unsafeFlags(["-static-stdlib",
    "-lFoundation", "-lFoundationInternationalization", "-lFoundationEssentials", "-lCoreFoundation", "-l_FoundationICU",
    "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization", "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime"],
    .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "Clientele",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "clientele", targets: ["clientele"]),
        .executable(name: "clientele-bench", targets: ["clientele-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        // SHA-256 for content-addressed attachment files (Foundation on Linux has no digests).
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
        // PostgreSQL for a business with several shops or counters on a network (PRODUCT §12).
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.0"),
    ],
    targets: [
        // A small C++ shim exposing a C API over Google's libphonenumber (Debian's libphonenumber-dev).
        .target(
            name: "CPhoneNumber",
            linkerSettings: [.linkedLibrary("phonenumber"), .linkedLibrary("protobuf"), .linkedLibrary("stdc++")]
        ),
        // Pure rules and value types. Foundation and the phone shim at most.
        .target(name: "CustomerCore", dependencies: ["CPhoneNumber"]),
        // SQLite through GRDB; the only importer of GRDB.
        .target(
            name: "CustomerStore",
            dependencies: [
                "CustomerCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // PostgreSQL through postgres-nio; the only importer of PostgresNIO. The same port as
        // CustomerStore, conformed over a shared server. It uses CustomerStore's public file API (never
        // GRDB) for what crosses between the two: `migrate-to` reads a file, a backup writes one.
        .target(
            name: "PostgresStore",
            dependencies: [
                "CustomerCore", "CustomerStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Knows no customers: cells, buffers, widgets, themes, the Terminal protocol.
        .target(name: "TerminalCore"),
        .systemLibrary(
            name: "CNcursesw", pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
        ),
        // Hands messages to the shop's mail command (a sendmail-compatible program): processes, not rules.
        .target(name: "Mailing", dependencies: ["CustomerCore"]),
        // The only importer of curses.
        .target(name: "TerminalNcurses", dependencies: ["TerminalCore", "CNcursesw"]),
        // Seeded customer lists in the layouts and encodings shops bring, with planted duplicates and
        // their truth file: the data of the import tests and the benchmarks. Foundation only.
        .target(name: "SampleCustomers"),
        // The Elm-like application: state, messages, update, effects, render. It sees the store only
        // through the port in CustomerCore (`ClienteleStoring`), never CustomerStore or GRDB.
        .target(name: "ClienteleApp", dependencies: ["CustomerCore", "TerminalCore"]),
        .executableTarget(
            name: "clientele",
            dependencies: [
                "ClienteleApp", "CustomerStore", "PostgresStore", "CustomerCore", "TerminalCore", "TerminalNcurses", "Mailing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: staticRuntimeInRelease
        ),
        // Through the store only (its repositories and `FloorQueries`): no GRDB of its own.
        .executableTarget(
            name: "clientele-bench",
            dependencies: ["ClienteleApp", "CustomerStore", "PostgresStore", "CustomerCore", "TerminalCore", "SampleCustomers", "Mailing"],
            linkerSettings: staticRuntimeInRelease
        ),
        // Shared by test targets only.
        .target(
            name: "ClienteleTestSupport",
            dependencies: ["ClienteleApp", "CustomerStore", "PostgresStore", "CustomerCore", "TerminalCore", "SampleCustomers", "Mailing",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "CustomerCoreTests", dependencies: ["CustomerCore", "CPhoneNumber"]),
        // The generator's files read back through the import's reader and rules.
        .testTarget(name: "SampleCustomersTests", dependencies: ["SampleCustomers", "CustomerCore"]),
        .testTarget(
            name: "CustomerStoreTests",
            dependencies: ["CustomerStore", "PostgresStore", "ClienteleTestSupport", "SampleCustomers", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore", "TerminalNcurses"]),
        .testTarget(
            name: "ClienteleAppTests",
            dependencies: ["ClienteleApp", "ClienteleTestSupport", "TerminalCore", "CustomerStore"]
        ),
        // Runs the built `clientele` binary: command line and real-terminal (tmux) journeys.
        // The store too, to fill a file fast and inspect it after a killed process.
        .testTarget(
            name: "ClienteleCLITests",
            dependencies: ["ClienteleTestSupport", "clientele", "CustomerStore", "CustomerCore", "SampleCustomers",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
