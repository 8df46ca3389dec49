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
        Role(
            id: "staf", label: .init(translations: ["nl": "Stafmedewerker bestuur", "en": "Board staff member"], primaryLanguage: "nl"),
            group: .bestuur),
        Role(id: "schoolleider", label: .init(translations: ["nl": "Schoolleider", "en": "School leader"], primaryLanguage: "nl"), group: .school),
        Role(
            id: "schoolopleider", label: .init(translations: ["nl": "Schoolopleider", "en": "School-based teacher educator"], primaryLanguage: "nl"),
            group: .school),
        Role(
            id: "werkplekbegeleider",
            label: .init(translations: ["nl": "Mentor (werkplekbegeleider)", "en": "Mentor (workplace supervisor)"], primaryLanguage: "nl"),
            group: .school),
        Role(id: "leraar", label: .init(translations: ["nl": "Leraar", "en": "Teacher"], primaryLanguage: "nl"), group: .school),
        Role(
            id: "bovenschools-schoolopleider",
            label: .init(
                translations: ["nl": "Bovenschools schoolopleider", "en": "Board-level school-based teacher educator"], primaryLanguage: "nl"),
            group: .bestuur),
        Role(
            id: "projectleider", label: .init(translations: ["nl": "Projectleider", "en": "Project leader"], primaryLanguage: "nl"), group: .bestuur),
        Role(
            id: "instituutsopleider",
            label: .init(translations: ["nl": "Instituutsopleider (pabo)", "en": "Teacher educator of the institute (pabo)"], primaryLanguage: "nl"),
            group: nil),
        Role(id: "anders", label: .init(translations: ["nl": "Anders", "en": "Other"], primaryLanguage: "nl"), group: nil),
    ]
}

extension Array where Element == Questionnaire {
    /// The roles of these questionnaires, each once, in the order they first appear.
    public var roles: [Role] {
        var roles: [Role] = []
        for questionnaire in self {
            for role in questionnaire.roles where !roles.contains(where: { $0.id == role.id }) { roles.append(role) }
        }
        return roles
    }
}
