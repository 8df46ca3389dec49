/// The languages Waarborg speaks: Dutch, the default, and English with `--lang en`.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case nl
    case en
}
