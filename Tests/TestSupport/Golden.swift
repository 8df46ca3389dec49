import Foundation

/// Golden files and expected outputs: one switch for recording them anew.
public enum Golden {
    /// Whether this run writes golden files and expected outputs anew instead of comparing:
    /// `WAARBORG_RECORD=1`. A recording test records an issue, so it never passes for a check.
    public static var recording: Bool { ProcessInfo.processInfo.environment["WAARBORG_RECORD"] == "1" }
}
