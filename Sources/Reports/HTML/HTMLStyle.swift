/// The one style sheet of the HTML reports: calm type, tables that read on paper, an A4
/// print layout with every safeguard on a new page.
///
/// Colours meet WCAG AA: text at least 4.5:1 on white, the band colours of bars at least
/// 3:1. Charts carry their colours as SVG attributes, so they survive without this sheet.
enum HTMLStyle {
    static let ink = "#1d2327"
    static let muted = "#4f5a63"
    static let rule = "#c9d3da"
    static let soft = "#f3f6f8"
    static let accent = "#1f5f7a"

    static let sheet = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: \(ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 54rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 1rem; color: \(accent); }
        h2 { font-size: 1.3rem; line-height: 1.3; margin: 2.4rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid \(accent); }
        h3 { font-size: 1.08rem; margin: 1.6rem 0 .5rem; }
        h4 { font-size: 1rem; margin: 1.3rem 0 .4rem; color: \(muted); }
        p { margin: .4rem 0 .8rem; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1.2rem; margin: 0 0 1.2rem; }
        dl.meta dt { font-weight: 600; }
        dl.meta dd { margin: 0; }
        p.lead { border-left: 4px solid \(rule); padding: .1rem 0 .1rem .9rem; color: \(muted); }
        p.score { font-size: 1.05rem; }
        .level { display: inline-block; padding: 0 .55rem; border: 1px solid currentColor; border-radius: .8rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
        .tone-attention { color: \(BandColour.attention.strong); }
        .tone-developing { color: \(BandColour.developing.strong); }
        .tone-in-place { color: \(BandColour.inPlace.strong); }
        .muted, .small { color: \(muted); }
        .small { font-size: .85rem; }
        figure { margin: 1rem 0 .4rem; }
        figure svg { display: block; width: 100%; height: auto; max-width: 50rem; }
        figcaption { font-size: .85rem; color: \(muted); margin-top: .3rem; }
        table { width: 100%; border-collapse: collapse; font-size: .9rem; margin: .4rem 0 1.2rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: 0 0 .3rem; }
        th, td { border-bottom: 1px solid \(rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: \(soft); border-bottom: 2px solid \(rule); font-weight: 600; }
        tbody th { font-weight: normal; }
        table.statements th:first-child { width: 55%; }
        th.num, td.num { text-align: right; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: 600; border-top: 2px solid \(rule); }
        .kern { font-size: .8rem; color: \(muted); font-style: italic; white-space: nowrap; }
        ul.checklist { list-style: none; padding-left: .2rem; margin: .3rem 0 .8rem; }
        ul.checklist > li { padding-left: 1.6rem; text-indent: -1.6rem; margin: 0 0 .25rem; }
        ul.checklist .mark { display: inline-block; width: 1.2rem; text-indent: 0; font-weight: 700; }
        ol.findings, ul.findings { padding-left: 1.4rem; }
        .findings > li { margin: 0 0 1rem; }
        .findings .title { font-weight: 600; }
        .findings .place { display: block; font-size: .85rem; color: \(muted); }
        .why { font-size: .85rem; color: \(muted); margin: .2rem 0 0; padding-left: 1.1rem; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .82em; background: \(soft); padding: 0 .2rem; overflow-wrap: anywhere; }
        ul.notes { padding-left: 1.2rem; }
        ul.notes > li { margin: 0 0 .8rem; }
        ul.notes > li > ul { list-style: none; padding-left: .8rem; margin: .3rem 0 0; border-left: 3px solid \(rule); }
        ul.notes > li > ul > li { margin: 0 0 .35rem; }
        .author { font-weight: 600; color: \(muted); }
        .user-text { white-space: pre-wrap; overflow-wrap: anywhere; }
        @media print {
          @page { size: A4 portrait; margin: 16mm 14mm; }
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 18pt; }
          section.safeguard, section.findings, section.notes { break-before: page; }
          h2, h3, h4 { break-after: avoid; }
          figure, tr, .findings > li { break-inside: avoid; }
          thead { display: table-header-group; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
