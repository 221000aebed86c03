/**
 * A single self-contained HTML option reference: no external resources (it works from
 * `file://`), every option under an anchor (`#opt-microvm.vcpu`, the NixOS manual's ids),
 * descriptions rendered from Markdown with raw HTML disabled, a ranked search as you type
 * (see html-script.ts), and light/dark themes that follow the system.
 *
 * Every option is rendered in a `<noscript>`: without JavaScript that is the page, all
 * options listed. With JavaScript the parser keeps a `<noscript>`'s content as one text
 * (no elements), so a page of 20 000 options loads fast; the script makes elements only
 * for the options it shows, from that text, and searches the JSON option index
 * (html-option-index.ts).
 */
import type { Env, MarkdownIt } from "markdown-it";
import { UnsupportedMarkdownError } from "./commonmark-renderer.js";
import type { DeclarationLink, LiteralValue } from "./doc-list.js";
import { htmlToText, jsonForScriptElement, type OptionIndex } from "./html-option-index.js";
import { htmlScript } from "./html-script.js";
import type { OptionSupport, SupportMatrix } from "./hypervisor-support.js";
import { htmlStyle } from "./html-style.js";
import { admonitionKinds, createDescriptionParser } from "./markdown-parser.js";
import { buildOptionModel, OptionRenderError, scopesOf, type DocsOptions, type OptionDoc } from "./model.js";

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The markdown-it environment: option name → anchor, for `{option}` references. */
interface DescriptionEnv extends Env {
  anchors: Map<string, string>;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The description parser with HTML rules for the NixOS extensions (admonitions, roles). */
function createHtmlMarkdown(): MarkdownIt {
  const md = createDescriptionParser();
  const rules = md.renderer.rules;
  rules.admonition_open = (tokens, idx) => {
    const kind = String(tokens[idx]!.meta?.kind);
    const safeKind = (admonitionKinds as readonly string[]).includes(kind) ? kind : "note";
    return `<div class="admonition ${safeKind}"><p class="admonition-title">${capitalize(safeKind)}</p>\n`;
  };
  rules.admonition_close = () => "</div>\n";
  rules.myst_role = (tokens, idx, _options, env) => {
    const token = tokens[idx]!;
    const role = String(token.meta?.name);
    const code = `<code class="role-${escapeHtml(role)}">${escapeHtml(token.content)}</code>`;
    const anchor = role === "option" ? (env as DescriptionEnv).anchors.get(token.content) : undefined;
    return anchor === undefined ? code : `<a href="#${escapeHtml(anchor)}">${code}</a>`;
  };
  rules.heading_open = () => {
    throw new UnsupportedMarkdownError("headings are not supported in option documentation");
  };
  return md;
}

function renderValue(md: MarkdownIt, value: LiteralValue, env: DescriptionEnv): string {
  if (value._type === "literalMD") return `<div class="literal-md">${md.render(value.text, env)}</div>`;
  return value.text.includes("\n")
    ? `<pre><code>${escapeHtml(value.text)}</code></pre>`
    : `<code>${escapeHtml(value.text)}</code>`;
}

function renderDeclaration({ name, url }: DeclarationLink): string {
  const label = `<code>${escapeHtml(name)}</code>`;
  return `<li>${url === undefined ? label : `<a href="${escapeHtml(url)}">${label}</a>`}</li>`;
}

const supportLabels = { uses: "uses", ignores: "–", warns: "warns", refuses: "refuses", "n/a": "n/a" } as const;

/** The option's row of the hypervisor support matrix as a small table, refusals and warnings listed below it. */
function renderSupport(support: OptionSupport, hypervisors: readonly string[]): string {
  const cells = hypervisors.map((hv) => {
    const { kind, messages } = support.byHypervisor[hv]!;
    const title = messages.length === 0 ? "" : ` title="${escapeHtml(messages.join("\n"))}"`;
    return `<td class="support-${kind === "n/a" ? "na" : kind}"${title}>${supportLabels[kind]}</td>`;
  });
  const notes = hypervisors.flatMap((hv) => {
    const { kind, messages } = support.byHypervisor[hv]!;
    if (kind !== "refuses" && kind !== "warns") return [];
    return messages.map((m) => `<li>${escapeHtml(hv)} ${kind}: <code>${escapeHtml(m.trim())}</code></li>`);
  });
  return (
    `<table class="support"><tr>${hypervisors.map((hv) => `<th>${escapeHtml(hv)}</th>`).join("")}</tr><tr>${cells.join("")}</tr></table>` +
    (notes.length === 0 ? "" : `<ul class="support-notes">${notes.join("")}</ul>`)
  );
}

/** The option's `<section>`; `description` is its description rendered (or ""). */
function renderOption(md: MarkdownIt, option: OptionDoc, description: string, env: DescriptionEnv, support?: SupportMatrix): string {
  const id = escapeHtml(option.anchor);
  const name = escapeHtml(option.name);
  const details: string[] = [];
  const readOnly = option.readOnly ? `<span class="read-only">(read only)</span>` : "";
  details.push(`<dt>Type</dt><dd>${escapeHtml(option.type)}${readOnly}</dd>`);
  if (option.default) details.push(`<dt>Default</dt><dd>${renderValue(md, option.default, env)}</dd>`);
  if (option.example) details.push(`<dt>Example</dt><dd>${renderValue(md, option.example, env)}</dd>`);
  if (option.relatedPackages) {
    details.push(`<dt>Related packages</dt><dd>${md.render(option.relatedPackages, env)}</dd>`);
  }
  const optionSupport = support?.options.find((o) => o.name === option.name);
  if (support !== undefined && optionSupport !== undefined) {
    details.push(`<dt>Hypervisors</dt><dd>${renderSupport(optionSupport, support.hypervisors)}</dd>`);
  }
  if (option.declarations.length > 0) {
    details.push(`<dt>Declared by</dt><dd><ul>${option.declarations.map(renderDeclaration).join("")}</ul></dd>`);
  }
  const scope = option.scope === undefined ? "" : escapeHtml(option.scope);
  return [
    `<section class="option" id="${id}" data-name="${name}"${scope === "" ? "" : ` data-scope="${scope}"`}>`,
    `<h2><a class="option-name" href="#${id}"><code>${name}</code></a>` +
      (scope === "" ? "" : `<span class="scope-badge">${scope}</span>`) +
      `<a class="anchor-link" href="#${id}" title="Copy the link to this option" aria-label="Link to ${name} (copies it)">#</a></h2>`,
    `<div class="description">${description}</div>`,
    `<dl class="details">${details.join("")}</dl>`,
    `</section>`,
  ].join("\n");
}

/**
 * Renders the option reference as one self-contained HTML page (inline CSS and JS only).
 * Internal and invisible options are left out; the order is nixos-render-docs'.
 * Descriptions, `literalMD` defaults/examples and related packages are Markdown (raw HTML
 * in them is shown as text); everything else is escaped.
 *
 * @example renderHtml(docList, { title: "MicroVM options", sourceUrl: "https://…/blob/main/{path}#L{line}" })
 */
export function renderHtml(docList: unknown, options: DocsOptions = {}): string {
  const model = buildOptionModel(docList, options);
  const md = createHtmlMarkdown();
  const env: DescriptionEnv = { anchors: new Map(model.map((option) => [option.name, option.anchor])) };
  const title = escapeHtml(options.title ?? "Option reference");
  const index: OptionIndex = { names: [], anchors: [], scopes: [], descriptions: [] };
  const sections = model.map((option) => {
    try {
      const description = option.description ? md.render(option.description, env) : "";
      index.names.push(option.name);
      index.anchors.push(option.anchor);
      index.scopes.push(option.scope ?? "");
      index.descriptions.push(htmlToText(description));
      return renderOption(md, option, description, env, options.hypervisorSupport);
    } catch (error) {
      throw new OptionRenderError(`cannot render the documentation of option \`${option.name}\`: ${(error as Error).message}`);
    }
  });
  const count = `${model.length} ${model.length === 1 ? "option" : "options"}`;
  // several option sets (`--from a.json --from b.json`): a filter by set
  const scopes = scopesOf(model);
  const scopeFilter =
    scopes.length < 2
      ? ""
      : `<label class="visually-hidden" for="scope">Option set</label>\n<select id="scope"><option value="">All option sets</option>${scopes
          .map((scope) => `<option value="${escapeHtml(scope)}">${escapeHtml(scope)}</option>`)
          .join("")}</select>\n`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>${htmlStyle}</style>
</head>
<body>
<header class="page-header">
<h1>${title}</h1>
<div class="search-row">
<label class="visually-hidden" for="search">Search options by name or description</label>
<input id="search" type="search" placeholder="Search options by name or description (press /)" autocomplete="off" spellcheck="false">
${scopeFilter}<span id="search-count" aria-live="polite">${count}</span>
</div>
</header>
<main>
<p class="no-results" id="no-results" hidden>No option matches the search.</p>
<button type="button" id="earlier" hidden></button>
<div id="results"></div>
<button type="button" id="more" hidden></button>
<noscript id="all">
<p class="no-script">The search needs JavaScript; every option (${count}) is listed below.</p>
${sections.join("\n")}
</noscript>
</main>
<script type="application/json" id="option-index">${jsonForScriptElement(index)}</script>
<script>${htmlScript}</script>
</body>
</html>
`;
}
