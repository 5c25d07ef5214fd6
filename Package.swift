// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "XuexiDash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "xuexi-dash", targets: ["xuexi-dash"]),
        .executable(name: "xuexi-bench", targets: ["xuexi-bench"]),
        .library(name: "XuexiCore", targets: ["XuexiModel", "XuexiStore", "XuexiImport", "XuexiCore"]),
        .library(name: "Widgets", targets: ["Widgets"]),
        .library(name: "WidgetGallery", targets: ["WidgetGallery"]),
        .library(name: "TerminalKit", targets: ["TerminalKit"]),
        .library(name: "XuexiNotify", targets: ["XuexiNotify"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The one place ncurses headers are included (see shim.h).
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The signal handlers that give the terminal back: C, with their state in one C file.
        .target(name: "CTerminalSignals"),
        // Cell buffer, display width, layout, themes, keys and widgets: no terminal, no domain.
        .target(name: "Widgets"),
        // Every widget on sample data (the `gallery` command) and the drawing benchmark.
        .target(name: "WidgetGallery", dependencies: ["Widgets"]),
        // Terminal session over ncurses: input decoding, colour pairs, buffer renderer.
        .target(name: "TerminalKit", dependencies: ["CNcurses", "CTerminalSignals", "Widgets"]),
        // Days, periods, the org tree, learners, figure types and text keys: plain values.
        .target(name: "XuexiModel"),
        // The only target that spells SQL or links GRDB: migrations, records, and the domain
        // operations every other target calls (a PostgreSQL store would implement the same).
        .target(
            name: "XuexiStore",
            dependencies: [
                "XuexiModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // A store of record in PostgreSQL: its schema, row-level scopes, and the sync of the
        // local SQLite replica every command reads (see docs/ARCHITECTURE.md, "PostgreSQL").
        .target(
            name: "XuexiStorePostgres",
            dependencies: [
                "XuexiModel", "XuexiStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Readers (CSV, XLSX, member-report JSON) and importers: parse into records, then
        // apply them through the store's import transaction.
        .target(
            name: "XuexiImport",
            dependencies: [
                "XuexiModel", "XuexiStore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Metrics, alerts, reports, demo, watch and configuration over the store's operations.
        .target(name: "XuexiCore", dependencies: ["XuexiModel", "XuexiStore", "XuexiImport"]),
        // Chat-robot delivery (WeCom, DingTalk, Feishu, generic webhook): rendered notes in, results out.
        .target(name: "XuexiNotify", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Screens and panes composed from Widgets and XuexiCore values.
        .target(name: "Dashboard", dependencies: ["Widgets", "XuexiModel", "XuexiStore", "XuexiCore"]),
        .executableTarget(
            name: "xuexi-dash",
            dependencies: [
                "XuexiModel", "XuexiStore", "XuexiImport", "XuexiCore", "Widgets", "WidgetGallery", "TerminalKit",
                "Dashboard", "XuexiNotify", "XuexiStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "xuexi-bench",
            dependencies: [
                "XuexiModel", "XuexiStore", "XuexiStorePostgres", "XuexiImport", "XuexiCore", "Widgets",
                "WidgetGallery", "Dashboard",
            ]
        ),
        // Fixtures (sample exports, reader files), store builders and screen assertions
        // shared by the test targets below.
        .target(
            name: "XuexiTestSupport",
            dependencies: [
                "XuexiModel", "XuexiStore", "XuexiStorePostgres", "XuexiImport", "XuexiCore", "Widgets", "Dashboard",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/XuexiTestSupport",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "XuexiModelTests", dependencies: ["XuexiModel", "XuexiTestSupport"]),
        .testTarget(
            name: "XuexiStoreTests",
            dependencies: [
                "XuexiModel", "XuexiStore", "XuexiImport", "XuexiTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "PostgresStoreTests",
            dependencies: [
                "XuexiModel", "XuexiStore", "XuexiStorePostgres", "XuexiImport", "XuexiCore", "XuexiTestSupport",
            ]),
        .testTarget(
            name: "XuexiImportTests", dependencies: ["XuexiModel", "XuexiStore", "XuexiImport", "XuexiTestSupport"]),
        .testTarget(
            name: "XuexiCoreTests",
            dependencies: ["XuexiModel", "XuexiStore", "XuexiImport", "XuexiCore", "XuexiTestSupport"]
        ),
        .testTarget(name: "WidgetsTests", dependencies: ["Widgets", "XuexiTestSupport"]),
        .testTarget(name: "WidgetGalleryTests", dependencies: ["WidgetGallery", "Widgets", "XuexiTestSupport"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "Widgets"]),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "Widgets", "XuexiModel", "XuexiStore", "XuexiCore", "XuexiTestSupport"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["XuexiModel", "XuexiStore", "XuexiImport", "XuexiCore", "XuexiTestSupport"]),
        // The command line's own types (argument values, theme paths), tested in process.
        .testTarget(
            name: "XuexiDashTests",
            dependencies: ["xuexi-dash", "TerminalKit", "Dashboard", "XuexiModel", "XuexiImport", "XuexiCore"]
        ),
        .testTarget(
            name: "XuexiNotifyTests",
            dependencies: ["XuexiNotify", "XuexiTestSupport", .product(name: "Crypto", package: "swift-crypto")]
        ),
    ]
)
