/// A named answer scale shared by questions, such as *nog niet … volledig, n.v.t.*
public struct Scale: Sendable, Hashable, Identifiable {
    public var id: String
    public var options: [AnswerOption]

    public init(id: String, options: [AnswerOption]) {
        self.id = id
        self.options = options
    }
}
