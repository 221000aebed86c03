/**
 * The data the HTML reference's script searches: each option's name, anchor, scope and
 * description as plain text, embedded in the page as JSON. The options' rendered bodies
 * are not in it: the page's `<noscript>` holds them (html.ts), and the script turns only
 * the ones it shows into elements.
 */

/** Parallel arrays, one element per option in reference order (arrays keep the JSON small). */
export interface OptionIndex {
  names: string[];
  anchors: string[];
  /** The option's set, or "" (a page of one set). */
  scopes: string[];
  /** The rendered description's text, what a reader sees and the search matches. */
  descriptions: string[];
}

/** The entity references that markdown-it's and our escaping write. */
const entityTexts: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/**
 * The text of an HTML fragment that docs-gen rendered (its `textContent`): tags dropped,
 * entities decoded. Only for that output: every `<` of option text is escaped there, so
 * each `<…>` is a tag.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:#(\d+)|(amp|lt|gt|quot));/g, (_, code: string | undefined, name: string | undefined) =>
      code === undefined ? entityTexts[name!]! : String.fromCodePoint(Number(code)),
    );
}

/**
 * JSON for the content of a `<script type="application/json">` element: a `<` in the data
 * is written `\u003c`, so neither `</script>` nor `<!--` can end or change the element.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
