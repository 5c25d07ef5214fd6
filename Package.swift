// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "XuexiDash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "xuexi-dash", targets: ["xuexi-dash"]),
        .executable(name: "xuexi-bench", targets: ["xuexi-bench"]),
        .library(name: "XuexiCore", targets: ["XuexiCore"]),
        .library(name: "Widgets", targets: ["Widgets"]),
        .library(name: "TerminalKit", targets: ["TerminalKit"]),
        .library(name: "XuexiNotify", targets: ["XuexiNotify"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The one place ncurses headers are included (see shim.h).
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Cell buffer, display width, layout, themes and widgets: no terminal, no domain.
        .target(name: "Widgets"),
        // Terminal session over ncurses: input decoding, colour pairs, buffer renderer.
        .target(name: "TerminalKit", dependencies: ["CNcurses", "Widgets"]),
        // Domain library: model, SQLite store, importers, metrics, alerts, reports, demo.
        .target(
            name: "XuexiCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Chat-robot delivery (WeCom, DingTalk, Feishu, generic webhook): rendered notes in, results out.
        .target(name: "XuexiNotify", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Screens and panes composed from Widgets and XuexiCore values.
        .target(name: "Dashboard", dependencies: ["Widgets", "XuexiCore"]),
        .executableTarget(
            name: "xuexi-dash",
            dependencies: [
                "XuexiCore", "Widgets", "TerminalKit", "Dashboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "xuexi-bench",
            dependencies: ["XuexiCore", "Widgets", "Dashboard"]
        ),
        .testTarget(name: "XuexiCoreTests", dependencies: ["XuexiCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WidgetsTests", dependencies: ["Widgets"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "Widgets"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Widgets", "XuexiCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["XuexiCore"]),
        .testTarget(
            name: "XuexiNotifyTests",
            dependencies: ["XuexiNotify", .product(name: "Crypto", package: "swift-crypto")]
        ),
    ]
)
