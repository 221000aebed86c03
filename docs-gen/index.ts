/**
 * docs-gen: option references from `optionAttrSetToDocList` output — nixpkgs' options.json,
 * nixos-render-docs-style CommonMark, and a searchable self-contained HTML page.
 *
 * Every renderer takes the doc list (validated: bad input throws a DocListError naming the
 * entry and field) and `{ sourceUrl?, title? }`.
 */
import { renderHtml } from "./html.js";
import { renderOptionsJson } from "./json.js";
import { renderManPage } from "./manpage.js";
import { renderMarkdown } from "./markdown.js";
import type { DocsOptions } from "./model.js";

export { renderHtml } from "./html.js";
export { buildOptionsJson, renderOptionsJson, type OptionsJsonEntry } from "./json.js";
export { renderMarkdown } from "./markdown.js";
export { escapeRoff, renderManPage } from "./manpage.js";
export { buildOptionModel, OptionRenderError, type DocsOptions, type OptionDoc } from "./model.js";
export {
  DocListError,
  parseDocList,
  type Declaration,
  type DeclarationLink,
  type DocListEntry,
  type LiteralValue,
} from "./doc-list.js";
export { UnsupportedMarkdownError } from "./commonmark-renderer.js";
export { referenceDocsPath, referenceDocsSourceUrl, renderReferenceDocs } from "./reference-docs.js";

/** The output formats of `microvm docs --format`. */
export const docsFormats = ["json", "md", "html", "man"] as const;
export type DocsFormat = (typeof docsFormats)[number];

/** Renders a doc list in one of the {@link docsFormats} (what `microvm docs` writes). */
export function renderDocs(format: DocsFormat, docList: unknown, options: DocsOptions = {}): string {
  switch (format) {
    case "json":
      return renderOptionsJson(docList, options);
    case "md":
      return renderMarkdown(docList, options);
    case "html":
      return renderHtml(docList, options);
    case "man":
      return renderManPage(docList, options);
  }
}
