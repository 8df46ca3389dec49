/// Whether a note (*toelichting*) or evidence (*onderbouwing*) is asked with an answer.
public enum Requirement: String, Sendable, Hashable, CaseIterable {
    case none
    case optional
    case required
}
