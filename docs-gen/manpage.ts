/**
 * The option reference as a man page (man(7) roff), in the style of NixOS's
 * configuration.nix(5): one entry per option with its description, type,
 * default, example and declarations. Descriptions are Markdown, parsed with
 * the same parser as the other formats and written as roff; all other text
 * is escaped.
 *
 *     man ./configuration.ts.5
 */
import type { Token } from "markdown-it";
import type { LiteralValue } from "./doc-list.js";
import { createDescriptionParser } from "./markdown-parser.js";
import { buildOptionModel, scopesOf, type DocsOptions, type OptionDoc } from "./model.js";

/** Escapes text for roff: backslashes, and a `.` or `'` that would start a request. */
export function escapeRoff(text: string): string {
  return text
    .replace(/\\/g, "\\e")
    .replace(/-/g, "\\-")
    .split("\n")
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join("\n");
}

/** Verbatim lines (code, literal values) as a no-fill block. */
function verbatim(text: string): string {
  return `.RS 4\n.nf\n${escapeRoff(text.replace(/\n$/, ""))}\n.fi\n.RE`;
}

/** Markdown tokens of a description, as roff. */
class RoffWriter {
  private out: string[] = [];
  private line = "";

  private flush(): void {
    if (this.line.trim() !== "") this.out.push(this.line.replace(/^\s+/, ""));
    this.line = "";
  }

  private request(r: string): void {
    this.flush();
    this.out.push(r);
  }

  render(tokens: Token[]): string {
    for (const token of tokens) {
      if (token.type === "inline") this.inline(token.children ?? []);
      else this.block(token);
    }
    this.flush();
    return this.out.join("\n");
  }

  private block(token: Token): void {
    switch (token.type) {
      case "paragraph_open":
        if (this.out.length > 0) this.request(".sp");
        return;
      case "paragraph_close":
        this.flush();
        return;
      case "code_block":
      case "fence":
        this.request(".sp");
        this.request(verbatim(token.content));
        return;
      case "bullet_list_open":
      case "ordered_list_open":
      case "blockquote_open":
      case "admonition_open":
        this.request(".RS 4");
        if (token.type === "admonition_open") this.request(`\\fB${escapeRoff(String(token.meta?.kind ?? "note"))}:\\fR`);
        return;
      case "bullet_list_close":
      case "ordered_list_close":
      case "blockquote_close":
      case "admonition_close":
        this.request(".RE");
        return;
      case "list_item_open":
        this.request(".IP \\(bu 2");
        return;
      default:
        return;
    }
  }

  private inline(children: Token[]): void {
    for (const t of children) {
      switch (t.type) {
        case "text":
          this.line += escapeRoff(t.content);
          break;
        case "softbreak":
        case "hardbreak":
          this.line += " ";
          break;
        case "code_inline":
        case "myst_role":
          this.line += `\\fB${escapeRoff(t.content)}\\fR`;
          break;
        case "strong_open":
          this.line += "\\fB";
          break;
        case "em_open":
          this.line += "\\fI";
          break;
        case "strong_close":
        case "em_close":
          this.line += "\\fR";
          break;
        case "link_close":
          break;
        default:
          this.line += escapeRoff(t.content);
      }
    }
  }
}

function value(label: string, v: LiteralValue, parse: (md: string) => Token[]): string[] {
  if (v._type === "literalMD") return [".sp", `\\fI${label}:\\fR`, new RoffWriter().render(parse(v.text))];
  return v.text.includes("\n")
    ? [".sp", `\\fI${label}:\\fR`, verbatim(v.text)]
    : [".sp", `\\fI${label}:\\fR \\fB${escapeRoff(v.text)}\\fR`];
}

function optionEntry(option: OptionDoc, parse: (md: string) => Token[]): string {
  const lines = [".PP", `\\fB${escapeRoff(option.name)}\\fR`, ".RS 4"];
  if (option.description) lines.push(new RoffWriter().render(parse(option.description)));
  lines.push(".sp", `\\fIType:\\fR ${escapeRoff(option.type)}${option.readOnly ? " (read only)" : ""}`);
  if (option.default) lines.push(...value("Default", option.default, parse));
  if (option.example) lines.push(...value("Example", option.example, parse));
  if (option.declarations.length > 0) {
    lines.push(".sp", "\\fIDeclared by:\\fR", ".RS 4");
    for (const d of option.declarations) lines.push(escapeRoff(d.url ?? d.name), ".br");
    lines.push(".RE");
  }
  lines.push(".RE");
  return lines.filter((l) => l !== "").join("\n");
}

/** `configuration.ts(5)`: every documented option of the doc list. */
export function renderManPage(docList: unknown, options: DocsOptions = {}): string {
  const parser = createDescriptionParser();
  const parse = (md: string) => parser.parse(md, {});
  const title = options.title ?? "configuration.ts";
  const head = [
    `.TH "${escapeRoff(title.toUpperCase())}" "5" "" "" "File Formats"`,
    ".SH NAME",
    `${escapeRoff(title)} \\- configuration options`,
    ".SH DESCRIPTION",
    "The options a configuration module may define, with their types, defaults and examples.",
    ".SH OPTIONS",
  ];
  const model = buildOptionModel(docList, options);
  // several option sets: a subsection per set
  const scoped = scopesOf(model).length > 1;
  const body = model.flatMap((o, i) =>
    scoped && o.scope !== model[i - 1]?.scope ? [`.SS ${escapeRoff(o.scope ?? "")}`, optionEntry(o, parse)] : [optionEntry(o, parse)],
  );
  return [...head, ...body].join("\n") + "\n";
}
