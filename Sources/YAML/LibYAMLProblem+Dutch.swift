import Diagnostics

extension Message {
    static let outOfMemory = Message(nl: "onvoldoende geheugen om de YAML te lezen", en: "out of memory while reading YAML")
}

/// libyaml's problems and contexts in Dutch; libyaml itself only speaks English.
///
/// The texts are libyaml 0.2's own (`scanner.c`, `parser.c`, `reader.c`); a text it adds
/// later keeps its English words.
extension LibYAMLProblem {
    static func dutch(problem: String) -> String {
        if let text = problems[problem] { return text }
        return problem
    }

    /// "while parsing a block mapping" becomes "in een blok met sleutels".
    static func dutch(context: String) -> String {
        for prefix in ["while scanning a ", "while parsing a ", "while scanning an ", "while parsing an "]
        where context.hasPrefix(prefix) {
            return "in " + dutch(construct: String(context.dropFirst(prefix.count))).indefinite
        }
        if context == "while scanning for the next token" { return "bij het zoeken naar het volgende teken" }
        return context
    }

    /// The Dutch name of a YAML construct, with its indefinite and definite article.
    static func dutch(construct: String) -> (indefinite: String, definite: String) {
        switch construct {
        case "block collection": ("een blok", "het blok")
        case "block mapping": ("een blok met sleutels", "het blok met sleutels")
        case "block node": ("een blokwaarde", "de blokwaarde")
        case "flow mapping": ("een mapping tussen { }", "de mapping tussen { }")
        case "flow sequence": ("een lijst tussen [ ]", "de lijst tussen [ ]")
        case "flow node": ("een waarde tussen haakjes", "de waarde tussen haakjes")
        case "node": ("een waarde", "de waarde")
        case "quoted scalar": ("een tekst tussen aanhalingstekens", "de tekst tussen aanhalingstekens")
        case "plain scalar": ("een tekst", "de tekst")
        case "block scalar": ("een tekstblok (| of >)", "het tekstblok (| of >)")
        case "simple key": ("een sleutel", "de sleutel")
        case "tag": ("een tag", "de tag")
        case "alias": ("een alias", "de alias")
        case "anchor": ("een anker", "het anker")
        case "directive", "tag directive", "%TAG directive", "%YAML directive":
            ("een directive (\(construct))", "de directive (\(construct))")
        default: ("een \(construct)", "de \(construct)")
        }
    }

    private static let problems: [String: String] = [
        "block sequence entries are not allowed in this context": "een lijstitem (-) is hier niet toegestaan",
        "control characters are not allowed": "stuurtekens zijn niet toegestaan",
        "could not find expected ':'": "de verwachte ‘:’ ontbreekt",
        "could not find expected directive name": "de verwachte naam van de directive ontbreekt",
        "did not find URI escaped octet": "verwachte URI-escape (%XX) ontbreekt",
        "did not find expected '!'": "de verwachte ‘!’ ontbreekt",
        "did not find expected ',' or ']'": "de verwachte ‘,’ of ‘]’ ontbreekt",
        "did not find expected ',' or '}'": "de verwachte ‘,’ of ‘}’ ontbreekt",
        "did not find expected '-' indicator": "het verwachte lijstteken ‘-’ ontbreekt",
        "did not find expected <document start>": "het verwachte begin van het document ontbreekt",
        "did not find expected <stream-start>": "het verwachte begin van de invoer ontbreekt",
        "did not find expected alphabetic or numeric character": "verwacht een letter of cijfer",
        "did not find expected comment or line break": "verwacht commentaar of het einde van de regel",
        "did not find expected digit or '.' character": "verwacht een cijfer of ‘.’",
        "did not find expected hexdecimal number": "verwacht een hexadecimaal getal",
        "did not find expected key": "de verwachte sleutel ontbreekt (klopt het inspringen?)",
        "did not find expected node content": "de verwachte waarde ontbreekt",
        "did not find expected tag URI": "de verwachte tag-URI ontbreekt",
        "did not find expected version number": "het verwachte versienummer ontbreekt",
        "did not find expected whitespace": "verwacht een spatie",
        "did not find expected whitespace or line break": "verwacht een spatie of het einde van de regel",
        "did not find the expected '>'": "de verwachte ‘>’ ontbreekt",
        "found a tab character that violates indentation": "een tab verstoort het inspringen; spring in met spaties",
        "found a tab character where an indentation space is expected": "een tab waar een spatie voor het inspringen hoort",
        "found an incorrect leading UTF-8 octet": "ongeldige eerste byte van een UTF-8-teken",
        "found an incorrect trailing UTF-8 octet": "ongeldige vervolgbyte van een UTF-8-teken",
        "found an indentation indicator equal to 0": "de inspringaanduiding is 0",
        "found character that cannot start any token": "dit teken kan hier niet staan",
        "found duplicate %TAG directive": "de %TAG-directive staat er twee keer",
        "found duplicate %YAML directive": "de %YAML-directive staat er twee keer",
        "found duplicate anchor; first occurrence": "anker staat er twee keer; eerste keer",
        "found extremely long version number": "het versienummer is veel te lang",
        "found incompatible YAML document": "YAML-versie wordt niet ondersteund",
        "found invalid Unicode character escape code": "ongeldige Unicode-escape",
        "found undefined alias": "onbekende alias",
        "found undefined tag handle": "onbekende tag-afkorting",
        "found unexpected ':'": "onverwachte ‘:’",
        "found unexpected document indicator": "onverwachte documentscheiding (--- of ...)",
        "found unexpected end of stream": "het bestand houdt onverwacht op",
        "found unexpected non-alphabetical character": "onverwacht teken dat geen letter is",
        "found unknown directive name": "onbekende directive",
        "found unknown escape character": "onbekende escape na ‘\\’",
        "incomplete UTF-16 character": "onvolledig UTF-16-teken",
        "incomplete UTF-16 surrogate pair": "onvolledig UTF-16-surrogaatpaar",
        "incomplete UTF-8 octet sequence": "onvolledig UTF-8-teken",
        "input error": "invoerfout",
        "input is too long": "de invoer is te lang",
        "invalid Unicode character": "ongeldig Unicode-teken",
        "invalid leading UTF-8 octet": "ongeldige eerste byte van een UTF-8-teken",
        "invalid length of a UTF-8 sequence": "ongeldige lengte van een UTF-8-teken",
        "invalid trailing UTF-8 octet": "ongeldige vervolgbyte van een UTF-8-teken",
        "mapping keys are not allowed in this context": "een sleutel is hier niet toegestaan",
        "mapping values are not allowed in this context": "een ‘:’ met waarde is hier niet toegestaan (zet tekst met ‘: ’ tussen aanhalingstekens)",
        "unexpected low surrogate area": "onverwacht UTF-16-surrogaat",
        "unknown YAML error": "onbekende YAML-fout",
        "expected DOCUMENT-END": "verwacht het einde van het document",
        "expected DOCUMENT-START or STREAM-END": "verwacht het begin van een document of het einde van de invoer",
    ]
}
