import ArgumentParser
import Reports

/// How many development points a report shows up front, and whether reasons show their rules.
struct FindingOptions: ParsableArguments {
    @Option(name: .customLong("top"), help: "Development points shown up front, in all (default 8); the rest go to an appendix.")
    var total: Int = FindingLimits().total

    @Option(name: .customLong("top-per-safeguard"), help: "Development points shown up front per safeguard (default 5).")
    var perSafeguard: Int = FindingLimits().perSafeguard

    @Flag(help: "Show the rule and the expression with its values behind every reason.")
    var explain = false

    var limits: FindingLimits { FindingLimits(perSafeguard: perSafeguard, total: total) }

    func validate() throws {
        if total < 0 { throw ValidationError("--top must be 0 or more") }
        if perSafeguard < 0 { throw ValidationError("--top-per-safeguard must be 0 or more") }
    }
}
