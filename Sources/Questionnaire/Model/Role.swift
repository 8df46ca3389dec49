/// A respondent's role, such as *schoolleider* or *werkplekbegeleider*.
public struct Role: Sendable, Hashable, Identifiable {
    /// Which side of the board a role speaks for; a panel compares the two.
    public enum Group: String, Sendable, Hashable, CaseIterable {
        case bestuur
        case school
    }

    public var id: String
    public var label: LocalizedText
    public var group: Group?

    public init(id: String, label: LocalizedText, group: Group?) {
        self.id = id
        self.label = label
        self.group = group
    }

    /// The partnership's roles, used when a questionnaire does not list its own.
    public static let defaults: [Role] = [
        Role(id: "bestuurder", label: .init(translations: ["nl": "Bestuurder", "en": "Board member"], primaryLanguage: "nl"), group: .bestuur),
        Role(id: "staf", label: .init(translations: ["nl": "Stafmedewerker bestuur", "en": "Board staff member"], primaryLanguage: "nl"), group: .bestuur),
        Role(id: "schoolleider", label: .init(translations: ["nl": "Schoolleider", "en": "School leader"], primaryLanguage: "nl"), group: .school),
        Role(id: "schoolopleider", label: .init(translations: ["nl": "Schoolopleider", "en": "School-based teacher educator"], primaryLanguage: "nl"), group: .school),
        Role(id: "werkplekbegeleider", label: .init(translations: ["nl": "Werkplekbegeleider / mentor", "en": "Workplace supervisor / mentor"], primaryLanguage: "nl"), group: .school),
        Role(id: "leraar", label: .init(translations: ["nl": "Leraar", "en": "Teacher"], primaryLanguage: "nl"), group: .school),
        Role(id: "anders", label: .init(translations: ["nl": "Anders", "en": "Other"], primaryLanguage: "nl"), group: nil),
    ]
}
