/// The one script of the browser form, inline and allowed by its hash alone.
///
/// It reads the form's data (`<script type="application/json" id="waarborg-data">`), keeps
/// the answers in `localStorage` while the respondent types, decides which questions are
/// shown with the rule language's semantics (`show_if` arrives compiled by
/// `CheckedExpression.portable`), and writes the answers file as `AnswersWriter` and
/// `YAMLEmitter` write it. It never puts text into the page as markup: every text of the
/// questionnaire is in the page already, escaped, and what a respondent or `--from` brings
/// is set as a control's value or a node's text.
///
/// `window.waarborgForm` exposes the interpreter and the writer, so tests can compare them
/// with the Swift code they mirror.
enum FormScript {
    static let source = #"""
        (function () {
        "use strict";
        var data = JSON.parse(document.getElementById("waarborg-data").textContent);
        var T = data.text;

        // ---- The rule language, as RuleLanguage.Evaluator evaluates it ----
        // Values: a number, a string, a boolean, or null for empty.

        function finite(n) { return typeof n === "number" && isFinite(n) ? n : null; }
        function order(a, b) {
          var tolerance = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
          if (Math.abs(a - b) <= tolerance) return 0;
          return a < b ? -1 : 1;
        }
        function compare(op, l, r) {
          var o, equality = op === "==" || op === "!=";
          if (typeof l === "number" && typeof r === "number") o = order(l, r);
          else if (typeof l === "string" && typeof r === "string" && equality) o = l === r ? 0 : 1;
          else if (typeof l === "boolean" && typeof r === "boolean" && equality) o = l === r ? 0 : 1;
          else return null;
          switch (op) {
            case "==": return o === 0;
            case "!=": return o !== 0;
            case "<": return o < 0;
            case "<=": return o <= 0;
            case ">": return o > 0;
            case ">=": return o >= 0;
          }
          return null;
        }
        function arithmetic(op, a, b) {
          switch (op) {
            case "+": return finite(a + b);
            case "-": return finite(a - b);
            case "*": return finite(a * b);
            case "/": return b === 0 ? null : finite(a / b);
          }
          return null;
        }
        // Half away from zero, as Swift's rounded() and RuleLanguage's Rounding.
        function roundedAway(x) { return x < 0 ? -Math.round(-x) : Math.round(x); }
        function round(number, digits) {
          var factor = 1;
          for (var i = 0; i < Math.min(10, Math.max(0, digits)); i++) factor *= 10;
          var scaled = number * factor, truncated = Math.trunc(scaled);
          var tolerance = Math.min(1e-3, 1e-9 * Math.max(1, Math.abs(scaled)));
          var isHalf = Math.abs(Math.abs(scaled - truncated) - 0.5) <= tolerance;
          return (isHalf ? truncated + (scaled < 0 ? -1 : 1) : roundedAway(scaled)) / factor;
        }
        function builtin(name, values) {
          if (name === "default") {
            if (values.length === 0) return null;
            return values[0] === null ? (values.length > 1 ? values[1] : null) : values[0];
          }
          for (var i = 0; i < values.length; i++) if (typeof values[i] !== "number") return null;
          if (values.length === 0) return null;
          switch (name) {
            case "min": return finite(Math.min.apply(null, values));
            case "max": return finite(Math.max.apply(null, values));
            case "abs": return finite(Math.abs(values[0]));
            case "round":
              var digits = values.length > 1 ? values[1] : 0;
              return finite(round(values[0], Math.min(10, Math.max(0, roundedAway(digits)))));
          }
          return null;
        }
        function logical(node, host, deciding) {
          var l = evaluate(node[1], host);
          if (l === deciding) return deciding;
          var r = evaluate(node[2], host);
          if (r === deciding) return deciding;
          if (l === !deciding && r === !deciding) return !deciding;
          return null;
        }
        function evaluate(node, host) {
          var v;
          switch (node[0]) {
            case "v": return node[1];
            case "neg": v = evaluate(node[1], host); return typeof v === "number" ? finite(-v) : null;
            case "not": v = evaluate(node[1], host); return typeof v === "boolean" ? !v : null;
            case "and": return logical(node, host, false);
            case "or": return logical(node, host, true);
            case "ar":
              var a = evaluate(node[2], host), b = evaluate(node[3], host);
              return typeof a === "number" && typeof b === "number" ? arithmetic(node[1], a, b) : null;
            case "cmp": return compare(node[1], evaluate(node[2], host), evaluate(node[3], host));
            case "fn": return builtin(node[1], node[2].map(function (n) { return evaluate(n, host); }));
            case "call":
              var args = node[2].map(function (n) { return n[0] === "ref" ? { ref: n[1] } : { value: evaluate(n, host) }; });
              v = host(node[1], args);
              return typeof v === "number" ? finite(v) : v === undefined ? null : v;
          }
          return null;
        }

        // ---- Visibility, as Assessment.Visibility and ShowIfContext decide it ----

        function optionOf(question, key) {
          for (var i = 0; i < question.options.length; i++) if (question.options[i].key === key) return question.options[i];
          return null;
        }
        function isScored(question) {
          if (question.kind === "scale") return true;
          if (question.kind === "choice" || question.kind === "multi") return question.options.some(function (o) { return o.value !== null; });
          return false;
        }
        function isNotApplicable(question, answer) {
          if (!("option" in answer.value)) return false;
          var option = optionOf(question, answer.value.option);
          return option !== null && option.value === null && !option.unknown && isScored(question);
        }
        function isUnknown(question, answer) {
          if (!("option" in answer.value)) return false;
          var option = optionOf(question, answer.value.option);
          return option !== null && option.unknown;
        }
        function ruleValue(question, answer) {
          var value = answer.value, option;
          switch (question.kind) {
            case "scale":
              if (!("option" in value)) return null;
              option = optionOf(question, value.option);
              return option !== null && option.value !== null ? finite(option.value) : null;
            case "choice":
              if (!("option" in value)) return null;
              option = optionOf(question, value.option);
              return option === null || option.unknown ? null : value.option;
            case "text": return "text" in value ? value.text : null;
            case "yesno": return "yesno" in value ? value.yesno : null;
            case "number": return "number" in value ? finite(value.number) : null;
          }
          return null;
        }
        function selects(value, key) {
          if ("option" in value) return value.option === key;
          if ("options" in value) return value.options.indexOf(key) >= 0;
          return false;
        }

        // The ids of the questions of `questionnaire` hidden for `role` given `answers`
        // (question id to answer), in question order.
        function hiddenQuestions(questionnaire, role, answers) {
          var questions = questionnaire.questions, state = {}, position = {};
          questions.forEach(function (q, i) { position[q.id] = i; });
          function answerAt(i) {
            var answer = answers[questions[i].id];
            return answer && isShown(i) ? answer : null;
          }
          function host(name, args) {
            var i = args.length > 0 && "ref" in args[0] ? position[args[0].ref] : undefined;
            var answer;
            switch (name) {
              case "answer":
                if (i === undefined || (answer = answerAt(i)) === null) return null;
                return ruleValue(questions[i], answer);
              case "answered":
                return i === undefined ? null : answerAt(i) !== null;
              case "nvt":
                if (i === undefined) return null;
                answer = answerAt(i);
                return answer === null ? false : isNotApplicable(questions[i], answer);
              case "unknown":
                if (i === undefined) return null;
                answer = answerAt(i);
                return answer === null ? false : isUnknown(questions[i], answer);
              case "selected":
                if (i === undefined || args.length < 2 || !("value" in args[1]) || typeof args[1].value !== "string") return null;
                answer = answerAt(i);
                return answer === null ? false : selects(answer.value, args[1].value);
              case "role": return role === null ? null : role;
              case "respondents": return 1;
            }
            return null;
          }
          function isShown(i) {
            var s = state[i];
            if (s === "shown") return true;
            if (s === "hidden" || s === "deciding") return false;
            var q = questions[i];
            if (q.roles !== null && role !== null && q.roles.indexOf(role) < 0) { state[i] = "hidden"; return false; }
            if (q.showIf === null) { state[i] = "shown"; return true; }
            state[i] = "deciding";
            var shown = evaluate(q.showIf, host) === true;
            state[i] = shown ? "shown" : "hidden";
            return shown;
          }
          return questions.filter(function (q, i) { return !isShown(i); }).map(function (q) { return q.id; });
        }

        // ---- The answers file, as AnswersWriter and YAMLEmitter write it ----

        function isPrintable(c) {
          return c === 0x09 || c === 0x0A || c === 0x0D || (c >= 0x20 && c <= 0x7E) || c === 0x85 ||
            (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFEFE) || (c >= 0xFF00 && c <= 0xFFFD) ||
            (c >= 0x10000 && c <= 0x10FFFF);
        }
        function isLineBreak(c) { return c === 0x0A || c === 0x0D || c === 0x85 || c === 0x2028 || c === 0x2029; }
        var whiteSpace = /^\p{White_Space}$/u;
        var yaml11Booleans = ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"];
        function isPlainSyntax(text) {
          var scalars = Array.from(text);
          if (scalars.length === 0) return false;
          var first = scalars[0], last = scalars[scalars.length - 1];
          if (whiteSpace.test(first) || whiteSpace.test(last) || last === ":") return false;
          if (text.startsWith("---") || text.startsWith("...")) return false;
          if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) return false;
          if (first === "-" && (scalars.length === 1 || scalars[1] === " ")) return false;
          var previous = " ";
          for (var i = 0; i < scalars.length; i++) {
            var s = scalars[i], c = s.codePointAt(0);
            if (!isPrintable(c) || s === "\t" || isLineBreak(c)) return false;
            if (previous === ":" && s === " ") return false;
            if (previous === " " && s === "#") return false;
            previous = s;
          }
          return true;
        }
        function isWord(s, word) {
          if (s.length !== word.length) return false;
          var capitalised = s[0] === word[0].toUpperCase();
          var upper = capitalised && s.length > 1 && s[1] === word[1].toUpperCase();
          for (var i = 0; i < s.length; i++) {
            var expected = (i === 0 ? capitalised : upper) ? word[i].toUpperCase() : word[i];
            if (s[i] !== expected) return false;
          }
          return true;
        }
        // Whether a plain scalar with this text reads as a string in YAML 1.2's core schema.
        function plainIsString(s) {
          if (s.length === 0) return false;
          var f = s[0];
          if (f === "~") return s.length !== 1;
          if (f === "n" || f === "N") return !isWord(s, "null");
          if (f === "t" || f === "T") return !isWord(s, "true");
          if (f === "f" || f === "F") return !isWord(s, "false");
          if ("0123456789+-.".indexOf(f) < 0) return true;
          var signed = f === "+" || f === "-", body = signed ? s.slice(1) : s;
          if (body.length === 0) return true;
          if (body.length === 4 && body[0] === ".") {
            if (isWord(body.slice(1), "inf")) return false;
            if (!signed && (body === ".nan" || body === ".NaN" || body === ".NAN")) return false;
          }
          if (!signed && s.length > 2 && s[0] === "0" && (s[1] === "o" || s[1] === "x")) {
            var digits = s.slice(2);
            if (!(s[1] === "o" ? /^[0-7]+$/ : /^[0-9a-fA-F]+$/).test(digits)) return true;
            return BigInt((s[1] === "o" ? "0o" : "0x") + digits) > 9223372036854775807n;
          }
          if (!/^[0-9]*(\.[0-9]*)?([eE][+-]?[0-9]+)?$/.test(body)) return true;
          return !/[0-9]/.test(body.split(/[eE]/)[0]);
        }
        function isPlainSafe(text) {
          return isPlainSyntax(text) && plainIsString(text) && yaml11Booleans.indexOf(text) < 0;
        }
        function hex(value, digits) {
          var text = value.toString(16).toUpperCase();
          while (text.length < digits) text = "0" + text;
          return text;
        }
        function doubleQuoted(text) {
          var out = "\"";
          for (var s of text) {
            var c = s.codePointAt(0);
            switch (s) {
              case "\"": out += "\\\""; continue;
              case "\\": out += "\\\\"; continue;
              case "\n": out += "\\n"; continue;
              case "\t": out += "\\t"; continue;
              case "\r": out += "\\r"; continue;
              case "\0": out += "\\0"; continue;
              case "\u0085": out += "\\N"; continue;
              case "\u2028": out += "\\L"; continue;
              case "\u2029": out += "\\P"; continue;
            }
            if (isPrintable(c)) out += s;
            else if (c <= 0xFF) out += "\\x" + hex(c, 2);
            else out += "\\u" + hex(c, 4);
          }
          return out + "\"";
        }
        function literalBlock(text, indent) {
          if (text.indexOf("\n") < 0) return null;
          var first = text[0];
          if (first === "\n" || first === " " || first === "\t") return null;
          for (var s of text) {
            if (s === "\n") continue;
            var c = s.codePointAt(0);
            if (!isPrintable(c) || isLineBreak(c)) return null;
          }
          var body = text, trailing = 0;
          while (body.endsWith("\n")) { body = body.slice(0, -1); trailing++; }
          var margin = " ".repeat(indent);
          var out = "|" + (trailing === 0 ? "-" : trailing === 1 ? "" : "+") + "\n";
          body.split("\n").forEach(function (line) { out += line === "" ? "\n" : margin + line + "\n"; });
          return out + "\n".repeat(Math.max(0, trailing - 1));
        }
        // A scalar node: {t: text, str: true} reads as a string whatever its text; {t: text}
        // is plain and reads as the core schema says.
        function isString(node) { return node.str === true || plainIsString(node.t); }
        function scalarText(node) {
          if (isString(node)) return isPlainSafe(node.t) ? node.t : doubleQuoted(node.t);
          return node.t;
        }
        function emitValue(w, node, indent, inline) {
          if ("t" in node) {
            if (isString(node)) {
              var block = literalBlock(node.t, indent + 2);
              if (block !== null) { w.out += " " + block; return; }
            }
            var text = scalarText(node);
            w.out += text === "" ? "\n" : " " + text + "\n";
          } else if ("s" in node) {
            if (node.s.length === 0) w.out += " []\n";
            else { w.out += inline ? " " : "\n"; emitSequence(w, node.s, indent + 2, inline); }
          } else {
            if (node.m.length === 0) w.out += " {}\n";
            else { w.out += inline ? " " : "\n"; emitMapping(w, node.m, indent + 2, inline); }
          }
        }
        function emitMapping(w, entries, indent, inline) {
          var first = inline;
          entries.forEach(function (entry) {
            if (!first) w.out += " ".repeat(indent);
            first = false;
            w.out += scalarText({ t: entry[0] }) + ":";
            emitValue(w, entry[1], indent, false);
          });
        }
        function emitSequence(w, items, indent, inline) {
          var first = inline;
          items.forEach(function (item) {
            if (!first) w.out += " ".repeat(indent);
            first = false;
            w.out += "-";
            emitValue(w, item, indent, true);
          });
        }
        function str(text) { return { t: text, str: true }; }
        function isDigits(key) {
          return key.length > 0 && key.length < 16 && /^[0-9]+$/.test(key) && (key === "0" || key[0] !== "0");
        }
        function optionNode(key) { return isDigits(key) ? { t: key } : str(key); }
        // A number as Swift's AnswerValue.format writes it: whole numbers without ".0",
        // others as Swift's description of a Double (shortest digits; exponent below 1e-4
        // and from 1e16, with at least two exponent digits).
        function formatNumber(n) {
          if (n === Math.round(n) && Math.abs(n) < 1e15) return String(n === 0 ? 0 : n);
          var parts = n.toExponential().split("e"), sign = n < 0 ? "-" : "";
          var digits = parts[0].replace("-", "").replace(".", ""), exponent = Number(parts[1]);
          if (exponent < -4 || exponent >= 16) {
            var e = Math.abs(exponent);
            return sign + digits[0] + (digits.length > 1 ? "." + digits.slice(1) : "") + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
          }
          if (exponent < 0) return sign + "0." + "0".repeat(-exponent - 1) + digits;
          var whole = digits.slice(0, exponent + 1), fraction = digits.slice(exponent + 1);
          while (whole.length < exponent + 1) whole += "0";
          return sign + whole + "." + (fraction === "" ? "0" : fraction);
        }
        function valueNode(value) {
          if ("option" in value) return optionNode(value.option);
          if ("options" in value) return { s: value.options.map(optionNode) };
          if ("yesno" in value) return { t: value.yesno ? "ja" : "nee" };
          if ("number" in value) return { t: formatNumber(value.number) };
          return str(value.text);
        }
        function answerNode(answer) {
          var value = valueNode(answer.value);
          if (answer.note == null && answer.evidence == null) return value;
          var fields = [["value", value]];
          if (answer.note != null) fields.push(["note", str(answer.note)]);
          if (answer.evidence != null) fields.push(["evidence", str(answer.evidence)]);
          return { m: fields };
        }
        function ordered(ids, order) {
          var known = order.filter(function (id) { return ids.indexOf(id) >= 0; });
          var other = ids.filter(function (id) { return order.indexOf(id) < 0; }).sort();
          return known.concat(other);
        }
        function responseNode(response) {
          var fields = [["questionnaire", str(response.questionnaire)], ["version", str(response.version)]];
          if (response.digest != null) fields.push(["digest", str(response.digest)]);
          fields.push(["answers", { m: ordered(Object.keys(response.answers), response.order).map(function (id) { return [id, answerNode(response.answers[id])]; }) }]);
          if (response.skipped.length > 0) fields.push(["skipped", { s: ordered(response.skipped, response.order).map(str) }]);
          return { m: fields };
        }
        // The answers file as AnswersWriter.yaml writes it.
        function answersYAML(file) {
          var respondent = [["name", str(file.respondent.name)]];
          if (file.respondent.kind === "consensus") respondent.push(["kind", { t: "consensus" }]);
          else respondent.push(["role", str(file.respondent.role)]);
          respondent.push(["organisation", str(file.respondent.organisation)]);
          if (file.respondent.school != null) respondent.push(["school", str(file.respondent.school)]);
          var top = [["respondent", { m: respondent }]];
          if (file.started != null) top.push(["started", str(file.started)]);
          if (file.updated != null) top.push(["updated", str(file.updated)]);
          top.push(["questionnaires", { s: file.responses.map(responseNode) }]);
          var w = { out: "" };
          emitMapping(w, top, 0, false);
          return data.header + w.out;
        }

        // ---- The form ----

        var storageKey = "waarborg-form:" + data.digest;
        var responses = data.responses;
        // Numbers in answers arrive as text, with every digit.
        responses.forEach(function (response) {
          Object.keys(response.answers).forEach(function (id) {
            var value = response.answers[id].value;
            if ("number" in value) value.number = Number(value.number);
          });
        });
        var formParts = responses.map(function (r, i) { return r.form === null ? null : i; }).filter(function (i) { return i !== null; });
        var fields = [];
        responses.forEach(function (response, part) {
          if (response.form === null) return;
          response.form.questions.forEach(function (question) {
            if (question.field !== null) fields[question.field] = { part: part, question: question };
          });
        });
        var state = {
          respondent: { name: data.respondent.name, organisation: data.respondent.organisation, school: data.respondent.school },
          started: data.started,
          answers: responses.map(function (r) { return Object.assign({}, r.answers); }),
          skipped: responses.map(function (r) { return r.skipped.slice(); }),
          raw: {}
        };
        try {
          var saved = window.localStorage.getItem(storageKey);
          if (saved !== null) {
            var restored = JSON.parse(saved);
            if (restored && restored.answers && restored.answers.length === responses.length) state = restored;
          }
        } catch (e) { /* no storage: the form still works, the file is the only copy */ }
        function store() {
          try { window.localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* see above */ }
        }
        function element(id) { return document.getElementById(id); }
        function clean(text) { return (text.toWellFormed ? text.toWellFormed() : text).trim(); }
        function hiddenSets() {
          return responses.map(function (response, part) {
            if (response.form === null) return [];
            return hiddenQuestions(response.form, data.role, state.answers[part]);
          });
        }
        // How strongly a remark goes with a value: its requirement when the condition
        // (`for`) names the value, else none.
        function requirement(base, keys, value) {
          if (keys === null) return base;
          if ("option" in value) return keys.indexOf(value.option) >= 0 ? base : "none";
          if ("options" in value) return value.options.some(function (k) { return keys.indexOf(k) >= 0; }) ? base : "none";
          return "none";
        }
        function remarkRequirement(question, remark, answer) {
          return remark === "note" ? requirement(question.note, question.noteFor, answer.value) : requirement(question.evidence, question.evidenceFor, answer.value);
        }
        // Whether the form asks the remark with this answer, as fill does.
        function asksRemark(question, remark, answer) {
          var level = remarkRequirement(question, remark, answer);
          if (level === "none") return false;
          if (level === "optional" && question.kind === "text") return false;
          return !(remark === "evidence" && (isNotApplicable(question, answer) || isUnknown(question, answer)));
        }
        function requiresRemark(question, remark, answer) {
          if (remarkRequirement(question, remark, answer) !== "required") return false;
          return !(remark === "evidence" && (isNotApplicable(question, answer) || isUnknown(question, answer)));
        }
        function missingRemarks(question, answer) {
          return ["note", "evidence"].filter(function (remark) { return requiresRemark(question, remark, answer) && answer[remark] == null; });
        }
        // Reads a question's controls into the state.
        function readField(n) {
          var field = fields[n], question = field.question, id = question.id;
          var answers = state.answers[field.part], skipped = state.skipped[field.part];
          var previous = answers[id], value = null;
          var inputs = document.querySelectorAll("[name=\"q" + n + "\"]");
          switch (question.kind) {
            case "scale": case "choice": case "yesno":
              inputs.forEach(function (input) {
                if (!input.checked) return;
                var index = Number(input.value);
                value = question.kind === "yesno" ? { yesno: index === 0 } : { option: question.options[index].key };
              });
              break;
            case "multi":
              var keys = [];
              inputs.forEach(function (input) { if (input.checked) keys.push(question.options[Number(input.value)].key); });
              if (keys.length > 0) value = { options: keys };
              break;
            case "number":
              var line = clean(element("q" + n + "-v").value);
              delete state.raw[n];
              if (line !== "") {
                var number = /^[+-]?([0-9]+[.,]?[0-9]*|[.,][0-9]+)([eE][+-]?[0-9]+)?$/.test(line) ? Number(line.replace(",", ".")) : NaN;
                if (isFinite(number) && (question.min === null || number >= question.min) && (question.max === null || number <= question.max)) value = { number: number };
                else state.raw[n] = line;
              }
              break;
            case "text":
              var text = clean(element("q" + n + "-v").value);
              if (text !== "") value = { text: text };
              break;
          }
          if (value === null) {
            delete answers[id];
          } else {
            var answer = { value: value, note: previous ? previous.note : null, evidence: previous ? previous.evidence : null };
            ["note", "evidence"].forEach(function (remark) {
              var box = element("q" + n + "-" + remark);
              if (box !== null && !box.closest("[hidden]")) {
                var remarkText = clean(box.value);
                answer[remark] = remarkText === "" ? null : remarkText;
              }
              if (remarkRequirement(question, remark, answer) === "none") answer[remark] = null;
            });
            answers[id] = answer;
            var at = skipped.indexOf(id);
            if (at >= 0) skipped.splice(at, 1);
          }
          var skip = element("q" + n + "-skip");
          if (skip !== null && skip.checked && value === null) {
            if (skipped.indexOf(id) < 0) skipped.push(id);
          } else if (skip !== null && !skip.checked) {
            var index = skipped.indexOf(id);
            if (index >= 0) skipped.splice(index, 1);
          }
        }
        // Puts the state into a question's controls.
        function writeField(n) {
          var field = fields[n], question = field.question, answer = state.answers[field.part][question.id];
          var value = answer ? answer.value : null;
          var inputs = document.querySelectorAll("[name=\"q" + n + "\"]");
          inputs.forEach(function (input) {
            var index = Number(input.value);
            if (question.kind === "yesno") input.checked = value !== null && "yesno" in value && value.yesno === (index === 0);
            else if (question.kind === "multi") input.checked = value !== null && "options" in value && value.options.indexOf(question.options[index].key) >= 0;
            else input.checked = value !== null && "option" in value && value.option === question.options[index].key;
          });
          var line = element("q" + n + "-v");
          if (line !== null) {
            if (state.raw[n] !== undefined) line.value = state.raw[n];
            else if (value !== null && "number" in value) line.value = formatNumber(value.number).replace(".", T.decimal);
            else if (value !== null && "text" in value) line.value = value.text;
            else line.value = "";
          }
          ["note", "evidence"].forEach(function (remark) {
            var box = element("q" + n + "-" + remark);
            if (box !== null) box.value = answer && answer[remark] != null ? answer[remark] : "";
          });
          var skip = element("q" + n + "-skip");
          if (skip !== null) skip.checked = state.skipped[field.part].indexOf(question.id) >= 0;
        }
        // Shows what goes with the state: visible questions, their numbers, the remarks
        // each answer asks, messages and progress.
        function refresh() {
          var hidden = hiddenSets(), shown = [], answered = 0;
          fields.forEach(function (field, n) {
            var visible = hidden[field.part].indexOf(field.question.id) < 0;
            element("q" + n).hidden = !visible;
            if (visible) shown.push(n);
          });
          shown.forEach(function (n, i) {
            var field = fields[n], question = field.question, answer = state.answers[field.part][question.id];
            element("q" + n + "-nr").textContent = T.question.replace("{n}", String(i + 1)).replace("{count}", String(shown.length));
            if (answer || state.skipped[field.part].indexOf(question.id) >= 0) answered++;
            var messages = [];
            if (state.raw[n] !== undefined) messages.push(T.notANumber);
            ["note", "evidence"].forEach(function (remark) {
              var box = element("q" + n + "-" + remark + "-box");
              if (box === null) return;
              box.hidden = !(answer && asksRemark(question, remark, answer));
              element("q" + n + "-" + remark + "-required").hidden = !(answer && requiresRemark(question, remark, answer));
            });
            if (answer) missingRemarks(question, answer).forEach(function (remark) { messages.push(remark === "note" ? T.noteMissing : T.evidenceMissing); });
            var error = element("q" + n + "-error");
            error.textContent = messages.join(" ");
            error.hidden = messages.length === 0;
          });
          document.querySelectorAll("section.theme").forEach(function (section) {
            section.hidden = section.querySelector("fieldset.question:not([hidden])") === null;
          });
          element("progress").textContent = T.progress.replace("{n}", String(answered)).replace("{count}", String(shown.length));
          var bar = element("progress-bar");
          bar.max = Math.max(1, shown.length);
          bar.value = answered;
        }
        // The file to save: hidden answers and skips left out, as fill removes them, and
        // answers without a remark they require, which fill would not have accepted yet.
        function fileToSave(now) {
          var hidden = hiddenSets(), leftOut = [];
          var file = {
            respondent: { name: state.respondent.name, role: data.role, organisation: state.respondent.organisation, school: state.respondent.school, kind: "individual" },
            started: state.started || now,
            updated: now,
            responses: responses.map(function (response, part) {
              var answers = {}, skipped = [];
              Object.keys(state.answers[part]).forEach(function (id) {
                var answer = state.answers[part][id];
                if (response.form !== null) {
                  if (hidden[part].indexOf(id) >= 0) return;
                  var question = response.form.questions.filter(function (q) { return q.id === id; })[0];
                  if (question && missingRemarks(question, answer).length > 0) { leftOut.push(question.field); return; }
                }
                answers[id] = answer;
              });
              state.skipped[part].forEach(function (id) { if (hidden[part].indexOf(id) < 0) skipped.push(id); });
              return { questionnaire: response.questionnaire, version: response.version, digest: response.digest, order: response.order, answers: answers, skipped: skipped };
            })
          };
          return { file: file, leftOut: leftOut };
        }
        function timestamp() { return new Date().toISOString().replace(/\.[0-9]{3}Z$/, "Z"); }
        function slug(text) {
          var s = text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
          return s === "" ? "" : "-" + s.slice(0, 40);
        }
        function save() {
          var status = element("save-status");
          if (state.respondent.name === "" || state.respondent.organisation === "") {
            status.textContent = T.whoFirst;
            (state.respondent.name === "" ? element("respondent-name") : element("respondent-organisation")).focus();
            return;
          }
          var now = timestamp();
          if (!state.started) { state.started = now; store(); }
          var made = fileToSave(now);
          var text = answersYAML(made.file);
          var link = document.createElement("a");
          link.href = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
          link.download = "antwoorden-" + data.role + slug(state.respondent.name) + ".yaml";
          document.body.appendChild(link);
          link.click();
          link.remove();
          status.textContent = made.leftOut.length === 0 ? T.saved.replace("{file}", link.download)
            : T.savedWithout.replace("{file}", link.download).replace("{count}", String(made.leftOut.length));
        }
        function readRespondent() {
          state.respondent.name = clean(element("respondent-name").value);
          state.respondent.organisation = clean(element("respondent-organisation").value);
          var school = clean(element("respondent-school").value);
          state.respondent.school = school === "" ? null : school;
        }
        function fieldOf(target) {
          var fieldset = target.closest("fieldset.question");
          return fieldset === null ? null : Number(fieldset.getAttribute("data-field"));
        }
        function changed(event) {
          var target = event.target;
          if (!state.started && target.closest("fieldset.question")) state.started = timestamp();
          if (target.closest("fieldset.respondent")) {
            readRespondent();
          } else {
            var n = fieldOf(target);
            if (n === null) return;
            var skip = element("q" + n + "-skip");
            if (target === skip && skip.checked) {
              // Skipping clears the answer, as `s` does in fill.
              var field = fields[n];
              delete state.answers[field.part][field.question.id];
              delete state.raw[n];
              writeField(n);
              skip.checked = true;
            } else if (skip !== null && target !== skip && !target.classList.contains("remark")) {
              skip.checked = false;
            }
            readField(n);
          }
          store();
          refresh();
        }

        element("respondent-name").value = state.respondent.name;
        element("respondent-organisation").value = state.respondent.organisation;
        element("respondent-school").value = state.respondent.school === null ? "" : state.respondent.school;
        fields.forEach(function (field, n) { writeField(n); });
        document.getElementById("form").addEventListener("input", changed);
        document.getElementById("form").addEventListener("change", changed);
        document.getElementById("form").addEventListener("submit", function (event) { event.preventDefault(); save(); });
        refresh();

        window.waarborgForm = Object.freeze({
          hiddenQuestions: function (part, role, answers) { return hiddenQuestions(responses[part].form, role, answers); },
          answersYAML: answersYAML,
          fileToSave: function (now) { return fileToSave(now).file; },
          parts: formParts.length
        });
        })();
        """#
}
