/**
 * The option reference committed to this repository (docs/options.md): where it lives and
 * how it is rendered, shared by scripts/gen-docs.ts (which writes it) and the test that
 * fails when it is stale.
 */
import { renderMarkdown } from "./markdown.js";

/** docs/options.md, relative to the repository root. */
export const referenceDocsPath = "docs/options.md";

/** Declarations link to the sources relative to docs/, so the links work on GitHub and in a checkout. */
export const referenceDocsSourceUrl = "../{path}#L{line}";

/** Renders docs/options.md from a doc list (the microvm options' `optionAttrSetToDocList`). */
export function renderReferenceDocs(docList: unknown): string {
  return renderMarkdown(docList, { sourceUrl: referenceDocsSourceUrl });
}
