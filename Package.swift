// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dijipilot",
    products: [
        .executable(name: "dijipilot", targets: ["dijipilot"]),
        .library(name: "DijipilotCore", targets: ["DijipilotCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // ncursesw from the system's default header and library paths (Debian, Ubuntu: libncursesw5-dev, which
        // `make deps` installs); the module map links it and the shim header re-exports the macros Swift cannot
        // import. No pkg-config: all it added were -D flags SwiftPM refuses, with a warning on every build, and
        // the shim defines what they were for.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The assessment core: Foundation only, no terminal.
        .target(name: "DijipilotCore", path: "Sources/DijipilotCore"),
        // The front end: Elm-style state/update/view into a cell grid; only Backend/ touches ncurses.
        .target(
            name: "DijipilotTUI",
            dependencies: ["DijipilotCore", "CNcursesw"],
            path: "Sources/DijipilotTUI"
        ),
        .executableTarget(
            name: "dijipilot",
            dependencies: [
                "DijipilotCore", "DijipilotTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/dijipilot"
        ),
        // `make bench`: accuracy of the diagnostic on simulated founders, speed of the app at scale.
        .executableTarget(
            name: "dijipilot-bench", dependencies: ["DijipilotCore", "DijipilotTUI"], path: "Sources/DijipilotBench"),
        // Test-only helpers: starting child processes with a deadline (Foundation's Process can hang on Linux).
        .target(name: "DijipilotTestSupport", path: "Tests/Support"),
        .testTarget(
            name: "DijipilotCoreTests", dependencies: ["DijipilotCore", "DijipilotTestSupport"],
            path: "Tests/DijipilotCoreTests", exclude: ["Golden"]),
        // The snapshots are read from the source folder (and rewritten there), not bundled as resources.
        .testTarget(
            name: "DijipilotTUITests", dependencies: ["DijipilotTUI", "DijipilotCore"], path: "Tests/DijipilotTUITests",
            exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DijipilotCore", "DijipilotTestSupport"], path: "Tests/e2e"),
    ],
    swiftLanguageModes: [.v5]
)
