// swift-format-ignore-file
// Generated from questionnaires/ by EmbeddedCopyTests; do not edit.
// Regenerate with: WAARBORG_RECORD=1 swift test --filter EmbeddedCopyTests

/// The questionnaires built into the program, used when no folder is given and
/// there is no ./questionnaires.
public enum BuiltinQuestionnaires {
    public static let files: [(path: String, text: String)] = [
        ("questionnaires/lock.yaml", ##"""
# Published questionnaire versions and the digests of their files.
# Written by `waarborg publish`; a published version never changes: make a new version instead.
waarborg-1@1.0.0: sha256:b3503921f473bbb54cb0c1880b6ea85ad5ed4fd2b87bf653aaa764efe5dcd0b5
waarborg-1@2.0.0: sha256:4a37e842a1a9ab2bc08eb5046f03e48de1aeb4891c5bc478b42747e5736f8e5e
waarborg-2@1.0.0: sha256:19437c232980ab949cb27619261198ff853cd376c5a46c59a4502d4fc8443f52
waarborg-2@1.1.0: sha256:40f39d87c5d73e83fadc59ce2f6eb25493a900609e330ce71a48dcf59a3d8f95
waarborg-2@2.0.0: sha256:bf83cf7b15df1148e3cb2cb18a76d3f73b427babf063127f9aa030b82eac6ecd
waarborg-3@1.0.0: sha256:818e2dfaa423d63448f7c3751c5d58a0c194be330d3dac61a0464c40c25fdd94
waarborg-3@2.0.0: sha256:cb358609b38fa393fdbd120fa3478ac616cdbd8f413bd55ad4363d43badc31d7
waarborg-4@1.0.0: sha256:a794a99fb6b596841ff0e99547aefe65672fae085df02e123cf43b89ee1549a2
waarborg-4@2.0.0: sha256:3254220805dd7af22e7f92c3291a75653f0fb8bcd00a892ad392c2607b690125

"""##),
        ("questionnaires/set.yaml", ##"""
# What the questionnaires in this folder are together (docs/questionnaire-format.md, "The set").
# Not a questionnaire version: not in lock.yaml, and it may change; `waarborg lint` checks it.
instrument: {nl: "Zelfassessment Samen Opleiden", en: "Samen Opleiden self-assessment"}
vocabulary:
  brief: {nl: "Panelbrief Samen Opleiden", en: "Samen Opleiden panel brief"}
  organisation: {nl: "Bestuur", en: "Board"}
  part: {nl: "Waarborg", en: "Safeguard"}
# No average over the four safeguards: there is no norm, and each safeguard stands on its own.
overall: none

"""##),
        ("questionnaires/waarborg-1/1.0.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-1
version: 1.0.0
safeguard: 1
title: {nl: "Waarborg 1 — Gedeelde visie en verantwoordelijkheid", en: "Safeguard 1 — Shared vision and responsibility"}
language: nl
languages: [nl, en]
description:
  nl: "Dit deel gaat over de basis van de samenwerking: deelt het bestuur de visie van Samen Opleiden, en is die terug te zien in het strategisch beleid, in de afspraken met scholen en pabo, in de deelname aan het partnerschap, in de begroting en in de betrokkenheid van teams en MR? Er zijn geen goede of foute antwoorden: geef aan hoe het er nu voor staat, zoals jij het ziet. De uitkomsten zijn input voor het gesprek, geen oordeel."
  en: "This part is about the foundation of the partnership: does the board share the vision of Samen Opleiden, and does it show in its strategic policy, in the agreements with schools and the pabo, in taking part in the partnership, in the budget and in the involvement of teams and the participation council (MR)? There are no right or wrong answers: describe how things stand now, as you see them. The results are input for the conversation, not a verdict."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.5}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.5, below: 3.0}
    - {id: op-orde, label: {nl: "Op orde", en: "In order"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

themes:
  # ------------------------------------------------------------------
  - id: visie
    title: {nl: "Visie en beroepsbeeld", en: "Vision and professional profile"}
    description:
      nl: "Kent en onderschrijft het bestuur de visie van het partnerschap op opleiden, inductie en professionele ontwikkeling, en het beroepsbeeld?"
      en: "Does the board know and endorse the partnership's vision on teacher education, induction and professional development, and its professional profile?"
    questions:
      - id: visie-onderschreven
        text:
          nl: "Het bestuur heeft de visie van het partnerschap op opleiden, inductie en professionele ontwikkeling formeel onderschreven."
          en: "The board has formally endorsed the partnership's vision on teacher education, induction and professional development."
        help:
          nl: "Volledig: het bestuur heeft de visie besproken en vastgesteld, bijvoorbeeld in een bestuursbesluit, en kan aangeven wat die voor de eigen scholen betekent."
          en: "Fully: the board has discussed and adopted the vision, for example in a board decision, and can say what it means for its own schools."
        kern: true
        evidence: required
      - id: beroepsbeeld
        text:
          nl: "Het bestuur gebruikt het beroepsbeeld van het partnerschap als gezamenlijk uitgangspunt voor het opleiden en begeleiden van leraren."
          en: "The board uses the partnership's professional profile as the shared starting point for training and supervising teachers."
        help:
          nl: "Denk aan: het beroepsbeeld is besproken met de schoolleiders en komt terug in de begeleiding van studenten en starters en in ontwikkelgesprekken."
          en: "Think of: the professional profile has been discussed with the school leaders and returns in the supervision of students and starters and in development conversations."
        kern: true
        evidence: optional
      - id: personeelsbeleid
        text:
          nl: "De visie van het bestuur op personeelsbeleid en professionalisering sluit zichtbaar aan op de visie van het partnerschap."
          en: "The board's vision on staff policy and professional development visibly matches the partnership's vision."
        help:
          nl: "Volledig: in het personeelsbeleid van het bestuur is de verbinding met opleiden, inductie en professionalisering in het partnerschap terug te lezen."
          en: "Fully: the board's staff policy shows the link with teacher education, induction and professional development in the partnership."
        evidence: optional
      - id: schoolleiders
        text:
          nl: "Schoolleiders kennen de visie van het partnerschap en dragen die uit in hun school."
          en: "School leaders know the partnership's vision and convey it in their school."
        help:
          nl: "Denk aan: de visie komt terug in teamvergaderingen, in het schoolplan en in de manier waarop de school over studenten en starters spreekt."
          en: "Think of: the vision returns in team meetings, in the school plan and in the way the school talks about students and starters."
      - id: teams-kennen
        text:
          nl: "Leraren weten wat Samen Opleiden inhoudt en waarom het bestuur eraan deelneemt."
          en: "Teachers know what Samen Opleiden is about and why the board takes part in it."
        help:
          nl: "Volledig: een willekeurige leraar kan in een paar zinnen uitleggen wat Samen Opleiden is en wat het voor de eigen school betekent."
          en: "Fully: any teacher can explain in a few sentences what Samen Opleiden is and what it means for their own school."
      - id: gezamenlijke-taak
        text:
          nl: "Opleiden en begeleiden van (aanstaande) leraren geldt in het bestuur als taak van alle scholen, niet van enkele enthousiaste collega's."
          en: "Training and supervising (future) teachers is seen in the board as a task of all schools, not of a few enthusiastic colleagues."
        help:
          nl: "Denk aan: alle scholen bieden stageplaatsen of begeleiden starters, en dat wordt als gewoon onderdeel van het werk gezien."
          en: "Think of: all schools offer placements or supervise starters, and this is seen as a normal part of the work."
      - id: jaarlijks-gesprek
        text:
          nl: "Het bestuur bespreekt minstens één keer per jaar met de schoolleiders wat de visie van het partnerschap betekent voor de praktijk."
          en: "At least once a year the board discusses with the school leaders what the partnership's vision means in practice."
        help:
          nl: "Bijvoorbeeld in een schoolleidersoverleg of een studiedag; de afspraken daaruit zijn vastgelegd."
          en: "For example in a school leaders' meeting or a study day; the agreements made there are recorded."
        evidence: optional
      - id: in-eigen-woorden
        type: text
        required: false
        text:
          nl: "Wat betekent Samen Opleiden voor het bestuur, in je eigen woorden?"
          en: "What does Samen Opleiden mean for the board, in your own words?"
        help:
          nl: "Een of twee zinnen is genoeg. Dit helpt het panel om te begrijpen waar het bestuur voor staat."
          en: "One or two sentences is enough. This helps the panel understand what the board stands for."

  # ------------------------------------------------------------------
  - id: strategisch-beleid
    title: {nl: "Samen Opleiden in het strategisch beleid", en: "Samen Opleiden in strategic policy"}
    description:
      nl: "Is Samen Opleiden verankerd in het strategisch beleid van het bestuur, met doelen en een duidelijke eigenaar?"
      en: "Is Samen Opleiden anchored in the board's strategic policy, with goals and a clear owner?"
    questions:
      - id: beleidsplan
        text:
          nl: "Het strategisch beleidsplan van het bestuur beschrijft Samen Opleiden als onderdeel van het personeels- en kwaliteitsbeleid."
          en: "The board's strategic plan describes Samen Opleiden as part of its staff and quality policy."
        help:
          nl: "Volledig: het beleidsplan noemt opleiden, inductie en professionalisering in het partnerschap, met doelen voor de planperiode, en niet alleen in een losse zin."
          en: "Fully: the strategic plan mentions teacher education, induction and professional development in the partnership, with goals for the plan period, and not just in a passing sentence."
        kern: true
        evidence: required
      - id: nieuw-plan
        type: yesno
        text:
          nl: "Schrijft het bestuur in het komende jaar een nieuw strategisch beleidsplan?"
          en: "Will the board write a new strategic plan in the coming year?"
        help:
          nl: "Dan is dat een goed moment om Samen Opleiden een vaste plek te geven."
          en: "That would be a good moment to give Samen Opleiden a permanent place."
        show_if: "answer(strategisch-beleid.beleidsplan) <= 2"
      - id: doelen
        text:
          nl: "Het bestuur heeft concrete doelen voor Samen Opleiden geformuleerd, bijvoorbeeld over stageplaatsen, de begeleiding van starters of het behoud van leraren."
          en: "The board has set concrete goals for Samen Opleiden, for example on placements, the supervision of starters or teacher retention."
        help:
          nl: "Volledig: de doelen zijn zo concreet dat na een jaar te zeggen is of ze gehaald zijn. Noem in de toelichting de belangrijkste doelen."
          en: "Fully: the goals are concrete enough to tell after a year whether they were met. Name the most important goals in your note."
        kern: true
        note: required
        evidence: optional
      - id: portefeuille
        text:
          nl: "Binnen het bestuur is duidelijk wie Samen Opleiden in portefeuille heeft en daarop aanspreekbaar is."
          en: "Within the board it is clear who holds the Samen Opleiden portfolio and is accountable for it."
        help:
          nl: "Volledig: een bestuurder of stafmedewerker heeft deze portefeuille, en schoolleiders, pabo en partnerschap weten wie dat is."
          en: "Fully: a board member or staff member holds this portfolio, and school leaders, the pabo and the partnership know who it is."
        kern: true
      - id: schoolplannen
        text:
          nl: "De schoolplannen van de scholen maken zichtbaar wat Samen Opleiden voor de eigen school betekent."
          en: "The school plans of the schools show what Samen Opleiden means for each school."
        help:
          nl: "Denk aan: het schoolplan noemt de rol van de school als opleidingsplek en de begeleiding van starters."
          en: "Think of: the school plan mentions the school's role as a training place and the supervision of starters."
        evidence: optional
      - id: jaarcyclus
        text:
          nl: "Samen Opleiden is een vast onderdeel van het jaarplan en het jaarverslag van het bestuur."
          en: "Samen Opleiden is a regular part of the board's annual plan and annual report."
        help:
          nl: "Volledig: elk jaar staat in het jaarplan wat het bestuur wil bereiken en in het jaarverslag wat ervan terechtgekomen is."
          en: "Fully: every year the annual plan states what the board wants to achieve and the annual report states what came of it."
        evidence: optional
      - id: werving-behoud
        text:
          nl: "Het strategisch personeelsbeleid verbindt Samen Opleiden met het werven, behouden en doorgroeien van leraren."
          en: "The strategic staff policy links Samen Opleiden to recruiting, retaining and developing teachers."
        help:
          nl: "Denk aan: studenten worden gezien als toekomstige collega's, en begeleidingsrollen horen bij de loopbaanmogelijkheden van leraren."
          en: "Think of: students are seen as future colleagues, and supervision roles are part of teachers' career options."
      - id: meerjarig
        text:
          nl: "Het bestuur heeft vastgelegd dat het voor meerdere jaren deelneemt aan het partnerschap, ook als personen wisselen."
          en: "The board has recorded that it takes part in the partnership for several years, also when people change."
        help:
          nl: "Volledig: de deelname hangt niet af van één bestuurder of schoolleider, maar is in besluiten en beleid vastgelegd."
          en: "Fully: taking part does not depend on one board member or school leader but is recorded in decisions and policy."
        evidence: optional

  # ------------------------------------------------------------------
  - id: afspraken
    title: {nl: "Afspraken over taken en verantwoordelijkheden", en: "Agreements on tasks and responsibilities"}
    description:
      nl: "Zijn de taken en verantwoordelijkheden van bestuur, scholen en pabo schriftelijk vastgelegd, en weet iedereen wat van hem of haar wordt verwacht?"
      en: "Are the tasks and responsibilities of the board, the schools and the pabo recorded in writing, and does everyone know what is expected of them?"
    questions:
      - id: overeenkomst
        text:
          nl: "Er is een ondertekende samenwerkingsovereenkomst tussen het bestuur en het partnerschap."
          en: "There is a signed cooperation agreement between the board and the partnership."
        help:
          nl: "Volledig: de overeenkomst is ondertekend, actueel en bekend bij de schoolleiders. Voor een bestuur dat net instapt kan dit nog in voorbereiding zijn."
          en: "Fully: the agreement is signed, up to date and known to the school leaders. For a board that is just joining, it may still be in preparation."
        kern: true
        evidence: required
      - id: taakverdeling
        text:
          nl: "De taken en verantwoordelijkheden van bestuur, scholen en pabo zijn schriftelijk vastgelegd."
          en: "The tasks and responsibilities of the board, the schools and the pabo are recorded in writing."
        help:
          nl: "Denk aan: wie zorgt voor stageplaatsen, wie begeleidt, wie beoordeelt, en wie aanspreekbaar is als er iets misgaat."
          en: "Think of: who provides placements, who supervises, who assesses, and who is responsible when something goes wrong."
        kern: true
        evidence: required
      - id: scholen-afspraken
        text:
          nl: "Het bestuur heeft met elke school afgesproken wat er binnen Samen Opleiden van de school wordt verwacht."
          en: "The board has agreed with each school what is expected of the school within Samen Opleiden."
        help:
          nl: "Bijvoorbeeld het aantal stageplaatsen, de inzet van een schoolopleider en de begeleiding van starters. Heeft het bestuur één school, kies dan n.v.t."
          en: "For example the number of placements, the deployment of a school-based teacher educator and the supervision of starters. If the board has one school, choose not applicable."
        evidence: optional
      - id: aanspreekpunt
        text:
          nl: "Voor elke school is duidelijk wie het aanspreekpunt is voor de pabo en het partnerschap."
          en: "For every school it is clear who the contact person is for the pabo and the partnership."
        help:
          nl: "Volledig: de naam is bekend bij de pabo en staat in een actueel overzicht."
          en: "Fully: the name is known to the pabo and is in an up-to-date overview."
      - id: knelpunten
        text:
          nl: "Er is afgesproken hoe bestuur, school en pabo handelen als een stage of begeleiding niet goed verloopt."
          en: "It has been agreed how the board, the school and the pabo act when a placement or supervision does not go well."
        help:
          nl: "Denk aan een vaste volgorde van stappen: eerst een gesprek tussen student, werkplekbegeleider en instituutsopleider, daarna de schoolopleider, zo nodig schoolleiding en pabo."
          en: "Think of a fixed sequence of steps: first a conversation between student, workplace supervisor and pabo teacher educator, then the school-based teacher educator, and if needed school management and the pabo."
        evidence: optional
      - id: bekend
        text:
          nl: "Schoolleiders en schoolopleiders kennen de gemaakte afspraken en handelen ernaar."
          en: "School leaders and school-based teacher educators know the agreements that were made and act on them."
        help:
          nl: "Volledig: de afspraken zijn besproken in het schoolleidersoverleg en zijn voor iedereen terug te vinden."
          en: "Fully: the agreements have been discussed in the school leaders' meeting and can be found by everyone."
      - id: herzien
        text:
          nl: "De afspraken worden periodiek geëvalueerd en zo nodig bijgesteld."
          en: "The agreements are evaluated periodically and adjusted when needed."
        help:
          nl: "Bijvoorbeeld elk jaar bij de evaluatie van het schooljaar, samen met de pabo."
          en: "For example every year at the evaluation of the school year, together with the pabo."
        evidence: optional
        show_if: "answer(afspraken.taakverdeling) >= 2"

  # ------------------------------------------------------------------
  - id: sturing
    title: {nl: "Deelname aan de sturing van het partnerschap", en: "Taking part in the governance of the partnership"}
    description:
      nl: "Neemt het bestuur actief deel aan het bestuurlijk overleg en de werkgroepen van het partnerschap, en komen besluiten ook in de scholen aan?"
      en: "Does the board take an active part in the partnership's governance meetings and working groups, and do decisions reach the schools?"
    questions:
      - id: overleg
        text:
          nl: "Het bestuur neemt actief deel aan het bestuurlijk overleg van het partnerschap."
          en: "The board takes an active part in the partnership's governance meetings."
        help:
          nl: "Volledig: een bestuurder is vrijwel altijd aanwezig, heeft zich voorbereid en brengt de inbreng van de eigen scholen mee."
          en: "Fully: a board member is almost always present, has prepared and brings in the views of the board's own schools."
        kern: true
      - id: werkgroepen
        text:
          nl: "Het bestuur is vertegenwoordigd in de projectgroep of werkgroepen van het partnerschap."
          en: "The board is represented in the partnership's project group or working groups."
        help:
          nl: "Denk aan een bestuurder, stafmedewerker, schoolleider of schoolopleider die namens het bestuur meedenkt en meewerkt."
          en: "Think of a board member, staff member, school leader or school-based teacher educator who thinks and works along on behalf of the board."
      - id: besluiten-doorvertalen
        text:
          nl: "Besluiten van het partnerschap worden binnen het bestuur tijdig doorvertaald naar de scholen."
          en: "Decisions of the partnership are translated to the schools in good time within the board."
        help:
          nl: "Volledig: schoolleiders horen kort na een besluit wat het voor hun school betekent en wat er van hen wordt verwacht."
          en: "Fully: shortly after a decision, school leaders hear what it means for their school and what is expected of them."
        kern: true
      - id: inbreng
        text:
          nl: "Het bestuur brengt ervaringen en vragen van de eigen scholen actief in bij het partnerschap."
          en: "The board actively brings the experiences and questions of its own schools to the partnership."
        help:
          nl: "Denk aan: knelpunten rond stages of starters worden niet alleen intern opgelost, maar ook gedeeld zodat het partnerschap ervan leert."
          en: "Think of: problems with placements or starters are not only solved internally but also shared so the partnership can learn from them."
      - id: mandaat
        text:
          nl: "Wie het bestuur vertegenwoordigt in het partnerschap, heeft voldoende mandaat om daar afspraken te maken."
          en: "Whoever represents the board in the partnership has enough mandate to make agreements there."
        help:
          nl: "Volledig: afspraken in het partnerschap hoeven niet telkens opnieuw binnen het bestuur te worden bevestigd voordat er iets kan gebeuren."
          en: "Fully: agreements made in the partnership do not need to be confirmed again within the board each time before anything can happen."
      - id: regionaal
        text:
          nl: "Het bestuur draagt bij aan de ontwikkeling van het partnerschap als geheel, ook waar dat het eigen belang overstijgt."
          en: "The board contributes to the development of the partnership as a whole, also where this goes beyond its own interest."
        help:
          nl: "Denk aan meedenken over regionale vraagstukken zoals het lerarentekort, kennis delen met andere besturen of bijdragen aan gezamenlijke activiteiten."
          en: "Think of helping to address regional issues such as the teacher shortage, sharing knowledge with other boards or contributing to joint activities."

  # ------------------------------------------------------------------
  - id: middelen
    title: {nl: "Financiële afspraken", en: "Financial agreements"}
    description:
      nl: "Is er een herkenbaar budget voor Samen Opleiden, zijn er afspraken over de verdeling van middelen, en weten de scholen wat zij kunnen inzetten?"
      en: "Is there a recognisable budget for Samen Opleiden, are there agreements on how funds are divided, and do the schools know what they can use?"
    questions:
      - id: begroting
        text:
          nl: "De begroting van het bestuur bevat een herkenbaar budget voor Samen Opleiden."
          en: "The board's budget contains a recognisable budget for Samen Opleiden."
        help:
          nl: "Volledig: het budget staat zichtbaar in de (meerjaren)begroting en dekt facilitering, professionalisering en deelname aan het partnerschap."
          en: "Fully: the budget is visible in the (multi-year) budget and covers hours for training and supervision (facilitering), professional development and taking part in the partnership."
        kern: true
        evidence: required
      - id: verdeling
        text:
          nl: "Er zijn schriftelijke afspraken over de verdeling van middelen tussen partnerschap, bestuur en scholen."
          en: "There are written agreements on how funds are divided between the partnership, the board and the schools."
        help:
          nl: "Denk aan: welk deel van de middelen naar de scholen gaat, waarvoor, en hoe dat per school wordt bepaald."
          en: "Think of: which part of the funds goes to the schools, for what, and how this is decided per school."
        kern: true
        evidence: optional
      - id: inzicht
        text:
          nl: "Het bestuur weet welke middelen het partnerschap ontvangt en hoe die bij de eigen scholen terechtkomen."
          en: "The board knows which funds the partnership receives and how they reach its own schools."
        help:
          nl: "Bijvoorbeeld subsidie voor samen opleiden en professionaliseren: het bestuur kan uitleggen waar het geld naartoe gaat."
          en: "For example grants for training and professional development together: the board can explain where the money goes."
      - id: scholen-weten
        text:
          nl: "Schoolleiders weten welk budget en welke uren zij voor opleiden en begeleiden kunnen inzetten."
          en: "School leaders know which budget and which hours they can use for training and supervision."
        help:
          nl: "Volledig: schoolleiders kennen het bedrag of de uren bij de start van het schooljaar en kunnen daarmee plannen."
          en: "Fully: school leaders know the amount or the hours at the start of the school year and can plan with them."
      - id: duurzaam
        text:
          nl: "De financiering van Samen Opleiden is voor meerdere jaren geborgd en hangt niet alleen af van tijdelijke middelen."
          en: "The funding of Samen Opleiden is secured for several years and does not depend on temporary funds only."
        help:
          nl: "Denk aan: wat gebeurt er met de begeleiding van studenten en starters als een subsidie stopt?"
          en: "Think of: what happens to the supervision of students and starters if a grant ends?"
        note: required
      - id: verantwoording
        text:
          nl: "Het bestuur verantwoordt jaarlijks hoe de middelen voor Samen Opleiden zijn besteed."
          en: "Every year the board reports how the funds for Samen Opleiden were spent."
        help:
          nl: "Bijvoorbeeld in het jaarverslag van het bestuur of in de bijdrage aan het jaarverslag van het partnerschap."
          en: "For example in the board's annual report or in its contribution to the partnership's annual report."
        evidence: optional

  # ------------------------------------------------------------------
  - id: betrokkenheid
    title: {nl: "Teams en MR betrokken", en: "Teams and participation council involved"}
    description:
      nl: "Zijn de teams en de medezeggenschap (MR en GMR) geïnformeerd over Samen Opleiden en worden zij erbij betrokken?"
      en: "Have the teams and the participation councils (MR and GMR) been informed about Samen Opleiden, and are they involved in it?"
    questions:
      - id: teams-geinformeerd
        text:
          nl: "De teams van alle scholen zijn geïnformeerd over de deelname aan Samen Opleiden en wat die voor hen betekent."
          en: "The teams of all schools have been informed about taking part in Samen Opleiden and what it means for them."
        help:
          nl: "Volledig: in elke school is het in een teamvergadering besproken, niet alleen per mail gemeld."
          en: "Fully: it has been discussed at a team meeting in every school, not only announced by email."
        kern: true
      - id: teams-betrokken
        text:
          nl: "Leraren worden betrokken bij de manier waarop hun school opleidt en begeleidt."
          en: "Teachers are involved in the way their school trains and supervises."
        help:
          nl: "Denk aan: het team denkt mee over het werkplekcurriculum, de ontvangst van studenten of de begeleiding van starters."
          en: "Think of: the team helps shape the workplace curriculum, the welcome of students or the supervision of starters."
      - id: mr-geinformeerd
        text:
          nl: "De MR en de GMR zijn geïnformeerd over de deelname aan Samen Opleiden."
          en: "The participation councils (MR and GMR) have been informed about taking part in Samen Opleiden."
        help:
          nl: "Volledig: de deelname is als agendapunt besproken en staat in de notulen. Heeft het bestuur één school, denk dan alleen aan de MR."
          en: "Fully: taking part has been on the agenda and is recorded in the minutes. If the board has one school, think of the MR only."
        kern: true
        evidence: optional
      - id: mr-advies
        text:
          nl: "Waar dat nodig is, heeft de MR of GMR advies gegeven over of ingestemd met besluiten die met Samen Opleiden samenhangen."
          en: "Where required, the MR or GMR has advised on or consented to decisions related to Samen Opleiden."
        help:
          nl: "Denk aan besluiten over taakbeleid, formatie of professionalisering waarvoor advies- of instemmingsrecht geldt. Licht toe om welke besluiten het ging."
          en: "Think of decisions on task policy, staffing or professional development that require advice or consent. Explain which decisions these were."
        note: required
        evidence: optional
      - id: communicatie
        text:
          nl: "Er is een vaste manier waarop teams op de hoogte blijven van ontwikkelingen in het partnerschap."
          en: "There is a regular way in which teams are kept informed about developments in the partnership."
        help:
          nl: "Bijvoorbeeld een vast punt in de teamvergadering, een nieuwsbrief of een terugkoppeling door de schoolopleider."
          en: "For example a fixed item in the team meeting, a newsletter or an update from the school-based teacher educator."
      - id: ouders
        text:
          nl: "Ouders weten dat de school een opleidingsschool is en dat studenten in de groepen meewerken."
          en: "Parents know that the school is a training school and that students work in the classes."
        help:
          nl: "Denk aan de schoolgids, de nieuwsbrief of een voorstelrondje van studenten aan het begin van hun stage."
          en: "Think of the school guide, the newsletter or students introducing themselves at the start of their placement."
      - id: wat-helpt
        type: text
        required: false
        text:
          nl: "Wat zou helpen om teams en medezeggenschap meer bij Samen Opleiden te betrekken?"
          en: "What would help to involve teams and the participation councils more in Samen Opleiden?"

rules:
  - id: visie-onderschrijven
    theme: visie
    when: "answer(visie.visie-onderschreven) <= 2 and score(visie) < 3"
    development_point:
      title: {nl: "Onderschrijf de visie van het partnerschap", en: "Endorse the partnership's vision"}
      text:
        nl: "Een gedeelde visie is het vertrekpunt van samen opleiden: zonder die basis worden afspraken over stages, begeleiding en inductie losse activiteiten die afhangen van enkele personen."
        en: "A shared vision is the starting point of training together: without it, agreements on placements, supervision and induction become loose activities that depend on a few people."
      actions:
        - {nl: "Bespreek de visie en het beroepsbeeld van het partnerschap in het bestuur en met de schoolleiders", en: "Discuss the partnership's vision and professional profile in the board and with the school leaders"}
        - {nl: "Leg in een bestuursbesluit vast dat het bestuur de visie onderschrijft", en: "Record in a board decision that the board endorses the vision"}
        - {nl: "Beschrijf per school in een paar zinnen wat de visie voor de praktijk betekent", en: "Describe per school in a few sentences what the vision means in practice"}
      priority: hoog
    panel_question:
      nl: "Wat spreekt het bestuur aan in de visie van het partnerschap, en waar ziet het nog vragen of spanning met de eigen koers?"
      en: "What appeals to the board in the partnership's vision, and where does it still see questions or tension with its own course?"

  - id: beleidsplan-verankeren
    theme: strategisch-beleid
    when: "answer(strategisch-beleid.beleidsplan) <= 2"
    development_point:
      title: {nl: "Veranker Samen Opleiden in het strategisch beleid", en: "Anchor Samen Opleiden in strategic policy"}
      text:
        nl: "Wat in het strategisch beleidsplan staat, krijgt tijd, geld en aandacht. Zonder plek in het plan blijft Samen Opleiden kwetsbaar bij wisselingen van personen en bij krappe begrotingen."
        en: "What is in the strategic plan gets time, money and attention. Without a place in the plan, Samen Opleiden stays vulnerable when people change and budgets are tight."
      actions:
        - {nl: "Neem Samen Opleiden op in het strategisch beleidsplan, met doelen voor de planperiode", en: "Include Samen Opleiden in the strategic plan, with goals for the plan period"}
        - {nl: "Benoem wie binnen het bestuur eigenaar is van Samen Opleiden", en: "Name who within the board owns Samen Opleiden"}
        - {nl: "Vertaal de doelen naar het jaarplan en de schoolplannen", en: "Translate the goals into the annual plan and the school plans"}
      priority: hoog

  - id: nieuw-beleidsplan
    theme: strategisch-beleid
    when: "answer(strategisch-beleid.nieuw-plan) == true"
    panel_question:
      nl: "Het bestuur schrijft binnenkort een nieuw strategisch beleidsplan. Welke plek krijgt Samen Opleiden daarin, en wie denkt erover mee?"
      en: "The board will soon write a new strategic plan. What place will Samen Opleiden have in it, and who will contribute to it?"

  - id: afspraken-vastleggen
    theme: afspraken
    when: "count_at_most(afspraken, 2) >= 3"
    development_point:
      title: {nl: "Leg taken en verantwoordelijkheden vast", en: "Record tasks and responsibilities"}
      text:
        nl: "Op meerdere punten zijn de afspraken tussen bestuur, scholen en pabo nog niet (volledig) vastgelegd. Heldere afspraken voorkomen dat studenten en starters tussen wal en schip raken en maken duidelijk wie waarop aanspreekbaar is."
        en: "On several points the agreements between the board, the schools and the pabo are not yet (fully) recorded. Clear agreements prevent students and starters from falling through the cracks and make clear who is responsible for what."
      actions:
        - {nl: "Maak samen met de pabo een overzicht van taken en verantwoordelijkheden per partij", en: "Draw up an overview of tasks and responsibilities per party together with the pabo"}
        - {nl: "Spreek met elke school af wat er binnen Samen Opleiden van de school wordt verwacht", en: "Agree with each school what is expected of it within Samen Opleiden"}
        - {nl: "Leg vast welke stappen worden gezet als een stage of begeleiding niet goed verloopt", en: "Record which steps are taken when a placement or supervision does not go well"}
      priority: hoog
    panel_question:
      nl: "Stel dat een stage vastloopt: wie doet dan wat, en hoe weet iedereen dat?"
      en: "Suppose a placement runs into trouble: who does what, and how does everyone know?"

  - id: afspraken-een-school
    theme: afspraken
    when: "nvt(afspraken.scholen-afspraken)"
    panel_question:
      nl: "Afspraken per school zijn als niet van toepassing aangegeven. Hoe zijn de verwachtingen aan de school of scholen dan vastgelegd, en wie bewaakt ze?"
      en: "Agreements per school were marked as not applicable. How are the expectations of the school or schools recorded then, and who keeps track of them?"

  - id: bestuurder-sturing
    theme: sturing
    when: 'role() == "bestuurder" and score(sturing) < 3'
    development_point:
      title: {nl: "Versterk de deelname aan het partnerschap", en: "Strengthen taking part in the partnership"}
      text:
        nl: "De bestuurder ziet zelf ruimte om actiever deel te nemen aan de sturing van het partnerschap. Het partnerschap groeit naar alle besturen van de regio; dat vraagt dat elk bestuur meedenkt en besluiten ook in de eigen scholen laat landen."
        en: "The board member sees room to take a more active part in the governance of the partnership. The partnership is growing to all boards in the region; that requires every board to think along and to make decisions land in its own schools."
      actions:
        - {nl: "Maak afspraken over wie het bestuur vertegenwoordigt in het bestuurlijk overleg en in werkgroepen, met voldoende mandaat", en: "Agree who represents the board in the governance meetings and working groups, with enough mandate"}
        - {nl: "Maak het doorvertalen van besluiten van het partnerschap een vast punt in het schoolleidersoverleg", en: "Make translating the partnership's decisions a fixed item in the school leaders' meeting"}
      priority: midden
    panel_question:
      nl: "Wat heeft het bestuur nodig om actiever mee te sturen in het partnerschap, en wat wil het daar inbrengen?"
      en: "What does the board need to take a more active part in steering the partnership, and what does it want to bring in?"

  - id: middelen-borgen
    theme: middelen
    when: "answer(middelen.begroting) <= 2 and score(middelen) < 3"
    development_point:
      title: {nl: "Borg de middelen voor Samen Opleiden", en: "Secure the funds for Samen Opleiden"}
      text:
        nl: "Zonder herkenbaar budget en duidelijke verdeling is niet zeker dat scholen de tijd hebben om studenten en starters goed te begeleiden, zeker niet als tijdelijke middelen stoppen."
        en: "Without a recognisable budget and a clear division it is not certain that schools have the time to supervise students and starters well, especially when temporary funds end."
      actions:
        - {nl: "Neem een herkenbare post voor Samen Opleiden op in de meerjarenbegroting", en: "Include a recognisable item for Samen Opleiden in the multi-year budget"}
        - {nl: "Leg vast hoe middelen over de scholen worden verdeeld en maak dat bekend bij de schoolleiders", en: "Record how funds are divided over the schools and make this known to the school leaders"}
        - {nl: "Maak een scenario voor het moment dat tijdelijke middelen wegvallen", en: "Prepare a scenario for when temporary funds end"}
      priority: hoog
    panel_question:
      nl: "Wat gebeurt er met de begeleiding van studenten en starters als tijdelijke middelen stoppen?"
      en: "What happens to the supervision of students and starters when temporary funds end?"

  - id: teams-mr-betrekken
    theme: betrokkenheid
    when: "answer(betrokkenheid.mr-geinformeerd) <= 2 or (answer(visie.teams-kennen) <= 2 and answer(betrokkenheid.teams-geinformeerd) <= 2)"
    development_point:
      title: {nl: "Betrek teams en medezeggenschap", en: "Involve teams and participation councils"}
      text:
        nl: "Samen Opleiden gebeurt in de groepen, door leraren. Als teams en medezeggenschap niet weten wat er speelt, ontbreekt het draagvlak dat nodig is om studenten en starters goed op te vangen."
        en: "Samen Opleiden happens in the classrooms, through teachers. If teams and participation councils do not know what is going on, the support needed to welcome students and starters well is missing."
      actions:
        - {nl: "Bespreek Samen Opleiden in elke school in een teamvergadering", en: "Discuss Samen Opleiden in a team meeting at every school"}
        - {nl: "Zet de deelname aan het partnerschap op de agenda van de MR en GMR", en: "Put taking part in the partnership on the agenda of the MR and GMR"}
        - {nl: "Spreek een vaste manier af om teams op de hoogte te houden, bijvoorbeeld via de schoolopleider", en: "Agree on a regular way to keep teams informed, for example through the school-based teacher educator"}
      priority: midden

  - id: visie-sterk
    theme: visie
    when: "score(visie) >= 3.5 and score(strategisch-beleid) >= 3.5"
    strength:
      nl: "De visie van het partnerschap wordt gedeeld en is stevig verankerd in het strategisch beleid van het bestuur."
      en: "The partnership's vision is shared and firmly anchored in the board's strategic policy."

  - id: sturing-sterk
    theme: sturing
    when: "score(sturing) >= 3.5 and answer(sturing.besluiten-doorvertalen) >= 3"
    strength:
      nl: "Het bestuur neemt actief deel aan de sturing van het partnerschap en zorgt dat besluiten in de scholen aankomen."
      en: "The board takes an active part in the governance of the partnership and makes sure decisions reach the schools."

"""##),
        ("questionnaires/waarborg-1/2.0.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-1
version: 2.0.0
safeguard: 1
title: {nl: "Waarborg 1 — Gedeelde visie en verantwoordelijkheid", en: "Safeguard 1 — Shared vision and responsibility"}
language: nl
languages: [nl, en]
description:
  nl: "De vier waarborgen in deze vragenlijsten zijn de eigen vertaling van het partnerschap Samen Opleiden regio West-Brabant van het Kwaliteitskader Samen Opleiden & Inductie (vastgesteld in 2020, herzien in december 2021) — versie 2.0.0 van de vragenlijsten, december 2026. Het is niet de tekst van het kader zelf. Dit deel gaat over de basis van de samenwerking: deelt het bestuur de visie van het partnerschap, zijn bestuur en pabo samen eigenaar van het opleiden, en is dat terug te zien in het strategisch beleid, in afspraken op papier, in het meesturen in het partnerschap, in de begroting en in de betrokkenheid van teams en medezeggenschap? De antwoorden zijn input voor het gesprek met het panel, geen oordeel. Je krijgt alleen de vragen die bij jouw rol passen; kun je iets niet beoordelen, kies dan ‘Weet ik niet / geen zicht op’: ook dat zegt iets."
  en: "The four safeguards in these questionnaires are the partnership Samen Opleiden regio West-Brabant's own translation of the Kwaliteitskader Samen Opleiden & Inductie (adopted in 2020, revised in December 2021) — version 2.0.0 of the questionnaires, December 2026. It is not the framework's own text. This part is about the foundation of the partnership: does the board share the partnership's vision, do the board and the pabo own teacher education together, and does this show in the strategic policy, in written agreements, in helping to steer the partnership, in the budget and in the involvement of teams and participation councils? The answers are input for the conversation with the panel, not a verdict. You only get the questions that fit your role; if you cannot judge something, choose 'Don't know / no view of it': that tells something too."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}
    - {key: "w", label: {nl: "Weet ik niet / geen zicht op", en: "Don't know / no view of it"}, unknown: true}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.25}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.25, below: 3.0}
    - {id: verankerd, label: {nl: "Verankerd", en: "Embedded"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

# Who answers what: the bestuurder answers what the board decided (vision, strategic plan,
# governance, participation council); staf and projectleider what has been arranged
# (agreements, budget); the bovenschools schoolopleider and the schoolleider how it lands in
# the schools; the mentor (werkplekbegeleider) and the leraar how it is in their own team; the instituutsopleider the
# cooperation with the pabo. Every board-level statement with evidence is answered by at
# least two roles. Budget: at most 6 minutes per role (waarborg list --roles).

themes:
  # ------------------------------------------------------------------
  - id: visie
    title: {nl: "Gedeelde visie en beroepsbeeld", en: "Shared vision and professional profile"}
    description:
      nl: "Onderschrijft het bestuur de gezamenlijke visie van het partnerschap op opleiden, inductie en professionele ontwikkeling, en is die visie in de scholen terug te zien?"
      en: "Does the board endorse the partnership's shared vision on teacher education, induction and professional development, and does that vision show in the schools?"
    roles: [bestuurder, bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
    questions:
      - id: visie-onderschreven
        roles: [bestuurder, bovenschools-schoolopleider]
        text:
          nl: "Het bestuur heeft de gezamenlijke visie van het partnerschap op opleiden, inductie en professionele ontwikkeling besproken en formeel onderschreven."
          en: "The board has discussed and formally endorsed the partnership's shared vision on teacher education, induction and professional development."
        help:
          nl: "Volledig: er is een bestuursbesluit, en het bestuur kan uitleggen wat de visie voor de eigen scholen betekent. Noem bij 3 of 4 het besluit of het verslag waarin het staat."
          en: "Fully: there is a board decision, and the board can explain what the vision means for its own schools. With 3 or 4, name the decision or the minutes in which it is recorded."
        kern: true
        note: none
        evidence: {required: true, for: ["3", "4"]}
      - id: beroepsbeeld
        roles: [bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, instituutsopleider]
        text:
          nl: "Bij het opleiden en begeleiden van studenten en starters is het beroepsbeeld van het partnerschap bij ons het gezamenlijke uitgangspunt."
          en: "In training and supervising students and starters, the partnership's professional profile is our shared starting point."
        help:
          nl: "Denk aan: schoolopleider, mentor (werkplekbegeleider) en instituutsopleider gebruiken hetzelfde beroepsbeeld in gesprekken met studenten en starters, en het komt terug in ontwikkelgesprekken."
          en: "Think of: the school-based teacher educator, the mentor (workplace supervisor) and the pabo's teacher educator use the same professional profile in conversations with students and starters, and it returns in development conversations."
      - id: gezamenlijke-taak
        roles: [schoolleider, schoolopleider, werkplekbegeleider, leraar, anders]
        text:
          nl: "In onze school is opleiden een taak van het hele team: een student is een lerende collega, niet de zaak van een paar enthousiaste collega's."
          en: "In our school training is a task of the whole team: a student is a learning colleague, not the business of a few enthusiastic colleagues."
        help:
          nl: "Denk aan: studenten doen mee in teamvergaderingen en op studiedagen, en ook collega's die geen mentor zijn laten hen meekijken en denken met hen mee."
          en: "Think of: students take part in team meetings and study days, and colleagues who are not mentors also let them observe and think along with them."

  # ------------------------------------------------------------------
  - id: samen-met-pabo
    title: {nl: "Samen met de pabo: gedeeld eigenaarschap", en: "Together with the pabo: joint ownership"}
    description:
      nl: "Zijn bestuur, scholen en pabo samen verantwoordelijk voor het opleiden, nemen zij samen besluiten, en is de pabo een partner in plaats van een leverancier van studenten?"
      en: "Are the board, the schools and the pabo jointly responsible for teacher education, do they take decisions together, and is the pabo a partner rather than a supplier of students?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, instituutsopleider]
    questions:
      - id: gedeelde-verantwoordelijkheid
        text:
          nl: "Bestuur en pabo zijn samen verantwoordelijk voor het opleiden van leraren in onze scholen: de pabo is partner, geen leverancier van studenten."
          en: "The board and the pabo are jointly responsible for training teachers in our schools: the pabo is a partner, not a supplier of students."
        help:
          nl: "Volledig: bestuur, scholen en pabo spreken van ‘onze studenten’; de scholen denken mee over wat en hoe er wordt opgeleid, en als het opleiden van een student vastloopt, pakken school en pabo dat samen op."
          en: "Fully: the board, the schools and the pabo speak of 'our students'; the schools help decide what is taught and how, and when a student's training runs into trouble, the school and the pabo deal with it together."
        kern: true
      - id: samen-besluiten
        roles: [bovenschools-schoolopleider, schoolleider, schoolopleider, instituutsopleider]
        text:
          nl: "Besluiten over het opleiden in onze scholen, zoals het aantal opleidingsplaatsen, het werkplekcurriculum en de beoordeling van studenten, nemen school en pabo samen."
          en: "Decisions on training in our schools, such as the number of training places, the workplace curriculum and the assessment of students, are taken by the school and the pabo together."
        help:
          nl: "Volledig: de pabo legt niets eenzijdig op en de school beslist niet alleen; besluiten worden samen voorbereid, bijvoorbeeld in het overleg van schoolopleiders en instituutsopleiders."
          en: "Fully: the pabo imposes nothing on its own and the school does not decide alone; decisions are prepared together, for example in the meeting of school-based and pabo teacher educators."
      - id: instituutsopleider
        roles: [bovenschools-schoolopleider, schoolleider, schoolopleider, instituutsopleider]
        text:
          nl: "De instituutsopleider is in onze scholen een bekend gezicht en werkt als collega mee aan het opleiden, zoals met de pabo is afgesproken."
          en: "The pabo's teacher educator (instituutsopleider) is a familiar face in our schools and works as a colleague on training, as agreed with the pabo."
        help:
          nl: "Denk aan: de instituutsopleider komt regelmatig op school, kent het team, denkt mee over het werkplekcurriculum en voert samen met de schoolopleider gesprekken met studenten. Ben je zelf instituutsopleider, denk dan aan de scholen van dit bestuur waar je komt."
          en: "Think of: the pabo's teacher educator visits the school regularly, knows the team, helps shape the workplace curriculum and holds conversations with students together with the school-based teacher educator. If you are the pabo's teacher educator yourself, think of the schools of this board that you visit."

  # ------------------------------------------------------------------
  - id: strategisch-beleid
    title: {nl: "Samen Opleiden in het strategisch beleid", en: "Samen Opleiden in strategic policy"}
    description:
      nl: "Heeft Samen Opleiden een vaste plek in het strategisch beleid van het bestuur, met doelen en een duidelijke eigenaar?"
      en: "Does Samen Opleiden have a permanent place in the board's strategic policy, with goals and a clear owner?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, instituutsopleider]
    questions:
      - id: beleidsplan
        roles: [bestuurder, projectleider]
        text:
          nl: "Het strategisch beleidsplan van het bestuur beschrijft Samen Opleiden als onderdeel van het personeels- en kwaliteitsbeleid, met doelen voor de planperiode."
          en: "The board's strategic plan describes Samen Opleiden as part of its staff and quality policy, with goals for the plan period."
        help:
          nl: "Volledig: het plan noemt opleiden, inductie en professionalisering in het partnerschap, met doelen die na een jaar te toetsen zijn, bijvoorbeeld over opleidingsplaatsen, starters of het behoud van leraren. Noem bij 3 of 4 het plan en de paragraaf."
          en: "Fully: the plan mentions teacher education, induction and professional development in the partnership, with goals that can be checked after a year, for example on training places, starters or teacher retention. With 3 or 4, name the plan and the section."
        kern: true
        note: none
        evidence: {required: true, for: ["3", "4"]}
      - id: nieuw-plan
        type: yesno
        roles: [bestuurder, projectleider]
        text:
          nl: "Schrijft het bestuur in het komende jaar een nieuw strategisch beleidsplan?"
          en: "Will the board write a new strategic plan in the coming year?"
        help:
          nl: "Dan is dat een goed moment om Samen Opleiden een vaste plek te geven."
          en: "That would be a good moment to give Samen Opleiden a permanent place."
        note: none
        show_if: "answer(strategisch-beleid.beleidsplan) <= 2"
      - id: portefeuille
        roles: [staf, schoolleider, instituutsopleider]
        text:
          nl: "Het is duidelijk wie binnen het bestuur Samen Opleiden in portefeuille heeft en daarop aanspreekbaar is."
          en: "It is clear who within the board holds the Samen Opleiden portfolio and is accountable for it."
        help:
          nl: "Volledig: schoolleiders, schoolopleiders en de pabo weten wie dat is en weten die persoon te vinden."
          en: "Fully: school leaders, school-based teacher educators and the pabo know who it is and know how to reach that person."
        note: none
      - id: werving-behoud
        roles: [bestuurder, staf]
        text:
          nl: "Het strategisch personeelsbeleid verbindt Samen Opleiden met het werven, behouden en laten doorgroeien van leraren."
          en: "The strategic staff policy links Samen Opleiden to recruiting, retaining and developing teachers."
        help:
          nl: "Denk aan: studenten worden gezien als toekomstige collega's, en rollen als schoolopleider en mentor horen bij de loopbaanmogelijkheden van leraren."
          en: "Think of: students are seen as future colleagues, and roles such as school-based teacher educator and mentor are part of teachers' career options."

  # ------------------------------------------------------------------
  - id: afspraken
    title: {nl: "Afspraken op papier", en: "Agreements in writing"}
    description:
      nl: "Zijn de taken en verantwoordelijkheden van bestuur, scholen en pabo schriftelijk vastgelegd, en handelen de scholen ernaar?"
      en: "Are the tasks and responsibilities of the board, the schools and the pabo recorded in writing, and do the schools act on them?"
    roles: [staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, instituutsopleider]
    questions:
      - id: overeenkomst
        roles: [staf, projectleider, bovenschools-schoolopleider]
        text:
          nl: "De taken en verantwoordelijkheden van bestuur, scholen en pabo zijn schriftelijk vastgelegd, in een samenwerkingsovereenkomst die het bestuur heeft ondertekend."
          en: "The tasks and responsibilities of the board, the schools and the pabo are recorded in writing, in a cooperation agreement signed by the board."
        help:
          nl: "Denk aan: wie zorgt voor opleidingsplaatsen, wie begeleidt, wie beoordeelt, en wie aanspreekbaar is als het niet goed loopt. Voor een bestuur dat net instapt, kan de overeenkomst nog in voorbereiding zijn: kies dan 2. Noem bij 3 of 4 de overeenkomst en de datum."
          en: "Think of: who provides training places, who supervises, who assesses, and who is responsible when things go wrong. For a board that is just joining, the agreement may still be in preparation: then choose 2. With 3 or 4, name the agreement and its date."
        kern: true
        note: none
        evidence: {required: true, for: ["3", "4"]}
      - id: scholen-afspraken
        roles: [bovenschools-schoolopleider, schoolleider]
        text:
          nl: "Het bestuur heeft met elke school vastgelegd wat er binnen Samen Opleiden van de school wordt verwacht."
          en: "The board has recorded with each school what is expected of the school within Samen Opleiden."
        help:
          nl: "Bijvoorbeeld het aantal opleidingsplaatsen, de inzet van een schoolopleider en de begeleiding van starters. Schoolleider: denk aan je eigen school. Heeft het bestuur één school, kies dan ‘Niet van toepassing’."
          en: "For example the number of training places, the deployment of a school-based teacher educator and the supervision of starters. School leader: think of your own school. If the board has one school, choose 'Not applicable'."
        note: none
        evidence: {required: true, for: ["3", "4"]}
      - id: bekend
        roles: [schoolleider, schoolopleider, instituutsopleider]
        text:
          nl: "In onze scholen kennen we de afspraken met bestuur en pabo en handelen we ernaar."
          en: "In our schools we know the agreements with the board and the pabo and act on them."
        help:
          nl: "Volledig: de afspraken zijn besproken in het schoolleidersoverleg en met de schoolopleiders, en zijn voor iedereen terug te vinden."
          en: "Fully: the agreements have been discussed in the school leaders' meeting and with the school-based teacher educators, and everyone can find them."

  # ------------------------------------------------------------------
  - id: sturing
    title: {nl: "Meesturen in het partnerschap", en: "Helping to steer the partnership"}
    description:
      nl: "Neemt het bestuur actief deel aan het bestuurlijk overleg en de werkgroepen van het partnerschap, en komen besluiten ook in de scholen aan?"
      en: "Does the board take an active part in the partnership's governance meetings and working groups, and do decisions reach the schools?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider]
    questions:
      - id: overleg
        roles: [bestuurder, projectleider]
        text:
          nl: "Het bestuur neemt actief deel aan het bestuurlijk overleg van het partnerschap, met een vertegenwoordiger die mandaat heeft om daar afspraken te maken."
          en: "The board takes an active part in the partnership's governance meetings, with a representative who has the mandate to make agreements there."
        help:
          nl: "Volledig: het bestuur is vrijwel altijd aanwezig, heeft zich voorbereid, brengt de inbreng van de eigen scholen mee, en afspraken hoeven niet eerst nog binnen het bestuur te worden bevestigd."
          en: "Fully: the board is almost always present, has prepared, brings in the views of its own schools, and agreements do not first need to be confirmed again within the board."
        kern: true
      - id: inbreng
        roles: [projectleider, bovenschools-schoolopleider]
        text:
          nl: "Het bestuur werkt mee in de projectgroep of werkgroepen van het partnerschap en brengt daar de ervaringen en vragen van de eigen scholen in."
          en: "The board works in the partnership's project group or working groups and brings in the experiences and questions of its own schools there."
        help:
          nl: "Denk aan een stafmedewerker, schoolleider of schoolopleider die namens het bestuur meedenkt, en aan knelpunten die niet alleen intern worden opgelost maar ook gedeeld, zodat het hele partnerschap ervan leert."
          en: "Think of a staff member, school leader or school-based teacher educator who contributes on behalf of the board, and of problems that are not only solved internally but also shared, so the whole partnership learns from them."
      - id: besluiten-doorvertalen
        roles: [bovenschools-schoolopleider, schoolleider, schoolopleider]
        text:
          nl: "Besluiten van het partnerschap komen tijdig bij onze school aan, met uitleg over wat ze voor ons betekenen."
          en: "Decisions of the partnership reach our school in good time, with an explanation of what they mean for us."
        help:
          nl: "Volledig: kort na een besluit weet de school wat er verandert en wat er van haar wordt verwacht, bijvoorbeeld via het schoolleidersoverleg of de bovenschools schoolopleider."
          en: "Fully: shortly after a decision the school knows what changes and what is expected of it, for example through the school leaders' meeting or the board-level school-based teacher educator."

  # ------------------------------------------------------------------
  - id: middelen
    title: {nl: "Financiële afspraken", en: "Financial agreements"}
    description:
      nl: "Is er een herkenbaar en duurzaam budget voor Samen Opleiden, en weten de scholen wat zij kunnen inzetten?"
      en: "Is there a recognisable and lasting budget for Samen Opleiden, and do the schools know what they can use?"
    roles: [staf, projectleider, bovenschools-schoolopleider, schoolleider]
    questions:
      - id: begroting
        roles: [staf, projectleider]
        text:
          nl: "De meerjarenbegroting van het bestuur bevat een herkenbaar budget voor Samen Opleiden, met afspraken over de verdeling over de scholen."
          en: "The board's multi-year budget contains a recognisable budget for Samen Opleiden, with agreements on how it is divided over the schools."
        help:
          nl: "Volledig: het budget dekt facilitering, professionalisering en deelname aan het partnerschap, hangt niet alleen af van tijdelijke middelen, en de verdeling over de scholen staat op papier. Noem bij 3 of 4 de begroting en de post."
          en: "Fully: the budget covers hours for training and supervision (facilitering), professional development and taking part in the partnership, does not depend on temporary funds only, and the division over the schools is written down. With 3 or 4, name the budget and the item."
        kern: true
        note: none
        evidence: {required: true, for: ["3", "4"]}
      - id: scholen-weten
        roles: [bovenschools-schoolopleider, schoolleider]
        text:
          nl: "Schoolleiders weten bij de start van het schooljaar welk budget en welke uren zij voor opleiden en begeleiden kunnen inzetten."
          en: "At the start of the school year, school leaders know which budget and which hours they can use for training and supervision."
        help:
          nl: "Volledig: de uren staan in het werkverdelingsplan en de schoolleider kan ermee plannen, ook als er tijdelijke middelen bij komen of wegvallen."
          en: "Fully: the hours are in the school's agreed division of work (werkverdelingsplan) and the school leader can plan with them, also when temporary funds are added or end."

  # ------------------------------------------------------------------
  - id: betrokkenheid
    title: {nl: "Teams en medezeggenschap", en: "Teams and participation councils"}
    description:
      nl: "Weten de teams wat Samen Opleiden voor hen betekent en denken zij mee, en is de medezeggenschap (MR en GMR) betrokken zoals het hoort?"
      en: "Do the teams know what Samen Opleiden means for them and do they have a say, and are the participation councils (MR and GMR) involved as they should be?"
    roles: [bestuurder, staf, schoolleider, schoolopleider, werkplekbegeleider, leraar, anders]
    questions:
      - id: teams-geinformeerd
        roles: [schoolopleider, werkplekbegeleider, leraar, anders]
        text:
          nl: "In onze school is in een teamvergadering besproken wat Samen Opleiden is en wat het voor ons team betekent."
          en: "In our school a team meeting has discussed what Samen Opleiden is and what it means for our team."
        help:
          nl: "Volledig: het is met het team besproken, niet alleen per mail gemeld, en je kunt in een paar zinnen uitleggen waarom het bestuur meedoet."
          en: "Fully: it has been discussed with the team, not only announced by email, and you can explain in a few sentences why the board takes part."
      - id: teams-betrokken
        roles: [schoolleider, schoolopleider, werkplekbegeleider, leraar, anders]
        text:
          nl: "Leraren denken mee over de manier waarop onze school opleidt en begeleidt."
          en: "Teachers help shape the way our school trains and supervises."
        help:
          nl: "Denk aan: het team denkt mee over het werkplekcurriculum, de ontvangst van studenten of de begeleiding van starters, en hoort geregeld wat er in het partnerschap speelt, bijvoorbeeld van de schoolopleider."
          en: "Think of: the team helps shape the workplace curriculum, the welcome of students or the supervision of starters, and regularly hears what is going on in the partnership, for example from the school-based teacher educator."
      - id: medezeggenschap
        roles: [bestuurder, staf, schoolleider]
        text:
          nl: "De medezeggenschap is geïnformeerd over de deelname aan Samen Opleiden, en heeft advies gegeven of ingestemd waar besluiten daarom vragen."
          en: "The participation council has been informed about taking part in Samen Opleiden, and has given advice or consent where decisions require it."
        help:
          nl: "Bestuurder en staf: denk aan de GMR; schoolleider: aan de MR van je school. Denk aan besluiten over formatie, professionalisering of het werkverdelingsplan: de (G)MR adviseert of stemt in, het bestuur stelt het besluit vast. Waren er nog geen besluiten die advies of instemming vroegen, beoordeel dan alleen of de (G)MR is geïnformeerd. Noem bij 3 of 4 het verslag waarin het staat."
          en: "Board member and staff: think of the GMR; school leader: of your school's MR. Think of decisions on staffing, professional development or the division of work (werkverdelingsplan): the council advises or consents, the board adopts the decision. If no decision has needed advice or consent yet, judge only whether the council has been informed. With 3 or 4, name the minutes in which it is recorded."
        kern: true
        note: none
        evidence: {required: true, for: ["3", "4"]}
      - id: wat-helpt
        type: text
        required: false
        roles: [schoolopleider, werkplekbegeleider, leraar, anders]
        text:
          nl: "Wat zou helpen om jouw team meer bij Samen Opleiden te betrekken?"
          en: "What would help to involve your team more in Samen Opleiden?"

  # ------------------------------------------------------------------
  - id: bestuursprofiel
    title: {nl: "Bestuursprofiel", en: "Board profile"}
    description:
      nl: "Een paar cijfers over het bestuur, zodat het panel weet over welke omvang het gaat. Deze cijfers tellen niet mee in een score. Een schatting is goed; weet je een getal niet, sla de vraag dan over."
      en: "A few figures about the board, so the panel knows the scale involved. These figures do not count in any score. An estimate is fine; if you do not know a figure, skip the question."
    roles: [bestuurder, staf, projectleider]
    questions:
      - id: scholen
        type: number
        min: 1
        max: 200
        required: false
        note: none
        text:
          nl: "Hoeveel scholen vallen onder het bestuur?"
          en: "How many schools does the board have?"
      - id: opleidingsplaatsen
        type: number
        min: 0
        max: 2000
        required: false
        note: none
        text:
          nl: "Hoeveel pabostudenten hebben in een schooljaar een opleidingsplaats op de scholen van het bestuur?"
          en: "How many pabo students have a training place at the board's schools in a school year?"
        help:
          nl: "Tel elke student één keer, ook als hij of zij het hele jaar blijft. Neem het huidige of het vorige schooljaar."
          en: "Count each student once, also when they stay the whole year. Take the current or the previous school year."
      - id: starters
        type: number
        min: 0
        max: 1000
        required: false
        note: none
        text:
          nl: "Hoeveel startende leraren (starters) beginnen er per schooljaar bij het bestuur?"
          en: "How many beginning teachers (starters) join the board per school year?"
        help:
          nl: "Leraren in hun eerste drie jaar van het beroep die dit schooljaar bij het bestuur zijn begonnen, ook zij-instromers."
          en: "Teachers in their first three years in the profession who joined the board this school year, career switchers included."
      - id: schoolopleiders
        type: number
        min: 0
        max: 200
        required: false
        note: none
        text:
          nl: "Hoeveel schoolopleiders van het bestuur hebben een opleiding tot schoolopleider afgerond?"
          en: "How many of the board's school-based teacher educators have completed a training as school-based teacher educator?"
      - id: mentoren
        type: number
        min: 0
        max: 2000
        required: false
        note: none
        text:
          nl: "Hoeveel mentoren van het bestuur zijn geschoold in het begeleiden van studenten?"
          en: "How many of the board's mentors have been trained in supervising students?"

rules:
  - id: visie-onderschrijven
    theme: visie
    when: "answer(visie.visie-onderschreven) <= 2 and score(visie) < 3"
    development_point:
      title: {nl: "Onderschrijf de gezamenlijke visie", en: "Endorse the shared vision"}
      text:
        nl: "Een gedeelde visie is het vertrekpunt van samen opleiden: zonder die basis worden afspraken over opleidingsplaatsen, begeleiding en inductie losse activiteiten die afhangen van enkele personen."
        en: "A shared vision is the starting point of training together: without it, agreements on training places, supervision and induction become loose activities that depend on a few people."
      actions:
        - {nl: "Bespreek de visie en het beroepsbeeld van het partnerschap in het bestuur en met de schoolleiders", en: "Discuss the partnership's vision and professional profile in the board and with the school leaders"}
        - {nl: "Leg in een bestuursbesluit vast dat het bestuur de visie onderschrijft", en: "Record in a board decision that the board endorses the vision"}
        - {nl: "Beschrijf per school in een paar zinnen wat de visie voor de praktijk betekent", en: "Describe per school in a few sentences what the vision means in practice"}
      priority: hoog
    panel_question:
      nl: "Wat spreekt het bestuur aan in de visie van het partnerschap, en waar ziet het nog vragen of spanning met de eigen koers?"
      en: "What appeals to the board in the partnership's vision, and where does it still see questions or tension with its own course?"

  - id: pabo-als-partner
    theme: samen-met-pabo
    when: "answer(samen-met-pabo.gedeelde-verantwoordelijkheid) <= 2 and score(samen-met-pabo) < 3"
    development_point:
      title: {nl: "Maak het opleiden een gezamenlijke zaak met de pabo", en: "Make training a joint matter with the pabo"}
      text:
        nl: "Samen opleiden betekent dat bestuur, scholen en pabo samen verantwoordelijk zijn. Zolang de pabo vooral studenten ‘aanlevert’ en de scholen ze ‘afnemen’, blijft het opleiden in de school los van de opleiding."
        en: "Training together means that the board, the schools and the pabo are jointly responsible. As long as the pabo mainly 'delivers' students and the schools 'take' them, training in the school stays separate from the programme."
      actions:
        - {nl: "Spreek met de pabo af welke besluiten over het opleiden school en pabo samen nemen, en waar", en: "Agree with the pabo which decisions on training the school and the pabo take together, and where"}
        - {nl: "Maak samen met de pabo afspraken over de rol van de instituutsopleider in elke school", en: "Agree with the pabo on the role of the pabo's teacher educator in each school"}
        - {nl: "Plan per schooljaar een gezamenlijke evaluatie van schoolopleiders en instituutsopleiders", en: "Plan a joint evaluation of school-based and pabo teacher educators every school year"}
      priority: hoog
    panel_question:
      nl: "Stel dat het opleiden van een student op een van de scholen van het bestuur vastloopt: wie pakt dat op, en hoe doen school en pabo dat samen?"
      en: "Suppose a student's training runs into trouble at one of the board's schools: who takes it up, and how do the school and the pabo do that together?"

  - id: beleidsplan-verankeren
    theme: strategisch-beleid
    when: "answer(strategisch-beleid.beleidsplan) <= 2"
    development_point:
      title: {nl: "Veranker Samen Opleiden in het strategisch beleid", en: "Anchor Samen Opleiden in strategic policy"}
      text:
        nl: "Wat in het strategisch beleidsplan staat, krijgt tijd, geld en aandacht. Zonder plek in het plan blijft Samen Opleiden kwetsbaar bij wisselingen van personen en bij krappe begrotingen."
        en: "What is in the strategic plan gets time, money and attention. Without a place in the plan, Samen Opleiden stays vulnerable when people change and budgets are tight."
      actions:
        - {nl: "Neem Samen Opleiden op in het strategisch beleidsplan, met doelen voor de planperiode", en: "Include Samen Opleiden in the strategic plan, with goals for the plan period"}
        - {nl: "Benoem wie binnen het bestuur eigenaar is van Samen Opleiden en maak dat bekend bij scholen en pabo", en: "Name who within the board owns Samen Opleiden and make this known to the schools and the pabo"}
        - {nl: "Vertaal de doelen naar het jaarplan en de schoolplannen", en: "Translate the goals into the annual plan and the school plans"}
      priority: hoog

  - id: nieuw-beleidsplan
    theme: strategisch-beleid
    when: "answer(strategisch-beleid.nieuw-plan) == true"
    panel_question:
      nl: "Het bestuur schrijft binnenkort een nieuw strategisch beleidsplan. Welke plek krijgt Samen Opleiden daarin, en wie denkt erover mee?"
      en: "The board will soon write a new strategic plan. What place will Samen Opleiden have in it, and who will contribute to it?"

  - id: geen-zicht-op-beleid
    theme: strategisch-beleid
    when: "unknown(strategisch-beleid.portefeuille) or unknown(afspraken.scholen-afspraken) or unknown(middelen.scholen-weten)"
    panel_question:
      nl: "Niet iedereen heeft zicht op wie Samen Opleiden in portefeuille heeft, wat er met de scholen is afgesproken of welke uren er zijn. Hoe horen schoolleiders en schoolopleiders wat het bestuur besluit?"
      en: "Not everyone can see who holds the Samen Opleiden portfolio, what has been agreed with the schools or which hours there are. How do school leaders and school-based teacher educators hear what the board decides?"

  - id: afspraken-vastleggen
    theme: afspraken
    when: "answer(afspraken.overeenkomst) <= 2 or answer(afspraken.scholen-afspraken) <= 2"
    development_point:
      title: {nl: "Leg taken en verantwoordelijkheden vast", en: "Record tasks and responsibilities"}
      text:
        nl: "De afspraken tussen bestuur, scholen en pabo staan nog niet (volledig) op papier. Heldere afspraken voorkomen dat studenten en starters tussen wal en schip raken en maken duidelijk wie waarop aanspreekbaar is."
        en: "The agreements between the board, the schools and the pabo are not yet (fully) written down. Clear agreements prevent students and starters from falling through the cracks and make clear who is responsible for what."
      actions:
        - {nl: "Maak samen met de pabo een overzicht van taken en verantwoordelijkheden per partij en neem dat op in de samenwerkingsovereenkomst", en: "Draw up an overview of tasks and responsibilities per party together with the pabo and include it in the cooperation agreement"}
        - {nl: "Leg met elke school vast wat er binnen Samen Opleiden van de school wordt verwacht", en: "Record with each school what is expected of it within Samen Opleiden"}
        - {nl: "Spreek af welke stappen school en pabo zetten als het opleiden van een student niet goed verloopt", en: "Agree which steps the school and the pabo take when a student's training does not go well"}
      priority: hoog
    panel_question:
      nl: "Stel dat de begeleiding van een student vastloopt: wie doet dan wat, en hoe weet iedereen dat?"
      en: "Suppose the supervision of a student runs into trouble: who does what, and how does everyone know?"

  - id: afspraken-een-school
    theme: afspraken
    when: "nvt(afspraken.scholen-afspraken)"
    panel_question:
      nl: "Afspraken per school zijn als niet van toepassing aangegeven. Hoe zijn de verwachtingen aan de school of scholen dan vastgelegd, en wie bewaakt ze?"
      en: "Agreements per school were marked as not applicable. How are the expectations of the school or schools recorded then, and who keeps track of them?"

  - id: bestuurder-sturing
    theme: sturing
    when: 'role() == "bestuurder" and score(sturing) < 3'
    development_point:
      title: {nl: "Versterk de deelname aan het partnerschap", en: "Strengthen taking part in the partnership"}
      text:
        nl: "De bestuurder ziet zelf ruimte om actiever deel te nemen aan de sturing van het partnerschap. Het partnerschap groeit naar alle besturen van de regio; dat vraagt dat elk bestuur meedenkt en besluiten ook in de eigen scholen laat landen."
        en: "The board member sees room to take a more active part in the governance of the partnership. The partnership is growing to all boards in the region; that requires every board to think along and to make decisions land in its own schools."
      actions:
        - {nl: "Maak afspraken over wie het bestuur vertegenwoordigt in het bestuurlijk overleg en in werkgroepen, met voldoende mandaat", en: "Agree who represents the board in the governance meetings and working groups, with enough mandate"}
        - {nl: "Maak het doorvertalen van besluiten van het partnerschap een vast punt in het schoolleidersoverleg", en: "Make translating the partnership's decisions a fixed item in the school leaders' meeting"}
      priority: midden
    panel_question:
      nl: "Wat heeft het bestuur nodig om actiever mee te sturen in het partnerschap, en wat wil het daar inbrengen?"
      en: "What does the board need to take a more active part in steering the partnership, and what does it want to bring in?"

  - id: middelen-borgen
    theme: middelen
    when: "answer(middelen.begroting) <= 2 and score(middelen) < 3"
    development_point:
      title: {nl: "Borg de middelen voor Samen Opleiden", en: "Secure the funds for Samen Opleiden"}
      text:
        nl: "Zonder herkenbaar budget en duidelijke verdeling is niet zeker dat scholen de tijd hebben om studenten en starters goed te begeleiden, zeker niet als tijdelijke middelen stoppen."
        en: "Without a recognisable budget and a clear division it is not certain that schools have the time to supervise students and starters well, especially when temporary funds end."
      actions:
        - {nl: "Neem een herkenbare post voor Samen Opleiden op in de meerjarenbegroting", en: "Include a recognisable item for Samen Opleiden in the multi-year budget"}
        - {nl: "Leg vast hoe middelen over de scholen worden verdeeld en maak dat bij de start van het schooljaar bekend bij de schoolleiders", en: "Record how funds are divided over the schools and make this known to the school leaders at the start of the school year"}
        - {nl: "Maak een scenario voor het moment dat tijdelijke middelen wegvallen", en: "Prepare a scenario for when temporary funds end"}
      priority: hoog
    panel_question:
      nl: "Wat gebeurt er met de begeleiding van studenten en starters als tijdelijke middelen stoppen?"
      en: "What happens to the supervision of students and starters when temporary funds end?"

  - id: teams-mr-betrekken
    theme: betrokkenheid
    when: "answer(betrokkenheid.medezeggenschap) <= 2 or answer(betrokkenheid.teams-geinformeerd) <= 2"
    development_point:
      title: {nl: "Betrek teams en medezeggenschap", en: "Involve teams and participation councils"}
      text:
        nl: "Samen Opleiden gebeurt in de groepen, door leraren. Als teams en medezeggenschap niet weten wat er speelt, ontbreekt het draagvlak dat nodig is om studenten en starters goed op te vangen."
        en: "Samen Opleiden happens in the classrooms, through teachers. If teams and participation councils do not know what is going on, the support needed to welcome students and starters well is missing."
      actions:
        - {nl: "Bespreek Samen Opleiden in elke school in een teamvergadering", en: "Discuss Samen Opleiden in a team meeting at every school"}
        - {nl: "Zet de deelname aan het partnerschap op de agenda van de GMR en de MR's, en vraag advies of instemming waar besluiten dat vragen, voordat het bestuur ze vaststelt", en: "Put taking part in the partnership on the agenda of the GMR and the MRs, and ask for advice or consent where decisions require it, before the board adopts them"}
        - {nl: "Spreek een vaste manier af om teams op de hoogte te houden, bijvoorbeeld via de schoolopleider", en: "Agree on a regular way to keep teams informed, for example through the school-based teacher educator"}
      priority: midden

  - id: visie-sterk
    theme: visie
    when: "score(visie) >= 3.5 and score(strategisch-beleid) >= 3.5"
    strength:
      nl: "De visie van het partnerschap wordt gedeeld en is stevig verankerd in het strategisch beleid van het bestuur."
      en: "The partnership's vision is shared and firmly anchored in the board's strategic policy."

  - id: pabo-sterk
    theme: samen-met-pabo
    when: "score(samen-met-pabo) >= 3.5"
    strength:
      nl: "Bestuur, scholen en pabo zijn samen eigenaar van het opleiden: de pabo is een partner, niet alleen een leverancier van studenten."
      en: "The board, the schools and the pabo own teacher education together: the pabo is a partner, not just a supplier of students."

  - id: sturing-sterk
    theme: sturing
    when: "score(sturing) >= 3.5 and answer(sturing.besluiten-doorvertalen) >= 3"
    strength:
      nl: "Het bestuur neemt actief deel aan de sturing van het partnerschap en zorgt dat besluiten in de scholen aankomen."
      en: "The board takes an active part in the governance of the partnership and makes sure decisions reach the schools."

migration:
  from: 1.0.0
  questions:
    # Kept in substance (same id; the scale gains 'Weet ik niet', the keys 1–4 and n are unchanged).
    visie.visie-onderschreven: {to: visie.visie-onderschreven}
    visie.beroepsbeeld: {to: visie.beroepsbeeld}
    visie.gezamenlijke-taak: {to: visie.gezamenlijke-taak}
    strategisch-beleid.beleidsplan: {to: strategisch-beleid.beleidsplan}
    strategisch-beleid.nieuw-plan: {to: strategisch-beleid.nieuw-plan}
    strategisch-beleid.portefeuille: {to: strategisch-beleid.portefeuille}
    strategisch-beleid.werving-behoud: {to: strategisch-beleid.werving-behoud}
    afspraken.overeenkomst: {to: afspraken.overeenkomst}
    afspraken.scholen-afspraken: {to: afspraken.scholen-afspraken}
    afspraken.bekend: {to: afspraken.bekend}
    sturing.overleg: {to: sturing.overleg}
    sturing.inbreng: {to: sturing.inbreng}
    sturing.besluiten-doorvertalen: {to: sturing.besluiten-doorvertalen}
    middelen.begroting: {to: middelen.begroting}
    middelen.scholen-weten: {to: middelen.scholen-weten}
    betrokkenheid.teams-geinformeerd: {to: betrokkenheid.teams-geinformeerd}
    betrokkenheid.teams-betrokken: {to: betrokkenheid.teams-betrokken}
    betrokkenheid.mr-geinformeerd: {to: betrokkenheid.medezeggenschap}
    betrokkenheid.wat-helpt: {to: betrokkenheid.wat-helpt}
    # Merged into a statement above: its answer says less than the new statement asks.
    visie.personeelsbeleid: drop
    visie.schoolleiders: drop
    visie.teams-kennen: drop
    visie.jaarlijks-gesprek: drop
    visie.in-eigen-woorden: drop
    strategisch-beleid.doelen: drop
    strategisch-beleid.schoolplannen: drop
    strategisch-beleid.jaarcyclus: drop
    strategisch-beleid.meerjarig: drop
    afspraken.taakverdeling: drop
    afspraken.aanspreekpunt: drop
    afspraken.knelpunten: drop
    afspraken.herzien: drop
    sturing.werkgroepen: drop
    sturing.mandaat: drop
    sturing.regionaal: drop
    middelen.verdeling: drop
    middelen.inzicht: drop
    middelen.duurzaam: drop
    middelen.verantwoording: drop
    betrokkenheid.mr-advies: drop
    betrokkenheid.communicatie: drop
    betrokkenheid.ouders: drop

"""##),
        ("questionnaires/waarborg-2/1.0.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-2
version: 1.0.0
safeguard: 2
title: {nl: "Waarborg 2 — Opleiden, begeleiden, beoordelen en inductie", en: "Safeguard 2 — Training, supervision, assessment and induction"}
language: nl
languages: [nl, en]
description:
  nl: "Dit deel gaat over het opleiden en begeleiden zelf: zijn er genoeg goede stageplaatsen, sluit wat studenten op de werkplek leren aan op de pabo, hoe worden studenten begeleid en beoordeeld, en hoe worden starters, deeltijdstudenten en zij-instromers begeleid? Er zijn geen goede of foute antwoorden: geef aan hoe het er nu voor staat, zoals jij het ziet. De uitkomsten zijn input voor het gesprek, geen oordeel."
  en: "This part is about training and supervision itself: are there enough good placements, does what students learn in the workplace match the pabo, how are students supervised and assessed, and how are beginning teachers, part-time students and career switchers supported? There are no right or wrong answers: describe how things stand now, as you see them. The results are input for the conversation, not a verdict."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.5}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.5, below: 3.0}
    - {id: op-orde, label: {nl: "Op orde", en: "In order"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

themes:
  # ------------------------------------------------------------------
  - id: stageplaatsen
    title: {nl: "Stageplaatsen", en: "Placements"}
    description:
      nl: "Biedt het bestuur genoeg goede stageplaatsen, verdeeld over de scholen en de studiejaren?"
      en: "Does the board offer enough good placements, spread over the schools and the years of study?"
    questions:
      - id: voldoende
        text:
          nl: "Het bestuur biedt het aantal stageplaatsen dat met het partnerschap is afgesproken."
          en: "The board offers the number of placements agreed with the partnership."
        help:
          nl: "Volledig: elk jaar zijn de afgesproken plaatsen op tijd beschikbaar, zonder dat de pabo daar steeds om hoeft te vragen."
          en: "Fully: every year the agreed placements are available in time, without the pabo having to keep asking for them."
        kern: true
        evidence: optional
      - id: aantal-studenten
        type: number
        min: 0
        max: 2000
        text:
          nl: "Hoeveel pabostudenten lopen dit studiejaar stage binnen het bestuur?"
          en: "How many pabo students have a placement within the board this year?"
        help:
          nl: "Tel voltijd- en deeltijdstudenten mee. Een schatting is goed."
          en: "Include full-time and part-time students. An estimate is fine."
      - id: kwaliteit
        text:
          nl: "Elke stageplaats voldoet aan de afspraken van het partnerschap over een goede leerwerkplek."
          en: "Every placement meets the partnership's agreements on a good learning workplace."
        help:
          nl: "Denk aan: een opgeleide werkplekbegeleider, tijd voor begeleiding, een team dat studenten verwelkomt en ruimte om te oefenen en fouten te maken."
          en: "Think of: a trained workplace supervisor, time for supervision, a team that welcomes students and room to practise and make mistakes."
        kern: true
      - id: spreiding
        text:
          nl: "De stageplaatsen zijn verdeeld over de scholen, zodat niet steeds dezelfde scholen en leraren studenten opvangen."
          en: "Placements are spread over the schools, so that it is not always the same schools and teachers who take students."
        help:
          nl: "Volledig: alle scholen van het bestuur bieden stageplaatsen, tenzij daar met reden andere afspraken over zijn gemaakt."
          en: "Fully: all of the board's schools offer placements, unless other agreements have been made for a reason."
      - id: studiejaren
        text:
          nl: "Er zijn stageplaatsen voor studenten uit alle studiejaren, ook voor de afstudeerfase."
          en: "There are placements for students from every year of study, including the final phase."
        help:
          nl: "Denk aan: eerstejaars die het beroep verkennen tot en met afstudeerders die zelfstandig een groep draaien."
          en: "Think of: first-year students exploring the profession through to graduating students who run a class on their own."
      - id: planning
        text:
          nl: "Stageplaatsen worden tijdig en in overleg met de pabo gepland."
          en: "Placements are planned in good time and in consultation with the pabo."
        help:
          nl: "Volledig: de verdeling voor het volgende studiejaar is vóór de zomer rond, en studenten weten op tijd waar ze terechtkomen."
          en: "Fully: the allocation for the next year is settled before the summer, and students know in time where they will go."
      - id: ontvangst
        text:
          nl: "Studenten worden bij de start welkom geheten en wegwijs gemaakt in de school."
          en: "Students are welcomed at the start and shown around the school."
        help:
          nl: "Denk aan een kennismaking met het team, een rondleiding, praktische informatie en een vast aanspreekpunt."
          en: "Think of meeting the team, a tour of the school, practical information and a fixed contact person."

  # ------------------------------------------------------------------
  - id: curriculum
    title: {nl: "Werkplekcurriculum", en: "Workplace curriculum"}
    description:
      nl: "Is vastgelegd wat studenten op de werkplek leren, en sluit dat aan op het curriculum van de pabo?"
      en: "Is it recorded what students learn in the workplace, and does it match the pabo's curriculum?"
    questions:
      - id: vastgelegd
        text:
          nl: "Er is een werkplekcurriculum vastgelegd: wat studenten op de werkplek leren, en in welke volgorde."
          en: "A workplace curriculum has been recorded: what students learn in the workplace, and in what order."
        help:
          nl: "Volledig: per studiejaar is beschreven welke leeractiviteiten studenten op school doen en wat zij daarmee moeten kunnen."
          en: "Fully: for each year of study it is described which learning activities students do at school and what they should be able to do as a result."
        kern: true
        evidence: required
      - id: afgestemd
        text:
          nl: "Het werkplekcurriculum is afgestemd op het curriculum van de pabo."
          en: "The workplace curriculum is aligned with the pabo's curriculum."
        help:
          nl: "Volledig: wat studenten op school doen, sluit aan bij de opdrachten en leerdoelen van de pabo in hetzelfde studiejaar, en school en pabo hebben dat samen bekeken."
          en: "Fully: what students do at school matches the pabo's assignments and learning goals in the same year of study, and the school and the pabo have reviewed this together."
        kern: true
        evidence: optional
      - id: beroepsbeeld
        text:
          nl: "Het werkplekcurriculum is gebaseerd op het beroepsbeeld van het partnerschap."
          en: "The workplace curriculum is based on the partnership's professional profile."
        help:
          nl: "Denk aan: de onderdelen van het beroepsbeeld zijn terug te vinden in de leeractiviteiten op de werkplek."
          en: "Think of: the elements of the professional profile can be found in the learning activities in the workplace."
      - id: breedte
        text:
          nl: "Studenten leren het beroep in de volle breedte, ook buiten de eigen groep."
          en: "Students learn the profession in its full breadth, also outside their own class."
        help:
          nl: "Denk aan oudergesprekken, teamoverleg, overleg over de ondersteuning van leerlingen en samenwerking met collega's."
          en: "Think of parent conversations, team meetings, meetings on pupil support and working with colleagues."
      - id: gebruikt
        text:
          nl: "Werkplekbegeleiders kennen het werkplekcurriculum en gebruiken het in hun begeleiding."
          en: "Workplace supervisors know the workplace curriculum and use it in their supervision."
        help:
          nl: "Volledig: werkplekbegeleiders plannen samen met de student leeractiviteiten uit het curriculum, en niet alleen wat toevallig uitkomt."
          en: "Fully: workplace supervisors plan learning activities from the curriculum together with the student, not just whatever happens to come up."
      - id: onderzoek
        text:
          nl: "Studenten doen praktijkonderzoek dat aansluit bij vragen van de school."
          en: "Students carry out practice-based research that relates to questions of the school."
        help:
          nl: "Denk aan een afstudeeronderzoek over een vraag van het team, waarvan de uitkomsten met het team worden gedeeld."
          en: "Think of a graduation study on a question from the team, with the results shared with the team."
      - id: bijstellen
        text:
          nl: "Het werkplekcurriculum wordt elk jaar met de pabo besproken en waar nodig bijgesteld."
          en: "The workplace curriculum is discussed with the pabo every year and adjusted where needed."
        help:
          nl: "Bijvoorbeeld aan de hand van de evaluaties van studenten en werkplekbegeleiders."
          en: "For example on the basis of the evaluations by students and workplace supervisors."
        evidence: optional

  # ------------------------------------------------------------------
  - id: begeleiding
    title: {nl: "Begeleiding van studenten", en: "Supervision of students"}
    description:
      nl: "Worden studenten gestructureerd begeleid door werkplekbegeleider, schoolopleider en instituutsopleider samen?"
      en: "Are students supervised in a structured way by the workplace supervisor, the school-based teacher educator and the pabo teacher educator together?"
    questions:
      - id: vaste-begeleider
        text:
          nl: "Elke student heeft een vaste werkplekbegeleider en een duidelijk aanspreekpunt op school."
          en: "Every student has a fixed workplace supervisor and a clear contact person at school."
        help:
          nl: "Volledig: vanaf de eerste stagedag weet de student wie de werkplekbegeleider is en bij wie hij of zij terechtkan als die er niet is."
          en: "Fully: from the first day of the placement the student knows who the workplace supervisor is and whom to turn to when that person is not there."
        kern: true
      - id: gesprekken
        text:
          nl: "Werkplekbegeleiders voeren op vaste momenten begeleidingsgesprekken met hun student."
          en: "Workplace supervisors hold supervision conversations with their student at fixed moments."
        help:
          nl: "Volledig: er zijn geplande gesprekken (bijvoorbeeld wekelijks of om de week) waarin de student eigen leervragen inbrengt."
          en: "Fully: there are scheduled conversations (for example weekly or every other week) in which the student brings in their own learning questions."
        kern: true
      - id: feedback
        text:
          nl: "Studenten krijgen regelmatig feedback op hun lessen, op basis van observatie."
          en: "Students regularly receive feedback on their lessons, based on observation."
        help:
          nl: "Denk aan: de werkplekbegeleider kijkt mee met een afgesproken focus en bespreekt de les kort na afloop."
          en: "Think of: the workplace supervisor observes with an agreed focus and discusses the lesson shortly afterwards."
      - id: schoolopleider
        text:
          nl: "De schoolopleider volgt de ontwikkeling van de studenten in de school en ondersteunt de werkplekbegeleiders."
          en: "The school-based teacher educator follows the development of the students in the school and supports the workplace supervisors."
        help:
          nl: "Denk aan: de schoolopleider heeft overzicht over alle studenten, organiseert bijeenkomsten en is vraagbaak voor werkplekbegeleiders."
          en: "Think of: the school-based teacher educator has an overview of all students, organises meetings and is the go-to person for workplace supervisors."
      - id: samen-pabo
        text:
          nl: "Student, werkplekbegeleider en instituutsopleider bespreken samen de voortgang van de student."
          en: "The student, the workplace supervisor and the pabo teacher educator discuss the student's progress together."
        help:
          nl: "Volledig: er is minstens één driegesprek per stageperiode, en afspraken daaruit worden vastgelegd."
          en: "Fully: there is at least one three-way conversation per placement period, and the agreements made are recorded."
        evidence: optional
      - id: vroeg-signaleren
        text:
          nl: "Als een student vastloopt, wordt dat vroeg gesignaleerd en samen met de pabo opgepakt."
          en: "When a student gets stuck, this is noticed early and dealt with together with the pabo."
        help:
          nl: "Denk aan: zorgen over een student worden binnen enkele weken gedeeld met de instituutsopleider, niet pas bij de beoordeling."
          en: "Think of: concerns about a student are shared with the pabo teacher educator within a few weeks, not only at the assessment."
      - id: leren-met-elkaar
        text:
          nl: "Studenten leren ook met en van elkaar, bijvoorbeeld in intervisie of bijeenkomsten op school."
          en: "Students also learn with and from each other, for example in peer consultation or meetings at school."
        help:
          nl: "Volledig: studenten in de school of het cluster komen geregeld samen, begeleid door de schoolopleider."
          en: "Fully: students in the school or cluster meet regularly, guided by the school-based teacher educator."

  # ------------------------------------------------------------------
  - id: beoordeling
    title: {nl: "Beoordelen", en: "Assessment"}
    description:
      nl: "Beoordelen school en pabo studenten samen, met gedeelde en vooraf bekende criteria?"
      en: "Do the school and the pabo assess students together, with shared criteria known in advance?"
    questions:
      - id: gezamenlijk
        text:
          nl: "School en pabo beoordelen studenten samen."
          en: "The school and the pabo assess students together."
        help:
          nl: "Volledig: de werkplekbegeleider of schoolopleider en de instituutsopleider komen samen tot een oordeel, en beide inbrengen tellen mee."
          en: "Fully: the workplace supervisor or school-based teacher educator and the pabo teacher educator reach a judgement together, and both contributions count."
        kern: true
      - id: criteria
        text:
          nl: "School en pabo gebruiken dezelfde, vooraf bekende beoordelingscriteria."
          en: "The school and the pabo use the same assessment criteria, known in advance."
        help:
          nl: "Denk aan beoordelingsformulieren of rubrics van het partnerschap die op school en op de pabo hetzelfde zijn."
          en: "Think of the partnership's assessment forms or rubrics, which are the same at school and at the pabo."
        kern: true
        evidence: optional
      - id: toegerust
        text:
          nl: "Wie op school beoordeelt, is getraind in het beoordelen met deze criteria."
          en: "Those who assess at school have been trained to assess with these criteria."
        help:
          nl: "Volledig: beoordelaars op school hebben een training gevolgd of zijn door de schoolopleider ingewerkt."
          en: "Fully: assessors at school have followed a training or have been introduced to it by the school-based teacher educator."
      - id: afstemmen
        text:
          nl: "Beoordelaars van school en pabo stemmen hun oordelen geregeld op elkaar af."
          en: "Assessors from the school and the pabo regularly align their judgements."
        help:
          nl: "Denk aan bijeenkomsten waarin school en pabo samen een les of portfolio beoordelen en de verschillen bespreken."
          en: "Think of meetings where the school and the pabo assess a lesson or portfolio together and discuss the differences."
      - id: transparant
        text:
          nl: "Studenten weten vooraf hoe, wanneer en door wie zij beoordeeld worden."
          en: "Students know in advance how, when and by whom they will be assessed."
        help:
          nl: "Volledig: dit is aan het begin van de stage met de student besproken."
          en: "Fully: this has been discussed with the student at the start of the placement."
      - id: onderbouwd
        text:
          nl: "Beoordelingen worden schriftelijk onderbouwd met voorbeelden uit de praktijk."
          en: "Assessments are substantiated in writing with examples from practice."
        help:
          nl: "Volledig: uit de onderbouwing kan een buitenstaander opmaken waarom de student dit oordeel kreeg."
          en: "Fully: from the substantiation an outsider can tell why the student received this judgement."

  # ------------------------------------------------------------------
  - id: inductie
    title: {nl: "Inductie van startende leraren", en: "Induction of beginning teachers"}
    description:
      nl: "Heeft het bestuur een vastgesteld inductiebeleid, krijgt elke starter passende begeleiding, en loopt er een doorgaande lijn van student naar starter?"
      en: "Does the board have an adopted induction policy, does every beginning teacher get fitting support, and is there a continuous line from student to starter?"
    questions:
      - id: beleid
        text:
          nl: "Het bestuur heeft een vastgesteld inductiebeleid voor startende leraren."
          en: "The board has an adopted induction policy for beginning teachers."
        help:
          nl: "Volledig: het inductiebeleid is schriftelijk vastgelegd, door het bestuur vastgesteld en beschrijft de begeleiding, de facilitering en de duur ervan in de eerste jaren."
          en: "Fully: the induction policy is written down, adopted by the board and describes the support, the time and budget set aside for it, and its duration in the first years."
        kern: true
        evidence: required
      - id: arrangement
        type: choice
        text:
          nl: "Krijgt elke starter een begeleidingsarrangement volgens het inductiebeleid?"
          en: "Does every beginning teacher get a support arrangement according to the induction policy?"
        help:
          nl: "Denk aan starters op alle scholen, ook wie halverwege het jaar begint of een tijdelijke aanstelling heeft."
          en: "Think of starters at all schools, including those who start halfway through the year or have a temporary contract."
        options:
          - {key: "ja", label: {nl: "Ja, elke starter", en: "Yes, every starter"}}
          - {key: "meeste", label: {nl: "De meeste starters", en: "Most starters"}}
          - {key: "enkele", label: {nl: "Alleen enkele starters", en: "Only a few starters"}}
          - {key: "nee", label: {nl: "Nee, nog niet", en: "No, not yet"}}
        show_if: "answer(inductie.beleid) >= 2"
      - id: aantal-starters
        type: number
        min: 0
        max: 1000
        text:
          nl: "Hoeveel startende leraren (in de eerste drie jaar van hun loopbaan) werken er nu binnen het bestuur?"
          en: "How many beginning teachers (in the first three years of their career) currently work within the board?"
        help:
          nl: "Een schatting is goed."
          en: "An estimate is fine."
      - id: begeleider
        text:
          nl: "Elke starter heeft een vaste begeleider die voor die rol is toegerust."
          en: "Every beginning teacher has a fixed supervisor who is equipped for that role."
        help:
          nl: "Volledig: de begeleider is niet de leidinggevende, heeft een begeleiderstraining gevolgd en heeft tijd voor deze taak."
          en: "Fully: the supervisor is not the line manager, has followed a supervision training and has time for this task."
        kern: true
      - id: tijd-starter
        text:
          nl: "Starters krijgen tijd voor hun begeleiding en ontwikkeling."
          en: "Beginning teachers get time for their support and development."
        help:
          nl: "Bijvoorbeeld een lagere lestaak of vrij geroosterde uren, vastgelegd in het formatieplan of het taakbeleid."
          en: "For example a reduced teaching load or scheduled free hours, recorded in the staffing plan or task policy."
        evidence: optional
      - id: doorlopende-lijn
        text:
          nl: "Er is een doorlopende lijn van student naar starter: wat een student aan het eind van de opleiding liet zien, is het vertrekpunt voor de begeleiding als starter."
          en: "There is a continuous line from student to starter: what a student showed at the end of their studies is the starting point for their support as a starter."
        help:
          nl: "Denk aan: het eindverslag of de ontwikkelpunten uit de afstudeerfase worden met de begeleider van de starter besproken."
          en: "Think of: the final report or development points from the final phase are discussed with the starter's supervisor."
        kern: true
      - id: ontwikkelplan
        text:
          nl: "Elke starter werkt met een persoonlijk ontwikkelplan dat in de begeleiding wordt besproken."
          en: "Every beginning teacher works with a personal development plan that is discussed in their support."
        help:
          nl: "Volledig: de starter stelt het plan zelf op, en het wordt minstens twee keer per jaar besproken en bijgesteld."
          en: "Fully: the starter draws up the plan themselves, and it is discussed and adjusted at least twice a year."
      - id: bekend
        text:
          nl: "Schoolleiders en starters kennen het inductiebeleid en weten wat ze ervan mogen verwachten."
          en: "School leaders and beginning teachers know the induction policy and what they can expect from it."
        help:
          nl: "Denk aan: het inductiebeleid wordt besproken in het eerste gesprek met een nieuwe starter."
          en: "Think of: the induction policy is discussed in the first conversation with a new starter."
      - id: aanbod-studenten
        text:
          nl: "Het bestuur biedt goede studenten aan het eind van hun opleiding actief een plek als starter aan."
          en: "The board actively offers good students a position as a starter at the end of their studies."
        help:
          nl: "Denk aan: afstudeerders worden tijdig benaderd, en hun stageschool of een andere school van het bestuur kan hen een baan bieden."
          en: "Think of: graduating students are approached in time, and their placement school or another school of the board can offer them a job."

  # ------------------------------------------------------------------
  - id: maatwerk
    title: {nl: "Deeltijdstudenten en zij-instromers", en: "Part-time students and career switchers"}
    description:
      nl: "Krijgen deeltijdstudenten en zij-instromers begeleiding die past bij hun situatie?"
      en: "Do part-time students and career switchers (zij-instromers) get support that fits their situation?"
    questions:
      - id: deeltijd
        text:
          nl: "Deeltijdstudenten krijgen begeleiding die past bij hun situatie, waarin ze vaak werken en leren tegelijk."
          en: "Part-time students get support that fits their situation, in which they often work and study at the same time."
        help:
          nl: "Volledig: afspraken over begeleiding, stagedagen en opdrachten houden rekening met hun werk en eerdere ervaring."
          en: "Fully: agreements on supervision, placement days and assignments take their work and prior experience into account."
        kern: true
      - id: lerend
        text:
          nl: "Deeltijdstudenten en zij-instromers die al lesgeven, worden begeleid als lerende en niet alleen ingezet om de formatie rond te krijgen."
          en: "Part-time students and career switchers who already teach are supported as learners, not only deployed to fill the staffing."
        help:
          nl: "Denk aan: er is tijd en ruimte voor opdrachten van de opleiding, observatie en begeleidingsgesprekken."
          en: "Think of: there is time and room for assignments of the programme, observation and supervision conversations."
        kern: true
      - id: zij-instromers-nu
        type: yesno
        text:
          nl: "Werken er op dit moment zij-instromers binnen het bestuur?"
          en: "Are there currently career switchers (zij-instromers) working within the board?"
      - id: zij-instromers
        text:
          nl: "Elke zij-instromer heeft een begeleidingsplan dat rekening houdt met eerdere ervaring en met het werk naast de opleiding."
          en: "Every career switcher has a support plan that takes prior experience and the work alongside the programme into account."
        help:
          nl: "Volledig: het plan is samen met de opleiding opgesteld, en er is een vaste begeleider op school."
          en: "Fully: the plan has been drawn up together with the programme, and there is a fixed supervisor at school."
        evidence: optional
        show_if: "answer(maatwerk.zij-instromers-nu) == true"
      - id: zorgvuldige-start
        text:
          nl: "Zij-instromers krijgen een zorgvuldige start, met een geschiktheidsonderzoek en afspraken met de opleiding."
          en: "Career switchers get a careful start, with a suitability assessment and agreements with the programme."
        help:
          nl: "Denk aan: een kennismaking in de school, een proefperiode of meeloopdagen, en een geschiktheidsonderzoek vóór de aanstelling."
          en: "Think of: getting to know the school, a trial period or shadowing days, and a suitability assessment before appointment."
        show_if: "answer(maatwerk.zij-instromers-nu) == true"
      - id: begeleider-toegerust
        text:
          nl: "Deeltijdstudenten en zij-instromers hebben een werkplekbegeleider die tijd heeft en weet wat hun opleiding vraagt."
          en: "Part-time students and career switchers have a workplace supervisor who has time and knows what their programme requires."
        help:
          nl: "Volledig: de werkplekbegeleider kent de opleidingsroute en heeft er contact over met de instituutsopleider."
          en: "Fully: the workplace supervisor knows the programme route and is in touch with the pabo teacher educator about it."
      - id: werkdruk
        text:
          nl: "De school bewaakt dat de combinatie van werken en leren voor deeltijdstudenten en zij-instromers haalbaar blijft."
          en: "The school keeps track of whether the combination of working and studying remains feasible for part-time students and career switchers."
        help:
          nl: "Denk aan: werkdruk wordt in de begeleiding besproken, en bij overbelasting worden taken of planning aangepast."
          en: "Think of: workload is discussed in supervision, and tasks or planning are adjusted when someone is overloaded."
      - id: overgang
        text:
          nl: "Ook voor deeltijdstudenten en zij-instromers loopt de begeleiding na het diploma door in het inductiebeleid."
          en: "For part-time students and career switchers, too, support continues after graduation through the induction policy."
        help:
          nl: "Volledig: zij krijgen na hun opleiding hetzelfde inductiearrangement als andere starters, afgestemd op hun ervaring."
          en: "Fully: after their studies they get the same induction arrangement as other starters, adapted to their experience."
      - id: wat-helpt
        type: text
        required: false
        text:
          nl: "Wat werkt goed in de begeleiding van deeltijdstudenten en zij-instromers, en waar loopt het vast?"
          en: "What works well in supporting part-time students and career switchers, and where does it get stuck?"

rules:
  - id: stageplaatsen-op-orde
    theme: stageplaatsen
    when: "answer(stageplaatsen.voldoende) <= 2 or answer(stageplaatsen.kwaliteit) <= 2"
    development_point:
      title: {nl: "Zorg voor genoeg goede stageplaatsen", en: "Provide enough good placements"}
      text:
        nl: "Zonder voldoende goede leerwerkplekken kan het partnerschap niet groeien, en komen studenten terecht op plekken waar begeleiding of ruimte om te leren ontbreekt."
        en: "Without enough good learning workplaces the partnership cannot grow, and students end up in places where supervision or room to learn is lacking."
      actions:
        - {nl: "Maak per school een overzicht van stageplaatsen en werkplekbegeleiders voor het komende studiejaar", en: "Make an overview per school of placements and workplace supervisors for the coming year"}
        - {nl: "Toets de stageplaatsen aan de afspraken van het partnerschap over een goede leerwerkplek", en: "Check the placements against the partnership's agreements on a good learning workplace"}
        - {nl: "Spreek met de schoolleiders af hoe de stageplaatsen eerlijk over de scholen worden verdeeld", en: "Agree with the school leaders how placements are divided fairly over the schools"}
      priority: midden
    panel_question:
      nl: "Wat maakt het voor scholen lastig om (meer) stageplaatsen te bieden, en wat zou daarbij helpen?"
      en: "What makes it hard for schools to offer (more) placements, and what would help?"

  - id: curriculum-afstemmen
    theme: curriculum
    when: "answer(curriculum.vastgelegd) <= 2 and answer(curriculum.afgestemd) <= 2"
    development_point:
      title: {nl: "Leg het werkplekcurriculum vast en stem het af met de pabo", en: "Record the workplace curriculum and align it with the pabo"}
      text:
        nl: "Als niet vastligt wat studenten op de werkplek leren, hangt hun leren af van de groep en de begeleider die ze toevallig treffen, en sluiten school en pabo niet op elkaar aan."
        en: "If it is not recorded what students learn in the workplace, their learning depends on the class and the supervisor they happen to get, and the school and the pabo do not connect."
      actions:
        - {nl: "Beschrijf per studiejaar de leeractiviteiten op de werkplek, samen met de instituutsopleider", en: "Describe the workplace learning activities per year of study, together with the pabo teacher educator"}
        - {nl: "Leg het werkplekcurriculum naast de opdrachten van de pabo en los overlap en gaten op", en: "Compare the workplace curriculum with the pabo's assignments and resolve overlaps and gaps"}
        - {nl: "Bespreek het werkplekcurriculum met alle werkplekbegeleiders", en: "Discuss the workplace curriculum with all workplace supervisors"}
      priority: hoog

  - id: beoordeling-samen
    theme: beoordeling
    when: "answer(beoordeling.gezamenlijk) <= 2 and score(beoordeling) < 3"
    development_point:
      title: {nl: "Beoordeel samen met de pabo", en: "Assess together with the pabo"}
      text:
        nl: "Een beoordeling is pas betrouwbaar en eerlijk als school en pabo met dezelfde criteria kijken en hun oordelen op elkaar afstemmen. De school ziet de student het vaakst in de praktijk; die blik hoort in de beoordeling mee te tellen."
        en: "An assessment is only reliable and fair when the school and the pabo look with the same criteria and align their judgements. The school sees the student in practice most often; that view should count in the assessment."
      actions:
        - {nl: "Spreek met de pabo af wie op school meebeoordeelt en hoe beide oordelen samenkomen", en: "Agree with the pabo who assesses at school and how both judgements come together"}
        - {nl: "Train beoordelaars op school in het werken met de criteria van het partnerschap", en: "Train assessors at school to work with the partnership's criteria"}
        - {nl: "Plan een jaarlijkse bijeenkomst waarin school en pabo samen beoordelingen vergelijken", en: "Plan a yearly meeting in which the school and the pabo compare assessments together"}
      priority: hoog
    panel_question:
      nl: "Hoe komt het oordeel over een student nu tot stand, en wat gebeurt er als school en pabo het niet eens zijn?"
      en: "How is the judgement on a student reached now, and what happens when the school and the pabo disagree?"

  - id: inductiebeleid-vaststellen
    theme: inductie
    when: "answer(inductie.beleid) <= 2"
    development_point:
      title: {nl: "Stel een inductiebeleid vast", en: "Adopt an induction policy"}
      text:
        nl: "De eerste jaren bepalen of een starter in het onderwijs blijft. Een vastgesteld inductiebeleid zorgt ervoor dat elke starter, op elke school, kan rekenen op begeleiding en tijd om te groeien."
        en: "The first years decide whether a beginning teacher stays in education. An adopted induction policy makes sure that every starter, at every school, can count on support and time to grow."
      actions:
        - {nl: "Schrijf een inductiebeleid met begeleiding, facilitering en duur, en gebruik daarbij het voorbeeld van het partnerschap", en: "Write an induction policy covering support, time and budget, and duration, using the partnership's example"}
        - {nl: "Laat het inductiebeleid vaststellen door het bestuur, na bespreking met schoolleiders en GMR", en: "Have the induction policy adopted by the board after discussion with the school leaders and the GMR"}
        - {nl: "Maak het beleid bekend bij schoolleiders en starters", en: "Make the policy known to school leaders and starters"}
      priority: hoog
    panel_question:
      nl: "Hoe worden starters nu opgevangen, en wat wil het bestuur in het inductiebeleid in elk geval regelen?"
      en: "How are beginning teachers welcomed and supported now, and what does the board want to arrange in the induction policy in any case?"

  - id: arrangement-elke-starter
    theme: inductie
    when: 'answered(inductie.arrangement) and not selected(inductie.arrangement, "ja")'
    development_point:
      title: {nl: "Een arrangement voor elke starter", en: "An arrangement for every starter"}
      text:
        nl: "Er is inductiebeleid, maar nog niet elke starter krijgt begeleiding volgens dat beleid. Juist starters die buiten de boot vallen, bijvoorbeeld bij een tijdelijke aanstelling of een start halverwege het jaar, lopen het meeste risico om uit te vallen."
        en: "There is an induction policy, but not every starter yet gets support according to it. Precisely the starters who fall outside it, for example with a temporary contract or a start halfway through the year, run the highest risk of dropping out."
      actions:
        - {nl: "Maak een overzicht van alle starters en hun begeleiding", en: "Make an overview of all starters and their support"}
        - {nl: "Spreek af dat schoolleiders elke nieuwe starter direct aanmelden voor het inductiearrangement", en: "Agree that school leaders register every new starter for the induction arrangement straight away"}
        - {nl: "Volg twee keer per jaar of alle starters daadwerkelijk begeleid worden", en: "Check twice a year whether all starters are actually being supported"}
      priority: hoog

  - id: inductie-opbouwen
    theme: inductie
    when: "count_at_most(inductie, 1) >= 3"
    panel_question:
      nl: "Bij de inductie van starters is op meerdere punten nog niets geregeld. Hoe worden starters nu begeleid, en wat pakt het bestuur als eerste op?"
      en: "Several aspects of induction for beginning teachers have not been arranged yet. How are starters supported now, and what will the board take up first?"

  - id: doorlopende-lijn
    theme: inductie
    when: "answer(inductie.doorlopende-lijn) <= 2 and score(begeleiding) >= 3"
    development_point:
      title: {nl: "Maak de lijn van student naar starter", en: "Connect student and starter"}
      text:
        nl: "De begeleiding van studenten staat goed, maar die kennis gaat verloren als een student als starter begint. Een doorlopende lijn voorkomt dat een starter opnieuw moet beginnen en maakt de overstap naar de eigen groep minder zwaar."
        en: "The supervision of students is in good shape, but that knowledge is lost when a student starts as a teacher. A continuous line saves the starter from starting over and makes the step to their own class less heavy."
      actions:
        - {nl: "Spreek af dat de ontwikkelpunten uit de afstudeerfase worden overgedragen aan de begeleider van de starter", en: "Agree that the development points from the final phase are handed over to the starter's supervisor"}
        - {nl: "Laat schoolopleider en begeleider van starters samen het aanbod voor studenten en starters op elkaar afstemmen", en: "Have the school-based teacher educator and the starters' supervisor align the offer for students and starters together"}
      priority: midden
    panel_question:
      nl: "Wat neemt een student die als starter bij het bestuur begint mee uit de opleiding, en hoe gebruikt de begeleider dat?"
      en: "What does a student who starts as a teacher at the board bring from their studies, and how does the supervisor use it?"

  - id: zij-instromers-begeleiden
    theme: maatwerk
    when: "answer(maatwerk.zij-instromers-nu) == true and answer(maatwerk.zij-instromers) <= 2"
    development_point:
      title: {nl: "Begeleid zij-instromers op maat", en: "Give career switchers tailored support"}
      text:
        nl: "Zij-instromers staan vaak vanaf het begin voor de groep terwijl ze nog leren. Zonder begeleidingsplan op maat is de kans groot dat ze overbelast raken of afhaken."
        en: "Career switchers often stand in front of a class from the start while they are still learning. Without a tailored support plan they are likely to become overloaded or drop out."
      actions:
        - {nl: "Stel voor elke zij-instromer samen met de opleiding een begeleidingsplan op", en: "Draw up a support plan for every career switcher together with the programme"}
        - {nl: "Wijs elke zij-instromer een vaste begeleider op school toe, met tijd voor die taak", en: "Assign every career switcher a fixed supervisor at school, with time for that task"}
        - {nl: "Bespreek werkdruk en voortgang op vaste momenten", en: "Discuss workload and progress at fixed moments"}
      priority: hoog

  - id: werkplekbegeleider-gesprekken
    theme: begeleiding
    when: 'role() == "werkplekbegeleider" and answer(begeleiding.gesprekken) <= 2'
    development_point:
      title: {nl: "Maak ruimte voor begeleidingsgesprekken", en: "Make room for supervision conversations"}
      text:
        nl: "Een werkplekbegeleider geeft aan dat vaste begeleidingsgesprekken nog niet goed lukken. Die gesprekken zijn het hart van het leren op de werkplek: daar worden ervaringen in de groep omgezet in leren."
        en: "A workplace supervisor indicates that regular supervision conversations do not work well yet. Those conversations are the heart of workplace learning: that is where experiences in the class are turned into learning."
      actions:
        - {nl: "Plan begeleidingsgesprekken vast in het rooster van werkplekbegeleider en student", en: "Schedule supervision conversations in the timetable of the workplace supervisor and the student"}
        - {nl: "Geef werkplekbegeleiders een eenvoudige opzet voor het gesprek, bijvoorbeeld via de schoolopleider", en: "Give workplace supervisors a simple structure for the conversation, for example through the school-based teacher educator"}
      priority: midden
    panel_question:
      nl: "Wat houdt werkplekbegeleiders tegen om op vaste momenten met hun student in gesprek te gaan?"
      en: "What keeps workplace supervisors from talking with their student at fixed moments?"

  - id: begeleiding-sterk
    theme: begeleiding
    when: "score(begeleiding) >= 3.5 and score(beoordeling) >= 3.5"
    strength:
      nl: "Studenten worden gestructureerd begeleid en samen met de pabo beoordeeld, met gedeelde criteria."
      en: "Students are supervised in a structured way and assessed together with the pabo, with shared criteria."

"""##),
        ("questionnaires/waarborg-2/1.1.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-2
version: 1.1.0
safeguard: 2
title: {nl: "Waarborg 2 — Opleiden, begeleiden, beoordelen en inductie", en: "Safeguard 2 — Training, supervision, assessment and induction"}
language: nl
languages: [nl, en]
description:
  nl: "Dit deel gaat over het opleiden en begeleiden zelf: zijn er genoeg goede stageplaatsen, sluit wat studenten op de werkplek leren aan op de pabo, hoe worden studenten begeleid en beoordeeld, en hoe worden starters, deeltijdstudenten en zij-instromers begeleid? Er zijn geen goede of foute antwoorden: geef aan hoe het er nu voor staat, zoals jij het ziet. De uitkomsten zijn input voor het gesprek, geen oordeel."
  en: "This part is about training and supervision itself: are there enough good placements, does what students learn in the workplace match the pabo, how are students supervised and assessed, and how are beginning teachers, part-time students and career switchers supported? There are no right or wrong answers: describe how things stand now, as you see them. The results are input for the conversation, not a verdict."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.25}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.25, below: 3.0}
    - {id: op-orde, label: {nl: "Op orde", en: "In order"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

themes:
  # ------------------------------------------------------------------
  - id: stageplaatsen
    title: {nl: "Stageplaatsen", en: "Placements"}
    description:
      nl: "Biedt het bestuur genoeg goede stageplaatsen, verdeeld over de scholen en de studiejaren?"
      en: "Does the board offer enough good placements, spread over the schools and the years of study?"
    questions:
      - id: voldoende
        text:
          nl: "Het bestuur biedt het aantal stageplaatsen dat met het partnerschap is afgesproken."
          en: "The board offers the number of placements agreed with the partnership."
        help:
          nl: "Volledig: elk jaar zijn de afgesproken plaatsen op tijd beschikbaar, zonder dat de pabo daar steeds om hoeft te vragen."
          en: "Fully: every year the agreed placements are available in time, without the pabo having to keep asking for them."
        kern: true
        evidence: optional
      - id: aantal-studenten
        type: number
        min: 0
        max: 2000
        text:
          nl: "Hoeveel pabostudenten lopen dit studiejaar stage binnen het bestuur?"
          en: "How many pabo students have a placement within the board this year?"
        help:
          nl: "Tel voltijd- en deeltijdstudenten mee. Een schatting is goed."
          en: "Include full-time and part-time students. An estimate is fine."
      - id: kwaliteit
        text:
          nl: "Elke stageplaats voldoet aan de afspraken van het partnerschap over een goede leerwerkplek."
          en: "Every placement meets the partnership's agreements on a good learning workplace."
        help:
          nl: "Denk aan: een opgeleide werkplekbegeleider, tijd voor begeleiding, een team dat studenten verwelkomt en ruimte om te oefenen en fouten te maken."
          en: "Think of: a trained workplace supervisor, time for supervision, a team that welcomes students and room to practise and make mistakes."
        kern: true
      - id: spreiding
        text:
          nl: "De stageplaatsen zijn verdeeld over de scholen, zodat niet steeds dezelfde scholen en leraren studenten opvangen."
          en: "Placements are spread over the schools, so that it is not always the same schools and teachers who take students."
        help:
          nl: "Volledig: alle scholen van het bestuur bieden stageplaatsen, tenzij daar met reden andere afspraken over zijn gemaakt."
          en: "Fully: all of the board's schools offer placements, unless other agreements have been made for a reason."
      - id: studiejaren
        text:
          nl: "Er zijn stageplaatsen voor studenten uit alle studiejaren, ook voor de afstudeerfase."
          en: "There are placements for students from every year of study, including the final phase."
        help:
          nl: "Denk aan: eerstejaars die het beroep verkennen tot en met afstudeerders die zelfstandig een groep draaien."
          en: "Think of: first-year students exploring the profession through to graduating students who run a class on their own."
      - id: planning
        text:
          nl: "Stageplaatsen worden tijdig en in overleg met de pabo gepland."
          en: "Placements are planned in good time and in consultation with the pabo."
        help:
          nl: "Volledig: de verdeling voor het volgende studiejaar is vóór de zomer rond, en studenten weten op tijd waar ze terechtkomen."
          en: "Fully: the allocation for the next year is settled before the summer, and students know in time where they will go."
      - id: ontvangst
        text:
          nl: "Studenten worden bij de start welkom geheten en wegwijs gemaakt in de school."
          en: "Students are welcomed at the start and shown around the school."
        help:
          nl: "Denk aan een kennismaking met het team, een rondleiding, praktische informatie en een vast aanspreekpunt."
          en: "Think of meeting the team, a tour of the school, practical information and a fixed contact person."

  # ------------------------------------------------------------------
  - id: curriculum
    title: {nl: "Werkplekcurriculum", en: "Workplace curriculum"}
    description:
      nl: "Is vastgelegd wat studenten op de werkplek leren, en sluit dat aan op het curriculum van de pabo?"
      en: "Is it recorded what students learn in the workplace, and does it match the pabo's curriculum?"
    questions:
      - id: vastgelegd
        text:
          nl: "Er is een werkplekcurriculum vastgelegd: wat studenten op de werkplek leren, en in welke volgorde."
          en: "A workplace curriculum has been recorded: what students learn in the workplace, and in what order."
        help:
          nl: "Volledig: per studiejaar is beschreven welke leeractiviteiten studenten op school doen en wat zij daarmee moeten kunnen."
          en: "Fully: for each year of study it is described which learning activities students do at school and what they should be able to do as a result."
        kern: true
        evidence: required
      - id: afgestemd
        text:
          nl: "Het werkplekcurriculum is afgestemd op het curriculum van de pabo."
          en: "The workplace curriculum is aligned with the pabo's curriculum."
        help:
          nl: "Volledig: wat studenten op school doen, sluit aan bij de opdrachten en leerdoelen van de pabo in hetzelfde studiejaar, en school en pabo hebben dat samen bekeken."
          en: "Fully: what students do at school matches the pabo's assignments and learning goals in the same year of study, and the school and the pabo have reviewed this together."
        kern: true
        evidence: optional
      - id: beroepsbeeld
        text:
          nl: "Het werkplekcurriculum is gebaseerd op het beroepsbeeld van het partnerschap."
          en: "The workplace curriculum is based on the partnership's professional profile."
        help:
          nl: "Denk aan: de onderdelen van het beroepsbeeld zijn terug te vinden in de leeractiviteiten op de werkplek."
          en: "Think of: the elements of the professional profile can be found in the learning activities in the workplace."
      - id: breedte
        text:
          nl: "Studenten leren het beroep in de volle breedte, ook buiten de eigen groep."
          en: "Students learn the profession in its full breadth, also outside their own class."
        help:
          nl: "Denk aan oudergesprekken, teamoverleg, overleg over de ondersteuning van leerlingen en samenwerking met collega's."
          en: "Think of parent conversations, team meetings, meetings on pupil support and working with colleagues."
      - id: gebruikt
        text:
          nl: "Werkplekbegeleiders kennen het werkplekcurriculum en gebruiken het in hun begeleiding."
          en: "Workplace supervisors know the workplace curriculum and use it in their supervision."
        help:
          nl: "Volledig: werkplekbegeleiders plannen samen met de student leeractiviteiten uit het curriculum, en niet alleen wat toevallig uitkomt."
          en: "Fully: workplace supervisors plan learning activities from the curriculum together with the student, not just whatever happens to come up."
      - id: onderzoek
        text:
          nl: "Studenten doen praktijkonderzoek dat aansluit bij vragen van de school."
          en: "Students carry out practice-based research that relates to questions of the school."
        help:
          nl: "Denk aan een afstudeeronderzoek over een vraag van het team, waarvan de uitkomsten met het team worden gedeeld."
          en: "Think of a graduation study on a question from the team, with the results shared with the team."
      - id: bijstellen
        text:
          nl: "Het werkplekcurriculum wordt elk jaar met de pabo besproken en waar nodig bijgesteld."
          en: "The workplace curriculum is discussed with the pabo every year and adjusted where needed."
        help:
          nl: "Bijvoorbeeld aan de hand van de evaluaties van studenten en werkplekbegeleiders."
          en: "For example on the basis of the evaluations by students and workplace supervisors."
        evidence: optional

  # ------------------------------------------------------------------
  - id: begeleiding
    title: {nl: "Begeleiding van studenten", en: "Supervision of students"}
    description:
      nl: "Worden studenten gestructureerd begeleid door werkplekbegeleider, schoolopleider en instituutsopleider samen?"
      en: "Are students supervised in a structured way by the workplace supervisor, the school-based teacher educator and the pabo teacher educator together?"
    questions:
      - id: vaste-begeleider
        text:
          nl: "Elke student heeft een vaste werkplekbegeleider en een duidelijk aanspreekpunt op school."
          en: "Every student has a fixed workplace supervisor and a clear contact person at school."
        help:
          nl: "Volledig: vanaf de eerste stagedag weet de student wie de werkplekbegeleider is en bij wie hij of zij terechtkan als die er niet is."
          en: "Fully: from the first day of the placement the student knows who the workplace supervisor is and whom to turn to when that person is not there."
        kern: true
      - id: gesprekken-gepland
        text:
          nl: "Werkplekbegeleiders voeren op vaste, geplande momenten begeleidingsgesprekken met hun student."
          en: "Workplace supervisors hold supervision conversations with their student at fixed, scheduled moments."
        help:
          nl: "Volledig: de gesprekken staan in het rooster (bijvoorbeeld wekelijks of om de week) en gaan ook door in drukke weken."
          en: "Fully: the conversations are in the timetable (for example weekly or every other week) and also take place in busy weeks."
        kern: true
      - id: gesprekken-leervragen
        text:
          nl: "In de begeleidingsgesprekken brengt de student eigen leervragen in."
          en: "In the supervision conversations the student brings in their own learning questions."
        help:
          nl: "Volledig: de student bereidt elk gesprek voor met een eigen leervraag, en de werkplekbegeleider helpt die vraag scherp te krijgen."
          en: "Fully: the student prepares every conversation with a learning question of their own, and the workplace supervisor helps to sharpen it."
      - id: feedback
        text:
          nl: "Studenten krijgen regelmatig feedback op hun lessen, op basis van observatie."
          en: "Students regularly receive feedback on their lessons, based on observation."
        help:
          nl: "Denk aan: de werkplekbegeleider kijkt mee met een afgesproken focus en bespreekt de les kort na afloop."
          en: "Think of: the workplace supervisor observes with an agreed focus and discusses the lesson shortly afterwards."
      - id: schoolopleider
        text:
          nl: "De schoolopleider volgt de ontwikkeling van de studenten in de school en ondersteunt de werkplekbegeleiders."
          en: "The school-based teacher educator follows the development of the students in the school and supports the workplace supervisors."
        help:
          nl: "Denk aan: de schoolopleider heeft overzicht over alle studenten, organiseert bijeenkomsten en is vraagbaak voor werkplekbegeleiders."
          en: "Think of: the school-based teacher educator has an overview of all students, organises meetings and is the go-to person for workplace supervisors."
      - id: samen-pabo
        text:
          nl: "Student, werkplekbegeleider en instituutsopleider bespreken samen de voortgang van de student."
          en: "The student, the workplace supervisor and the pabo teacher educator discuss the student's progress together."
        help:
          nl: "Volledig: er is minstens één driegesprek per stageperiode, en afspraken daaruit worden vastgelegd."
          en: "Fully: there is at least one three-way conversation per placement period, and the agreements made are recorded."
        evidence: optional
      - id: vroeg-signaleren
        text:
          nl: "Als een student vastloopt, wordt dat vroeg gesignaleerd en samen met de pabo opgepakt."
          en: "When a student gets stuck, this is noticed early and dealt with together with the pabo."
        help:
          nl: "Denk aan: zorgen over een student worden binnen enkele weken gedeeld met de instituutsopleider, niet pas bij de beoordeling."
          en: "Think of: concerns about a student are shared with the pabo teacher educator within a few weeks, not only at the assessment."
      - id: leren-met-elkaar
        text:
          nl: "Studenten leren ook met en van elkaar, bijvoorbeeld in intervisie of bijeenkomsten op school."
          en: "Students also learn with and from each other, for example in peer consultation or meetings at school."
        help:
          nl: "Volledig: studenten in de school of het cluster komen geregeld samen, begeleid door de schoolopleider."
          en: "Fully: students in the school or cluster meet regularly, guided by the school-based teacher educator."

  # ------------------------------------------------------------------
  - id: beoordeling
    title: {nl: "Beoordelen", en: "Assessment"}
    description:
      nl: "Beoordelen school en pabo studenten samen, met gedeelde en vooraf bekende criteria?"
      en: "Do the school and the pabo assess students together, with shared criteria known in advance?"
    questions:
      - id: gezamenlijk
        text:
          nl: "School en pabo beoordelen studenten samen."
          en: "The school and the pabo assess students together."
        help:
          nl: "Volledig: de werkplekbegeleider of schoolopleider en de instituutsopleider komen samen tot een oordeel, en beide inbrengen tellen mee."
          en: "Fully: the workplace supervisor or school-based teacher educator and the pabo teacher educator reach a judgement together, and both contributions count."
        kern: true
      - id: criteria
        text:
          nl: "School en pabo beoordelen met dezelfde criteria, en de student kent die criteria vooraf."
          en: "The school and the pabo assess with the same criteria, and the student knows those criteria in advance."
        help:
          nl: "Denk aan beoordelingsformulieren of rubrics van het partnerschap die op school en op de pabo hetzelfde zijn."
          en: "Think of the partnership's assessment forms or rubrics, which are the same at school and at the pabo."
        kern: true
        evidence: optional
      - id: toegerust
        text:
          nl: "Wie op school beoordeelt, is getraind in het beoordelen met deze criteria."
          en: "Those who assess at school have been trained to assess with these criteria."
        help:
          nl: "Volledig: beoordelaars op school hebben een training gevolgd of zijn door de schoolopleider ingewerkt."
          en: "Fully: assessors at school have followed a training or have been introduced to it by the school-based teacher educator."
      - id: afstemmen
        text:
          nl: "Beoordelaars van school en pabo stemmen hun oordelen geregeld op elkaar af."
          en: "Assessors from the school and the pabo regularly align their judgements."
        help:
          nl: "Denk aan bijeenkomsten waarin school en pabo samen een les of portfolio beoordelen en de verschillen bespreken."
          en: "Think of meetings where the school and the pabo assess a lesson or portfolio together and discuss the differences."
      - id: transparant
        text:
          nl: "Studenten weten vooraf hoe, wanneer en door wie zij beoordeeld worden."
          en: "Students know in advance how, when and by whom they will be assessed."
        help:
          nl: "Volledig: dit is aan het begin van de stage met de student besproken."
          en: "Fully: this has been discussed with the student at the start of the placement."
      - id: onderbouwd
        text:
          nl: "Beoordelingen worden schriftelijk onderbouwd met voorbeelden uit de praktijk."
          en: "Assessments are substantiated in writing with examples from practice."
        help:
          nl: "Volledig: uit de onderbouwing kan een buitenstaander opmaken waarom de student dit oordeel kreeg."
          en: "Fully: from the substantiation an outsider can tell why the student received this judgement."

  # ------------------------------------------------------------------
  - id: inductie
    title: {nl: "Inductie van startende leraren", en: "Induction of beginning teachers"}
    description:
      nl: "Heeft het bestuur een vastgesteld inductiebeleid, krijgt elke starter passende begeleiding, en loopt er een doorgaande lijn van student naar starter?"
      en: "Does the board have an adopted induction policy, does every beginning teacher get fitting support, and is there a continuous line from student to starter?"
    questions:
      - id: beleid
        text:
          nl: "Het bestuur heeft een vastgesteld inductiebeleid voor startende leraren."
          en: "The board has an adopted induction policy for beginning teachers."
        help:
          nl: "Volledig: het inductiebeleid is schriftelijk vastgelegd, door het bestuur vastgesteld en beschrijft de begeleiding, de facilitering en de duur ervan in de eerste jaren."
          en: "Fully: the induction policy is written down, adopted by the board and describes the support, the time and budget set aside for it, and its duration in the first years."
        kern: true
        evidence: required
      - id: arrangement
        type: choice
        text:
          nl: "Krijgt elke starter een begeleidingsarrangement volgens het inductiebeleid?"
          en: "Does every beginning teacher get a support arrangement according to the induction policy?"
        help:
          nl: "Denk aan starters op alle scholen, ook wie halverwege het jaar begint of een tijdelijke aanstelling heeft."
          en: "Think of starters at all schools, including those who start halfway through the year or have a temporary contract."
        options:
          - {key: "ja", label: {nl: "Ja, elke starter", en: "Yes, every starter"}}
          - {key: "meeste", label: {nl: "De meeste starters", en: "Most starters"}}
          - {key: "enkele", label: {nl: "Alleen enkele starters", en: "Only a few starters"}}
          - {key: "nee", label: {nl: "Nee, nog niet", en: "No, not yet"}}
        show_if: "answer(inductie.beleid) >= 2"
      - id: arrangement-evaluatie
        text:
          nl: "Het bestuur bespreekt elk jaar met de starters of het inductiearrangement werkt, en past het zo nodig aan."
          en: "Every year the board discusses with the beginning teachers whether the induction arrangement works, and adjusts it where needed."
        help:
          nl: "Alleen gevraagd als er een vastgesteld inductiebeleid is. Denk aan een evaluatiegesprek of een korte vragenlijst aan het eind van het schooljaar."
          en: "Only asked when an induction policy has been adopted. Think of an evaluation meeting or a short questionnaire at the end of the school year."
        evidence: optional
        show_if: "answer(inductie.beleid) >= 3"
      - id: aantal-starters
        type: number
        min: 0
        max: 1000
        text:
          nl: "Hoeveel startende leraren (in de eerste drie jaar van hun loopbaan) werken er nu binnen het bestuur?"
          en: "How many beginning teachers (in the first three years of their career) currently work within the board?"
        help:
          nl: "Een schatting is goed."
          en: "An estimate is fine."
      - id: begeleider
        text:
          nl: "Elke starter heeft een vaste begeleider die voor die rol is toegerust."
          en: "Every beginning teacher has a fixed supervisor who is equipped for that role."
        help:
          nl: "Volledig: de begeleider is niet de leidinggevende, heeft een begeleiderstraining gevolgd en heeft tijd voor deze taak."
          en: "Fully: the supervisor is not the line manager, has followed a supervision training and has time for this task."
        kern: true
      - id: tijd-starter
        text:
          nl: "Starters krijgen tijd voor hun begeleiding en ontwikkeling."
          en: "Beginning teachers get time for their support and development."
        help:
          nl: "Bijvoorbeeld een lagere lestaak of vrij geroosterde uren, vastgelegd in het formatieplan of het taakbeleid."
          en: "For example a reduced teaching load or scheduled free hours, recorded in the staffing plan or task policy."
        evidence: optional
      - id: doorlopende-lijn
        text:
          nl: "Er is een doorlopende lijn van student naar starter: wat een student aan het eind van de opleiding liet zien, is het vertrekpunt voor de begeleiding als starter."
          en: "There is a continuous line from student to starter: what a student showed at the end of their studies is the starting point for their support as a starter."
        help:
          nl: "Denk aan: het eindverslag of de ontwikkelpunten uit de afstudeerfase worden met de begeleider van de starter besproken."
          en: "Think of: the final report or development points from the final phase are discussed with the starter's supervisor."
        kern: true
      - id: ontwikkelplan
        text:
          nl: "Elke starter werkt met een persoonlijk ontwikkelplan dat in de begeleiding wordt besproken."
          en: "Every beginning teacher works with a personal development plan that is discussed in their support."
        help:
          nl: "Volledig: de starter stelt het plan zelf op, en het wordt minstens twee keer per jaar besproken en bijgesteld."
          en: "Fully: the starter draws up the plan themselves, and it is discussed and adjusted at least twice a year."
      - id: bekend
        text:
          nl: "Schoolleiders en starters kennen het inductiebeleid en weten wat ze ervan mogen verwachten."
          en: "School leaders and beginning teachers know the induction policy and what they can expect from it."
        help:
          nl: "Denk aan: het inductiebeleid wordt besproken in het eerste gesprek met een nieuwe starter."
          en: "Think of: the induction policy is discussed in the first conversation with a new starter."
      - id: aanbod-studenten
        text:
          nl: "Het bestuur biedt goede studenten aan het eind van hun opleiding actief een plek als starter aan."
          en: "The board actively offers good students a position as a starter at the end of their studies."
        help:
          nl: "Denk aan: afstudeerders worden tijdig benaderd, en hun stageschool of een andere school van het bestuur kan hen een baan bieden."
          en: "Think of: graduating students are approached in time, and their placement school or another school of the board can offer them a job."

  # ------------------------------------------------------------------
  - id: maatwerk
    title: {nl: "Deeltijdstudenten en zij-instromers", en: "Part-time students and career switchers"}
    description:
      nl: "Krijgen deeltijdstudenten en zij-instromers begeleiding die past bij hun situatie?"
      en: "Do part-time students and career switchers (zij-instromers) get support that fits their situation?"
    questions:
      - id: deeltijd
        text:
          nl: "Deeltijdstudenten krijgen begeleiding die past bij hun situatie, waarin ze vaak werken en leren tegelijk."
          en: "Part-time students get support that fits their situation, in which they often work and study at the same time."
        help:
          nl: "Volledig: afspraken over begeleiding, stagedagen en opdrachten houden rekening met hun werk en eerdere ervaring."
          en: "Fully: agreements on supervision, placement days and assignments take their work and prior experience into account."
        kern: true
      - id: lerend
        text:
          nl: "Deeltijdstudenten en zij-instromers die al lesgeven, worden begeleid als lerende en niet alleen ingezet om de formatie rond te krijgen."
          en: "Part-time students and career switchers who already teach are supported as learners, not only deployed to fill the staffing."
        help:
          nl: "Denk aan: er is tijd en ruimte voor opdrachten van de opleiding, observatie en begeleidingsgesprekken."
          en: "Think of: there is time and room for assignments of the programme, observation and supervision conversations."
        kern: true
      - id: zij-instromers-nu
        type: yesno
        text:
          nl: "Werken er op dit moment zij-instromers binnen het bestuur?"
          en: "Are there currently career switchers (zij-instromers) working within the board?"
      - id: zij-instromers
        text:
          nl: "Elke zij-instromer heeft een begeleidingsplan dat rekening houdt met eerdere ervaring en met het werk naast de opleiding."
          en: "Every career switcher has a support plan that takes prior experience and the work alongside the programme into account."
        help:
          nl: "Volledig: het plan is samen met de opleiding opgesteld, en er is een vaste begeleider op school."
          en: "Fully: the plan has been drawn up together with the programme, and there is a fixed supervisor at school."
        evidence: optional
        show_if: "answer(maatwerk.zij-instromers-nu) == true"
      - id: zorgvuldige-start
        text:
          nl: "Zij-instromers krijgen een zorgvuldige start, met een geschiktheidsonderzoek en afspraken met de opleiding."
          en: "Career switchers get a careful start, with a suitability assessment and agreements with the programme."
        help:
          nl: "Denk aan: een kennismaking in de school, een proefperiode of meeloopdagen, en een geschiktheidsonderzoek vóór de aanstelling."
          en: "Think of: getting to know the school, a trial period or shadowing days, and a suitability assessment before appointment."
        show_if: "answer(maatwerk.zij-instromers-nu) == true"
      - id: begeleider-toegerust
        text:
          nl: "Deeltijdstudenten en zij-instromers hebben een werkplekbegeleider die tijd heeft en weet wat hun opleiding vraagt."
          en: "Part-time students and career switchers have a workplace supervisor who has time and knows what their programme requires."
        help:
          nl: "Volledig: de werkplekbegeleider kent de opleidingsroute en heeft er contact over met de instituutsopleider."
          en: "Fully: the workplace supervisor knows the programme route and is in touch with the pabo teacher educator about it."
      - id: werkdruk
        text:
          nl: "De school bewaakt dat de combinatie van werken en leren voor deeltijdstudenten en zij-instromers haalbaar blijft."
          en: "The school keeps track of whether the combination of working and studying remains feasible for part-time students and career switchers."
        help:
          nl: "Denk aan: werkdruk wordt in de begeleiding besproken, en bij overbelasting worden taken of planning aangepast."
          en: "Think of: workload is discussed in supervision, and tasks or planning are adjusted when someone is overloaded."
      - id: overgang
        text:
          nl: "Ook voor deeltijdstudenten en zij-instromers loopt de begeleiding na het diploma door in het inductiebeleid."
          en: "For part-time students and career switchers, too, support continues after graduation through the induction policy."
        help:
          nl: "Volledig: zij krijgen na hun opleiding hetzelfde inductiearrangement als andere starters, afgestemd op hun ervaring."
          en: "Fully: after their studies they get the same induction arrangement as other starters, adapted to their experience."
      - id: wat-helpt
        type: text
        required: false
        text:
          nl: "Wat werkt goed in de begeleiding van deeltijdstudenten en zij-instromers, en waar loopt het vast?"
          en: "What works well in supporting part-time students and career switchers, and where does it get stuck?"

rules:
  - id: stageplaatsen-op-orde
    theme: stageplaatsen
    when: "answer(stageplaatsen.voldoende) <= 2 or answer(stageplaatsen.kwaliteit) <= 2"
    development_point:
      title: {nl: "Zorg voor genoeg goede stageplaatsen", en: "Provide enough good placements"}
      text:
        nl: "Zonder voldoende goede leerwerkplekken kan het partnerschap niet groeien, en komen studenten terecht op plekken waar begeleiding of ruimte om te leren ontbreekt."
        en: "Without enough good learning workplaces the partnership cannot grow, and students end up in places where supervision or room to learn is lacking."
      actions:
        - {nl: "Maak per school een overzicht van stageplaatsen en werkplekbegeleiders voor het komende studiejaar", en: "Make an overview per school of placements and workplace supervisors for the coming year"}
        - {nl: "Toets de stageplaatsen aan de afspraken van het partnerschap over een goede leerwerkplek", en: "Check the placements against the partnership's agreements on a good learning workplace"}
        - {nl: "Spreek met de schoolleiders af hoe de stageplaatsen eerlijk over de scholen worden verdeeld", en: "Agree with the school leaders how placements are divided fairly over the schools"}
      priority: midden
    panel_question:
      nl: "Wat maakt het voor scholen lastig om (meer) stageplaatsen te bieden, en wat zou daarbij helpen?"
      en: "What makes it hard for schools to offer (more) placements, and what would help?"

  - id: curriculum-afstemmen
    theme: curriculum
    when: "answer(curriculum.vastgelegd) <= 2 and answer(curriculum.afgestemd) <= 2"
    development_point:
      title: {nl: "Leg het werkplekcurriculum vast en stem het af met de pabo", en: "Record the workplace curriculum and align it with the pabo"}
      text:
        nl: "Als niet vastligt wat studenten op de werkplek leren, hangt hun leren af van de groep en de begeleider die ze toevallig treffen, en sluiten school en pabo niet op elkaar aan."
        en: "If it is not recorded what students learn in the workplace, their learning depends on the class and the supervisor they happen to get, and the school and the pabo do not connect."
      actions:
        - {nl: "Beschrijf per studiejaar de leeractiviteiten op de werkplek, samen met de instituutsopleider", en: "Describe the workplace learning activities per year of study, together with the pabo teacher educator"}
        - {nl: "Leg het werkplekcurriculum naast de opdrachten van de pabo en los overlap en gaten op", en: "Compare the workplace curriculum with the pabo's assignments and resolve overlaps and gaps"}
        - {nl: "Bespreek het werkplekcurriculum met alle werkplekbegeleiders", en: "Discuss the workplace curriculum with all workplace supervisors"}
      priority: hoog

  - id: beoordeling-samen
    theme: beoordeling
    when: "answer(beoordeling.gezamenlijk) <= 2 and score(beoordeling) < 3"
    development_point:
      title: {nl: "Beoordeel samen met de pabo", en: "Assess together with the pabo"}
      text:
        nl: "Een beoordeling is pas betrouwbaar en eerlijk als school en pabo met dezelfde criteria kijken en hun oordelen op elkaar afstemmen. De school ziet de student het vaakst in de praktijk; die blik hoort in de beoordeling mee te tellen."
        en: "An assessment is only reliable and fair when the school and the pabo look with the same criteria and align their judgements. The school sees the student in practice most often; that view should count in the assessment."
      actions:
        - {nl: "Spreek met de pabo af wie op school meebeoordeelt en hoe beide oordelen samenkomen", en: "Agree with the pabo who assesses at school and how both judgements come together"}
        - {nl: "Train beoordelaars op school in het werken met de criteria van het partnerschap", en: "Train assessors at school to work with the partnership's criteria"}
        - {nl: "Plan een jaarlijkse bijeenkomst waarin school en pabo samen beoordelingen vergelijken", en: "Plan a yearly meeting in which the school and the pabo compare assessments together"}
      priority: hoog
    panel_question:
      nl: "Hoe komt het oordeel over een student nu tot stand, en wat gebeurt er als school en pabo het niet eens zijn?"
      en: "How is the judgement on a student reached now, and what happens when the school and the pabo disagree?"

  - id: inductiebeleid-vaststellen
    theme: inductie
    when: "answer(inductie.beleid) <= 2"
    development_point:
      title: {nl: "Stel een inductiebeleid vast", en: "Adopt an induction policy"}
      text:
        nl: "De eerste jaren bepalen of een starter in het onderwijs blijft. Een vastgesteld inductiebeleid zorgt ervoor dat elke starter, op elke school, kan rekenen op begeleiding en tijd om te groeien."
        en: "The first years decide whether a beginning teacher stays in education. An adopted induction policy makes sure that every starter, at every school, can count on support and time to grow."
      actions:
        - {nl: "Schrijf een inductiebeleid met begeleiding, facilitering en duur, en gebruik daarbij het voorbeeld van het partnerschap", en: "Write an induction policy covering support, time and budget, and duration, using the partnership's example"}
        - {nl: "Laat het inductiebeleid vaststellen door het bestuur, na bespreking met schoolleiders en GMR", en: "Have the induction policy adopted by the board after discussion with the school leaders and the GMR"}
        - {nl: "Maak het beleid bekend bij schoolleiders en starters", en: "Make the policy known to school leaders and starters"}
      priority: hoog
    panel_question:
      nl: "Hoe worden starters nu opgevangen, en wat wil het bestuur in het inductiebeleid in elk geval regelen?"
      en: "How are beginning teachers welcomed and supported now, and what does the board want to arrange in the induction policy in any case?"

  - id: arrangement-elke-starter
    theme: inductie
    when: 'answered(inductie.arrangement) and not selected(inductie.arrangement, "ja")'
    development_point:
      title: {nl: "Een arrangement voor elke starter", en: "An arrangement for every starter"}
      text:
        nl: "Er is inductiebeleid, maar nog niet elke starter krijgt begeleiding volgens dat beleid. Juist starters die buiten de boot vallen, bijvoorbeeld bij een tijdelijke aanstelling of een start halverwege het jaar, lopen het meeste risico om uit te vallen."
        en: "There is an induction policy, but not every starter yet gets support according to it. Precisely the starters who fall outside it, for example with a temporary contract or a start halfway through the year, run the highest risk of dropping out."
      actions:
        - {nl: "Maak een overzicht van alle starters en hun begeleiding", en: "Make an overview of all starters and their support"}
        - {nl: "Spreek af dat schoolleiders elke nieuwe starter direct aanmelden voor het inductiearrangement", en: "Agree that school leaders register every new starter for the induction arrangement straight away"}
        - {nl: "Volg twee keer per jaar of alle starters daadwerkelijk begeleid worden", en: "Check twice a year whether all starters are actually being supported"}
      priority: hoog

  - id: inductie-opbouwen
    theme: inductie
    when: "count_at_most(inductie, 1) >= 3"
    panel_question:
      nl: "Bij de inductie van starters is op meerdere punten nog niets geregeld. Hoe worden starters nu begeleid, en wat pakt het bestuur als eerste op?"
      en: "Several aspects of induction for beginning teachers have not been arranged yet. How are starters supported now, and what will the board take up first?"

  - id: doorlopende-lijn
    theme: inductie
    when: "answer(inductie.doorlopende-lijn) <= 2 and score(begeleiding) >= 3"
    development_point:
      title: {nl: "Maak de lijn van student naar starter", en: "Connect student and starter"}
      text:
        nl: "De begeleiding van studenten staat goed, maar die kennis gaat verloren als een student als starter begint. Een doorlopende lijn voorkomt dat een starter opnieuw moet beginnen en maakt de overstap naar de eigen groep minder zwaar."
        en: "The supervision of students is in good shape, but that knowledge is lost when a student starts as a teacher. A continuous line saves the starter from starting over and makes the step to their own class less heavy."
      actions:
        - {nl: "Spreek af dat de ontwikkelpunten uit de afstudeerfase worden overgedragen aan de begeleider van de starter", en: "Agree that the development points from the final phase are handed over to the starter's supervisor"}
        - {nl: "Laat schoolopleider en begeleider van starters samen het aanbod voor studenten en starters op elkaar afstemmen", en: "Have the school-based teacher educator and the starters' supervisor align the offer for students and starters together"}
      priority: midden
    panel_question:
      nl: "Wat neemt een student die als starter bij het bestuur begint mee uit de opleiding, en hoe gebruikt de begeleider dat?"
      en: "What does a student who starts as a teacher at the board bring from their studies, and how does the supervisor use it?"

  - id: zij-instromers-begeleiden
    theme: maatwerk
    when: "answer(maatwerk.zij-instromers-nu) == true and answer(maatwerk.zij-instromers) <= 2"
    development_point:
      title: {nl: "Begeleid zij-instromers op maat", en: "Give career switchers tailored support"}
      text:
        nl: "Zij-instromers staan vaak vanaf het begin voor de groep terwijl ze nog leren. Zonder begeleidingsplan op maat is de kans groot dat ze overbelast raken of afhaken."
        en: "Career switchers often stand in front of a class from the start while they are still learning. Without a tailored support plan they are likely to become overloaded or drop out."
      actions:
        - {nl: "Stel voor elke zij-instromer samen met de opleiding een begeleidingsplan op", en: "Draw up a support plan for every career switcher together with the programme"}
        - {nl: "Wijs elke zij-instromer een vaste begeleider op school toe, met tijd voor die taak", en: "Assign every career switcher a fixed supervisor at school, with time for that task"}
        - {nl: "Bespreek werkdruk en voortgang op vaste momenten", en: "Discuss workload and progress at fixed moments"}
      priority: hoog

  - id: werkplekbegeleider-gesprekken
    theme: begeleiding
    when: 'role() == "werkplekbegeleider" and answer(begeleiding.gesprekken-gepland) <= 2'
    development_point:
      title: {nl: "Maak ruimte voor begeleidingsgesprekken", en: "Make room for supervision conversations"}
      text:
        nl: "Een werkplekbegeleider geeft aan dat vaste begeleidingsgesprekken nog niet goed lukken. Die gesprekken zijn het hart van het leren op de werkplek: daar worden ervaringen in de groep omgezet in leren."
        en: "A workplace supervisor indicates that regular supervision conversations do not work well yet. Those conversations are the heart of workplace learning: that is where experiences in the class are turned into learning."
      actions:
        - {nl: "Plan begeleidingsgesprekken vast in het rooster van werkplekbegeleider en student", en: "Schedule supervision conversations in the timetable of the workplace supervisor and the student"}
        - {nl: "Geef werkplekbegeleiders een eenvoudige opzet voor het gesprek, bijvoorbeeld via de schoolopleider", en: "Give workplace supervisors a simple structure for the conversation, for example through the school-based teacher educator"}
      priority: midden
    panel_question:
      nl: "Wat houdt werkplekbegeleiders tegen om op vaste momenten met hun student in gesprek te gaan?"
      en: "What keeps workplace supervisors from talking with their student at fixed moments?"

  - id: begeleiding-sterk
    theme: begeleiding
    when: "score(begeleiding) >= 3.5 and score(beoordeling) >= 3.5"
    strength:
      nl: "Studenten worden gestructureerd begeleid en samen met de pabo beoordeeld, met gedeelde criteria."
      en: "Students are supervised in a structured way and assessed together with the pabo, with shared criteria."

# How answers given on version 1.0.0 carry over to this version (`waarborg migrate`).
migration:
  from: 1.0.0
  questions:
    # The statement on supervision conversations is split in two; an earlier answer says
    # something about both, so it is carried to each.
    begeleiding.gesprekken: {to: [begeleiding.gesprekken-gepland, begeleiding.gesprekken-leervragen]}

"""##),
        ("questionnaires/waarborg-2/2.0.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-2
version: 2.0.0
safeguard: 2
title: {nl: "Waarborg 2 — Opleiden, begeleiden, beoordelen en inductie", en: "Safeguard 2 — Training, supervision, assessment and induction"}
language: nl
languages: [nl, en]
description:
  nl: "De vier waarborgen in deze vragenlijsten zijn de vertaling die het partnerschap zelf heeft gemaakt van het Kwaliteitskader Samen Opleiden & Inductie (vastgesteld in 2020, herzien in december 2021) — versie 2.0.0 van de vragenlijsten, december 2026 — en niet de tekst van het kader zelf. Dit deel gaat over het opleiden zelf: biedt het bestuur genoeg goede opleidingsplaatsen waar de student als lerende collega in het team meedraait, hoe leert de school studenten lesgeven, hoe begeleiden mentor (werkplekbegeleider), schoolopleider en instituutsopleider hen, hoe beoordelen school en pabo samen, hoe worden starters ingewerkt, en krijgt iedereen die leraar wil worden een eerlijke kans? Je krijgt alleen de uitspraken die bij jouw rol passen. Kun je iets niet beoordelen, kies dan 'Weet ik niet / geen zicht op'; ook dat zegt iets. Er zijn geen goede of foute antwoorden: de uitkomsten zijn input voor het gesprek, geen oordeel."
  en: "The four safeguards in these questionnaires are the partnership's own translation of the Kwaliteitskader Samen Opleiden & Inductie (adopted in 2020, revised in December 2021) — version 2.0.0 of the questionnaires, December 2026 — not the text of the framework itself. This part is about the training itself: does the board offer enough good training places where the student takes part in the team as a learning colleague, how does the school teach students to teach, how do the mentor (workplace supervisor), the school-based teacher educator and the pabo teacher educator supervise them, how do the school and the pabo assess together, how are beginning teachers inducted, and does everyone who wants to become a teacher get a fair chance? You only get the statements that fit your role. If you cannot judge something, choose 'Don't know / no view of it'; that says something too. There are no right or wrong answers: the results are input for the conversation, not a verdict."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}
    - {key: "w", label: {nl: "Weet ik niet / geen zicht op", en: "Don't know / no view of it"}, unknown: true}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.25}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.25, below: 3.0}
    - {id: verankerd, label: {nl: "Verankerd", en: "Embedded"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

themes:
  # ------------------------------------------------------------------
  - id: opleidingsplaatsen
    title: {nl: "Opleidingsplaatsen en de student als lerende collega", en: "Training places and the student as a learning colleague"}
    description:
      nl: "Biedt het bestuur genoeg goede opleidingsplaatsen, verdeeld over de scholen en de studiejaren? En draait de student in het team mee als lerende collega, en niet als stagiair die er tijdelijk bij is?"
      en: "Does the board offer enough good training places, spread over the schools and the years of study? And does the student take part in the team as a learning colleague, not as an intern who is there for a while?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider]
    questions:
      - id: voldoende
        text:
          nl: "Het bestuur biedt elk jaar het aantal opleidingsplaatsen dat met het partnerschap is afgesproken."
          en: "Every year the board offers the number of training places agreed with the partnership."
        help:
          nl: "Volledig: de afgesproken plaatsen zijn op tijd beschikbaar, zonder dat de pabo daar steeds om hoeft te vragen. Onderbouwing: bijvoorbeeld het overzicht van opleidingsplaatsen voor dit studiejaar."
          en: "Fully: the agreed places are available in time, without the pabo having to keep asking for them. Evidence: for example the overview of training places for this year."
        roles: [bestuurder, staf, projectleider]
        kern: true
        evidence: {required: true, for: ["3", "4"]}
      - id: aantal-studenten
        type: number
        min: 0
        max: 2000
        text:
          nl: "Hoeveel pabostudenten hebben dit studiejaar een opleidingsplaats binnen het bestuur?"
          en: "How many pabo students have a training place within the board this year?"
        help:
          nl: "Tel voltijd- en deeltijdstudenten mee. Een schatting is goed."
          en: "Include full-time and part-time students. An estimate is fine."
        roles: [bestuurder, staf, projectleider]
        note: none
      - id: spreiding
        text:
          nl: "De opleidingsplaatsen zijn verdeeld over de scholen en over alle studiejaren, van eerstejaars tot afstudeerders."
          en: "The training places are spread over the schools and over all years of study, from first-year students to graduating students."
        help:
          nl: "Volledig: alle scholen van het bestuur leiden op (tenzij daar met reden iets anders over is afgesproken), en niet steeds dezelfde scholen en leraren vangen de studenten op."
          en: "Fully: all of the board's schools take part in training (unless something else was agreed for a reason), and it is not always the same schools and teachers who take the students."
        roles: [bestuurder, staf, projectleider]
      - id: kwaliteit
        text:
          nl: "Elke opleidingsplaats voldoet aan de afspraken van het partnerschap over een goede leerwerkplek."
          en: "Every training place meets the partnership's agreements on a good learning workplace."
        help:
          nl: "Denk aan: een opgeleide mentor, tijd voor begeleiding, een team dat studenten verwelkomt en ruimte om te oefenen en fouten te maken."
          en: "Think of: a trained mentor, time for supervision, a team that welcomes students and room to practise and make mistakes."
        roles: [schoolleider, instituutsopleider]
      - id: lerende-collega
        text:
          nl: "Studenten draaien in het team mee als lerende collega: ze doen mee aan teamoverleg en studiedagen, dragen bij aan het werk rond de groep, en het team behandelt hen ook zo."
          en: "Students take part in the team as learning colleagues: they join team meetings and study days, contribute to the work around the class, and the team treats them that way."
        help:
          nl: "Volledig: de student hoort bij het team vanaf de eerste dag, heeft een eigen plek in de school en krijgt verantwoordelijkheid die meegroeit met wat hij of zij al kan. Niet: een stagiair die meekijkt en er over een paar weken weer weg is."
          en: "Fully: the student belongs to the team from the first day, has their own place in the school and gets responsibility that grows with what they can already do. Not: an intern who watches and is gone again in a few weeks."
        roles: [schoolleider, schoolopleider, werkplekbegeleider, leraar]

  # ------------------------------------------------------------------
  - id: curriculum
    title: {nl: "Werkplekcurriculum", en: "Workplace curriculum"}
    description:
      nl: "Ligt vast wat studenten op de werkplek leren, sluit dat aan op de pabo, en wordt het in de begeleiding ook echt gebruikt?"
      en: "Is it recorded what students learn in the workplace, does it match the pabo, and is it really used in supervision?"
    roles: [bovenschools-schoolopleider, schoolopleider, werkplekbegeleider, instituutsopleider]
    questions:
      - id: vastgelegd
        text:
          nl: "Er is een werkplekcurriculum vastgelegd dat samen met de pabo is afgestemd: wat studenten per studiejaar op de werkplek leren, en in welke volgorde."
          en: "A workplace curriculum has been recorded and aligned together with the pabo: what students learn in the workplace in each year of study, and in what order."
        help:
          nl: "Volledig: per studiejaar is beschreven welke leeractiviteiten studenten op school doen, gebaseerd op het beroepsbeeld van het partnerschap, en dat sluit aan bij de opdrachten en leerdoelen van de pabo in hetzelfde jaar."
          en: "Fully: for each year of study it is described which learning activities students do at school, based on the partnership's professional profile, and this matches the pabo's assignments and learning goals in the same year."
        roles: [bovenschools-schoolopleider, schoolopleider, instituutsopleider]
        kern: true
        evidence: {required: true, for: ["3", "4"]}
      - id: gebruikt
        text:
          nl: "Mentoren kennen het werkplekcurriculum en plannen er samen met de student leeractiviteiten uit."
          en: "Mentors know the workplace curriculum and plan learning activities from it together with the student."
        help:
          nl: "Volledig: de student werkt aan wat in het curriculum voor dat studiejaar staat, en niet alleen aan wat toevallig uitkomt."
          en: "Fully: the student works on what the curriculum sets for that year of study, not just on whatever happens to come up."
        roles: [bovenschools-schoolopleider, werkplekbegeleider]
      - id: breedte
        text:
          nl: "Studenten leren het beroep in de volle breedte, ook buiten de eigen groep."
          en: "Students learn the profession in its full breadth, also outside their own class."
        help:
          nl: "Denk aan oudergesprekken, overleg over de ondersteuning van leerlingen en samenwerking met collega's."
          en: "Think of parent conversations, meetings on pupil support and working with colleagues."
        roles: [werkplekbegeleider]
      - id: onderzoek
        text:
          nl: "Studenten doen praktijkonderzoek dat aansluit bij vragen van de school, en de uitkomsten worden met het team gedeeld."
          en: "Students carry out practice-based research that relates to questions of the school, and the results are shared with the team."
        help:
          nl: "Denk aan een afstudeeronderzoek over een vraag van het team, dat in een teamvergadering wordt besproken."
          en: "Think of a graduation study on a question from the team, which is discussed in a team meeting."
        roles: [bovenschools-schoolopleider, schoolleider]
      - id: bijstellen
        text:
          nl: "Het werkplekcurriculum wordt elk jaar met de pabo besproken en waar nodig bijgesteld."
          en: "The workplace curriculum is discussed with the pabo every year and adjusted where needed."
        help:
          nl: "Bijvoorbeeld aan de hand van de evaluaties van studenten en mentoren."
          en: "For example on the basis of the evaluations by students and mentors."
        roles: [bovenschools-schoolopleider, instituutsopleider]

  # ------------------------------------------------------------------
  - id: opleidingsdidactiek
    title: {nl: "Opleidingsdidactiek", en: "Teacher-education pedagogy"}
    description:
      nl: "Hoe leert de school studenten lesgeven? Doen mentor en schoolopleider voor, maken ze hun keuzes zichtbaar, geven ze feedback op lessen, en leert de student van de eigen praktijk?"
      en: "How does the school teach students to teach? Do the mentor and the school-based teacher educator model teaching, make their choices visible, give feedback on lessons, and does the student learn from their own practice?"
    roles: [schoolopleider, werkplekbegeleider, instituutsopleider]
    questions:
      - id: voordoen
        text:
          nl: "Mentoren doen bewust voor hoe zij lesgeven en maken daarbij hun keuzes hardop: wat ze doen, en waarom."
          en: "Mentors deliberately model how they teach and make their choices explicit: what they do, and why."
        help:
          nl: "Denk aan: de mentor bespreekt vooraf waar de student op kan letten, en licht na de les toe waarom hij of zij een aanpak koos of halverwege bijstuurde."
          en: "Think of: the mentor says beforehand what the student could look out for, and explains after the lesson why they chose an approach or changed course halfway."
        roles: [schoolopleider, werkplekbegeleider]
      - id: feedback
        text:
          nl: "Studenten krijgen geregeld feedback op hun lessen, op basis van observatie met een afgesproken kijkpunt."
          en: "Students regularly get feedback on their lessons, based on observation with an agreed focus."
        help:
          nl: "Volledig: de mentor of schoolopleider kijkt op vaste momenten mee, met een kijkpunt dat bij de leervraag van de student past, en bespreekt de les kort na afloop."
          en: "Fully: the mentor or school-based teacher educator observes at fixed moments, with a focus that fits the student's learning question, and discusses the lesson shortly afterwards."
        kern: true
      - id: leren-van-praktijk
        text:
          nl: "Studenten leren van hun praktijk in gesprekken met mentor en schoolopleider: ze brengen eigen leervragen in en verbinden wat ze in de groep meemaken met wat ze op de pabo leren."
          en: "Students learn from their practice in conversations with the mentor and the school-based teacher educator: they bring in their own learning questions and connect what they experience in the class with what they learn at the pabo."
        help:
          nl: "Volledig: de student bereidt gesprekken voor met een eigen leervraag, en mentor of schoolopleider helpt die scherp te krijgen en er theorie bij te zoeken."
          en: "Fully: the student prepares conversations with a learning question of their own, and the mentor or school-based teacher educator helps to sharpen it and find theory to go with it."
        roles: [schoolopleider, werkplekbegeleider]
      - id: leren-met-elkaar
        text:
          nl: "Studenten leren ook met en van elkaar, bijvoorbeeld in intervisie of in bijeenkomsten op school die de schoolopleider leidt."
          en: "Students also learn with and from each other, for example in peer consultation or in meetings at school led by the school-based teacher educator."
        help:
          nl: "Volledig: studenten in de school of het cluster komen geregeld samen en bespreken daar lessen en vragen uit hun praktijk."
          en: "Fully: students in the school or cluster meet regularly and discuss lessons and questions from their practice."
        roles: [schoolopleider, werkplekbegeleider]

  # ------------------------------------------------------------------
  - id: begeleiding
    title: {nl: "Begeleiding van studenten", en: "Supervision of students"}
    description:
      nl: "Is de begeleiding van studenten goed geregeld: een vaste mentor, geplande gesprekken, een schoolopleider die overzicht houdt en contact met de pabo?"
      en: "Is the supervision of students well organised: a fixed mentor, scheduled conversations, a school-based teacher educator who keeps an overview, and contact with the pabo?"
    roles: [schoolleider, schoolopleider, werkplekbegeleider, instituutsopleider]
    questions:
      - id: vaste-begeleider
        text:
          nl: "Elke student heeft een vaste mentor en een duidelijk aanspreekpunt op school."
          en: "Every student has a fixed mentor and a clear contact person at school."
        help:
          nl: "Volledig: vanaf de eerste dag weet de student wie de mentor is en bij wie hij of zij terechtkan als die er niet is."
          en: "Fully: from the first day the student knows who the mentor is and whom to turn to when that person is not there."
        roles: [schoolleider, werkplekbegeleider]
        kern: true
      - id: gesprekken-gepland
        text:
          nl: "Mentoren voeren op vaste, geplande momenten begeleidingsgesprekken met hun student."
          en: "Mentors hold supervision conversations with their student at fixed, scheduled moments."
        help:
          nl: "Volledig: de gesprekken staan in het rooster (bijvoorbeeld wekelijks of om de week) en gaan ook door in drukke weken."
          en: "Fully: the conversations are in the timetable (for example weekly or every other week) and also take place in busy weeks."
        roles: [werkplekbegeleider]
      - id: schoolopleider
        text:
          nl: "De schoolopleider volgt de ontwikkeling van de studenten in de school en ondersteunt de mentoren."
          en: "The school-based teacher educator follows the development of the students in the school and supports the mentors."
        help:
          nl: "Denk aan: de schoolopleider heeft overzicht over alle studenten, organiseert bijeenkomsten en is vraagbaak voor mentoren."
          en: "Think of: the school-based teacher educator has an overview of all students, organises meetings and is the go-to person for mentors."
        roles: [schoolleider, werkplekbegeleider]
      - id: samen-pabo
        text:
          nl: "Student, mentor en instituutsopleider bespreken samen de voortgang van de student."
          en: "The student, the mentor and the pabo teacher educator discuss the student's progress together."
        help:
          nl: "Volledig: er is minstens één driegesprek per opleidingsperiode, en de afspraken daaruit worden vastgelegd."
          en: "Fully: there is at least one three-way conversation per training period, and the agreements made are recorded."
        roles: [schoolopleider, werkplekbegeleider, instituutsopleider]
      - id: vroeg-signaleren
        text:
          nl: "Als een student vastloopt, wordt dat vroeg gesignaleerd en samen met de pabo opgepakt."
          en: "When a student gets stuck, this is noticed early and dealt with together with the pabo."
        help:
          nl: "Denk aan: zorgen over een student worden binnen enkele weken gedeeld met de instituutsopleider, niet pas bij de beoordeling."
          en: "Think of: concerns about a student are shared with the pabo teacher educator within a few weeks, not only at the assessment."
        roles: [schoolopleider, instituutsopleider]

  # ------------------------------------------------------------------
  - id: beoordeling
    title: {nl: "Beoordelen", en: "Assessment"}
    description:
      nl: "Beoordelen school en pabo studenten samen, met gedeelde criteria die de student vooraf kent?"
      en: "Do the school and the pabo assess students together, with shared criteria the student knows in advance?"
    roles: [bovenschools-schoolopleider, schoolopleider, werkplekbegeleider, instituutsopleider]
    questions:
      - id: gezamenlijk
        text:
          nl: "School en pabo beoordelen studenten samen."
          en: "The school and the pabo assess students together."
        help:
          nl: "Volledig: de mentor of schoolopleider en de instituutsopleider komen samen tot een oordeel, en beide inbrengen tellen mee."
          en: "Fully: the mentor or school-based teacher educator and the pabo teacher educator reach a judgement together, and both contributions count."
        kern: true
      - id: criteria
        text:
          nl: "School en pabo beoordelen met dezelfde criteria, en de student weet vooraf hoe, wanneer en door wie hij of zij beoordeeld wordt."
          en: "The school and the pabo assess with the same criteria, and the student knows in advance how, when and by whom they will be assessed."
        help:
          nl: "Denk aan beoordelingsformulieren of rubrics van het partnerschap die op school en op de pabo hetzelfde zijn, en die aan het begin van de opleidingsperiode met de student zijn besproken."
          en: "Think of the partnership's assessment forms or rubrics, which are the same at school and at the pabo and have been discussed with the student at the start of the training period."
        roles: [bovenschools-schoolopleider, schoolopleider, instituutsopleider]
        evidence: {required: true, for: ["3", "4"]}
      - id: toegerust
        text:
          nl: "Wie op school beoordeelt, is getraind in het beoordelen met deze criteria."
          en: "Those who assess at school have been trained to assess with these criteria."
        help:
          nl: "Volledig: beoordelaars op school hebben een training gevolgd of zijn door de schoolopleider ingewerkt."
          en: "Fully: assessors at school have followed a training or have been introduced to it by the school-based teacher educator."
        roles: [bovenschools-schoolopleider, werkplekbegeleider]
      - id: afstemmen
        text:
          nl: "Beoordelaars van school en pabo stemmen hun oordelen geregeld op elkaar af."
          en: "Assessors from the school and the pabo regularly align their judgements."
        help:
          nl: "Denk aan bijeenkomsten waarin school en pabo samen een les of portfolio beoordelen en de verschillen bespreken."
          en: "Think of meetings where the school and the pabo assess a lesson or portfolio together and discuss the differences."
        roles: [bovenschools-schoolopleider, instituutsopleider]

  # ------------------------------------------------------------------
  - id: inductie
    title: {nl: "Inductie van startende leraren", en: "Induction of beginning teachers"}
    description:
      nl: "Heeft het bestuur een vastgesteld inductiebeleid, krijgt elke starter een inductiearrangement, en loopt er een doorgaande lijn van student naar starter?"
      en: "Does the board have an adopted induction policy, does every beginning teacher get an induction arrangement, and is there a continuous line from student to starter?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, leraar]
    questions:
      - id: beleid
        text:
          nl: "Het bestuur heeft een inductiebeleid voor startende leraren vastgesteld."
          en: "The board has adopted an induction policy for beginning teachers."
        help:
          nl: "Volledig: het inductiebeleid is schriftelijk vastgelegd, door het bestuur vastgesteld (na advies of instemming van de GMR, zoals de WMS vraagt) en beschrijft de begeleiding, de facilitering en de duur ervan in de eerste jaren."
          en: "Fully: the induction policy is written down, adopted by the board (after the joint participation council, GMR, has advised or consented as the law requires) and describes the support, the time and budget set aside for it, and its duration in the first years."
        roles: [bestuurder, staf, projectleider, schoolleider]
        kern: true
        evidence: {required: true, for: ["3", "4"]}
      - id: arrangement
        type: choice
        text:
          nl: "Krijgt elke starter een inductiearrangement volgens het inductiebeleid?"
          en: "Does every beginning teacher get an induction arrangement according to the induction policy?"
        help:
          nl: "Denk aan starters op alle scholen, ook wie halverwege het jaar begint, een tijdelijke aanstelling heeft of via deeltijd of zij-instroom leraar werd."
          en: "Think of starters at all schools, including those who start halfway through the year, have a temporary contract or became a teacher through a part-time programme or as a career switcher."
        roles: [bestuurder, staf, projectleider, schoolleider]
        options:
          - {key: "ja", label: {nl: "Ja, elke starter", en: "Yes, every starter"}}
          - {key: "meeste", label: {nl: "De meeste starters", en: "Most starters"}}
          - {key: "enkele", label: {nl: "Alleen enkele starters", en: "Only a few starters"}}
          - {key: "nee", label: {nl: "Nee, nog niet", en: "No, not yet"}}
        note: none
        show_if: "answer(inductie.beleid) >= 2"
      - id: arrangement-evaluatie
        text:
          nl: "Het bestuur bespreekt elk jaar met de starters of het inductiearrangement werkt, en past het zo nodig aan."
          en: "Every year the board discusses with the beginning teachers whether the induction arrangement works, and adjusts it where needed."
        help:
          nl: "Alleen gevraagd als er een vastgesteld inductiebeleid is. Denk aan een evaluatiegesprek of een korte vragenlijst aan het eind van het schooljaar."
          en: "Only asked when an induction policy has been adopted. Think of an evaluation meeting or a short questionnaire at the end of the school year."
        roles: [bestuurder, staf, projectleider]
        show_if: "answer(inductie.beleid) >= 3"
      - id: aantal-starters
        type: number
        min: 0
        max: 1000
        text:
          nl: "Hoeveel startende leraren (in de eerste drie jaar van hun loopbaan) werken er nu binnen het bestuur?"
          en: "How many beginning teachers (in the first three years of their career) currently work within the board?"
        help:
          nl: "Een schatting is goed."
          en: "An estimate is fine."
        roles: [bestuurder, staf, projectleider]
        note: none
      - id: begeleider
        text:
          nl: "Elke starter heeft een vaste begeleider die voor die rol is toegerust."
          en: "Every beginning teacher has a fixed supervisor who is equipped for that role."
        help:
          nl: "Volledig: de begeleider is niet de leidinggevende, heeft een begeleiderstraining gevolgd en heeft tijd voor deze taak."
          en: "Fully: the supervisor is not the line manager, has followed a supervision training and has time for this task."
        roles: [bovenschools-schoolopleider, schoolleider, leraar]
      - id: tijd-starter
        text:
          nl: "Starters krijgen tijd voor hun begeleiding en ontwikkeling, en die tijd is vastgelegd in het werkverdelingsplan."
          en: "Beginning teachers get time for their support and development, and that time is recorded in the school's work distribution plan (werkverdelingsplan)."
        help:
          nl: "Bijvoorbeeld minder lesgebonden uren of vrij geroosterde uren voor begeleiding, intervisie en scholing."
          en: "For example fewer teaching hours or scheduled free hours for support, peer consultation and training."
        roles: [schoolleider, leraar]
      - id: bekend
        text:
          nl: "Starters kennen het inductiebeleid en weten wat ze ervan mogen verwachten."
          en: "Beginning teachers know the induction policy and what they can expect from it."
        help:
          nl: "Denk aan: het inductiebeleid wordt besproken in het eerste gesprek met een nieuwe starter."
          en: "Think of: the induction policy is discussed in the first conversation with a new starter."
        roles: [leraar]
      - id: doorlopende-lijn
        text:
          nl: "Er is een doorlopende lijn van student naar starter: wat een student aan het eind van de opleiding liet zien, is het vertrekpunt voor de begeleiding als starter."
          en: "There is a continuous line from student to starter: what a student showed at the end of their studies is the starting point for their support as a starter."
        help:
          nl: "Denk aan: het eindverslag of de ontwikkelpunten uit de afstudeerfase worden met de begeleider van de starter besproken."
          en: "Think of: the final report or development points from the final phase are discussed with the starter's supervisor."
        roles: [projectleider, bovenschools-schoolopleider, schoolleider]
      - id: aanbod-studenten
        text:
          nl: "Het bestuur biedt studenten aan het eind van hun opleiding actief een plek als starter aan."
          en: "The board actively offers students a position as a starter at the end of their studies."
        help:
          nl: "Denk aan: afstudeerders worden tijdig benaderd, en hun opleidingsschool of een andere school van het bestuur kan hen een baan bieden."
          en: "Think of: graduating students are approached in time, and their training school or another school of the board can offer them a job."
        roles: [bestuurder, staf, projectleider, schoolleider]

  # ------------------------------------------------------------------
  - id: diversiteit
    title: {nl: "Diversiteit en kansengelijkheid", en: "Diversity and equal opportunities"}
    description:
      nl: "Wie leidt het bestuur op, en hoe? Krijgen deeltijdstudenten, zij-instromers en studenten met een migratieachtergrond een eerlijke kans en begeleiding die bij hen past? En leren studenten lesgeven aan diverse groepen?"
      en: "Whom does the board train, and how? Do part-time students, career switchers (zij-instromers) and students with a migration background get a fair chance and support that fits them? And do students learn to teach diverse classes?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider]
    questions:
      - id: diverse-instroom
        text:
          nl: "Het bestuur biedt opleidingsplaatsen voor alle routes naar het leraarschap en zorgt ervoor dat ook zij-instromers, deeltijdstudenten en studenten met een migratieachtergrond een plek en later een baan vinden."
          en: "The board offers training places for every route into teaching and makes sure that career switchers, part-time students and students with a migration background also find a place and, later, a job."
        help:
          nl: "Denk aan: voltijd, deeltijd en zij-instroom hebben allemaal een plek; bij het toewijzen van opleidingsplaatsen en bij werving let het bestuur erop dat niemand op naam, achtergrond of leeftijd buiten de boot valt; het bestuur wil teams die lijken op de leerlingen die ze lesgeven."
          en: "Think of: full-time, part-time and career-switch routes all have a place; when allocating training places and recruiting, the board makes sure nobody misses out because of their name, background or age; the board wants teams that resemble the pupils they teach."
        roles: [bestuurder, staf, projectleider, schoolleider, instituutsopleider]
      - id: deeltijd
        text:
          nl: "Deeltijdstudenten krijgen begeleiding die past bij hun situatie, waarin ze vaak werken en leren tegelijk."
          en: "Part-time students get support that fits their situation, in which they often work and study at the same time."
        help:
          nl: "Volledig: afspraken over begeleiding, opleidingsdagen en opdrachten houden rekening met hun werk en eerdere ervaring, en hun mentor kent de opleidingsroute."
          en: "Fully: agreements on supervision, training days and assignments take their work and prior experience into account, and their mentor knows the programme route."
        roles: [werkplekbegeleider, instituutsopleider]
      - id: lerend
        text:
          nl: "Deeltijdstudenten en zij-instromers die al lesgeven, worden begeleid als lerende collega en niet alleen ingezet om de formatie rond te krijgen."
          en: "Part-time students and career switchers who already teach are supported as learning colleagues, not only deployed to fill the staffing."
        help:
          nl: "Volledig: er is tijd en ruimte voor opdrachten van de opleiding, observatie en begeleidingsgesprekken, en de school bewaakt dat de combinatie van werken en leren haalbaar blijft."
          en: "Fully: there is time and room for assignments of the programme, observation and supervision conversations, and the school makes sure the combination of working and studying remains feasible."
        roles: [bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider]
        kern: true
      - id: zij-instromers-nu
        type: yesno
        text:
          nl: "Werken er op dit moment zij-instromers binnen het bestuur?"
          en: "Are there currently career switchers (zij-instromers) working within the board?"
        roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider]
        note: none
      - id: zij-instromers
        text:
          nl: "Elke zij-instromer heeft een begeleidingsplan dat rekening houdt met eerdere ervaring en met het werk naast de opleiding."
          en: "Every career switcher has a support plan that takes prior experience and the work alongside the programme into account."
        help:
          nl: "Volledig: vóór de aanstelling is er een geschiktheidsonderzoek geweest, het plan is samen met de opleiding opgesteld, en er is een vaste begeleider op school met tijd voor die taak. Na het diploma volgt het inductiearrangement, afgestemd op de ervaring van de zij-instromer."
          en: "Fully: before the appointment there has been a suitability assessment, the plan has been drawn up together with the programme, and there is a fixed supervisor at school with time for that task. After the diploma the induction arrangement follows, adapted to the career switcher's experience."
        roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider]
        evidence: {required: true, for: ["3", "4"]}
        show_if: "answer(diversiteit.zij-instromers-nu) == true"
      - id: diverse-groepen
        text:
          nl: "Studenten leren lesgeven aan diverse groepen: omgaan met verschillen in taal, achtergrond en ondersteuningsbehoefte, met hoge verwachtingen van elke leerling."
          en: "Students learn to teach diverse classes: dealing with differences in language, background and support needs, with high expectations of every pupil."
        help:
          nl: "Denk aan: studenten leren ook op een school met een andere leerlingpopulatie dan ze gewend zijn, en bespreken met hun mentor hoe hun verwachtingen en keuzes de kansen van leerlingen beïnvloeden."
          en: "Think of: students also learn at a school with a different pupil population from the one they are used to, and discuss with their mentor how their expectations and choices affect pupils' chances."
        roles: [schoolopleider, werkplekbegeleider, leraar, instituutsopleider]

rules:
  - id: opleidingsplaatsen-genoeg
    theme: opleidingsplaatsen
    when: "answer(opleidingsplaatsen.voldoende) <= 2 or answer(opleidingsplaatsen.kwaliteit) <= 2"
    development_point:
      title: {nl: "Zorg voor genoeg goede opleidingsplaatsen", en: "Provide enough good training places"}
      text:
        nl: "Zonder voldoende goede leerwerkplekken kan het partnerschap niet groeien, en komen studenten terecht op plekken waar begeleiding of ruimte om te leren ontbreekt."
        en: "Without enough good learning workplaces the partnership cannot grow, and students end up in places where supervision or room to learn is lacking."
      actions:
        - {nl: "Maak per school een overzicht van opleidingsplaatsen en mentoren voor het komende studiejaar", en: "Make an overview per school of training places and mentors for the coming year"}
        - {nl: "Toets de opleidingsplaatsen aan de afspraken van het partnerschap over een goede leerwerkplek", en: "Check the training places against the partnership's agreements on a good learning workplace"}
        - {nl: "Spreek met de schoolleiders af hoe de opleidingsplaatsen eerlijk over de scholen worden verdeeld", en: "Agree with the school leaders how training places are divided fairly over the schools"}
      priority: midden
    panel_question:
      nl: "Wat maakt het voor scholen lastig om (meer) opleidingsplaatsen te bieden, en wat zou daarbij helpen?"
      en: "What makes it hard for schools to offer (more) training places, and what would help?"

  - id: lerende-collega
    theme: opleidingsplaatsen
    when: "answer(opleidingsplaatsen.lerende-collega) <= 2"
    development_point:
      title: {nl: "Maak de student een lerende collega", en: "Make the student a learning colleague"}
      text:
        nl: "Bij Samen Opleiden is een student geen stagiair maar een lerende collega: hij of zij leert het vak door mee te doen in het team, met echte verantwoordelijkheid. Wie alleen meekijkt in één groep, mist wat het beroep verder vraagt en voelt zich geen collega."
        en: "Samen Opleiden is not an internship model: a student learns the profession by taking part in the team, with real responsibility. A student who only watches in one class misses what else the profession asks and does not feel like a colleague."
      actions:
        - {nl: "Nodig studenten standaard uit voor teamoverleg en studiedagen, en zet ze op de mailinglijst en in het rooster van het team", en: "Invite students to team meetings and study days as standard, and put them on the team's mailing list and timetable"}
        - {nl: "Spreek per student af welke taken buiten de groep hij of zij dit jaar oppakt, en laat die meegroeien met het studiejaar", en: "Agree per student which tasks outside the class they take on this year, growing with the year of study"}
        - {nl: "Bespreek in een teamvergadering wat 'lerende collega' voor het team betekent", en: "Discuss in a team meeting what 'learning colleague' means for the team"}
      priority: midden

  - id: curriculum-vastleggen
    theme: curriculum
    when: "answer(curriculum.vastgelegd) <= 2"
    development_point:
      title: {nl: "Leg het werkplekcurriculum vast en stem het af met de pabo", en: "Record the workplace curriculum and align it with the pabo"}
      text:
        nl: "Als niet vastligt wat studenten op de werkplek leren, hangt hun leren af van de groep en de mentor die ze toevallig treffen, en sluiten school en pabo niet op elkaar aan."
        en: "If it is not recorded what students learn in the workplace, their learning depends on the class and the mentor they happen to get, and the school and the pabo do not connect."
      actions:
        - {nl: "Beschrijf per studiejaar de leeractiviteiten op de werkplek, samen met de instituutsopleider", en: "Describe the workplace learning activities per year of study, together with the pabo teacher educator"}
        - {nl: "Leg het werkplekcurriculum naast de opdrachten van de pabo en los overlap en gaten op", en: "Compare the workplace curriculum with the pabo's assignments and resolve overlaps and gaps"}
        - {nl: "Bespreek het werkplekcurriculum met alle mentoren", en: "Discuss the workplace curriculum with all mentors"}
      priority: hoog

  - id: opleidingsdidactiek-versterken
    theme: opleidingsdidactiek
    when: "answer(opleidingsdidactiek.feedback) <= 2 or answer(opleidingsdidactiek.voordoen) <= 2"
    development_point:
      title: {nl: "Versterk de opleidingsdidactiek op de werkplek", en: "Strengthen teacher-education pedagogy in the workplace"}
      text:
        nl: "Een goede leraar is nog geen goede opleider. Studenten leren het meest als de mentor zichtbaar maakt waarom hij of zij iets doet, en als lessen met een afgesproken kijkpunt worden nabesproken. Dat vraagt om gerichte vaardigheden van mentoren."
        en: "A good teacher is not yet a good teacher educator. Students learn most when the mentor makes visible why they do something, and when lessons are discussed afterwards with an agreed focus. That asks for specific skills of mentors."
      actions:
        - {nl: "Laat de schoolopleider met elke mentor minstens één keer per jaar samen een les van een student observeren en nabespreken", en: "Have the school-based teacher educator observe and discuss a student's lesson together with every mentor at least once a year"}
        - {nl: "Spreek een vaste opzet af voor lesobservatie en nabespreking, met een kijkpunt dat bij de leervraag van de student past", en: "Agree a fixed format for lesson observation and discussion, with a focus that fits the student's learning question"}
        - {nl: "Besteed in de mentorbijeenkomsten tijd aan voordoen en hardop denken", en: "Spend time in the mentor meetings on modelling and thinking aloud"}
      priority: midden
    panel_question:
      nl: "Hoe leren mentoren op jullie scholen hoe je een student leert lesgeven, en wie helpt hen daarbij?"
      en: "How do mentors at your schools learn how to teach a student to teach, and who helps them with that?"

  - id: werkplekbegeleider-gesprekken
    theme: begeleiding
    when: 'role() == "werkplekbegeleider" and answer(begeleiding.gesprekken-gepland) <= 2'
    development_point:
      title: {nl: "Maak ruimte voor begeleidingsgesprekken", en: "Make room for supervision conversations"}
      text:
        nl: "Een mentor geeft aan dat vaste begeleidingsgesprekken nog niet goed lukken. Die gesprekken zijn het hart van het leren op de werkplek: daar worden ervaringen in de groep omgezet in leren."
        en: "A mentor indicates that regular supervision conversations do not work well yet. Those conversations are the heart of workplace learning: that is where experiences in the class are turned into learning."
      actions:
        - {nl: "Plan begeleidingsgesprekken vast in het rooster van mentor en student", en: "Schedule supervision conversations in the timetable of the mentor and the student"}
        - {nl: "Geef mentoren een eenvoudige opzet voor het gesprek, bijvoorbeeld via de schoolopleider", en: "Give mentors a simple structure for the conversation, for example through the school-based teacher educator"}
      priority: midden
    panel_question:
      nl: "Wat houdt mentoren tegen om op vaste momenten met hun student in gesprek te gaan?"
      en: "What keeps mentors from talking with their student at fixed moments?"

  - id: beoordeling-samen
    theme: beoordeling
    when: "answer(beoordeling.gezamenlijk) <= 2 and score(beoordeling) < 3"
    development_point:
      title: {nl: "Beoordeel samen met de pabo", en: "Assess together with the pabo"}
      text:
        nl: "Een beoordeling is pas betrouwbaar en eerlijk als school en pabo met dezelfde criteria kijken en hun oordelen op elkaar afstemmen. De school ziet de student het vaakst in de praktijk; die blik hoort in de beoordeling mee te tellen."
        en: "An assessment is only reliable and fair when the school and the pabo look with the same criteria and align their judgements. The school sees the student in practice most often; that view should count in the assessment."
      actions:
        - {nl: "Spreek met de pabo af wie op school meebeoordeelt en hoe beide oordelen samenkomen", en: "Agree with the pabo who assesses at school and how both judgements come together"}
        - {nl: "Train beoordelaars op school in het werken met de criteria van het partnerschap", en: "Train assessors at school to work with the partnership's criteria"}
        - {nl: "Plan een jaarlijkse bijeenkomst waarin school en pabo samen beoordelingen vergelijken", en: "Plan a yearly meeting in which the school and the pabo compare assessments together"}
      priority: hoog
    panel_question:
      nl: "Hoe komt het oordeel over een student nu tot stand, en wat gebeurt er als school en pabo het niet eens zijn?"
      en: "How is the judgement on a student reached now, and what happens when the school and the pabo disagree?"

  - id: begeleiding-sterk
    theme: begeleiding
    when: "score(begeleiding) >= 3.5 and score(beoordeling) >= 3.5"
    strength:
      nl: "Studenten worden gestructureerd begeleid en samen met de pabo beoordeeld, met gedeelde criteria."
      en: "Students are supervised in a structured way and assessed together with the pabo, with shared criteria."

  - id: inductiebeleid-vaststellen
    theme: inductie
    when: "answer(inductie.beleid) <= 2"
    development_point:
      title: {nl: "Stel een inductiebeleid vast", en: "Adopt an induction policy"}
      text:
        nl: "De eerste jaren bepalen of een starter in het onderwijs blijft. Een vastgesteld inductiebeleid zorgt ervoor dat elke starter, op elke school, kan rekenen op begeleiding en tijd om te groeien."
        en: "The first years decide whether a beginning teacher stays in education. An adopted induction policy makes sure that every starter, at every school, can count on support and time to grow."
      actions:
        - {nl: "Schrijf een inductiebeleid met begeleiding, facilitering en duur, en gebruik daarbij het voorbeeld van het partnerschap", en: "Write an induction policy covering support, time and budget, and duration, using the partnership's example"}
        - {nl: "Bespreek het concept met schoolleiders, leg het aan de GMR voor (advies of instemming) en laat het bestuur het daarna vaststellen", en: "Discuss the draft with the school leaders, put it to the GMR (advice or consent) and then have the board adopt it"}
        - {nl: "Maak het beleid bekend bij schoolleiders en starters", en: "Make the policy known to school leaders and starters"}
      priority: hoog
    panel_question:
      nl: "Hoe worden starters nu opgevangen, en wat wil het bestuur in het inductiebeleid in elk geval regelen?"
      en: "How are beginning teachers welcomed and supported now, and what does the board want to arrange in the induction policy in any case?"

  - id: arrangement-elke-starter
    theme: inductie
    when: 'answered(inductie.arrangement) and not selected(inductie.arrangement, "ja")'
    development_point:
      title: {nl: "Een inductiearrangement voor elke starter", en: "An induction arrangement for every starter"}
      text:
        nl: "Er is inductiebeleid, maar nog niet elke starter krijgt begeleiding volgens dat beleid. Juist starters die buiten de boot vallen, bijvoorbeeld bij een tijdelijke aanstelling of een start halverwege het jaar, lopen het meeste risico om uit te vallen."
        en: "There is an induction policy, but not every starter yet gets support according to it. Precisely the starters who fall outside it, for example with a temporary contract or a start halfway through the year, run the highest risk of dropping out."
      actions:
        - {nl: "Maak een overzicht van alle starters en hun begeleiding", en: "Make an overview of all starters and their support"}
        - {nl: "Spreek af dat schoolleiders elke nieuwe starter direct aanmelden voor het inductiearrangement", en: "Agree that school leaders register every new starter for the induction arrangement straight away"}
        - {nl: "Volg twee keer per jaar of alle starters daadwerkelijk begeleid worden", en: "Check twice a year whether all starters are actually being supported"}
      priority: hoog

  - id: inductie-opbouwen
    theme: inductie
    when: "count_at_most(inductie, 1) >= 3"
    panel_question:
      nl: "Bij de inductie van starters is op meerdere punten nog niets geregeld. Hoe worden starters nu begeleid, en wat pakt het bestuur als eerste op?"
      en: "Several aspects of induction for beginning teachers have not been arranged yet. How are starters supported now, and what will the board take up first?"

  - id: inductie-geen-zicht
    theme: inductie
    when: "count_unknown(inductie) >= 2"
    panel_question:
      nl: "Meerdere antwoorden over inductie zijn 'weet ik niet'. Hoe horen schoolleiders en starters wat het inductiebeleid hun biedt?"
      en: "Several answers on induction are 'don't know'. How do school leaders and starters hear what the induction policy offers them?"

  - id: doorlopende-lijn
    theme: inductie
    when: "answer(inductie.doorlopende-lijn) <= 2 and score(begeleiding) >= 3"
    development_point:
      title: {nl: "Maak de lijn van student naar starter", en: "Connect student and starter"}
      text:
        nl: "De begeleiding van studenten staat goed, maar die kennis gaat verloren als een student als starter begint. Een doorlopende lijn voorkomt dat een starter opnieuw moet beginnen en maakt de overstap naar de eigen groep minder zwaar."
        en: "The supervision of students is in good shape, but that knowledge is lost when a student starts as a teacher. A continuous line saves the starter from starting over and makes the step to their own class less heavy."
      actions:
        - {nl: "Spreek af dat de ontwikkelpunten uit de afstudeerfase worden overgedragen aan de begeleider van de starter", en: "Agree that the development points from the final phase are handed over to the starter's supervisor"}
        - {nl: "Laat schoolopleider en begeleider van starters samen het aanbod voor studenten en starters op elkaar afstemmen", en: "Have the school-based teacher educator and the starters' supervisor align the offer for students and starters together"}
      priority: midden
    panel_question:
      nl: "Wat neemt een student die als starter bij het bestuur begint mee uit de opleiding, en hoe gebruikt de begeleider dat?"
      en: "What does a student who starts as a teacher at the board bring from their studies, and how does the supervisor use it?"

  - id: zij-instromers-begeleiden
    theme: diversiteit
    when: "answer(diversiteit.zij-instromers-nu) == true and answer(diversiteit.zij-instromers) <= 2"
    development_point:
      title: {nl: "Begeleid zij-instromers op maat", en: "Give career switchers tailored support"}
      text:
        nl: "Zij-instromers staan vaak vanaf het begin voor de groep terwijl ze nog leren. Zonder begeleidingsplan op maat is de kans groot dat ze overbelast raken of afhaken."
        en: "Career switchers often stand in front of a class from the start while they are still learning. Without a tailored support plan they are likely to become overloaded or drop out."
      actions:
        - {nl: "Stel voor elke zij-instromer samen met de opleiding een begeleidingsplan op", en: "Draw up a support plan for every career switcher together with the programme"}
        - {nl: "Wijs elke zij-instromer een vaste begeleider op school toe, met tijd voor die taak in het werkverdelingsplan", en: "Assign every career switcher a fixed supervisor at school, with time for that task in the work distribution plan"}
        - {nl: "Bespreek werkdruk en voortgang op vaste momenten", en: "Discuss workload and progress at fixed moments"}
      priority: hoog

  - id: kansengelijkheid
    theme: diversiteit
    when: "answer(diversiteit.diverse-instroom) <= 2 or answer(diversiteit.diverse-groepen) <= 2"
    development_point:
      title: {nl: "Maak werk van diversiteit in wie en hoe je opleidt", en: "Work on diversity in whom and how you train"}
      text:
        nl: "De leerlingen in de regio zijn divers, de teams vaak minder. Wie zij-instromers, deeltijdstudenten en studenten met een migratieachtergrond een eerlijke kans geeft, en studenten leert lesgeven aan diverse groepen, werkt aan kansengelijkheid voor leerlingen én aan het lerarentekort."
        en: "The pupils in the region are diverse, the teams often less so. Giving career switchers, part-time students and students with a migration background a fair chance, and teaching students to teach diverse classes, works towards equal opportunities for pupils and against the teacher shortage."
      actions:
        - {nl: "Kijk met de pabo naar wie er nu een opleidingsplaats bij het bestuur krijgt, en wie niet, en bespreek wat daarachter zit", en: "Look with the pabo at who now gets a training place at the board, and who does not, and discuss what lies behind it"}
        - {nl: "Zorg dat elke student minstens één periode leert op een school met een andere leerlingpopulatie dan de eigen opleidingsschool", en: "Make sure every student spends at least one period at a school with a different pupil population from their own training school"}
        - {nl: "Neem lesgeven aan diverse groepen en hoge verwachtingen op in het werkplekcurriculum", en: "Include teaching diverse classes and high expectations in the workplace curriculum"}
      priority: midden
    panel_question:
      nl: "Wie komt er nu bij jullie in opleiding, en wie mis je? Wat doet het bestuur om dat te veranderen?"
      en: "Who is now being trained with you, and whom are you missing? What is the board doing to change that?"

# How answers given on version 1.1.0 carry over to this version (`waarborg migrate`).
# Every 1.1.0 question is named: the scale gained a 'weet ik niet' option, so even a question
# that keeps its id needs a line here to carry its answers. The themes opleidingsplaatsen,
# curriculum, begeleiding, beoordeling, inductie and diversiteit differ from 1.1.0 in their
# statements (new, merged or dropped) and are shown as not comparable; opleidingsdidactiek
# is new.
migration:
  from: 1.1.0
  questions:
    # stageplaatsen → opleidingsplaatsen
    stageplaatsen.voldoende: {to: opleidingsplaatsen.voldoende}
    stageplaatsen.aantal-studenten: {to: opleidingsplaatsen.aantal-studenten}
    stageplaatsen.kwaliteit: {to: opleidingsplaatsen.kwaliteit}
    stageplaatsen.spreiding: {to: opleidingsplaatsen.spreiding}        # now also over the years of study
    stageplaatsen.studiejaren: drop                                     # merged into opleidingsplaatsen.spreiding
    stageplaatsen.planning: drop
    stageplaatsen.ontvangst: drop                                       # opleidingsplaatsen.lerende-collega asks more
    # werkplekcurriculum
    curriculum.vastgelegd: {to: curriculum.vastgelegd}                  # now "vastgelegd en afgestemd"
    curriculum.afgestemd: drop                                          # merged into curriculum.vastgelegd
    curriculum.beroepsbeeld: drop                                       # in the help of curriculum.vastgelegd
    curriculum.breedte: {to: curriculum.breedte}
    curriculum.gebruikt: {to: curriculum.gebruikt}
    curriculum.onderzoek: {to: curriculum.onderzoek}
    curriculum.bijstellen: {to: curriculum.bijstellen}
    # begeleiding; feedback, leervragen and leren met elkaar move to opleidingsdidactiek
    begeleiding.vaste-begeleider: {to: begeleiding.vaste-begeleider}
    begeleiding.gesprekken-gepland: {to: begeleiding.gesprekken-gepland}
    begeleiding.gesprekken-leervragen: {to: opleidingsdidactiek.leren-van-praktijk}
    begeleiding.feedback: {to: opleidingsdidactiek.feedback}
    begeleiding.schoolopleider: {to: begeleiding.schoolopleider}
    begeleiding.samen-pabo: {to: begeleiding.samen-pabo}
    begeleiding.vroeg-signaleren: {to: begeleiding.vroeg-signaleren}
    begeleiding.leren-met-elkaar: {to: opleidingsdidactiek.leren-met-elkaar}
    # beoordeling
    beoordeling.gezamenlijk: {to: beoordeling.gezamenlijk}
    beoordeling.criteria: {to: beoordeling.criteria}                    # now also "vooraf bekend"
    beoordeling.toegerust: {to: beoordeling.toegerust}
    beoordeling.afstemmen: {to: beoordeling.afstemmen}
    beoordeling.transparant: drop                                       # merged into beoordeling.criteria
    beoordeling.onderbouwd: drop
    # inductie
    inductie.beleid: {to: inductie.beleid}
    inductie.arrangement: {to: inductie.arrangement}
    inductie.arrangement-evaluatie: {to: inductie.arrangement-evaluatie}
    inductie.aantal-starters: {to: inductie.aantal-starters}
    inductie.begeleider: {to: inductie.begeleider}
    inductie.tijd-starter: {to: inductie.tijd-starter}
    inductie.doorlopende-lijn: {to: inductie.doorlopende-lijn}
    inductie.ontwikkelplan: drop
    inductie.bekend: {to: inductie.bekend}                              # now asked of starters only
    inductie.aanbod-studenten: {to: inductie.aanbod-studenten}
    # maatwerk → diversiteit
    maatwerk.deeltijd: {to: diversiteit.deeltijd}
    maatwerk.lerend: {to: diversiteit.lerend}
    maatwerk.zij-instromers-nu: {to: diversiteit.zij-instromers-nu}
    maatwerk.zij-instromers: {to: diversiteit.zij-instromers}
    maatwerk.zorgvuldige-start: drop                                    # in the help of diversiteit.zij-instromers
    maatwerk.begeleider-toegerust: drop                                 # in the help of diversiteit.deeltijd
    maatwerk.werkdruk: drop                                             # in the help of diversiteit.lerend
    maatwerk.overgang: drop                                             # in the help of inductie.arrangement and diversiteit.zij-instromers
    maatwerk.wat-helpt: drop

"""##),
        ("questionnaires/waarborg-3/1.0.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-3
version: 1.0.0
safeguard: 3
title: {nl: "Waarborg 3 — Opleiders en begeleiders", en: "Safeguard 3 — Teacher educators and supervisors"}
language: nl
languages: [nl, en]
description:
  nl: "Dit deel gaat over de mensen die opleiden en begeleiden: zijn de rollen van schoolopleider, werkplekbegeleider en begeleider van starters belegd, is beschreven wat die rollen inhouden, is er tijd en budget voor, en kunnen zij zich verder ontwikkelen en deelnemen aan de netwerken van het partnerschap? Er zijn geen goede of foute antwoorden: geef aan hoe het er nu voor staat, zoals jij het ziet. De uitkomsten zijn input voor het gesprek, geen oordeel."
  en: "This part is about the people who train and supervise: are the roles of school-based teacher educator, workplace supervisor and supervisor of beginning teachers filled, is it described what those roles involve, is there time and budget for them, and can they develop further and take part in the partnership's networks? There are no right or wrong answers: describe how things stand now, as you see them. The results are input for the conversation, not a verdict."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.5}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.5, below: 3.0}
    - {id: op-orde, label: {nl: "Op orde", en: "In order"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

themes:
  # ------------------------------------------------------------------
  - id: rollen
    title: {nl: "Rollen in de opleidingsschool", en: "Roles in the training school"}
    description:
      nl: "Zijn de rollen van schoolopleider, werkplekbegeleider en begeleider van starters belegd, en is er contact met de instituutsopleider?"
      en: "Are the roles of school-based teacher educator, workplace supervisor and supervisor of beginning teachers filled, and is there contact with the pabo teacher educator?"
    questions:
      - id: schoolopleider
        text:
          nl: "Elke school of elk cluster van scholen heeft een schoolopleider."
          en: "Every school or cluster of schools has a school-based teacher educator."
        help:
          nl: "Volledig: de rol is formeel toegekend, bekend bij het team en de pabo, en de schoolopleider heeft de opleiding daarvoor gevolgd of volgt die."
          en: "Fully: the role has been formally assigned, is known to the team and the pabo, and the school-based teacher educator has completed or is following the training for it."
        kern: true
        evidence: optional
      - id: aantal-schoolopleiders
        type: number
        min: 0
        max: 100
        text:
          nl: "Hoeveel schoolopleiders heeft het bestuur op dit moment?"
          en: "How many school-based teacher educators does the board have at the moment?"
      - id: werkplekbegeleiders
        text:
          nl: "Het bestuur heeft genoeg werkplekbegeleiders om alle studenten goed te begeleiden."
          en: "The board has enough workplace supervisors to supervise all students well."
        help:
          nl: "Volledig: elke student heeft een werkplekbegeleider, en niemand begeleidt meer studenten dan goed te doen is."
          en: "Fully: every student has a workplace supervisor, and nobody supervises more students than they can handle well."
        kern: true
      - id: getraind
        text:
          nl: "Werkplekbegeleiders hebben een training voor het begeleiden van studenten gevolgd."
          en: "Workplace supervisors have followed a training in supervising students."
        help:
          nl: "Volledig: alle werkplekbegeleiders hebben de basistraining van het partnerschap of een vergelijkbare training afgerond."
          en: "Fully: all workplace supervisors have completed the partnership's basic training or a comparable training."
        kern: true
        evidence: optional
      - id: aantal-getraind
        type: number
        min: 0
        max: 1000
        text:
          nl: "Hoeveel werkplekbegeleiders binnen het bestuur hebben een begeleiderstraining afgerond?"
          en: "How many workplace supervisors within the board have completed a supervision training?"
        help:
          nl: "Een schatting is goed."
          en: "An estimate is fine."
        show_if: "answer(rollen.getraind) >= 2"
      - id: keuze
        text:
          nl: "Werkplekbegeleiders worden gekozen op hun geschiktheid en motivatie, niet alleen op wie er beschikbaar is."
          en: "Workplace supervisors are chosen for their suitability and motivation, not only for who happens to be available."
        help:
          nl: "Denk aan: de schoolleider en de schoolopleider bespreken samen wie deze rol goed kan vervullen."
          en: "Think of: the school leader and the school-based teacher educator discuss together who can fulfil this role well."
      - id: coach-starters
        text:
          nl: "Voor de begeleiding van starters zijn begeleiders aangewezen en toegerust."
          en: "Supervisors for beginning teachers have been appointed and equipped."
        help:
          nl: "Volledig: elke school weet wie starters begeleidt, en die begeleiders hebben daarvoor een training gevolgd."
          en: "Fully: every school knows who supervises starters, and those supervisors have followed a training for it."
      - id: instituutsopleider
        text:
          nl: "Er is regelmatig contact tussen de school en de instituutsopleider van de pabo."
          en: "There is regular contact between the school and the pabo teacher educator."
        help:
          nl: "Volledig: de instituutsopleider is bekend in de school, komt meerdere keren per jaar langs en heeft vaste overlegmomenten met de schoolopleider."
          en: "Fully: the pabo teacher educator is known in the school, visits several times a year and has regular meetings with the school-based teacher educator."
      - id: als-team
        text:
          nl: "Schoolopleider, werkplekbegeleiders en instituutsopleider werken als team samen rond de studenten van de school."
          en: "The school-based teacher educator, the workplace supervisors and the pabo teacher educator work together as a team around the school's students."
        help:
          nl: "Denk aan: zij stemmen af over de voortgang van studenten en weten van elkaar wie wat doet."
          en: "Think of: they consult each other on students' progress and know who does what."

  # ------------------------------------------------------------------
  - id: taakprofielen
    title: {nl: "Taakprofielen", en: "Task profiles"}
    description:
      nl: "Is beschreven wat de rollen inhouden, en wordt het werk van opleiders en begeleiders gezien en gewaardeerd?"
      en: "Is it described what the roles involve, and is the work of teacher educators and supervisors seen and valued?"
    questions:
      - id: schoolopleider-profiel
        text:
          nl: "Er is een taakprofiel voor de schoolopleider, met taken, verantwoordelijkheden en benodigde bekwaamheden."
          en: "There is a task profile for the school-based teacher educator, with tasks, responsibilities and the competences needed."
        help:
          nl: "Volledig: het taakprofiel is vastgesteld, sluit aan op het profiel van het partnerschap en wordt gebruikt bij werving en gesprekken."
          en: "Fully: the task profile has been adopted, matches the partnership's profile and is used in recruitment and conversations."
        kern: true
        evidence: required
      - id: werkplekbegeleider-profiel
        text:
          nl: "Er is een taakprofiel voor de werkplekbegeleider."
          en: "There is a task profile for the workplace supervisor."
        help:
          nl: "Volledig: het beschrijft wat een werkplekbegeleider doet, wat ervoor nodig is en hoeveel tijd ertegenover staat."
          en: "Fully: it describes what a workplace supervisor does, what it takes and how much time is set against it."
        kern: true
        evidence: required
      - id: coach-profiel
        text:
          nl: "Er is een taakprofiel voor de begeleider van starters."
          en: "There is a task profile for the supervisor of beginning teachers."
        help:
          nl: "Denk aan: het profiel maakt duidelijk dat begeleiden iets anders is dan beoordelen of leidinggeven."
          en: "Think of: the profile makes clear that supervising is different from assessing or managing."
        evidence: optional
      - id: aansluiting
        text:
          nl: "De taakprofielen sluiten aan op de afspraken en het beroepsbeeld van het partnerschap."
          en: "The task profiles match the partnership's agreements and professional profile."
        help:
          nl: "Volledig: de profielen zijn naast die van het partnerschap gelegd en waar nodig aangepast."
          en: "Fully: the profiles have been compared with those of the partnership and adjusted where needed."
      - id: bekend
        text:
          nl: "Opleiders en begeleiders kennen hun taakprofiel en de verwachtingen die erbij horen."
          en: "Teacher educators and supervisors know their task profile and the expectations that go with it."
        help:
          nl: "Denk aan: het taakprofiel is besproken bij de start in de rol."
          en: "Think of: the task profile was discussed when they started in the role."
      - id: gesprekscyclus
        text:
          nl: "De rol als opleider of begeleider komt aan bod in de gesprekscyclus."
          en: "The role of teacher educator or supervisor is discussed in the cycle of staff conversations."
        help:
          nl: "Bijvoorbeeld in ontwikkel- of functioneringsgesprekken: hoe gaat het in de rol, en wat is nodig om erin te groeien?"
          en: "For example in development or performance conversations: how is the role going, and what is needed to grow in it?"
      - id: waardering
        text:
          nl: "Het werk van opleiders en begeleiders wordt zichtbaar gewaardeerd."
          en: "The work of teacher educators and supervisors is visibly valued."
        help:
          nl: "Denk aan erkenning in functie of loopbaan, een passende plek in het taakbeleid of aandacht in de teams."
          en: "Think of recognition in job grade or career, a fitting place in the task policy or attention in the teams."

  # ------------------------------------------------------------------
  - id: facilitering
    title: {nl: "Facilitering", en: "Time and budget (facilitering)"}
    description:
      nl: "Hebben opleiders en begeleiders de uren en het budget die nodig zijn, en kunnen ze die uren ook echt gebruiken?"
      en: "Do teacher educators and supervisors have the hours and budget they need, and can they actually use those hours?"
    questions:
      - id: uren-schoolopleider
        text:
          nl: "De schoolopleider heeft uren voor de rol, vastgelegd in het formatieplan of het taakbeleid."
          en: "The school-based teacher educator has hours for the role, recorded in the staffing plan or task policy."
        help:
          nl: "Volledig: de uren zijn vastgelegd, passen bij het aantal studenten en scholen, en zijn bekend bij de schoolopleider."
          en: "Fully: the hours are recorded, fit the number of students and schools, and are known to the school-based teacher educator."
        kern: true
        evidence: required
      - id: uren-werkplekbegeleider
        text:
          nl: "Werkplekbegeleiders hebben uren voor het begeleiden van studenten, vastgelegd in het taakbeleid."
          en: "Workplace supervisors have hours for supervising students, recorded in the task policy."
        help:
          nl: "Volledig: per student staat een vast aantal uren in het taakbeleid, en werkplekbegeleiders weten dat."
          en: "Fully: the task policy sets a fixed number of hours per student, and workplace supervisors know this."
        kern: true
        evidence: required
      - id: uren-coach
        text:
          nl: "Begeleiders van starters hebben uren voor die begeleiding."
          en: "Supervisors of beginning teachers have hours for that supervision."
        help:
          nl: "Volledig: de uren zijn vastgelegd in het formatieplan of taakbeleid, in verhouding tot het aantal starters."
          en: "Fully: the hours are recorded in the staffing plan or task policy, in proportion to the number of starters."
        evidence: optional
      - id: in-de-praktijk
        text:
          nl: "De toegekende uren kunnen in de praktijk ook echt aan opleiden en begeleiden worden besteed."
          en: "The hours assigned can actually be spent on training and supervision in practice."
        help:
          nl: "Denk aan: worden deze uren bij ziekte of personeelstekort als eerste ingeleverd? Licht toe hoe het in de praktijk gaat."
          en: "Think of: are these hours the first to go when staff are ill or in short supply? Explain how it works in practice."
        kern: true
        note: required
      - id: norm
        text:
          nl: "Het bestuur hanteert een duidelijke norm voor de facilitering per rol of per student."
          en: "The board applies a clear standard for the hours per role or per student."
        help:
          nl: "Bijvoorbeeld een vast aantal uren per student per jaar voor de werkplekbegeleider, en een vast aantal uren per school voor de schoolopleider."
          en: "For example a fixed number of hours per student per year for the workplace supervisor, and a fixed number of hours per school for the school-based teacher educator."
        evidence: optional
      - id: budget-professionalisering
        text:
          nl: "Er is tijd en budget voor de professionalisering van opleiders en begeleiders."
          en: "There is time and budget for the professional development of teacher educators and supervisors."
        help:
          nl: "Denk aan trainingen, intervisie en deelname aan bijeenkomsten van het partnerschap, in de begroting en in de jaarplanning."
          en: "Think of training, peer consultation and attending partnership meetings, in the budget and in the annual planning."
      - id: jaarlijks-bekijken
        text:
          nl: "Het bestuur bekijkt elk jaar of de facilitering past bij het werk dat van opleiders en begeleiders wordt gevraagd."
          en: "Every year the board checks whether the time and budget fit the work asked of teacher educators and supervisors."
        help:
          nl: "Bijvoorbeeld bij het opstellen van het formatieplan, aan de hand van het aantal studenten en starters."
          en: "For example when drawing up the staffing plan, based on the number of students and starters."

  # ------------------------------------------------------------------
  - id: professionalisering
    title: {nl: "Professionalisering", en: "Professional development"}
    description:
      nl: "Is er een plan voor de professionele ontwikkeling van opleiders en begeleiders, en wordt dat uitgevoerd?"
      en: "Is there a plan for the professional development of teacher educators and supervisors, and is it carried out?"
    questions:
      - id: plan
        text:
          nl: "Er is een professionaliseringsplan voor opleiders en begeleiders."
          en: "There is a professional development plan for teacher educators and supervisors."
        help:
          nl: "Volledig: het plan beschrijft per rol welke scholing nodig is, wanneer en hoe, en wordt jaarlijks bijgewerkt."
          en: "Fully: the plan describes per role which training is needed, when and how, and it is updated every year."
        kern: true
        evidence: required
      - id: opleiding-schoolopleider
        text:
          nl: "Schoolopleiders hebben een opleiding tot schoolopleider gevolgd of volgen die."
          en: "School-based teacher educators have completed or are following a training as school-based teacher educator."
        help:
          nl: "Volledig: alle schoolopleiders hebben een erkende opleiding afgerond of zijn ermee bezig."
          en: "Fully: all school-based teacher educators have completed a recognised training or are following one."
        kern: true
        evidence: optional
      - id: basistraining
        text:
          nl: "Nieuwe werkplekbegeleiders volgen een basistraining, vóór hun start of in hun eerste jaar."
          en: "New workplace supervisors follow a basic training, before they start or in their first year."
        help:
          nl: "Denk aan de basistraining van het partnerschap of een vergelijkbare training bij de pabo."
          en: "Think of the partnership's basic training or a comparable training at the pabo."
      - id: verdieping
        text:
          nl: "Ervaren opleiders en begeleiders volgen verdiepende scholing om hun kennis bij te houden."
          en: "Experienced teacher educators and supervisors follow in-depth training to keep their knowledge up to date."
        help:
          nl: "Bijvoorbeeld over beoordelen, begeleidingsgesprekken of praktijkonderzoek."
          en: "For example on assessment, supervision conversations or practice-based research."
      - id: intervisie
        text:
          nl: "Opleiders en begeleiders leren van elkaar, ook over de grenzen van de eigen school heen."
          en: "Teacher educators and supervisors learn from each other, also beyond their own school."
        help:
          nl: "Denk aan intervisie, bij elkaar meekijken of een bovenschoolse bijeenkomst voor werkplekbegeleiders."
          en: "Think of peer consultation, observing each other or a cross-school meeting for workplace supervisors."
      - id: samen-pabo
        text:
          nl: "Professionalisering van opleiders en begeleiders wordt samen met de pabo vormgegeven."
          en: "The professional development of teacher educators and supervisors is shaped together with the pabo."
        help:
          nl: "Volledig: school en pabo stemmen het aanbod af, en instituutsopleiders en schoolopleiders leren ook samen."
          en: "Fully: the school and the pabo align what is offered, and pabo teacher educators and school-based teacher educators also learn together."
      - id: overzicht
        text:
          nl: "Het bestuur houdt bij welke opleiders en begeleiders welke scholing hebben gevolgd."
          en: "The board keeps track of which teacher educators and supervisors have followed which training."
        help:
          nl: "Denk aan een eenvoudig overzicht per school, dat de schoolopleider of de staf bijhoudt."
          en: "Think of a simple overview per school, kept up to date by the school-based teacher educator or the board office staff."
        evidence: optional
      - id: behoefte
        type: text
        required: false
        text:
          nl: "Aan welke scholing hebben opleiders en begeleiders binnen het bestuur nu het meest behoefte?"
          en: "Which training do teacher educators and supervisors within the board need most at the moment?"

  # ------------------------------------------------------------------
  - id: netwerken
    title: {nl: "Netwerken van het partnerschap", en: "Partnership networks"}
    description:
      nl: "Nemen opleiders en begeleiders deel aan de netwerken van het partnerschap, en komt wat ze daar leren terug in de scholen?"
      en: "Do teacher educators and supervisors take part in the partnership's networks, and does what they learn there come back to the schools?"
    questions:
      - id: schoolopleiders-netwerk
        text:
          nl: "Schoolopleiders nemen deel aan het netwerk van schoolopleiders van het partnerschap."
          en: "School-based teacher educators take part in the partnership's network of school-based teacher educators."
        help:
          nl: "Volledig: de schoolopleiders van het bestuur zijn bij (vrijwel) alle bijeenkomsten aanwezig."
          en: "Fully: the board's school-based teacher educators attend (almost) all meetings."
        kern: true
      - id: werkplekbegeleiders-bijeenkomsten
        text:
          nl: "Werkplekbegeleiders nemen deel aan bijeenkomsten van het partnerschap voor werkplekbegeleiders."
          en: "Workplace supervisors take part in the partnership's meetings for workplace supervisors."
        help:
          nl: "Denk aan netwerkbijeenkomsten, themamiddagen of studiedagen voor werkplekbegeleiders."
          en: "Think of network meetings, themed afternoons or study days for workplace supervisors."
      - id: ruimte
        text:
          nl: "Deelname aan netwerken van het partnerschap past binnen de uren en de planning van de deelnemers."
          en: "Taking part in the partnership's networks fits within the participants' hours and planning."
        help:
          nl: "Volledig: de bijeenkomsten staan in de jaarplanning, en deelnemers hoeven er geen lessen of andere taken voor te laten schieten."
          en: "Fully: the meetings are in the annual planning, and participants do not have to drop lessons or other tasks for them."
        kern: true
      - id: delen
        text:
          nl: "Wat in de netwerken wordt geleerd, wordt gedeeld in de eigen school en in het bestuur."
          en: "What is learned in the networks is shared in the participants' own school and in the board."
        help:
          nl: "Bijvoorbeeld een korte terugkoppeling in het team of in het schoolleidersoverleg."
          en: "For example a short update in the team or in the school leaders' meeting."
      - id: bijdragen
        text:
          nl: "Opleiders en begeleiders van het bestuur dragen actief bij aan de netwerken."
          en: "The board's teacher educators and supervisors actively contribute to the networks."
        help:
          nl: "Denk aan een bijeenkomst mee voorbereiden, een praktijkvoorbeeld delen of een werkgroep trekken."
          en: "Think of helping to prepare a meeting, sharing an example from practice or leading a working group."
      - id: studiedagen
        text:
          nl: "Opleiders en begeleiders nemen deel aan gezamenlijke activiteiten met de pabo, zoals studiedagen van het partnerschap."
          en: "Teacher educators and supervisors take part in joint activities with the pabo, such as the partnership's study days."
        help:
          nl: "Volledig: elk jaar neemt een vertegenwoordiging van het bestuur deel, en de uitkomsten worden gedeeld."
          en: "Fully: every year representatives of the board take part, and the outcomes are shared."
      - id: onderling
        text:
          nl: "De schoolopleiders binnen het bestuur komen ook onderling geregeld bij elkaar."
          en: "The school-based teacher educators within the board also meet each other regularly."
        help:
          nl: "Denk aan een vast overleg waarin zij ervaringen delen en de aanpak tussen scholen op elkaar afstemmen."
          en: "Think of a regular meeting in which they share experiences and align their approach across schools."
        show_if: "answer(rollen.aantal-schoolopleiders) >= 2"

rules:
  - id: schoolopleider-beleggen
    theme: rollen
    when: "answer(rollen.schoolopleider) <= 2 and score(facilitering) < 3"
    development_point:
      title: {nl: "Beleg de rol van schoolopleider", en: "Fill the role of school-based teacher educator"}
      text:
        nl: "De schoolopleider is de spil van het opleiden in de school: hij of zij houdt overzicht over studenten en starters, ondersteunt werkplekbegeleiders en is het vaste contact voor de pabo. Zonder schoolopleider met tijd voor de rol rust alles op losse werkplekbegeleiders."
        en: "The school-based teacher educator is the linchpin of training in the school: they keep an overview of students and starters, support workplace supervisors and are the fixed contact for the pabo. Without a school-based teacher educator who has time for the role, everything rests on individual workplace supervisors."
      actions:
        - {nl: "Stel per school of cluster een schoolopleider aan", en: "Appoint a school-based teacher educator per school or cluster"}
        - {nl: "Leg de uren voor de schoolopleider vast in het formatieplan", en: "Record the school-based teacher educator's hours in the staffing plan"}
        - {nl: "Laat nieuwe schoolopleiders de opleiding tot schoolopleider volgen", en: "Have new school-based teacher educators follow the training for school-based teacher educators"}
      priority: hoog
    panel_question:
      nl: "Hoe is de rol van schoolopleider nu belegd, en wat is er nodig om die rol waar te maken?"
      en: "How is the role of school-based teacher educator filled now, and what is needed to make that role work?"

  - id: werkplekbegeleiders-trainen
    theme: rollen
    when: "answer(rollen.getraind) <= 2"
    development_point:
      title: {nl: "Train de werkplekbegeleiders", en: "Train the workplace supervisors"}
      text:
        nl: "Goed begeleiden is een vak apart: een goede leraar is niet vanzelf een goede begeleider. Getrainde werkplekbegeleiders geven gerichtere feedback en signaleren eerder wanneer een student vastloopt."
        en: "Good supervision is a profession of its own: a good teacher is not automatically a good supervisor. Trained workplace supervisors give more focused feedback and notice earlier when a student gets stuck."
      actions:
        - {nl: "Maak een overzicht van welke werkplekbegeleiders nog geen training hebben gevolgd", en: "Make an overview of which workplace supervisors have not yet followed a training"}
        - {nl: "Plan voor hen de basistraining van het partnerschap in het komende schooljaar", en: "Schedule the partnership's basic training for them in the coming school year"}
        - {nl: "Spreek af dat nieuwe werkplekbegeleiders de training in hun eerste jaar volgen", en: "Agree that new workplace supervisors follow the training in their first year"}
      priority: hoog

  - id: taakprofielen-opstellen
    theme: taakprofielen
    when: "answer(taakprofielen.schoolopleider-profiel) <= 2 or answer(taakprofielen.werkplekbegeleider-profiel) <= 2"
    development_point:
      title: {nl: "Stel taakprofielen op", en: "Draw up task profiles"}
      text:
        nl: "Een taakprofiel maakt duidelijk wat van een schoolopleider of werkplekbegeleider wordt verwacht en wat daartegenover staat. Dat helpt bij het kiezen van de juiste mensen, bij de facilitering en in de gesprekscyclus."
        en: "A task profile makes clear what is expected of a school-based teacher educator or workplace supervisor and what they get in return. That helps in choosing the right people, in allocating time and budget and in the cycle of staff conversations."
      actions:
        - {nl: "Neem de profielen van het partnerschap als basis en pas ze aan op het bestuur", en: "Take the partnership's profiles as a basis and adapt them to the board"}
        - {nl: "Stel de taakprofielen vast en bespreek ze met de huidige opleiders en begeleiders", en: "Adopt the task profiles and discuss them with the current teacher educators and supervisors"}
      priority: midden

  - id: facilitering-vastleggen
    theme: facilitering
    when: "count_at_most(facilitering, 2) >= 3"
    development_point:
      title: {nl: "Regel de facilitering", en: "Arrange time and budget"}
      text:
        nl: "Op meerdere punten is de facilitering van opleiders en begeleiders nog niet op orde. Zonder vastgelegde uren gaat opleiden ten koste van andere taken of van de kwaliteit van de begeleiding, en haken goede begeleiders af."
        en: "On several points the time and budget for teacher educators and supervisors are not yet in order. Without recorded hours, training comes at the expense of other tasks or of the quality of supervision, and good supervisors drop out."
      actions:
        - {nl: "Stel een norm vast voor de uren per rol en per student", en: "Set a standard for the hours per role and per student"}
        - {nl: "Neem de uren op in het formatieplan en het taakbeleid van elke school", en: "Include the hours in the staffing plan and task policy of every school"}
        - {nl: "Bespreek de uren jaarlijks met de schoolleiders bij het opstellen van het formatieplan", en: "Discuss the hours every year with the school leaders when drawing up the staffing plan"}
      priority: hoog
    panel_question:
      nl: "Hoeveel tijd hebben opleiders en begeleiders nu echt voor hun taak, en hoe weet het bestuur dat?"
      en: "How much time do teacher educators and supervisors really have for their task now, and how does the board know?"

  - id: uren-in-de-praktijk
    theme: facilitering
    when: "answer(facilitering.in-de-praktijk) <= 2 and answer(facilitering.uren-werkplekbegeleider) >= 3"
    development_point:
      title: {nl: "Bescherm de uren voor opleiden en begeleiden", en: "Protect the hours for training and supervision"}
      text:
        nl: "De uren zijn op papier geregeld, maar komen in de praktijk niet altijd bij opleiden en begeleiden terecht. Dan lijkt de facilitering op orde, terwijl begeleiders het werk toch in hun eigen tijd doen."
        en: "The hours are arranged on paper but do not always go to training and supervision in practice. Time and budget then look in order on paper, while supervisors still do the work in their own time."
      actions:
        - {nl: "Spreek af dat uren voor begeleiding niet als eerste worden ingeleverd bij vervanging", en: "Agree that supervision hours are not the first to go when cover is needed"}
        - {nl: "Vraag werkplekbegeleiders halverwege het jaar of zij hun uren kunnen gebruiken", en: "Ask workplace supervisors halfway through the year whether they can use their hours"}
      priority: midden
    panel_question:
      nl: "Wat gebeurt er met de uren voor begeleiding als er een leraar ziek is of een vacature niet is vervuld?"
      en: "What happens to the supervision hours when a teacher is ill or a vacancy has not been filled?"

  - id: schoolopleider-over-uren
    theme: facilitering
    when: 'role() == "schoolopleider" and answer(facilitering.uren-schoolopleider) <= 2'
    panel_question:
      nl: "Een schoolopleider ervaart dat de uren voor de rol nog niet goed geregeld zijn. Hoe kijken bestuur en schoolleiding daarnaar, en wat is er nodig?"
      en: "A school-based teacher educator feels that the hours for the role are not yet properly arranged. How do the board and the school management see this, and what is needed?"

  - id: coach-starters-nvt
    theme: rollen
    when: "nvt(rollen.coach-starters)"
    panel_question:
      nl: "Begeleiders van starters zijn als niet van toepassing aangegeven. Zijn er nu geen starters, of wordt hun begeleiding op een andere manier geregeld?"
      en: "Supervisors of beginning teachers were marked as not applicable. Are there no starters at the moment, or is their supervision arranged in another way?"

  - id: professionalisering-plannen
    theme: professionalisering
    when: "answer(professionalisering.plan) <= 2 and score(professionalisering) < 3"
    development_point:
      title: {nl: "Maak een professionaliseringsplan", en: "Make a professional development plan"}
      text:
        nl: "Opleiders en begeleiders blijven alleen goed in hun rol als zij zich blijven ontwikkelen. Een plan maakt zichtbaar wie welke scholing nodig heeft en zorgt dat professionalisering niet afhangt van eigen initiatief."
        en: "Teacher educators and supervisors only stay good at their role if they keep developing. A plan shows who needs which training and makes sure professional development does not depend on individual initiative."
      actions:
        - {nl: "Breng in kaart welke scholing opleiders en begeleiders hebben gevolgd en nog nodig hebben", en: "Map which training teacher educators and supervisors have followed and still need"}
        - {nl: "Stel per rol een professionaliseringsplan op, afgestemd op het aanbod van het partnerschap en de pabo", en: "Draw up a professional development plan per role, aligned with what the partnership and the pabo offer"}
        - {nl: "Reserveer tijd en budget voor de uitvoering", en: "Reserve time and budget for carrying it out"}
      priority: midden

  - id: netwerken-benutten
    theme: netwerken
    when: "score(netwerken) < 2.5"
    development_point:
      title: {nl: "Benut de netwerken van het partnerschap", en: "Make use of the partnership's networks"}
      text:
        nl: "In de netwerken delen opleiders en begeleiders uit de hele regio hun kennis en ervaring. Wie er niet aan deelneemt, mist die kennis en de kans om het partnerschap mee vorm te geven."
        en: "In the networks, teacher educators and supervisors from the whole region share their knowledge and experience. Those who do not take part miss that knowledge and the chance to help shape the partnership."
      actions:
        - {nl: "Zet de bijeenkomsten van het partnerschap in de jaarplanning van de scholen", en: "Put the partnership's meetings in the schools' annual planning"}
        - {nl: "Spreek af hoe deelnemers wat ze leren terugkoppelen in school en bestuur", en: "Agree how participants share what they learn in the school and the board"}
      priority: laag

  - id: opleiders-sterk
    theme: rollen
    when: "score(rollen) >= 3.5 and score(facilitering) >= 3"
    strength:
      nl: "De rollen van opleiders en begeleiders zijn goed belegd en er is tijd voor het werk."
      en: "The roles of teacher educators and supervisors are well filled and there is time for the work."

"""##),
        ("questionnaires/waarborg-3/2.0.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-3
version: 2.0.0
safeguard: 3
title: {nl: "Waarborg 3 — Opleiders en begeleiders", en: "Safeguard 3 — Teacher educators and supervisors"}
language: nl
languages: [nl, en]
description:
  nl: "De vier waarborgen in deze vragenlijsten zijn de eigen vertaling van het partnerschap Samen Opleiden regio West-Brabant van het Kwaliteitskader Samen Opleiden & Inductie (vastgesteld in 2020, herzien in december 2021) — versie 2.0.0 van de vragenlijsten, december 2026 — en niet de tekst van het kader zelf. Dit deel gaat over de mensen die opleiden en begeleiden: is de rol van schoolopleider belegd (op school, per cluster, bovenschools of een combinatie daarvan), heeft elke student een getrainde mentor (werkplekbegeleider), is beschreven wat de rollen inhouden, staan de uren in de formatie en het werkverdelingsplan, en kunnen opleiders zich blijven ontwikkelen, ook in de netwerken van het partnerschap? Je krijgt alleen de uitspraken die bij jouw rol passen. Heb je ergens geen zicht op, kies dan 'Weet ik niet / geen zicht op'; dat zegt ook iets. De antwoorden zijn input voor het gesprek, geen oordeel."
  en: "The four safeguards in these questionnaires are the partnership's own translation of the Kwaliteitskader Samen Opleiden & Inductie (adopted in 2020, revised in December 2021) — version 2.0.0 of the questionnaires, December 2026 — not the framework's own text. This part is about the people who train and supervise: is the role of school-based teacher educator filled (in the school, per cluster, at board level or a combination), does every student have a trained mentor (workplace supervisor), is it described what the roles involve, are the hours in the staffing and the school's division of work (werkverdelingsplan), and can teacher educators keep developing, also in the partnership's networks? You only get the statements that fit your role. If you have no view of something, choose 'Don't know / no view of it'; that tells us something too. The answers are input for the conversation, not a verdict."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}
    - {key: "w", label: {nl: "Weet ik niet / geen zicht op", en: "Don't know / no view of it"}, unknown: true}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.25}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.25, below: 3.0}
    - {id: verankerd, label: {nl: "Verankerd", en: "Embedded"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

themes:
  # ------------------------------------------------------------------
  - id: rollen
    title: {nl: "Rollen in de opleidingsschool", en: "Roles in the training school"}
    description:
      nl: "Is de rol van schoolopleider belegd op de manier die het bestuur heeft gekozen, zijn er genoeg mentoren, en werken zij samen met de instituutsopleider van de pabo?"
      en: "Is the role of school-based teacher educator filled in the way the board has chosen, are there enough mentors, and do they work together with the pabo's teacher educator?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
    questions:
      - id: schoolopleider
        text:
          nl: "Voor elke school met studenten is duidelijk wie de schoolopleider is: op de eigen school, voor een cluster van scholen of bovenschools."
          en: "For every school with students it is clear who the school-based teacher educator is: in the school itself, for a cluster of schools or at board level."
        help:
          nl: "Het bestuur kiest zelf hoe het de rol inricht. Volledig: de rol is formeel toegekend, en het team en de pabo weten bij wie ze terechtkunnen."
          en: "The board decides how it organises the role. Fully: the role has been formally assigned, and the team and the pabo know whom to turn to."
        kern: true
        roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
        evidence: none
      - id: inrichting
        type: choice
        text:
          nl: "Hoe heeft het bestuur de rol van schoolopleider nu ingericht?"
          en: "How has the board organised the role of school-based teacher educator at the moment?"
        options:
          - {key: school, label: {nl: "Schoolopleiders per school of per cluster", en: "School-based teacher educators per school or per cluster"}}
          - {key: bovenschools, label: {nl: "Een of meer bovenschools schoolopleiders", en: "One or more board-level school-based teacher educators"}}
          - {key: beide, label: {nl: "Beide: schoolopleiders op de scholen en een bovenschools schoolopleider", en: "Both: school-based teacher educators in the schools and a board-level one"}}
          - {key: nog-niet, label: {nl: "De rol is nog niet ingericht", en: "The role has not been organised yet"}}
        roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider]
        note: none
      - id: coordinatie
        text:
          nl: "Er is iemand die het opleiden binnen het bestuur coördineert: de schoolopleiders ondersteunt, het overzicht houdt over studenten en opleidingsplaatsen, en de vaste schakel is met de pabo."
          en: "There is someone who coordinates training within the board: supports the school-based teacher educators, keeps an overview of students and training places, and is the fixed link with the pabo."
        help:
          nl: "Vaak is dat de bovenschools schoolopleider; het kan ook een staflid of de projectleider zijn. Werkt het bestuur met één schoolopleider voor alle scholen, dan gaat het om die persoon."
          en: "Often this is the board-level school-based teacher educator; it can also be a member of the board office or the project leader. If the board has one school-based teacher educator for all schools, it is that person."
        roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolopleider, instituutsopleider]
        evidence: none
      - id: mentoren
        text:
          nl: "Er zijn genoeg mentoren: elke student heeft een eigen mentor, en niemand begeleidt meer studenten dan goed te doen is."
          en: "There are enough mentors: every student has a mentor of their own, and nobody supervises more students than they can handle well."
        help:
          nl: "Denk ook aan de keuze: schoolleider en schoolopleider kiezen mentoren op geschiktheid en motivatie, niet alleen op wie er beschikbaar is."
          en: "Think of the choice too: the school leader and the school-based teacher educator choose mentors for suitability and motivation, not only for who happens to be available."
        roles: [schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
        evidence: none
      - id: instituutsopleider
        text:
          nl: "Schoolopleider en mentoren hebben regelmatig contact met de instituutsopleider van de pabo en stemmen samen af over de studenten."
          en: "The school-based teacher educator and the mentors are in regular contact with the pabo's teacher educator and consult together about the students."
        help:
          nl: "Volledig: de instituutsopleider is bekend in de school, er zijn vaste overlegmomenten met de schoolopleider, en mentoren weten hoe ze de instituutsopleider bereiken."
          en: "Fully: the pabo's teacher educator is known in the school, there are fixed meetings with the school-based teacher educator, and mentors know how to reach the pabo's teacher educator."
        roles: [bovenschools-schoolopleider, schoolopleider, werkplekbegeleider, instituutsopleider]
        evidence: none
      - id: begeleiders-starters
        text:
          nl: "Voor starters zijn begeleiders aangewezen die daarvoor zijn toegerust."
          en: "Supervisors for beginning teachers have been appointed and are equipped for it."
        help:
          nl: "Volledig: elke school weet wie starters begeleidt, en die begeleiders hebben daarvoor een training gevolgd. Zijn er nu geen starters, kies dan n.v.t."
          en: "Fully: every school knows who supervises starters, and those supervisors have followed a training for it. If there are no starters at the moment, choose n/a."
        roles: [staf, schoolleider]
        evidence: none

  # ------------------------------------------------------------------
  - id: taakprofielen
    title: {nl: "Taakprofielen", en: "Task profiles"}
    description:
      nl: "Is beschreven wat de rollen van schoolopleider en mentor inhouden, en wordt dat werk gezien?"
      en: "Is it described what the roles of school-based teacher educator and mentor involve, and is that work seen?"
    roles: [bestuurder, staf, projectleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, anders]
    questions:
      - id: schoolopleider-profiel
        text:
          nl: "Het bestuur heeft een taakprofiel vastgesteld voor de schoolopleider, en voor de bovenschools schoolopleider als het bestuur met die rol werkt."
          en: "The board has adopted a task profile for the school-based teacher educator, and for the board-level one if the board works with that role."
        help:
          nl: "Volledig: het profiel beschrijft taken, verantwoordelijkheden en benodigde bekwaamheden, sluit aan op het profiel van het partnerschap en wordt gebruikt bij werving en in gesprekken."
          en: "Fully: the profile describes tasks, responsibilities and the competences needed, matches the partnership's profile and is used in recruitment and in conversations."
        kern: true
        roles: [bestuurder, staf, projectleider]
        evidence: {required: true, for: ["3", "4"]}
      - id: mentor-profiel
        text:
          nl: "Er is een taakprofiel voor de mentor: wat de rol inhoudt, wat ervoor nodig is en hoeveel tijd ertegenover staat."
          en: "There is a task profile for the mentor: what the role involves, what it takes and how much time is set against it."
        help:
          nl: "Volledig: het profiel sluit aan op de afspraken van het partnerschap en maakt duidelijk dat begeleiden iets anders is dan beoordelen."
          en: "Fully: the profile matches the partnership's agreements and makes clear that supervising is different from assessing."
        roles: [schoolleider]
        evidence: {required: true, for: ["3", "4"]}
      - id: bekend
        text:
          nl: "Schoolopleiders en mentoren kennen hun taakprofiel, en hun rol komt aan bod in de gesprekscyclus."
          en: "School-based teacher educators and mentors know their task profile, and their role is discussed in the cycle of staff conversations."
        help:
          nl: "Denk aan: het profiel is besproken bij de start in de rol, en in ontwikkel- of functioneringsgesprekken gaat het ook over hoe het in de rol gaat en wat nodig is om erin te groeien."
          en: "Think of: the profile was discussed when they started in the role, and development or performance conversations also cover how the role is going and what is needed to grow in it."
        roles: [schoolleider, schoolopleider, werkplekbegeleider]
        evidence: none
      - id: waardering
        text:
          nl: "Het werk van schoolopleiders en mentoren wordt zichtbaar gewaardeerd."
          en: "The work of school-based teacher educators and mentors is visibly valued."
        help:
          nl: "Denk aan erkenning in functie of loopbaan, een passende plek in het werkverdelingsplan en aandacht ervoor in het team."
          en: "Think of recognition in job grade or career, a fitting place in the school's division of work (werkverdelingsplan) and attention for it in the team."
        roles: [bestuurder, schoolleider, werkplekbegeleider, leraar, anders]
        evidence: none

  # ------------------------------------------------------------------
  - id: facilitering
    title: {nl: "Facilitering", en: "Time and budget (facilitering)"}
    description:
      nl: "Staan de uren voor opleiden en begeleiden in de formatie en het werkverdelingsplan, en kunnen ze ook echt daaraan worden besteed?"
      en: "Are the hours for training and supervision in the staffing and the school's division of work (werkverdelingsplan), and can they actually be spent on it?"
    roles: [bestuurder, staf, projectleider, schoolleider, schoolopleider, werkplekbegeleider]
    questions:
      - id: uren-schoolopleider
        text:
          nl: "Schoolopleiders hebben vastgelegde uren voor hun rol: op school in het werkverdelingsplan, bovenschools in de formatie van het bestuur."
          en: "School-based teacher educators have recorded hours for their role: in the school in the werkverdelingsplan, at board level in the board's staffing."
        help:
          nl: "Volledig: de uren zijn vastgelegd, passen bij het aantal studenten en scholen, en de schoolopleider weet hoeveel het er zijn."
          en: "Fully: the hours are recorded, fit the number of students and schools, and the school-based teacher educator knows how many there are."
        kern: true
        roles: [bestuurder, staf, projectleider, schoolopleider]
        evidence: {required: true, for: ["3", "4"]}
      - id: uren-mentor
        text:
          nl: "Mentoren hebben uren voor het begeleiden van studenten, vastgelegd in het werkverdelingsplan van de school."
          en: "Mentors have hours for supervising students, recorded in the school's werkverdelingsplan."
        help:
          nl: "Volledig: per student staat een vast aantal uren in het werkverdelingsplan, en mentoren weten dat. Denk ook aan de uren van begeleiders van starters."
          en: "Fully: the werkverdelingsplan sets a fixed number of hours per student, and mentors know this. Think of the hours of supervisors of beginning teachers too."
        roles: [schoolleider, werkplekbegeleider]
        evidence: {required: true, for: ["3", "4"]}
      - id: norm
        text:
          nl: "Het bestuur hanteert een norm voor de uren per rol of per student en neemt die elk jaar mee bij het opstellen van de formatie."
          en: "The board applies a standard for the hours per role or per student and takes it into account every year when drawing up the staffing."
        help:
          nl: "Bijvoorbeeld een vast aantal uren per student per jaar voor de mentor en per school voor de schoolopleider, bekeken aan de hand van het aantal studenten en starters."
          en: "For example a fixed number of hours per student per year for the mentor and per school for the school-based teacher educator, reviewed against the number of students and starters."
        roles: [bestuurder, staf, schoolleider]
        evidence: none
      - id: in-de-praktijk
        text:
          nl: "De toegekende uren kunnen in de praktijk ook echt aan opleiden en begeleiden worden besteed."
          en: "The hours assigned can actually be spent on training and supervision in practice."
        help:
          nl: "Denk aan: worden deze uren bij ziekte of personeelstekort als eerste ingeleverd? Licht gerust toe hoe het in de praktijk gaat."
          en: "Think of: are these hours the first to go when staff are ill or in short supply? Feel free to explain how it works in practice."
        roles: [schoolleider, schoolopleider, werkplekbegeleider]
        evidence: none
      - id: budget-professionalisering
        text:
          nl: "Er is tijd en budget voor de professionalisering van schoolopleiders en mentoren, in de begroting en in de jaarplanning."
          en: "There is time and budget for the professional development of school-based teacher educators and mentors, in the budget and in the annual planning."
        help:
          nl: "Denk aan trainingen, intervisie en deelname aan de netwerken van het partnerschap."
          en: "Think of training, peer consultation and taking part in the partnership's networks."
        roles: [bestuurder, staf]
        evidence: none

  # ------------------------------------------------------------------
  - id: professionalisering
    title: {nl: "Professionalisering", en: "Professional development"}
    description:
      nl: "Zijn schoolopleiders en mentoren opgeleid voor hun rol, blijven ze bij, en is daar een plan voor?"
      en: "Are school-based teacher educators and mentors trained for their role, do they keep up, and is there a plan for it?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolopleider, werkplekbegeleider, instituutsopleider]
    questions:
      - id: mentor-basistraining
        text:
          nl: "Mentoren hebben de basistraining van het partnerschap of een vergelijkbare training gevolgd; nieuwe mentoren volgen die vóór of in hun eerste jaar."
          en: "Mentors have completed the partnership's basic training or a comparable training; new mentors follow it before or in their first year."
        help:
          nl: "Volledig: alle mentoren van het bestuur hebben de training afgerond of zijn ermee bezig, en er is een overzicht van wie welke training heeft gevolgd."
          en: "Fully: all the board's mentors have completed the training or are following it, and there is an overview of who has followed which training."
        kern: true
        roles: [bovenschools-schoolopleider, schoolopleider, werkplekbegeleider, instituutsopleider]
        evidence: {required: true, for: ["3", "4"]}
      - id: opfrissen
        text:
          nl: "Mentoren frissen hun training geregeld op, bijvoorbeeld met een terugkombijeenkomst of een verdiepingsmodule."
          en: "Mentors refresh their training regularly, for example with a follow-up meeting or an in-depth module."
        help:
          nl: "Denk aan onderwerpen als begeleidingsgesprekken, feedback geven en samen beoordelen met de pabo."
          en: "Think of topics such as supervision conversations, giving feedback and assessing together with the pabo."
        roles: [bovenschools-schoolopleider, werkplekbegeleider, instituutsopleider]
        evidence: none
      - id: opleiding-schoolopleider
        text:
          nl: "Schoolopleiders, op school en bovenschools, hebben de opleiding tot schoolopleider gevolgd of volgen die."
          en: "School-based teacher educators, in the schools and at board level, have completed or are following the training as school-based teacher educator."
        help:
          nl: "Volledig: alle schoolopleiders hebben een erkende opleiding afgerond of zijn ermee bezig."
          en: "Fully: all school-based teacher educators have completed a recognised training or are following one."
        roles: [staf, bovenschools-schoolopleider, schoolopleider, instituutsopleider]
        evidence: none
      - id: plan
        text:
          nl: "Er is een professionaliseringsplan voor schoolopleiders en mentoren, dat elk jaar wordt bijgewerkt."
          en: "There is a professional development plan for school-based teacher educators and mentors, which is updated every year."
        help:
          nl: "Volledig: het plan beschrijft per rol welke scholing nodig is, wanneer en hoe, en het bestuur houdt bij wie welke scholing heeft gevolgd."
          en: "Fully: the plan describes per role which training is needed, when and how, and the board keeps track of who has followed which training."
        roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider]
        evidence: {required: true, for: ["3", "4"]}
      - id: samen-pabo
        text:
          nl: "Schoolopleiders en instituutsopleiders stemmen het scholingsaanbod voor opleiders af en leren ook samen, bijvoorbeeld op de studiedagen van het partnerschap."
          en: "School-based and pabo teacher educators align what is offered to teacher educators and also learn together, for example at the partnership's study days."
        roles: [projectleider, bovenschools-schoolopleider, schoolopleider, instituutsopleider]
        evidence: none

  # ------------------------------------------------------------------
  - id: netwerken
    title: {nl: "Netwerken van het partnerschap", en: "Partnership networks"}
    description:
      nl: "Nemen schoolopleiders en mentoren deel aan de netwerken van het partnerschap, en komt wat ze daar leren terug in de scholen?"
      en: "Do school-based teacher educators and mentors take part in the partnership's networks, and does what they learn there come back to the schools?"
    roles: [bestuurder, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
    questions:
      - id: schoolopleiders-netwerk
        text:
          nl: "De schoolopleiders van het bestuur nemen deel aan het schoolopleidersnetwerk van het partnerschap."
          en: "The board's school-based teacher educators take part in the partnership's network of school-based teacher educators."
        help:
          nl: "Volledig: het bestuur is bij (vrijwel) alle bijeenkomsten vertegenwoordigd, op school en bovenschools."
          en: "Fully: the board is represented at (almost) all meetings, from the schools and at board level."
        kern: true
        roles: [projectleider, bovenschools-schoolopleider, schoolopleider, instituutsopleider]
        note: none
        evidence: none
      - id: mentorbijeenkomsten
        text:
          nl: "Mentoren nemen deel aan de mentorbijeenkomsten van het partnerschap."
          en: "Mentors take part in the partnership's mentor meetings."
        help:
          nl: "Denk aan netwerkbijeenkomsten, themamiddagen of studiedagen voor mentoren."
          en: "Think of network meetings, themed afternoons or study days for mentors."
        roles: [projectleider, bovenschools-schoolopleider, werkplekbegeleider, instituutsopleider]
        note: none
        evidence: none
      - id: ruimte
        text:
          nl: "Deelname aan de netwerken past binnen de uren en de jaarplanning, zonder dat lessen of andere taken erbij inschieten."
          en: "Taking part in the networks fits within the hours and the annual planning, without lessons or other tasks suffering."
        roles: [schoolleider, werkplekbegeleider]
        evidence: none
      - id: onderling
        text:
          nl: "De schoolopleiders binnen het bestuur komen ook onderling geregeld bij elkaar."
          en: "The school-based teacher educators within the board also meet each other regularly."
        help:
          nl: "Denk aan een vast overleg, vaak op initiatief van de bovenschools schoolopleider, waarin zij ervaringen delen en de aanpak tussen scholen afstemmen. Heeft het bestuur één schoolopleider, kies dan n.v.t."
          en: "Think of a regular meeting, often convened by the board-level school-based teacher educator, in which they share experiences and align their approach across schools. If the board has one school-based teacher educator, choose n/a."
        roles: [projectleider, bovenschools-schoolopleider, schoolopleider]
        note: none
        evidence: none
      - id: delen
        text:
          nl: "Wat in de netwerken wordt geleerd, komt terug in de eigen school en in het bestuur."
          en: "What is learned in the networks comes back to the participants' own school and to the board."
        help:
          nl: "Bijvoorbeeld een korte terugkoppeling in het team of in het schoolleidersoverleg."
          en: "For example a short update in the team or in the school leaders' meeting."
        roles: [bestuurder, schoolleider, leraar, anders]
        evidence: none

rules:
  - id: schoolopleider-beleggen
    theme: rollen
    when: "answer(rollen.schoolopleider) <= 2 and default(score(facilitering), 0) < 3"
    development_point:
      title: {nl: "Beleg de rol van schoolopleider", en: "Fill the role of school-based teacher educator"}
      text:
        nl: "De schoolopleider is de spil van het opleiden in de school: houdt overzicht over studenten en starters, ondersteunt de mentoren en is het vaste contact voor de pabo. Zonder schoolopleider met tijd voor de rol rust alles op losse mentoren."
        en: "The school-based teacher educator is the linchpin of training in the school: they keep an overview of students and starters, support the mentors and are the fixed contact for the pabo. Without a school-based teacher educator who has time for the role, everything rests on individual mentors."
      actions:
        - {nl: "Kies hoe het bestuur de rol inricht: per school of cluster, bovenschools of beide", en: "Choose how the board organises the role: per school or cluster, at board level, or both"}
        - {nl: "Wijs voor elke school met studenten een schoolopleider aan en maak dat bekend bij team en pabo", en: "Appoint a school-based teacher educator for every school with students and make this known to the team and the pabo"}
        - {nl: "Leg de uren vast in het werkverdelingsplan of, bovenschools, in de formatie van het bestuur", en: "Record the hours in the werkverdelingsplan or, at board level, in the board's staffing"}
        - {nl: "Laat nieuwe schoolopleiders de opleiding tot schoolopleider volgen", en: "Have new school-based teacher educators follow the training for school-based teacher educators"}
      priority: hoog
    panel_question:
      nl: "Hoe is de rol van schoolopleider nu belegd, en wat is er nodig om die rol waar te maken?"
      en: "How is the role of school-based teacher educator filled now, and what is needed to make that role work?"

  - id: coordinatie-beleggen
    theme: rollen
    when: "answer(rollen.coordinatie) <= 2"
    development_point:
      title: {nl: "Beleg de coördinatie binnen het bestuur", en: "Assign coordination within the board"}
      text:
        nl: "Als niemand het opleiden bovenschools coördineert, zoekt elke schoolopleider het zelf uit en weet de pabo niet bij wie ze voor het bestuur terechtkan. Een bovenschools schoolopleider of een vaste coördinator houdt het overzicht en ondersteunt de schoolopleiders."
        en: "If nobody coordinates training at board level, every school-based teacher educator works it out alone and the pabo does not know whom to contact for the board. A board-level school-based teacher educator or a fixed coordinator keeps the overview and supports the school-based ones."
      actions:
        - {nl: "Wijs een bovenschools schoolopleider of coördinator aan, met een taakprofiel en uren in de formatie", en: "Appoint a board-level school-based teacher educator or coordinator, with a task profile and hours in the staffing"}
        - {nl: "Spreek af hoe deze persoon de schoolopleiders ondersteunt en met de pabo overlegt", en: "Agree how this person supports the school-based teacher educators and consults with the pabo"}
      priority: midden

  - id: mentoren-trainen
    theme: professionalisering
    when: "answer(professionalisering.mentor-basistraining) <= 2"
    development_point:
      title: {nl: "Train de mentoren", en: "Train the mentors"}
      text:
        nl: "Goed begeleiden is een vak apart: een goede leraar is niet vanzelf een goede mentor. Getrainde mentoren geven gerichtere feedback en zien eerder wanneer een student vastloopt."
        en: "Good supervision is a profession of its own: a good teacher is not automatically a good mentor. Trained mentors give more focused feedback and notice earlier when a student gets stuck."
      actions:
        - {nl: "Maak een overzicht van welke mentoren de basistraining nog niet hebben gevolgd", en: "Make an overview of which mentors have not yet followed the basic training"}
        - {nl: "Plan voor hen de basistraining van het partnerschap in het komende schooljaar", en: "Schedule the partnership's basic training for them in the coming school year"}
        - {nl: "Spreek af dat nieuwe mentoren de training in hun eerste jaar volgen en daarna geregeld een terugkombijeenkomst", en: "Agree that new mentors follow the training in their first year and a follow-up meeting regularly after that"}
      priority: hoog

  - id: taakprofielen-opstellen
    theme: taakprofielen
    when: "answer(taakprofielen.schoolopleider-profiel) <= 2 or answer(taakprofielen.mentor-profiel) <= 2"
    development_point:
      title: {nl: "Stel taakprofielen op", en: "Draw up task profiles"}
      text:
        nl: "Een taakprofiel maakt duidelijk wat van een schoolopleider of mentor wordt verwacht en wat daartegenover staat. Dat helpt bij het kiezen van de juiste mensen, bij de facilitering en in de gesprekscyclus."
        en: "A task profile makes clear what is expected of a school-based teacher educator or mentor and what they get in return. That helps in choosing the right people, in allocating time and budget and in the cycle of staff conversations."
      actions:
        - {nl: "Neem de profielen van het partnerschap als basis en pas ze aan op het bestuur, ook voor de bovenschools schoolopleider als die er is", en: "Take the partnership's profiles as a basis and adapt them to the board, including the board-level school-based teacher educator if there is one"}
        - {nl: "Laat het bestuur de taakprofielen vaststellen en bespreek ze met de huidige schoolopleiders en mentoren", en: "Have the board adopt the task profiles and discuss them with the current school-based teacher educators and mentors"}
      priority: midden

  - id: facilitering-vastleggen
    theme: facilitering
    when: "count_at_most(facilitering, 2) >= 2 and score(facilitering) < 3"
    development_point:
      title: {nl: "Regel de facilitering", en: "Arrange time and budget"}
      text:
        nl: "Op meerdere punten zijn de uren en het budget voor schoolopleiders en mentoren nog niet geregeld. Zonder vastgelegde uren gaat opleiden ten koste van andere taken of van de kwaliteit van de begeleiding, en haken goede mentoren af."
        en: "On several points the hours and budget for school-based teacher educators and mentors have not been arranged yet. Without recorded hours, training comes at the expense of other tasks or of the quality of supervision, and good mentors drop out."
      actions:
        - {nl: "Stel een norm vast voor de uren per rol en per student", en: "Set a standard for the hours per role and per student"}
        - {nl: "Neem de uren op in de formatie van het bestuur en in het werkverdelingsplan van elke school", en: "Include the hours in the board's staffing and in every school's werkverdelingsplan"}
        - {nl: "Bespreek de uren jaarlijks met de schoolleiders bij het opstellen van de formatie", en: "Discuss the hours every year with the school leaders when drawing up the staffing"}
      priority: hoog
    panel_question:
      nl: "Hoeveel tijd hebben schoolopleiders en mentoren nu echt voor hun taak, en hoe weet het bestuur dat?"
      en: "How much time do school-based teacher educators and mentors really have for their task now, and how does the board know?"

  - id: uren-in-de-praktijk
    theme: facilitering
    when: "answer(facilitering.in-de-praktijk) <= 2 and answer(facilitering.uren-mentor) >= 3"
    development_point:
      title: {nl: "Bescherm de uren voor opleiden en begeleiden", en: "Protect the hours for training and supervision"}
      text:
        nl: "De uren staan in het werkverdelingsplan, maar komen in de praktijk niet altijd bij opleiden en begeleiden terecht. Dan lijkt de facilitering geregeld, terwijl mentoren het werk toch in hun eigen tijd doen."
        en: "The hours are in the werkverdelingsplan but do not always go to training and supervision in practice. Time and budget then look arranged, while mentors still do the work in their own time."
      actions:
        - {nl: "Spreek af dat uren voor begeleiding niet als eerste worden ingeleverd bij vervanging", en: "Agree that supervision hours are not the first to go when cover is needed"}
        - {nl: "Vraag mentoren halverwege het jaar of zij hun uren kunnen gebruiken", en: "Ask mentors halfway through the year whether they can use their hours"}
      priority: midden
    panel_question:
      nl: "Wat gebeurt er met de uren voor begeleiding als er een leraar ziek is of een vacature niet is vervuld?"
      en: "What happens to the supervision hours when a teacher is ill or a vacancy has not been filled?"

  - id: schoolopleider-over-uren
    theme: facilitering
    when: 'role() == "schoolopleider" and answer(facilitering.uren-schoolopleider) <= 2'
    panel_question:
      nl: "Een schoolopleider ervaart dat de uren voor de rol nog niet goed geregeld zijn. Hoe kijken bestuur en schoolleiding daarnaar, en wat is er nodig?"
      en: "A school-based teacher educator feels that the hours for the role are not yet properly arranged. How do the board and the school management see this, and what is needed?"

  - id: geen-zicht-op-uren
    theme: facilitering
    when: "count_unknown(facilitering) >= 2"
    panel_question:
      nl: "Meerdere antwoorden over uren en budget zijn 'weet ik niet'. Hoe horen schoolopleiders, mentoren en schoolleiders wat er over de facilitering is afgesproken?"
      en: "Several answers on hours and budget are 'don't know'. How do school-based teacher educators, mentors and school leaders hear what has been agreed on time and budget?"

  - id: begeleiders-starters-nvt
    theme: rollen
    when: "nvt(rollen.begeleiders-starters)"
    panel_question:
      nl: "Begeleiders van starters zijn als niet van toepassing aangegeven. Zijn er nu geen starters, of wordt hun begeleiding op een andere manier geregeld?"
      en: "Supervisors of beginning teachers were marked as not applicable. Are there no starters at the moment, or is their supervision arranged in another way?"

  - id: professionalisering-plannen
    theme: professionalisering
    when: "answer(professionalisering.plan) <= 2 and score(professionalisering) < 3"
    development_point:
      title: {nl: "Maak een professionaliseringsplan", en: "Make a professional development plan"}
      text:
        nl: "Schoolopleiders en mentoren blijven alleen goed in hun rol als zij zich blijven ontwikkelen. Een plan maakt zichtbaar wie welke scholing nodig heeft en zorgt dat professionalisering niet afhangt van eigen initiatief."
        en: "School-based teacher educators and mentors only stay good at their role if they keep developing. A plan shows who needs which training and makes sure professional development does not depend on individual initiative."
      actions:
        - {nl: "Breng in kaart welke scholing schoolopleiders en mentoren hebben gevolgd en nog nodig hebben", en: "Map which training school-based teacher educators and mentors have followed and still need"}
        - {nl: "Stel per rol een professionaliseringsplan op, afgestemd op het aanbod van het partnerschap en de pabo", en: "Draw up a professional development plan per role, aligned with what the partnership and the pabo offer"}
        - {nl: "Reserveer tijd en budget voor de uitvoering", en: "Reserve time and budget for carrying it out"}
      priority: midden

  - id: netwerken-benutten
    theme: netwerken
    when: "score(netwerken) < 2.5"
    development_point:
      title: {nl: "Benut de netwerken van het partnerschap", en: "Make use of the partnership's networks"}
      text:
        nl: "In het schoolopleidersnetwerk en de mentorbijeenkomsten delen opleiders uit de hele regio hun kennis en ervaring. Wie er niet aan deelneemt, mist die kennis en de kans om het partnerschap mee vorm te geven."
        en: "In the network of school-based teacher educators and the mentor meetings, teacher educators from the whole region share their knowledge and experience. Those who do not take part miss that knowledge and the chance to help shape the partnership."
      actions:
        - {nl: "Zet de bijeenkomsten van het partnerschap in de jaarplanning van de scholen", en: "Put the partnership's meetings in the schools' annual planning"}
        - {nl: "Reken de tijd voor de netwerken mee in de uren van schoolopleiders en mentoren", en: "Include the time for the networks in the hours of school-based teacher educators and mentors"}
        - {nl: "Spreek af hoe deelnemers wat ze leren terugkoppelen in school en bestuur", en: "Agree how participants share what they learn in the school and the board"}
      priority: laag

  - id: opleiders-sterk
    theme: rollen
    when: "score(rollen) >= 3.5 and score(facilitering) >= 3"
    strength:
      nl: "De rollen van schoolopleiders en mentoren zijn goed belegd en er is tijd voor het werk."
      en: "The roles of school-based teacher educators and mentors are well filled and there is time for the work."

migration:
  from: 1.0.0
  questions:
    # Rollen. The number of school-based teacher educators is replaced by how the role is
    # organised (a different question); 'enough mentors' now includes how they are chosen.
    rollen.schoolopleider: {to: rollen.schoolopleider}
    rollen.aantal-schoolopleiders: drop
    rollen.werkplekbegeleiders: {to: rollen.mentoren}
    rollen.keuze: drop
    rollen.getraind: {to: professionalisering.mentor-basistraining}
    rollen.aantal-getraind: drop
    rollen.coach-starters: {to: rollen.begeleiders-starters}
    rollen.instituutsopleider: {to: rollen.instituutsopleider}
    rollen.als-team: drop
    # Taakprofielen. Alignment with the partnership is now part of 'Volledig' in the help;
    # the starters' supervisor profile is left to waarborg 2 (induction).
    taakprofielen.schoolopleider-profiel: {to: taakprofielen.schoolopleider-profiel}
    taakprofielen.werkplekbegeleider-profiel: {to: taakprofielen.mentor-profiel}
    taakprofielen.coach-profiel: drop
    taakprofielen.aansluiting: drop
    taakprofielen.bekend: {to: taakprofielen.bekend}
    taakprofielen.gesprekscyclus: drop
    taakprofielen.waardering: {to: taakprofielen.waardering}
    # Facilitering. The yearly review is part of 'norm' now.
    facilitering.uren-schoolopleider: {to: facilitering.uren-schoolopleider}
    facilitering.uren-werkplekbegeleider: {to: facilitering.uren-mentor}
    facilitering.uren-coach: drop
    facilitering.in-de-praktijk: {to: facilitering.in-de-praktijk}
    facilitering.norm: {to: facilitering.norm}
    facilitering.budget-professionalisering: {to: facilitering.budget-professionalisering}
    facilitering.jaarlijks-bekijken: drop
    # Professionalisering. 'basistraining' (new mentors) is merged with rollen.getraind into
    # mentor-basistraining; that one carries rollen.getraind, which asked about all mentors.
    professionalisering.plan: {to: professionalisering.plan}
    professionalisering.opleiding-schoolopleider: {to: professionalisering.opleiding-schoolopleider}
    professionalisering.basistraining: drop
    professionalisering.verdieping: drop
    professionalisering.intervisie: drop
    professionalisering.samen-pabo: {to: professionalisering.samen-pabo}
    professionalisering.overzicht: drop
    professionalisering.behoefte: drop
    # Netwerken.
    netwerken.schoolopleiders-netwerk: {to: netwerken.schoolopleiders-netwerk}
    netwerken.werkplekbegeleiders-bijeenkomsten: {to: netwerken.mentorbijeenkomsten}
    netwerken.ruimte: {to: netwerken.ruimte}
    netwerken.delen: {to: netwerken.delen}
    netwerken.bijdragen: drop
    netwerken.studiedagen: drop
    netwerken.onderling: {to: netwerken.onderling}

"""##),
        ("questionnaires/waarborg-4/1.0.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-4
version: 1.0.0
safeguard: 4
title: {nl: "Waarborg 4 — Kwaliteitszorg en -ontwikkeling", en: "Safeguard 4 — Quality assurance and development"}
language: nl
languages: [nl, en]
description:
  nl: "Dit deel gaat over leren en verbeteren: evalueren studenten, starters en begeleiders hun ervaringen, wat gebeurt er met de uitkomsten, volgt het bestuur het behoud van starters, hoe worden ontwikkelpunten opgevolgd, en hoe draagt het bestuur bij aan de kwaliteitszorg van het partnerschap? Er zijn geen goede of foute antwoorden: geef aan hoe het er nu voor staat, zoals jij het ziet. De uitkomsten zijn input voor het gesprek, geen oordeel."
  en: "This part is about learning and improving: do students, beginning teachers and supervisors evaluate their experiences, what happens with the results, does the board follow the retention of starters, how are development points followed up, and how does the board contribute to the partnership's quality assurance? There are no right or wrong answers: describe how things stand now, as you see them. The results are input for the conversation, not a verdict."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.5}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.5, below: 3.0}
    - {id: op-orde, label: {nl: "Op orde", en: "In order"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

themes:
  # ------------------------------------------------------------------
  - id: evaluatie
    title: {nl: "Evalueren", en: "Evaluation"}
    description:
      nl: "Evalueren studenten, starters en begeleiders minstens één keer per jaar hun ervaringen, op een manier die bruikbare uitkomsten geeft?"
      en: "Do students, beginning teachers and supervisors evaluate their experiences at least once a year, in a way that gives usable results?"
    questions:
      - id: studenten
        text:
          nl: "Studenten evalueren minstens één keer per jaar hun stage en begeleiding."
          en: "Students evaluate their placement and supervision at least once a year."
        help:
          nl: "Volledig: alle studenten krijgen jaarlijks een vragenlijst of evaluatiegesprek, en de uitkomsten zijn per school beschikbaar."
          en: "Fully: all students get a questionnaire or evaluation conversation every year, and the results are available per school."
        kern: true
        evidence: required
      - id: starters
        text:
          nl: "Starters evalueren minstens één keer per jaar hun inductie en begeleiding."
          en: "Beginning teachers evaluate their induction and support at least once a year."
        help:
          nl: "Volledig: alle starters worden jaarlijks bevraagd, los van hun beoordeling, en de uitkomsten worden bovenschools verzameld."
          en: "Fully: all starters are asked every year, separately from their appraisal, and the results are collected across the schools."
        kern: true
        evidence: required
      - id: begeleiders
        text:
          nl: "Werkplekbegeleiders, schoolopleiders en begeleiders van starters evalueren minstens één keer per jaar hun rol en de samenwerking."
          en: "Workplace supervisors, school-based teacher educators and supervisors of beginning teachers evaluate their role and the cooperation at least once a year."
        help:
          nl: "Denk aan een vragenlijst, een evaluatiebijeenkomst of een vast onderdeel van het netwerk van schoolopleiders."
          en: "Think of a questionnaire, an evaluation meeting or a fixed item in the network of school-based teacher educators."
        evidence: optional
      - id: schoolleiders
        text:
          nl: "Ook schoolleiders worden gevraagd naar hun ervaringen met opleiden en begeleiden in hun school."
          en: "School leaders, too, are asked about their experiences with training and supervision in their school."
        help:
          nl: "Bijvoorbeeld in een jaarlijks gesprek met het bestuur of in het schoolleidersoverleg."
          en: "For example in a yearly conversation with the board or in the school leaders' meeting."
      - id: instrumenten
        text:
          nl: "Het bestuur gebruikt de evaluatie-instrumenten van het partnerschap, zodat uitkomsten te vergelijken zijn."
          en: "The board uses the partnership's evaluation instruments, so that results can be compared."
        help:
          nl: "Volledig: de vragenlijsten van het partnerschap worden gebruikt, eventueel aangevuld met eigen vragen."
          en: "Fully: the partnership's questionnaires are used, possibly supplemented with the board's own questions."
      - id: veilig
        text:
          nl: "Studenten en starters kunnen eerlijk hun mening geven, zonder dat dit gevolgen heeft voor hun beoordeling of positie."
          en: "Students and beginning teachers can give their honest opinion without it affecting their assessment or position."
        help:
          nl: "Denk aan anoniem invullen, of een evaluatie door iemand die hen niet beoordeelt."
          en: "Think of anonymous responses, or an evaluation by someone who does not assess them."
        kern: true
      - id: respons
        text:
          nl: "Aan de evaluaties doen genoeg mensen mee om er conclusies aan te verbinden."
          en: "Enough people take part in the evaluations to draw conclusions from them."
        help:
          nl: "Licht toe hoe hoog de respons ongeveer is en wat er gedaan wordt om die te verhogen."
          en: "Explain roughly how high the response is and what is done to increase it."
        note: required

  # ------------------------------------------------------------------
  - id: verbeteren
    title: {nl: "Van uitkomsten naar verbeteringen", en: "From results to improvements"}
    description:
      nl: "Leiden de uitkomsten van evaluaties tot concrete verbeteringen, en horen de betrokkenen wat ermee is gedaan?"
      en: "Do evaluation results lead to concrete improvements, and do those involved hear what was done with them?"
    questions:
      - id: bespreken
        text:
          nl: "Uitkomsten van evaluaties worden geanalyseerd en besproken met schoolleiders en schoolopleiders."
          en: "Evaluation results are analysed and discussed with school leaders and school-based teacher educators."
        help:
          nl: "Volledig: er is een vast moment in het jaar waarop de uitkomsten per school en voor het hele bestuur worden besproken."
          en: "Fully: there is a fixed moment in the year when the results are discussed per school and for the board as a whole."
        kern: true
      - id: acties
        text:
          nl: "Evaluaties leiden tot concrete verbeteracties."
          en: "Evaluations lead to concrete improvement actions."
        help:
          nl: "Volledig: in een evaluatieverslag of jaarplan staat welke acties naar aanleiding van de evaluaties zijn afgesproken, met een eigenaar."
          en: "Fully: an evaluation report or annual plan states which actions were agreed following the evaluations, with an owner."
        kern: true
        evidence: required
      - id: terugkoppeling
        text:
          nl: "Studenten, starters en begeleiders horen wat er met hun evaluatie is gedaan."
          en: "Students, beginning teachers and supervisors hear what was done with their evaluation."
        help:
          nl: "Denk aan een korte terugkoppeling: dit kwam eruit, en dit gaan we anders doen."
          en: "Think of a short update: this is what came out, and this is what we will do differently."
      - id: met-pabo
        text:
          nl: "De uitkomsten worden gedeeld en besproken met de pabo."
          en: "The results are shared and discussed with the pabo."
        help:
          nl: "Bijvoorbeeld in het overleg tussen schoolopleiders en instituutsopleiders, zodat ook de pabo ervan kan leren."
          en: "For example in the meeting between school-based teacher educators and pabo teacher educators, so that the pabo can learn from them as well."
      - id: effect
        text:
          nl: "Het bestuur gaat na of verbeteracties het beoogde effect hebben."
          en: "The board checks whether improvement actions have the intended effect."
        help:
          nl: "Denk aan: bij de volgende evaluatie wordt gekeken of de verbetering ook te merken is."
          en: "Think of: at the next evaluation it is checked whether the improvement can actually be noticed."
      - id: kwaliteitszorg-bestuur
        text:
          nl: "De kwaliteitszorg voor Samen Opleiden is onderdeel van de gewone kwaliteitszorg van het bestuur."
          en: "Quality assurance for Samen Opleiden is part of the board's regular quality assurance."
        help:
          nl: "Volledig: opleiden en begeleiden komen terug in de kwaliteitsrapportages en de jaarcyclus van het bestuur, en staan er niet los van."
          en: "Fully: training and supervision return in the board's quality reports and annual cycle, and are not separate from them."
        evidence: optional
      - id: voorbeeld
        type: text
        required: false
        text:
          nl: "Noem een verbetering die de afgelopen jaren is doorgevoerd naar aanleiding van een evaluatie."
          en: "Name an improvement made in recent years as a result of an evaluation."

  # ------------------------------------------------------------------
  - id: behoud
    title: {nl: "Behoud en uitstroom van starters", en: "Retention and outflow of beginning teachers"}
    description:
      nl: "Volgt het bestuur hoeveel starters blijven en waarom starters vertrekken, en gebruikt het die kennis?"
      en: "Does the board follow how many beginning teachers stay and why starters leave, and does it use that knowledge?"
    questions:
      - id: volgen
        text:
          nl: "Het bestuur houdt bij hoeveel starters na één, twee en drie jaar nog bij het bestuur werken."
          en: "The board keeps track of how many beginning teachers still work at the board after one, two and three years."
        help:
          nl: "Volledig: de cijfers worden elk jaar bijgehouden en zijn per school en voor het hele bestuur beschikbaar."
          en: "Fully: the figures are kept every year and are available per school and for the board as a whole."
        kern: true
        evidence: optional
      - id: vertrokken
        type: number
        min: 0
        max: 500
        text:
          nl: "Hoeveel starters zijn in het afgelopen schooljaar bij het bestuur vertrokken?"
          en: "How many beginning teachers left the board in the past school year?"
        help:
          nl: "Tel starters in hun eerste drie jaar die zelf vertrokken of van wie het contract niet is verlengd."
          en: "Count starters in their first three years who left themselves or whose contract was not renewed."
        show_if: "answer(behoud.volgen) >= 3"
      - id: redenen
        text:
          nl: "Het bestuur weet waarom starters vertrekken."
          en: "The board knows why beginning teachers leave."
        help:
          nl: "Bijvoorbeeld uit vertrekgesprekken of een korte vragenlijst bij vertrek, die bovenschools worden verzameld."
          en: "For example from exit conversations or a short questionnaire on leaving, collected across the schools."
        kern: true
      - id: van-student-naar-starter
        text:
          nl: "Het bestuur houdt bij hoeveel studenten na hun afstuderen als starter bij het bestuur beginnen."
          en: "The board keeps track of how many students start working at the board after graduating."
        help:
          nl: "Denk aan: hoeveel afstudeerders van het afgelopen jaar werken nu op een school van het bestuur?"
          en: "Think of: how many of last year's graduates now work at one of the board's schools?"
      - id: gebruiken
        text:
          nl: "Gegevens over behoud en uitstroom worden besproken en gebruikt om de inductie en het personeelsbeleid te verbeteren."
          en: "Data on retention and outflow are discussed and used to improve induction and staff policy."
        help:
          nl: "Volledig: het bestuur kan een voorbeeld geven van een aanpassing die op deze gegevens is gebaseerd."
          en: "Fully: the board can give an example of a change based on these data."
      - id: zij-instromers
        text:
          nl: "Ook behoud en uitstroom van zij-instromers worden gevolgd."
          en: "The retention and outflow of career switchers (zij-instromers) are followed as well."
        help:
          nl: "Kies n.v.t. als het bestuur de afgelopen jaren geen zij-instromers had."
          en: "Choose not applicable if the board had no career switchers in recent years."
      - id: delen
        text:
          nl: "Gegevens over behoud en uitstroom worden, zonder namen, gedeeld met het partnerschap."
          en: "Data on retention and outflow are shared with the partnership, without names."
        help:
          nl: "Zo kan het partnerschap zien wat in de regio werkt om starters te behouden."
          en: "This way the partnership can see what works in the region to retain starters."

  # ------------------------------------------------------------------
  - id: ontwikkelpunten
    title: {nl: "Ontwikkelpunten vastleggen en opvolgen", en: "Recording and following up development points"}
    description:
      nl: "Worden ontwikkelpunten vastgelegd met een eigenaar en een termijn, en wordt de voortgang gevolgd?"
      en: "Are development points recorded with an owner and a deadline, and is progress followed?"
    questions:
      - id: vastgelegd
        text:
          nl: "Ontwikkelpunten voor Samen Opleiden zijn vastgelegd in een plan van aanpak."
          en: "Development points for Samen Opleiden are recorded in an action plan (plan van aanpak)."
        help:
          nl: "Volledig: er is één actueel plan van aanpak met doelen en acties, en het is bekend bij de betrokkenen."
          en: "Fully: there is one up-to-date action plan with goals and actions, and it is known to those involved."
        kern: true
        evidence: required
      - id: eigenaar
        text:
          nl: "Elk ontwikkelpunt heeft een eigenaar en een termijn."
          en: "Every development point has an owner and a deadline."
        help:
          nl: "Volledig: bij elk punt staat een naam of functie en een datum, en de eigenaar weet dat."
          en: "Fully: each point has a name or position and a date, and the owner knows this."
        kern: true
      - id: succescriterium
        text:
          nl: "Bij elk ontwikkelpunt is beschreven waaraan te zien is dat het doel bereikt is."
          en: "For every development point it is described how to tell that the goal has been reached."
        help:
          nl: "Denk aan: alle werkplekbegeleiders hebben voor de zomer de basistraining afgerond."
          en: "Think of: all workplace supervisors have completed the basic training before the summer."
      - id: voortgang
        text:
          nl: "De voortgang op de ontwikkelpunten wordt minstens twee keer per jaar besproken in het bestuur."
          en: "Progress on the development points is discussed in the board at least twice a year."
        help:
          nl: "Bijvoorbeeld als vast agendapunt in het bestuursoverleg of het schoolleidersoverleg."
          en: "For example as a fixed agenda item in the board meeting or the school leaders' meeting."
        evidence: optional
      - id: betrokkenen
        text:
          nl: "Schoolleiders en schoolopleiders zijn betrokken bij het opstellen en uitvoeren van het plan van aanpak."
          en: "School leaders and school-based teacher educators are involved in drawing up and carrying out the action plan."
        help:
          nl: "Volledig: zij hebben meegeschreven aan het plan en zijn eigenaar van een deel van de acties."
          en: "Fully: they helped write the plan and own part of the actions."
      - id: bijstellen
        text:
          nl: "Het plan van aanpak wordt bijgesteld als de omstandigheden veranderen."
          en: "The action plan is adjusted when circumstances change."
        help:
          nl: "Denk aan: een nieuwe bestuurder, krimp of groei van het aantal scholen, of nieuwe afspraken in het partnerschap."
          en: "Think of: a new board member, a shrinking or growing number of schools, or new agreements in the partnership."
      - id: eerder-gesprek
        type: yesno
        text:
          nl: "Heeft het bestuur al eerder een zelfevaluatie of panelgesprek met het partnerschap gehad?"
          en: "Has the board had a self-assessment or panel conversation with the partnership before?"
      - id: eerdere-opgepakt
        text:
          nl: "De ontwikkelpunten uit het eerdere gesprek met het partnerschap zijn opgepakt."
          en: "The development points from the earlier conversation with the partnership have been taken up."
        help:
          nl: "Licht toe welke punten zijn afgerond en welke nog lopen."
          en: "Explain which points have been completed and which are still in progress."
        note: required
        evidence: optional
        show_if: "answer(ontwikkelpunten.eerder-gesprek) == true"

  # ------------------------------------------------------------------
  - id: verantwoording
    title: {nl: "Bijdrage aan jaarverslag en reviews", en: "Contribution to the annual report and reviews"}
    description:
      nl: "Draagt het bestuur bij aan de kwaliteitszorg van het partnerschap: het jaarverslag, reviews en het leren van elkaar?"
      en: "Does the board contribute to the partnership's quality assurance: the annual report, reviews and learning from each other?"
    questions:
      - id: jaarverslag
        text:
          nl: "Het bestuur levert elk jaar op tijd een bijdrage aan het jaarverslag van het partnerschap."
          en: "Every year the board makes its contribution to the partnership's annual report in time."
        help:
          nl: "Volledig: de bijdrage is compleet, op tijd aangeleverd en binnen het bestuur besproken."
          en: "Fully: the contribution is complete, delivered in time and discussed within the board."
        kern: true
        evidence: optional
      - id: gegevens
        text:
          nl: "Het bestuur kan de gegevens leveren die het partnerschap vraagt."
          en: "The board can provide the data the partnership asks for."
        help:
          nl: "Denk aan aantallen studenten, stageplaatsen, werkplekbegeleiders, schoolopleiders en starters."
          en: "Think of the numbers of students, placements, workplace supervisors, school-based teacher educators and starters."
      - id: reviews
        text:
          nl: "Het bestuur neemt deel aan reviews van het partnerschap, als besproken bestuur en als deelnemer aan panels van andere besturen."
          en: "The board takes part in the partnership's reviews, both as a board under review and as a participant in panels for other boards."
        help:
          nl: "Volledig: het bestuur heeft meegedaan aan een review of panel, of heeft toegezegd dat te doen bij de eerstvolgende gelegenheid."
          en: "Fully: the board has taken part in a review or panel, or has committed to doing so at the next opportunity."
        kern: true
      - id: open-bespreken
        text:
          nl: "Het bestuur bespreekt de uitkomsten van deze zelfevaluatie open met schoolleiders en teams."
          en: "The board openly discusses the results of this self-assessment with school leaders and teams."
        help:
          nl: "Denk aan: de uitkomsten en het plan van aanpak worden gedeeld, inclusief de punten die nog niet goed gaan."
          en: "Think of: the results and the action plan are shared, including the points that are not going well yet."
      - id: leren-van-anderen
        text:
          nl: "Het bestuur leert van andere besturen in het partnerschap."
          en: "The board learns from other boards in the partnership."
        help:
          nl: "Bijvoorbeeld door bij elkaar te kijken, voorbeelden uit te wisselen of samen een ontwikkelpunt op te pakken."
          en: "For example by visiting each other, exchanging examples or taking up a development point together."
      - id: toezicht
        text:
          nl: "De raad van toezicht of het toezichthoudend orgaan wordt geïnformeerd over de kwaliteit van Samen Opleiden binnen het bestuur."
          en: "The supervisory board or supervisory body is informed about the quality of Samen Opleiden within the board."
        help:
          nl: "Volledig: het onderwerp komt minstens één keer per jaar aan de orde, bijvoorbeeld bij het jaarverslag."
          en: "Fully: the subject is discussed at least once a year, for example with the annual report."
        evidence: optional
      - id: meegeven
        type: text
        required: false
        text:
          nl: "Wat wil je het panel nog meegeven over de kwaliteitszorg rond Samen Opleiden?"
          en: "What else would you like to tell the panel about quality assurance around Samen Opleiden?"

rules:
  - id: evaluatie-jaarlijks
    theme: evaluatie
    when: "answer(evaluatie.studenten) <= 2 or answer(evaluatie.starters) <= 2"
    development_point:
      title: {nl: "Laat studenten en starters jaarlijks evalueren", en: "Have students and beginning teachers evaluate every year"}
      text:
        nl: "Zonder de stem van studenten en starters weet het bestuur niet hoe de begeleiding in de praktijk uitpakt. Een jaarlijkse evaluatie is de basis voor verbeteren en voor het gesprek met het partnerschap."
        en: "Without the voice of students and beginning teachers, the board does not know how supervision works out in practice. A yearly evaluation is the basis for improvement and for the conversation with the partnership."
      actions:
        - {nl: "Gebruik de vragenlijsten van het partnerschap voor studenten en starters", en: "Use the partnership's questionnaires for students and beginning teachers"}
        - {nl: "Plan de evaluatie op een vast moment in het jaar, los van de beoordeling", en: "Plan the evaluation at a fixed moment in the year, separate from assessment"}
        - {nl: "Wijs iemand aan die de uitkomsten verzamelt en voor het hele bestuur samenvat", en: "Appoint someone to collect the results and summarise them for the whole board"}
      priority: hoog

  - id: cirkel-rond
    theme: verbeteren
    when: "score(evaluatie) >= 3 and score(verbeteren) < 3"
    development_point:
      title: {nl: "Maak de cirkel rond: van evaluatie naar verbetering", en: "Close the loop: from evaluation to improvement"}
      text:
        nl: "Er wordt geëvalueerd, maar de uitkomsten leiden nog niet vanzelf tot verbeteringen. Wie meedoet aan evaluaties en nooit hoort wat ermee gebeurt, haakt de volgende keer af."
        en: "Evaluations take place, but the results do not yet lead to improvements as a matter of course. People who take part in evaluations and never hear what happens with them will drop out next time."
      actions:
        - {nl: "Bespreek de uitkomsten elk jaar op een vast moment met schoolleiders en schoolopleiders", en: "Discuss the results every year at a fixed moment with school leaders and school-based teacher educators"}
        - {nl: "Leg verbeteracties vast met een eigenaar en een termijn", en: "Record improvement actions with an owner and a deadline"}
        - {nl: "Laat studenten, starters en begeleiders weten wat er met hun inbreng is gedaan", en: "Let students, beginning teachers and supervisors know what was done with their input"}
      priority: hoog
    panel_question:
      nl: "Wat is er de afgelopen jaren veranderd naar aanleiding van evaluaties, en hoe weet het bestuur of dat heeft gewerkt?"
      en: "What has changed in recent years as a result of evaluations, and how does the board know whether it worked?"

  - id: voorbeeld-vragen
    theme: verbeteren
    when: "score(verbeteren) >= 3 and not answered(verbeteren.voorbeeld)"
    panel_question:
      nl: "De kwaliteitszorg wordt positief beoordeeld. Kan het bestuur een concreet voorbeeld geven van een verbetering die uit een evaluatie voortkwam?"
      en: "Quality assurance is rated positively. Can the board give a concrete example of an improvement that came out of an evaluation?"

  - id: behoud-volgen
    theme: behoud
    when: "answer(behoud.volgen) <= 2 and answer(behoud.redenen) <= 2"
    development_point:
      title: {nl: "Volg behoud en uitstroom van starters", en: "Follow the retention and outflow of beginning teachers"}
      text:
        nl: "Samen Opleiden en inductie zijn er mede om leraren voor het onderwijs te behouden. Zonder zicht op hoeveel starters blijven en waarom anderen vertrekken, weet het bestuur niet of de begeleiding helpt."
        en: "Samen Opleiden and induction exist partly to keep teachers in education. Without insight into how many starters stay and why others leave, the board does not know whether the support helps."
      actions:
        - {nl: "Houd per jaar bij hoeveel starters na één, twee en drie jaar nog in dienst zijn", en: "Record every year how many starters are still employed after one, two and three years"}
        - {nl: "Voer met elke vertrekkende starter een vertrekgesprek en verzamel de redenen bovenschools", en: "Hold an exit conversation with every starter who leaves and collect the reasons across the schools"}
        - {nl: "Bespreek de cijfers jaarlijks bij de evaluatie van het inductiebeleid", en: "Discuss the figures every year when evaluating the induction policy"}
      priority: hoog

  - id: uitstroom-bespreken
    theme: behoud
    when: "answer(behoud.vertrokken) >= 3"
    panel_question:
      nl: "Het afgelopen jaar zijn meerdere starters vertrokken. Wat weet het bestuur over de redenen, en wat doet het daarmee?"
      en: "Several beginning teachers left in the past year. What does the board know about the reasons, and what is it doing about them?"

  - id: ontwikkelpunten-beleggen
    theme: ontwikkelpunten
    when: "count_at_most(ontwikkelpunten, 2) >= 3"
    development_point:
      title: {nl: "Beleg de ontwikkelpunten", en: "Assign the development points"}
      text:
        nl: "Ontwikkelpunten zonder eigenaar, termijn of succescriterium blijven makkelijk liggen. Een plan van aanpak dat in het bestuur wordt gevolgd, maakt ontwikkeling zichtbaar voor bestuur, scholen en partnerschap."
        en: "Development points without an owner, a deadline or a success criterion are easily left undone. An action plan that is followed up in the board makes development visible to the board, the schools and the partnership."
      actions:
        - {nl: "Werk het plan van aanpak uit dat uit deze zelfevaluatie volgt, met per punt een eigenaar, termijn en succescriterium", en: "Work out the action plan that follows from this self-assessment, with an owner, a deadline and a success criterion per point"}
        - {nl: "Zet de voortgang twee keer per jaar op de agenda van het bestuur", en: "Put the progress on the board's agenda twice a year"}
        - {nl: "Betrek schoolleiders en schoolopleiders bij het opstellen van het plan", en: "Involve school leaders and school-based teacher educators in drawing up the plan"}
      priority: hoog

  - id: eerdere-punten
    theme: ontwikkelpunten
    when: "answer(ontwikkelpunten.eerder-gesprek) == true and answer(ontwikkelpunten.eerdere-opgepakt) <= 2"
    development_point:
      title: {nl: "Pak eerdere ontwikkelpunten op", en: "Take up earlier development points"}
      text:
        nl: "Ontwikkelpunten uit een eerder gesprek met het partnerschap zijn nog niet (volledig) opgepakt. Het panel kijkt juist naar ontwikkeling sinds het vorige gesprek."
        en: "Development points from an earlier conversation with the partnership have not yet been (fully) taken up. The panel looks specifically at development since the previous conversation."
      actions:
        - {nl: "Zet de eerdere ontwikkelpunten naast de huidige situatie: wat is gedaan, wat niet, en waarom", en: "Compare the earlier development points with the current situation: what has been done, what has not, and why"}
        - {nl: "Neem de openstaande punten op in het nieuwe plan van aanpak", en: "Include the open points in the new action plan"}
      priority: hoog
    panel_question:
      nl: "Wat heeft het bestuur gedaan met de ontwikkelpunten uit het vorige gesprek, en wat hield de uitvoering tegen?"
      en: "What has the board done with the development points from the previous conversation, and what held back their implementation?"

  - id: toezicht-informeren
    theme: verantwoording
    when: 'role() == "bestuurder" and answer(verantwoording.toezicht) <= 2'
    development_point:
      title: {nl: "Betrek het intern toezicht", en: "Involve the supervisory board"}
      text:
        nl: "De bestuurder geeft aan dat het toezicht nog weinig zicht heeft op Samen Opleiden. Wanneer de raad van toezicht de kwaliteit van opleiden en begeleiden volgt, krijgt het onderwerp een vaste plek in de sturing van het bestuur."
        en: "The board member indicates that the supervisory board has little insight into Samen Opleiden yet. When the supervisory board follows the quality of training and supervision, the subject gets a permanent place in the board's governance."
      actions:
        - {nl: "Neem Samen Opleiden op in de rapportage aan de raad van toezicht", en: "Include Samen Opleiden in the reports to the supervisory board"}
        - {nl: "Bespreek de uitkomsten van deze zelfevaluatie en het plan van aanpak met de raad van toezicht", en: "Discuss the results of this self-assessment and the action plan with the supervisory board"}
      priority: midden

  - id: behoud-sterk
    theme: behoud
    when: 'level(behoud) == "op-orde" and answer(behoud.volgen) == 4'
    strength:
      nl: "Het bestuur volgt het behoud en de uitstroom van starters goed en gebruikt die kennis."
      en: "The board keeps good track of the retention and outflow of beginning teachers and uses that knowledge."

  - id: kwaliteitszorg-sterk
    theme: verbeteren
    when: "score(evaluatie) >= 3.5 and score(verbeteren) >= 3.5"
    strength:
      nl: "Er wordt structureel geëvalueerd, en de uitkomsten leiden zichtbaar tot verbeteringen."
      en: "Evaluation is done systematically, and the results visibly lead to improvements."

"""##),
        ("questionnaires/waarborg-4/2.0.0.yaml", ##"""
# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json
questionnaire: waarborg-4
version: 2.0.0
safeguard: 4
title: {nl: "Waarborg 4 — Kwaliteitszorg en -ontwikkeling", en: "Safeguard 4 — Quality assurance and development"}
language: nl
languages: [nl, en]
description:
  nl: "De vier waarborgen in deze vragenlijsten zijn de eigen vertaling door het partnerschap Samen Opleiden West-Brabant van het Kwaliteitskader Samen Opleiden & Inductie (vastgesteld in 2020, herzien in december 2021). Het is versie 2.0.0 van de vragenlijsten, december 2026, en niet de tekst van het kader zelf. Dit deel gaat over leren en verbeteren: evalueren de student, de starter, de mentor (werkplekbegeleider) en de schoolopleider elk jaar hoe het gaat, wat gebeurt er met de uitkomsten, volgt het bestuur of starters blijven, doen studenten en leraren praktijkgericht onderzoek dat de school verder helpt, hoe worden ontwikkelpunten opgevolgd, en hoe draagt het bestuur bij aan de kwaliteitszorg van het partnerschap? Je krijgt alleen de uitspraken die bij jouw rol passen. Er zijn geen goede of foute antwoorden: geef aan hoe het er nu voor staat, zoals jij het ziet, en kies 'weet ik niet' als je er geen zicht op hebt. De antwoorden zijn input voor het gesprek, geen oordeel."
  en: "The four safeguards in these questionnaires are the Samen Opleiden West-Brabant partnership's own translation of the Kwaliteitskader Samen Opleiden & Inductie (the quality framework, adopted in 2020, revised in December 2021). This is version 2.0.0 of the questionnaires, December 2026, and not the text of the framework itself. This part is about learning and improving: do the student, the beginning teacher, the mentor (workplace supervisor) and the school-based teacher educator evaluate every year how things are going, what happens with the results, does the board follow whether starters stay, do students and teachers carry out practice-based research that helps the school move forward, how are development points followed up, and how does the board contribute to the partnership's quality assurance? You only get the statements that fit your role. There are no right or wrong answers: describe how things stand now, as you see them, and choose 'don't know' when you have no view of it. The answers are input for the conversation, not a verdict."

scales:
  mate:
    - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
    - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
    - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
    - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
    - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}
    - {key: "w", label: {nl: "Weet ik niet / geen zicht op", en: "Don't know / no view of it"}, unknown: true}

scoring:
  method: mean
  missing: {max_share: 0.5}
  levels:
    - {id: aandacht, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 1, below: 2.25}
    - {id: ontwikkeling, label: {nl: "In ontwikkeling", en: "In development"}, min: 2.25, below: 3.0}
    - {id: verankerd, label: {nl: "Verankerd", en: "Embedded"}, min: 3.0, max: 4}

findings:
  development_below: 3.0
  strength_from: 3.5
  kern_lowest: true
  disagreement_stdev: 0.5
  disagreement_range: 2
  role_gap: 1.0
  minimum_group: 3

themes:
  # ------------------------------------------------------------------
  - id: evaluatie
    title: {nl: "De jaarlijkse evaluatie", en: "The yearly evaluation"}
    description:
      nl: "Evalueren studenten, starters, mentoren en schoolopleiders minstens één keer per jaar hoe het opleiden en begeleiden gaat, op een manier die bruikbare uitkomsten geeft?"
      en: "Do students, beginning teachers, mentors and school-based teacher educators evaluate at least once a year how training and supervision are going, in a way that gives usable results?"
    roles: [staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
    questions:
      - id: studenten
        text:
          nl: "Studenten evalueren minstens één keer per jaar hun opleidingsplaats en de begeleiding die ze op school krijgen."
          en: "Students evaluate their training placement and the supervision they get at school at least once a year."
        help:
          nl: "Volledig: alle studenten vullen elk jaar een vragenlijst in of hebben een evaluatiegesprek, en de uitkomsten zijn per school beschikbaar. Denk ook aan hoeveel studenten meedoen."
          en: "Fully: every student fills in a questionnaire or has an evaluation conversation every year, and the results are available per school. Also think of how many students take part."
        roles: [schoolopleider, bovenschools-schoolopleider, werkplekbegeleider, instituutsopleider]
        kern: true
        evidence: {required: true, for: ["3", "4"]}
      - id: starters
        text:
          nl: "Starters evalueren minstens één keer per jaar hun inductiearrangement en de begeleiding, los van hun beoordeling."
          en: "Beginning teachers evaluate their induction arrangement and support at least once a year, separately from their appraisal."
        help:
          nl: "Volledig: alle starters worden elk jaar bevraagd, los van de beoordelingsgesprekken, en de uitkomsten worden bovenschools verzameld."
          en: "Fully: all starters are asked every year, separately from the appraisal conversations, and the results are collected across the schools."
        roles: [staf, bovenschools-schoolopleider, leraar]
        evidence: {required: true, for: ["3", "4"]}
      - id: begeleiders
        text:
          nl: "Mentoren en schoolopleiders evalueren minstens één keer per jaar hun rol en de samenwerking met de pabo."
          en: "Mentors and school-based teacher educators evaluate their role and the cooperation with the pabo at least once a year."
        help:
          nl: "Denk aan een vragenlijst, een evaluatiebijeenkomst aan het eind van het schooljaar of een vast onderdeel van het netwerk van schoolopleiders."
          en: "Think of a questionnaire, an evaluation meeting at the end of the school year or a fixed item in the network of school-based teacher educators."
        roles: [werkplekbegeleider, schoolopleider, bovenschools-schoolopleider, instituutsopleider]
      - id: veilig
        text:
          nl: "Studenten en starters kunnen eerlijk zeggen wat ze van hun begeleiding vinden, zonder dat het gevolgen heeft voor hun beoordeling of positie."
          en: "Students and beginning teachers can say honestly what they think of their supervision, without it affecting their assessment or position."
        help:
          nl: "Denk aan anoniem invullen, of een evaluatie door iemand die hen niet beoordeelt."
          en: "Think of anonymous responses, or an evaluation by someone who does not assess them."
        roles: [schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
      - id: instrumenten
        text:
          nl: "Het bestuur gebruikt de evaluatie-instrumenten van het partnerschap, zodat de uitkomsten te vergelijken zijn met die van andere besturen."
          en: "The board uses the partnership's evaluation instruments, so that the results can be compared with those of other boards."
        help:
          nl: "Volledig: de vragenlijsten van het partnerschap worden gebruikt, eventueel aangevuld met eigen vragen."
          en: "Fully: the partnership's questionnaires are used, possibly supplemented with the board's own questions."
        roles: [staf, bovenschools-schoolopleider, projectleider]

  # ------------------------------------------------------------------
  - id: verbeteren
    title: {nl: "Van uitkomsten naar verbeteracties", en: "From results to improvement actions"}
    description:
      nl: "Leiden de uitkomsten van de evaluaties tot verbeteracties met een eigenaar en een termijn, en horen de betrokkenen wat ermee is gedaan?"
      en: "Do the evaluation results lead to improvement actions with an owner and a deadline, and do those involved hear what was done with them?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
    questions:
      - id: bespreken
        text:
          nl: "De uitkomsten van de evaluaties worden elk jaar op een vast moment besproken met schoolleiders en schoolopleiders."
          en: "The evaluation results are discussed every year at a fixed moment with school leaders and school-based teacher educators."
        help:
          nl: "Volledig: de uitkomsten worden per school én voor het hele bestuur besproken, bijvoorbeeld in het schoolleidersoverleg of het netwerk van schoolopleiders."
          en: "Fully: the results are discussed per school and for the board as a whole, for example in the school leaders' meeting or the network of school-based teacher educators."
        roles: [schoolleider, schoolopleider, bovenschools-schoolopleider]
      - id: acties
        text:
          nl: "De evaluaties leiden tot verbeteracties, en elke actie heeft een eigenaar en een termijn."
          en: "The evaluations lead to improvement actions, and every action has an owner and a deadline."
        help:
          nl: "Volledig: in een evaluatieverslag, jaarplan of plan van aanpak staat welke acties zijn afgesproken, wie ze oppakt en wanneer ze klaar zijn."
          en: "Fully: an evaluation report, annual plan or action plan states which actions were agreed, who takes them up and when they are to be finished."
        roles: [projectleider, bovenschools-schoolopleider, schoolleider]
        kern: true
        evidence: {required: true, for: ["3", "4"]}
      - id: terugkoppeling
        text:
          nl: "Studenten, starters en mentoren horen wat er met hun evaluatie is gedaan."
          en: "Students, beginning teachers and mentors hear what was done with their evaluation."
        help:
          nl: "Denk aan een korte terugkoppeling: dit kwam eruit, en dit gaan we anders doen."
          en: "Think of a short update: this is what came out, and this is what we will do differently."
        roles: [schoolleider, schoolopleider, werkplekbegeleider, leraar, anders]
      - id: met-pabo
        text:
          nl: "De uitkomsten worden gedeeld en besproken met de pabo, zodat ook de pabo ervan leert."
          en: "The results are shared and discussed with the pabo, so that the pabo learns from them as well."
        help:
          nl: "Bijvoorbeeld in het overleg tussen schoolopleiders en instituutsopleiders."
          en: "For example in the meeting between school-based teacher educators and pabo teacher educators."
        roles: [schoolopleider, bovenschools-schoolopleider, instituutsopleider]
      - id: effect
        text:
          nl: "Het bestuur gaat na of verbeteracties het beoogde effect hebben."
          en: "The board checks whether improvement actions have the intended effect."
        help:
          nl: "Denk aan: bij de volgende evaluatie wordt gekeken of de verbetering ook te merken is."
          en: "Think of: at the next evaluation it is checked whether the improvement can actually be noticed."
        roles: [bestuurder, staf, projectleider]
      - id: kwaliteitszorg-bestuur
        text:
          nl: "De kwaliteitszorg voor Samen Opleiden is onderdeel van de gewone kwaliteitszorg van het bestuur."
          en: "Quality assurance for Samen Opleiden is part of the board's regular quality assurance."
        help:
          nl: "Volledig: opleiden en begeleiden komen terug in de kwaliteitsrapportages en de jaarcyclus van het bestuur, en staan er niet los van."
          en: "Fully: training and supervision return in the board's quality reports and annual cycle, and are not separate from them."
        roles: [bestuurder, staf, projectleider]

  # ------------------------------------------------------------------
  - id: behoud
    title: {nl: "Behoud en uitstroom van starters", en: "Retention and outflow of beginning teachers"}
    description:
      nl: "Volgt het bestuur hoeveel starters blijven en waarom starters vertrekken, en gebruikt het die kennis?"
      en: "Does the board follow how many beginning teachers stay and why starters leave, and does it use that knowledge?"
    roles: [bestuurder, staf, schoolleider]
    questions:
      - id: volgen
        text:
          nl: "Het bestuur houdt bij hoeveel starters na één, twee en drie jaar nog bij het bestuur werken."
          en: "The board keeps track of how many beginning teachers still work at the board after one, two and three years."
        help:
          nl: "Volledig: de cijfers worden elk jaar bijgehouden, per school en voor het hele bestuur, en zij-instromers worden daarin meegeteld."
          en: "Fully: the figures are kept every year, per school and for the board as a whole, and career switchers (zij-instromers) are included."
        roles: [bestuurder, staf]
        kern: true
        evidence: {required: true, for: ["3", "4"]}
      - id: vertrokken
        type: number
        min: 0
        max: 500
        text:
          nl: "Hoeveel starters zijn in het afgelopen schooljaar bij het bestuur vertrokken?"
          en: "How many beginning teachers left the board in the past school year?"
        help:
          nl: "Tel starters in hun eerste drie jaar die zelf vertrokken of van wie het contract niet is verlengd."
          en: "Count starters in their first three years who left themselves or whose contract was not renewed."
        roles: [bestuurder, staf]
        note: none
        show_if: "answer(behoud.volgen) >= 3"
      - id: redenen
        text:
          nl: "Het bestuur weet waarom starters vertrekken."
          en: "The board knows why beginning teachers leave."
        help:
          nl: "Bijvoorbeeld uit vertrekgesprekken of een korte vragenlijst bij vertrek, die bovenschools worden verzameld."
          en: "For example from exit conversations or a short questionnaire on leaving, collected across the schools."
        roles: [bestuurder, staf, schoolleider]
      - id: van-student-naar-starter
        text:
          nl: "Het bestuur houdt bij hoeveel studenten na hun afstuderen als starter bij het bestuur beginnen."
          en: "The board keeps track of how many students start working at the board after graduating."
        help:
          nl: "Denk aan: hoeveel afgestudeerden van het afgelopen jaar werken nu op een school van het bestuur?"
          en: "Think of: how many of last year's graduates now work at one of the board's schools?"
        roles: [bestuurder, staf]
        note: none
      - id: gebruiken
        text:
          nl: "Gegevens over behoud en uitstroom worden besproken en gebruikt om de inductie en het personeelsbeleid te verbeteren."
          en: "Data on retention and outflow are discussed and used to improve induction and staff policy."
        help:
          nl: "Volledig: het bestuur kan een voorbeeld geven van een aanpassing die op deze gegevens is gebaseerd."
          en: "Fully: the board can give an example of a change based on these data."
        roles: [bestuurder, staf]

  # ------------------------------------------------------------------
  - id: onderzoek
    title: {nl: "Praktijkgericht onderzoek", en: "Practice-based research"}
    description:
      nl: "Doen studenten en leraren in de school praktijkgericht onderzoek dat verbonden is met de schoolontwikkeling, en worden de uitkomsten gedeeld in het team en met de pabo? Voor een academische opleidingsschool hoort dit bij de kern; voor andere scholen laat het zien waar de school staat."
      en: "Do students and teachers carry out practice-based research in the school that is connected to the school's development, and are the results shared in the team and with the pabo? For an academic training school (academische opleidingsschool) this is part of the core; for other schools it shows where the school stands."
    roles: [bovenschools-schoolopleider, schoolleider, schoolopleider, werkplekbegeleider, leraar, instituutsopleider, anders]
    questions:
      - id: studenten
        text:
          nl: "Studenten doen hun praktijkgericht onderzoek op een vraag die uit de school zelf komt."
          en: "Students carry out their practice-based research on a question that comes from the school itself."
        help:
          nl: "Denk aan het afstudeeronderzoek: de school geeft vragen mee waar het team echt iets aan heeft, in plaats van dat de student zelf een onderwerp zoekt."
          en: "Think of the graduation research: the school offers questions the team really benefits from, rather than the student looking for a topic alone."
        roles: [schoolleider, schoolopleider, werkplekbegeleider, instituutsopleider, leraar]
      - id: leraren
        text:
          nl: "Ook leraren onderzoeken hun eigen praktijk, alleen of samen met studenten en de pabo."
          en: "Teachers, too, investigate their own practice, on their own or together with students and the pabo."
        help:
          nl: "Denk aan een onderzoeksgroep of kenniskring in de school of het bestuur, een leraar die een master volgt, of een lesson study samen met studenten."
          en: "Think of a research group or knowledge circle in the school or the board, a teacher taking a master's degree, or a lesson study together with students."
        roles: [bovenschools-schoolopleider, schoolleider, schoolopleider, leraar, instituutsopleider]
      - id: schoolontwikkeling
        text:
          nl: "Het onderzoek in de school hangt samen met de schoolontwikkeling: de vragen sluiten aan bij het schoolplan of jaarplan, en de uitkomsten worden gebruikt."
          en: "Research in the school is linked to the school's development: the questions fit the school plan or annual plan, and the results are used."
        help:
          nl: "Volledig: de school kan laten zien welk onderzoek heeft bijgedragen aan een keuze of verandering in het onderwijs."
          en: "Fully: the school can show which research contributed to a choice or change in its teaching."
        roles: [schoolleider, schoolopleider, instituutsopleider]
        evidence: {required: true, for: ["3", "4"]}
      - id: delen
        text:
          nl: "De uitkomsten van onderzoek worden gedeeld in het team en met de pabo."
          en: "The results of research are shared in the team and with the pabo."
        help:
          nl: "Bijvoorbeeld een presentatie in een teamvergadering, een onderzoeksmarkt van het partnerschap, of een gesprek met de instituutsopleider."
          en: "For example a presentation at a team meeting, a research fair of the partnership, or a conversation with the pabo teacher educator."
        roles: [schoolleider, schoolopleider, werkplekbegeleider, instituutsopleider, leraar, anders]

  # ------------------------------------------------------------------
  - id: ontwikkelpunten
    title: {nl: "Ontwikkelpunten en het toetredingstraject", en: "Development points and the accession track"}
    description:
      nl: "Worden ontwikkelpunten vastgelegd met een eigenaar en een termijn, wordt de voortgang gevolgd, en worden de punten die met het panel zijn afgesproken opgepakt op weg naar het toetredingsgesprek?"
      en: "Are development points recorded with an owner and a deadline, is progress followed, and are the points agreed with the panel taken up on the way to the accession interview?"
    roles: [bestuurder, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider]
    questions:
      - id: vastgelegd
        text:
          nl: "De ontwikkelpunten voor Samen Opleiden staan in een plan van aanpak, elk met een eigenaar, een termijn en een succescriterium."
          en: "The development points for Samen Opleiden are in an action plan (plan van aanpak), each with an owner, a deadline and a success criterion."
        help:
          nl: "Volledig: er is één actueel plan van aanpak, bij elk punt staat een naam of functie en een datum, en de eigenaren weten dat. Een succescriterium is bijvoorbeeld: alle mentoren hebben voor de zomer de basistraining afgerond."
          en: "Fully: there is one up-to-date action plan, each point has a name or position and a date, and the owners know this. A success criterion is for example: all mentors have completed the basic training before the summer."
        roles: [bestuurder, projectleider]
        kern: true
        evidence: {required: true, for: ["3", "4"]}
      - id: voortgang
        text:
          nl: "De voortgang op de ontwikkelpunten wordt minstens twee keer per jaar in het bestuur besproken, en het plan wordt zo nodig bijgesteld."
          en: "Progress on the development points is discussed in the board at least twice a year, and the plan is adjusted where needed."
        help:
          nl: "Bijvoorbeeld als vast agendapunt in het bestuursoverleg. Denk bij bijstellen aan een nieuwe bestuurder, groei of krimp van het aantal scholen, of nieuwe afspraken in het partnerschap."
          en: "For example as a fixed agenda item in the board meeting. Adjusting may be needed after a new board member, a growing or shrinking number of schools, or new agreements in the partnership."
        roles: [bestuurder, projectleider]
      - id: betrokkenen
        text:
          nl: "Schoolleiders en schoolopleiders zijn betrokken bij het opstellen en uitvoeren van het plan van aanpak."
          en: "School leaders and school-based teacher educators are involved in drawing up and carrying out the action plan."
        help:
          nl: "Volledig: zij hebben meegeschreven aan het plan en zijn eigenaar van een deel van de acties."
          en: "Fully: they helped write the plan and own part of the actions."
        roles: [projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider]
      - id: eerder-gesprek
        type: yesno
        text:
          nl: "Heeft het bestuur al eerder een panelgesprek met het partnerschap gehad, bijvoorbeeld in het toetredingstraject?"
          en: "Has the board had a panel conversation with the partnership before, for example in the accession track?"
        roles: [bestuurder, projectleider]
        note: none
      - id: panel-afspraken
        text:
          nl: "De ontwikkelpunten die met het panel zijn afgesproken en in de intentieverklaring staan, zijn vastgelegd met een eigenaar en een termijn en worden opgevolgd."
          en: "The development points agreed with the panel and included in the declaration of intent (intentieverklaring) are recorded with an owner and a deadline and are followed up."
        help:
          nl: "Volledig: van elk afgesproken punt is duidelijk wat er is gedaan en wat nog loopt, zodat het bestuur dat bij het toetredingsgesprek kan laten zien. Licht toe welke punten zijn afgerond en welke nog lopen."
          en: "Fully: for every agreed point it is clear what has been done and what is still in progress, so that the board can show this at the accession interview (toetredingsgesprek). Explain which points have been completed and which are still in progress."
        roles: [bestuurder, projectleider]
        evidence: {required: true, for: ["3", "4"]}
        show_if: "answer(ontwikkelpunten.eerder-gesprek) == true"

  # ------------------------------------------------------------------
  - id: verantwoording
    title: {nl: "Bijdrage aan het partnerschap: jaarverslag en reviews", en: "Contribution to the partnership: annual report and reviews"}
    description:
      nl: "Draagt het bestuur bij aan de kwaliteitszorg van het partnerschap: het jaarverslag, (peer)reviews en het leren van elkaar? En worden de uitkomsten open gedeeld, binnen het bestuur en met het intern toezicht?"
      en: "Does the board contribute to the partnership's quality assurance: the annual report, (peer) reviews and learning from each other? And are the results shared openly, within the board and with the supervisory board?"
    roles: [bestuurder, staf, projectleider, bovenschools-schoolopleider, schoolleider, schoolopleider]
    questions:
      - id: jaarverslag
        text:
          nl: "Het bestuur levert elk jaar op tijd een volledige bijdrage aan het jaarverslag van het partnerschap, met de gegevens die het partnerschap vraagt."
          en: "Every year the board delivers a complete contribution to the partnership's annual report in time, with the data the partnership asks for."
        help:
          nl: "Denk aan aantallen studenten, opleidingsplaatsen, mentoren, schoolopleiders en starters, gegevens over behoud en uitstroom zonder namen, en de uitkomsten van de evaluaties. Volledig: de bijdrage is ook binnen het bestuur besproken."
          en: "Think of the numbers of students, training placements, mentors, school-based teacher educators and starters, data on retention and outflow without names, and the evaluation results. Fully: the contribution has also been discussed within the board."
        roles: [staf, projectleider]
        kern: true
        evidence: {required: true, for: ["3", "4"]}
      - id: reviews
        text:
          nl: "Het bestuur doet mee aan (peer)reviews van het partnerschap: als bestuur dat besproken wordt, en met mensen in de panels van andere besturen."
          en: "The board takes part in the partnership's (peer) reviews: as a board under review, and with people on the panels for other boards."
        help:
          nl: "Volledig: het bestuur heeft meegedaan aan een review of panel, of heeft toegezegd dat bij de eerstvolgende gelegenheid te doen."
          en: "Fully: the board has taken part in a review or panel, or has committed to doing so at the next opportunity."
        roles: [bestuurder, projectleider]
      - id: leren-van-anderen
        text:
          nl: "Het bestuur leert van andere besturen in het partnerschap."
          en: "The board learns from other boards in the partnership."
        help:
          nl: "Bijvoorbeeld door bij elkaar te kijken, voorbeelden uit te wisselen of samen een ontwikkelpunt op te pakken."
          en: "For example by visiting each other, exchanging examples or taking up a development point together."
        roles: [bovenschools-schoolopleider, schoolopleider]
      - id: open-bespreken
        text:
          nl: "Het bestuur bespreekt de uitkomsten van dit zelfassessment open met schoolleiders en teams, ook de punten die nog niet goed gaan."
          en: "The board openly discusses the results of this self-assessment with school leaders and teams, including the points that are not going well yet."
        help:
          nl: "Denk aan: de uitkomsten en het plan van aanpak worden gedeeld in het schoolleidersoverleg en in de teams."
          en: "Think of: the results and the action plan are shared in the school leaders' meeting and in the teams."
        roles: [bestuurder, schoolleider]
      - id: toezicht
        text:
          nl: "De raad van toezicht of het toezichthoudend orgaan wordt minstens één keer per jaar geïnformeerd over de kwaliteit van Samen Opleiden binnen het bestuur."
          en: "The supervisory board or supervisory body is informed at least once a year about the quality of Samen Opleiden within the board."
        help:
          nl: "Bijvoorbeeld bij de bespreking van het jaarverslag of de kwaliteitsrapportage."
          en: "For example when the annual report or the quality report is discussed."
        roles: [bestuurder, staf]

rules:
  - id: evaluatie-jaarlijks
    theme: evaluatie
    when: "answer(evaluatie.studenten) <= 2 or answer(evaluatie.starters) <= 2"
    development_point:
      title: {nl: "Laat studenten en starters jaarlijks evalueren", en: "Have students and beginning teachers evaluate every year"}
      text:
        nl: "Zonder de stem van studenten en starters weet het bestuur niet hoe de begeleiding in de praktijk uitpakt. Een jaarlijkse evaluatie is de basis voor verbeteren en voor het gesprek met het partnerschap."
        en: "Without the voice of students and beginning teachers, the board does not know how supervision works out in practice. A yearly evaluation is the basis for improvement and for the conversation with the partnership."
      actions:
        - {nl: "Gebruik de vragenlijsten van het partnerschap voor studenten en starters", en: "Use the partnership's questionnaires for students and beginning teachers"}
        - {nl: "Plan de evaluatie op een vast moment in het jaar, los van de beoordeling", en: "Plan the evaluation at a fixed moment in the year, separate from assessment"}
        - {nl: "Wijs iemand aan die de uitkomsten verzamelt en voor het hele bestuur samenvat", en: "Appoint someone to collect the results and summarise them for the whole board"}
      priority: hoog

  - id: cirkel-rond
    theme: verbeteren
    when: "score(evaluatie) >= 3 and score(verbeteren) < 3"
    development_point:
      title: {nl: "Maak de cirkel rond: van evaluatie naar verbetering", en: "Close the loop: from evaluation to improvement"}
      text:
        nl: "Er wordt geëvalueerd, maar de uitkomsten leiden nog niet vanzelf tot verbeteringen. Wie meedoet aan evaluaties en nooit hoort wat ermee gebeurt, haakt de volgende keer af."
        en: "Evaluations take place, but the results do not yet lead to improvements as a matter of course. People who take part in evaluations and never hear what happens with them will drop out next time."
      actions:
        - {nl: "Bespreek de uitkomsten elk jaar op een vast moment met schoolleiders en schoolopleiders", en: "Discuss the results every year at a fixed moment with school leaders and school-based teacher educators"}
        - {nl: "Leg verbeteracties vast met een eigenaar en een termijn", en: "Record improvement actions with an owner and a deadline"}
        - {nl: "Laat studenten, starters en mentoren weten wat er met hun inbreng is gedaan", en: "Let students, beginning teachers and mentors know what was done with their input"}
      priority: hoog
    panel_question:
      nl: "Wat is er de afgelopen jaren veranderd naar aanleiding van evaluaties, en hoe weet het bestuur of dat heeft gewerkt?"
      en: "What has changed in recent years as a result of evaluations, and how does the board know whether it worked?"

  - id: voorbeeld-vragen
    theme: verbeteren
    when: "score(verbeteren) >= 3"
    panel_question:
      nl: "De kwaliteitszorg wordt positief beoordeeld. Kan het bestuur een concreet voorbeeld geven van een verbetering die uit een evaluatie voortkwam?"
      en: "Quality assurance is rated positively. Can the board give a concrete example of an improvement that came out of an evaluation?"

  - id: behoud-volgen
    theme: behoud
    when: "answer(behoud.volgen) <= 2 and answer(behoud.redenen) <= 2"
    development_point:
      title: {nl: "Volg behoud en uitstroom van starters", en: "Follow the retention and outflow of beginning teachers"}
      text:
        nl: "Samen Opleiden en inductie zijn er mede om leraren voor het onderwijs te behouden. Zonder zicht op hoeveel starters blijven en waarom anderen vertrekken, weet het bestuur niet of de begeleiding helpt."
        en: "Samen Opleiden and induction exist partly to keep teachers in education. Without insight into how many starters stay and why others leave, the board does not know whether the support helps."
      actions:
        - {nl: "Houd per jaar bij hoeveel starters na één, twee en drie jaar nog in dienst zijn", en: "Record every year how many starters are still employed after one, two and three years"}
        - {nl: "Voer met elke vertrekkende starter een vertrekgesprek en verzamel de redenen bovenschools", en: "Hold an exit conversation with every starter who leaves and collect the reasons across the schools"}
        - {nl: "Bespreek de cijfers jaarlijks bij de evaluatie van het inductiebeleid", en: "Discuss the figures every year when evaluating the induction policy"}
      priority: hoog

  - id: uitstroom-bespreken
    theme: behoud
    when: "answer(behoud.vertrokken) >= 3"
    panel_question:
      nl: "Het afgelopen jaar zijn meerdere starters vertrokken. Wat weet het bestuur over de redenen, en wat doet het daarmee?"
      en: "Several beginning teachers left in the past year. What does the board know about the reasons, and what is it doing about them?"

  - id: onderzoek-delen
    theme: onderzoek
    when: "answer(onderzoek.studenten) >= 3 and answer(onderzoek.delen) <= 2"
    development_point:
      title: {nl: "Laat onderzoek landen in het team en bij de pabo", en: "Let research land in the team and at the pabo"}
      text:
        nl: "Studenten onderzoeken vragen van de school, maar de uitkomsten blijven nog vaak bij de student en de mentor. Onderzoek helpt de school pas verder als het team en de pabo ervan horen."
        en: "Students research the school's questions, but the results often stay with the student and the mentor. Research only helps the school move forward when the team and the pabo hear about it."
      actions:
        - {nl: "Plan elk jaar een teamvergadering waarin studenten en leraren hun onderzoek presenteren", en: "Plan a team meeting every year in which students and teachers present their research"}
        - {nl: "Bespreek de uitkomsten met de instituutsopleider en breng ze in bij de onderzoeksbijeenkomsten van het partnerschap", en: "Discuss the results with the pabo teacher educator and bring them to the partnership's research meetings"}
        - {nl: "Laat de schoolleider per onderzoek vastleggen wat de school ermee gaat doen in het jaarplan", en: "Have the school leader record for each study what the school will do with it in the annual plan"}
      priority: midden

  - id: onderzoek-schoolontwikkeling
    theme: onderzoek
    when: "answer(onderzoek.schoolontwikkeling) <= 2"
    panel_question:
      nl: "Hoe komen de onderzoeksvragen van studenten en leraren tot stand, en wat heeft de school de afgelopen jaren met de uitkomsten gedaan?"
      en: "How are the research questions of students and teachers arrived at, and what has the school done with the results in recent years?"

  - id: ontwikkelpunten-beleggen
    theme: ontwikkelpunten
    when: "answer(ontwikkelpunten.vastgelegd) <= 2 or count_at_most(ontwikkelpunten, 2) >= 2"
    development_point:
      title: {nl: "Beleg de ontwikkelpunten", en: "Assign the development points"}
      text:
        nl: "Ontwikkelpunten zonder eigenaar, termijn of succescriterium blijven makkelijk liggen. Een plan van aanpak dat in het bestuur wordt gevolgd, maakt ontwikkeling zichtbaar voor bestuur, scholen en partnerschap."
        en: "Development points without an owner, a deadline or a success criterion are easily left undone. An action plan that is followed up in the board makes development visible to the board, the schools and the partnership."
      actions:
        - {nl: "Werk het plan van aanpak uit dat uit dit zelfassessment volgt, met per punt een eigenaar, termijn en succescriterium", en: "Work out the action plan that follows from this self-assessment, with an owner, a deadline and a success criterion per point"}
        - {nl: "Zet de voortgang twee keer per jaar op de agenda van het bestuur", en: "Put the progress on the board's agenda twice a year"}
        - {nl: "Betrek schoolleiders en schoolopleiders bij het opstellen van het plan", en: "Involve school leaders and school-based teacher educators in drawing up the plan"}
      priority: hoog

  - id: eerdere-punten
    theme: ontwikkelpunten
    when: "answer(ontwikkelpunten.eerder-gesprek) == true and answer(ontwikkelpunten.panel-afspraken) <= 2"
    development_point:
      title: {nl: "Pak de afgesproken ontwikkelpunten op", en: "Take up the agreed development points"}
      text:
        nl: "De ontwikkelpunten die met het panel zijn afgesproken en in de intentieverklaring staan, zijn nog niet (volledig) belegd of opgepakt. Bij het toetredingsgesprek kijkt het partnerschap juist naar wat er sinds het panelgesprek is bereikt."
        en: "The development points agreed with the panel and included in the declaration of intent have not yet been (fully) assigned or taken up. At the accession interview the partnership looks specifically at what has been achieved since the panel conversation."
      actions:
        - {nl: "Zet de afgesproken ontwikkelpunten naast de huidige situatie: wat is gedaan, wat niet, en waarom", en: "Compare the agreed development points with the current situation: what has been done, what has not, and why"}
        - {nl: "Geef elk openstaand punt een eigenaar en een termijn in het plan van aanpak", en: "Give every open point an owner and a deadline in the action plan"}
        - {nl: "Maak een korte voortgangsrapportage als voorbereiding op het toetredingsgesprek", en: "Write a short progress report in preparation for the accession interview"}
      priority: hoog
    panel_question:
      nl: "Wat heeft het bestuur gedaan met de ontwikkelpunten uit het vorige panelgesprek en de intentieverklaring, en wat hield de uitvoering tegen?"
      en: "What has the board done with the development points from the previous panel conversation and the declaration of intent, and what held back their implementation?"

  - id: toezicht-informeren
    theme: verantwoording
    when: 'role() == "bestuurder" and answer(verantwoording.toezicht) <= 2'
    development_point:
      title: {nl: "Betrek het intern toezicht", en: "Involve the supervisory board"}
      text:
        nl: "De bestuurder geeft aan dat het toezicht nog weinig zicht heeft op Samen Opleiden. Wanneer de raad van toezicht de kwaliteit van opleiden en begeleiden volgt, krijgt het onderwerp een vaste plek in de sturing van het bestuur."
        en: "The board member indicates that the supervisory board has little insight into Samen Opleiden yet. When the supervisory board follows the quality of training and supervision, the subject gets a permanent place in the board's governance."
      actions:
        - {nl: "Neem Samen Opleiden op in de rapportage aan de raad van toezicht", en: "Include Samen Opleiden in the reports to the supervisory board"}
        - {nl: "Bespreek de uitkomsten van dit zelfassessment en het plan van aanpak met de raad van toezicht", en: "Discuss the results of this self-assessment and the action plan with the supervisory board"}
      priority: midden

  - id: behoud-sterk
    theme: behoud
    when: 'level(behoud) == "verankerd" and answer(behoud.volgen) == 4'
    strength:
      nl: "Het bestuur volgt het behoud en de uitstroom van starters goed en gebruikt die kennis."
      en: "The board keeps good track of the retention and outflow of beginning teachers and uses that knowledge."

  - id: kwaliteitszorg-sterk
    theme: verbeteren
    when: "score(evaluatie) >= 3.5 and score(verbeteren) >= 3.5"
    strength:
      nl: "Er wordt structureel geëvalueerd, en de uitkomsten leiden zichtbaar tot verbeteringen."
      en: "Evaluation is done systematically, and the results visibly lead to improvements."

  - id: onderzoek-sterk
    theme: onderzoek
    when: "score(onderzoek) >= 3.5 and answer(onderzoek.schoolontwikkeling) >= 3"
    strength:
      nl: "Praktijkgericht onderzoek van studenten en leraren helpt de school zichtbaar verder en wordt gedeeld met team en pabo."
      en: "Practice-based research by students and teachers visibly helps the school move forward and is shared with the team and the pabo."

migration:
  from: 1.0.0
  # The scale gained 'weet ik niet' ("w"), so every scale question maps its options
  # one to one; the 1.0.0 answers keep their meaning.
  questions:
    evaluatie.studenten: {to: evaluatie.studenten, options: &mate {"1": "1", "2": "2", "3": "3", "4": "4", "n": "n"}}
    evaluatie.starters: {to: evaluatie.starters, options: *mate}
    evaluatie.begeleiders: {to: evaluatie.begeleiders, options: *mate}
    evaluatie.schoolleiders: drop
    evaluatie.instrumenten: {to: evaluatie.instrumenten, options: *mate}
    evaluatie.veilig: {to: evaluatie.veilig, options: *mate}
    evaluatie.respons: drop
    verbeteren.bespreken: {to: verbeteren.bespreken, options: *mate}
    verbeteren.acties: {to: verbeteren.acties, options: *mate}
    verbeteren.terugkoppeling: {to: verbeteren.terugkoppeling, options: *mate}
    verbeteren.met-pabo: {to: verbeteren.met-pabo, options: *mate}
    verbeteren.effect: {to: verbeteren.effect, options: *mate}
    verbeteren.kwaliteitszorg-bestuur: {to: verbeteren.kwaliteitszorg-bestuur, options: *mate}
    verbeteren.voorbeeld: drop
    behoud.volgen: {to: behoud.volgen, options: *mate}
    behoud.redenen: {to: behoud.redenen, options: *mate}
    behoud.van-student-naar-starter: {to: behoud.van-student-naar-starter, options: *mate}
    behoud.gebruiken: {to: behoud.gebruiken, options: *mate}
    behoud.zij-instromers: drop
    behoud.delen: drop
    ontwikkelpunten.vastgelegd: {to: ontwikkelpunten.vastgelegd, options: *mate}
    ontwikkelpunten.eigenaar: drop
    ontwikkelpunten.succescriterium: drop
    ontwikkelpunten.voortgang: {to: ontwikkelpunten.voortgang, options: *mate}
    ontwikkelpunten.betrokkenen: {to: ontwikkelpunten.betrokkenen, options: *mate}
    ontwikkelpunten.bijstellen: drop
    ontwikkelpunten.eerdere-opgepakt: {to: ontwikkelpunten.panel-afspraken, options: *mate}
    verantwoording.jaarverslag: {to: verantwoording.jaarverslag, options: *mate}
    verantwoording.gegevens: drop
    verantwoording.reviews: {to: verantwoording.reviews, options: *mate}
    verantwoording.open-bespreken: {to: verantwoording.open-bespreken, options: *mate}
    verantwoording.leren-van-anderen: {to: verantwoording.leren-van-anderen, options: *mate}
    verantwoording.toezicht: {to: verantwoording.toezicht, options: *mate}
    verantwoording.meegeven: drop

"""##),
    ]

    /// The documents' templates (`.md`), such as the intentieverklaring.
    public static let templates: [(path: String, text: String)] = [
        ("questionnaires/intentieverklaring.md", ##"""
{{! Sjabloon van de intentieverklaring (docs/track.md). De projectgroep mag de tekst aanpassen.
    Namen tussen dubbele accolades vult waarborg in: bestuur, datum_gesprek, panel, termijn, opgemaakt,
    en per afgesproken punt (punten): nummer, titel, eigenaar, datum, toelichting; per voorwaarde (voorwaarden): tekst. }}
# Intentieverklaring Samen Opleiden

**{{bestuur}}** en het partnerschap **Samen Opleiden West-Brabant** verklaren met deze intentieverklaring dat {{bestuur}} als aspirant-partner deelneemt aan het partnerschap, met als doel volwaardig toe te treden.

Op {{datum_gesprek}} sprak het panel ({{panel}}) met het bestuur over het zelfassessment op de vier waarborgen en over het plan van aanpak. Het panel adviseerde het bestuur als aspirant toe te laten, met de ontwikkelpunten hieronder.

## Afgesproken ontwikkelpunten

Het bestuur werkt aan deze ontwikkelpunten; de trekker van elk punt zorgt dat het op de genoemde datum bereikt is.

| Nr. | Ontwikkelpunt | Trekker | Gereed op |
|---|---|---|---|
{{#punten}}
| {{nummer}} | {{titel}} | {{eigenaar}} | {{datum}} |
{{/punten}}

{{#voorwaarden}}
## Voorwaarden van het panel

{{/voorwaarden}}
{{#voorwaarden}}
- {{tekst}}
{{/voorwaarden}}

## Termijn

Het toetredingsgesprek vindt uiterlijk plaats op **{{termijn}}**. Het bestuur laat daarin zien hoe het met de afgesproken ontwikkelpunten staat; het partnerschap besluit daarna over volwaardige toetreding.

Het partnerschap ondersteunt het bestuur met de professionalisering en de overleggen van Samen Opleiden. Het bestuur neemt als aspirant deel aan het bestuurlijk overleg.

---

## Ondertekening

Opgemaakt op {{opgemaakt}}.

| Namens {{bestuur}} | Namens Samen Opleiden West-Brabant |
|---|---|
| Naam: | Naam: |
| Functie: | Functie: |
| Datum: | Datum: |
| Handtekening: | Handtekening: |

"""##),
    ]
}
