// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Waarborg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "waarborg", targets: ["waarborg"]),
        .executable(name: "waarborg-bench", targets: ["waarborg-bench"]),
        .library(name: "Diagnostics", targets: ["Diagnostics"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "RuleLanguage", targets: ["RuleLanguage"]),
        .library(name: "Questionnaire", targets: ["Questionnaire"]),
        .library(name: "Assessment", targets: ["Assessment"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "FileIO", dependencies: ["Diagnostics"]),
        .target(name: "BuiltinQuestionnaires"),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "RuleLanguage", dependencies: ["Diagnostics"]),
        .target(
            name: "Questionnaire",
            dependencies: ["YAML", "RuleLanguage", "Diagnostics", "FileIO"]
        ),
        .target(name: "Assessment", dependencies: ["Questionnaire", "YAML", "RuleLanguage", "Diagnostics", "FileIO"]),
        .target(name: "Interview", dependencies: ["Assessment", "Questionnaire"]),
        .target(name: "Reports", dependencies: ["Assessment", "Questionnaire", "Diagnostics"]),
        .executableTarget(
            name: "waarborg",
            dependencies: [
                "Questionnaire",
                "Assessment",
                "Interview",
                "Reports",
                "FileIO",
                "Diagnostics",
                "YAML",
                "BuiltinQuestionnaires",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "waarborg-bench",
            dependencies: ["CYAML", "Questionnaire", "Assessment", "FileIO"]
        ),
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage", "TestSupport"]),
        .testTarget(
            name: "QuestionnaireTests",
            dependencies: ["Questionnaire", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AssessmentTests",
            dependencies: ["Assessment", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "BuiltinQuestionnairesTests", dependencies: ["BuiltinQuestionnaires", "TestSupport"]),
        .testTarget(name: "InterviewTests", dependencies: ["Interview", "TestSupport"]),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "FormTests",
            dependencies: ["Reports", "Interview", "Assessment", "Questionnaire", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["waarborg", "TestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
