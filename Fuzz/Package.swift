// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Waarborg, one executable per target. A package of its own, so the
// main `swift build` and `swift test` never build it; run them with scripts/fuzz.sh:
//
//   swift build --package-path Fuzz --scratch-path Fuzz/.build -c release \
//     -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
//
// Each target defines LLVMFuzzerTestOneInput, and `<target>_main`, which SwiftPM links as
// the program's main and which starts libFuzzer's driver (FuzzSupport/FuzzDriver.swift).
let package = Package(
    name: "WaarborgFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Waarborg", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzer",
                .product(name: "Diagnostics", package: "Waarborg"),
                .product(name: "Questionnaire", package: "Waarborg"),
                .product(name: "Assessment", package: "Waarborg"),
            ]
        ),
        .executableTarget(
            name: "FuzzYAML",
            dependencies: [
                "FuzzSupport",
                .product(name: "YAML", package: "Waarborg"),
                .product(name: "Diagnostics", package: "Waarborg"),
            ]
        ),
        .executableTarget(
            name: "FuzzQuestionnaire",
            dependencies: [
                "FuzzSupport",
                .product(name: "Questionnaire", package: "Waarborg"),
                .product(name: "Diagnostics", package: "Waarborg"),
            ]
        ),
        .executableTarget(
            name: "FuzzAnswers",
            dependencies: [
                "FuzzSupport",
                .product(name: "Assessment", package: "Waarborg"),
                .product(name: "Questionnaire", package: "Waarborg"),
                .product(name: "Diagnostics", package: "Waarborg"),
            ]
        ),
        .executableTarget(
            name: "FuzzRules",
            dependencies: [
                "FuzzSupport",
                .product(name: "RuleLanguage", package: "Waarborg"),
                .product(name: "Questionnaire", package: "Waarborg"),
                .product(name: "Assessment", package: "Waarborg"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
