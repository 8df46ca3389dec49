/// The form's style sheet, allowed by its hash: large targets, a visible focus ring, text
/// at least 4.5:1 on its background, and one column that reflows at 200 % zoom and on a
/// phone.
enum FormStyle {
    static let sheet = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: #1d2327; font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 .8rem; color: #1f5f7a; }
        h2 { font-size: 1.3rem; line-height: 1.3; margin: 2.4rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid #1f5f7a; }
        h3 { font-size: 1.1rem; margin: 1.8rem 0 .4rem; }
        p { margin: .4rem 0 .8rem; }
        .lead, .muted, .small, .help { color: #4f5a63; }
        .small, .help { font-size: .9rem; }
        header.top { padding-bottom: .5rem; }
        .progress { position: sticky; top: 0; z-index: 1; background: #fff; padding: .5rem 0; border-bottom: 1px solid #c9d3da; display: flex; align-items: center; gap: .8rem; flex-wrap: wrap; }
        progress { width: 12rem; max-width: 100%; height: 1rem; accent-color: #1f5f7a; }
        fieldset { border: 1px solid #c9d3da; border-radius: .4rem; margin: 1rem 0; padding: .6rem 1rem 1rem; min-width: 0; }
        legend { float: left; width: 100%; font-weight: 600; padding: 0; margin: 0 0 .4rem; overflow-wrap: anywhere; }
        legend + * { clear: both; }
        .nr { display: block; font-weight: normal; font-size: .85rem; color: #4f5a63; }
        .kern { font-size: .85rem; font-weight: normal; font-style: italic; color: #4f5a63; white-space: nowrap; }
        .options { display: flex; flex-direction: column; gap: .15rem; margin: .3rem 0; }
        .options label { display: flex; gap: .6rem; align-items: flex-start; padding: .35rem .4rem; border-radius: .3rem; cursor: pointer; }
        .options label:hover { background: #f3f6f8; }
        .options label.aside { color: #4f5a63; }
        input[type=radio], input[type=checkbox] { width: 1.2rem; height: 1.2rem; margin: .15rem 0 0; flex: none; accent-color: #1f5f7a; }
        label { overflow-wrap: anywhere; }
        input[type=text], textarea { font: inherit; width: 100%; max-width: 100%; padding: .4rem .5rem; border: 1px solid #6b7780; border-radius: .3rem; background: #fff; color: inherit; }
        input[inputmode=decimal] { width: 10rem; }
        .respondent label, .remark-box label { display: block; margin-bottom: .2rem; }
        .remark-box { margin: .6rem 0; }
        .skip { margin: .5rem 0 0; font-size: .95rem; }
        .skip label { display: inline-flex; gap: .5rem; align-items: center; cursor: pointer; }
        .error { color: #9b1c1c; font-weight: 600; margin: .5rem 0 0; }
        :focus-visible { outline: 3px solid #b3541e; outline-offset: 2px; }
        button { font: inherit; font-weight: 600; color: #fff; background: #1f5f7a; border: 0; border-radius: .4rem; padding: .7rem 1.4rem; cursor: pointer; }
        button:hover { background: #174a5f; }
        .save { margin: 2rem 0; padding: 1rem; background: #f3f6f8; border-radius: .4rem; }
        details { margin: .4rem 0 .8rem; }
        summary { cursor: pointer; color: #1f5f7a; }
        [hidden] { display: none !important; }
        @media (max-width: 30rem) { main { padding: .5rem .6rem 3rem; } fieldset { padding: .5rem .6rem .8rem; } }
        @media print { .progress, .save button { display: none; } }
        """
}
