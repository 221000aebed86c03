/**
 * The documentation model: a doc list filtered and ordered the way nixosOptionsDoc and
 * nixos-render-docs present it, with declarations linked. Every renderer works from it.
 */
import { checkSourceUrlTemplate, linkDeclaration } from "./declarations.js";
import type { SupportMatrix } from "./hypervisor-support.js";
import {
  parseDocList,
  type DeclarationLink,
  type DocListEntry,
  type LiteralValue,
  type RelatedPackage,
} from "./doc-list.js";

/** Settings shared by all output formats. */
export interface DocsOptions {
  /** URL template for "Declared by" links, with `{path}` and optionally `{line}`. */
  sourceUrl?: string;
  /** Title of the HTML page / man page. */
  title?: string;
  /** Which hypervisor honours each option (docs-gen/hypervisor-support.ts): a table per option on the HTML page. */
  hypervisorSupport?: SupportMatrix;
}

/** Rendering an option's documentation failed; the message names the option. */
export class OptionRenderError extends Error {
  override name = "OptionRenderError";
}

/** One documented option, ready to render. */
export interface OptionDoc {
  name: string;
  loc: string[];
  /** The HTML anchor, as in the NixOS manual: `opt-` + the name with `*<>[]: "` turned into `_`. */
  anchor: string;
  description: string | null;
  type: string;
  readOnly: boolean;
  default?: LiteralValue;
  example?: LiteralValue;
  declarations: DeclarationLink[];
  /** Markdown list of the related packages, as nixosOptionsDoc renders `relatedPackages`. */
  relatedPackages?: string;
  /** The option set it came from, when the reference has several (`--from a.json --from b.json`). */
  scope?: string;
}

/** Compares strings by Unicode code point (Python's and Nix's string order), not UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/** nixos-render-docs' sort rank of one path component: `enable*` first, `package*` second. */
function componentRank(component: string): number {
  if (component.startsWith("enable")) return 0;
  if (component.startsWith("package")) return 1;
  return 2;
}

/**
 * Orders option paths like nixos-render-docs: component by component, a component
 * starting with `enable` before one starting with `package` before any other, then by
 * code point; a path that is a prefix of another comes first.
 */
export function compareOptionLocs(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const rank = componentRank(a[i]!) - componentRank(b[i]!);
    if (rank !== 0) return rank;
    const text = compareCodePoints(a[i]!, b[i]!);
    if (text !== 0) return text;
  }
  return a.length - b.length;
}

const markdownEscapes: Record<string, string> = {
  "*": "\\*",
  "<": "\\<",
  "[": "\\[",
  "`": "\\`",
  ".": "\\.",
  "#": "\\#",
  "&": "\\&",
  "\\": "\\\\",
};

/** nixos-render-docs' `md_escape`: backslash-escapes `*<[`.#&\` (so `microvm.vcpu` → `microvm\.vcpu`). */
export function mdEscape(text: string): string {
  return text.replace(/[*<[`.#&\\]/g, (char) => markdownEscapes[char]!);
}

/** nixos-render-docs' `make_xml_id`: `*<> []:"` become `_`. */
export function makeXmlId(text: string): string {
  return text.replace(/[*<> [\]:"]/g, "_");
}

/**
 * Keeps the first entry of each name, as `builtins.listToAttrs` does when nixosOptionsDoc
 * keys the list by name.
 */
export function uniqueByName(entries: DocListEntry[]): DocListEntry[] {
  const seen = new Set<string>();
  // per scope: two option sets may each have an option of the same name
  return entries.filter((entry) => {
    const key = `${entry.scope ?? ""}\u0000${entry.name}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** The scopes of a doc list in the order they first appear (empty when no entry has one). */
export function scopesOf(entries: readonly { scope?: string }[]): string[] {
  return [...new Set(entries.flatMap((entry) => (entry.scope === undefined ? [] : [entry.scope])))];
}

function describeRelatedPackage(pkg: RelatedPackage): string {
  const spec = typeof pkg === "string" ? { name: pkg } : Array.isArray(pkg) ? { path: pkg } : pkg;
  const name = spec.name ?? (spec.path ?? []).join(".");
  const title = spec.title === undefined ? "" : `${spec.title} aka `;
  const comment = spec.comment === undefined ? "" : `\n\n  ${spec.comment}`;
  return `- ${title}\`pkgs.${name}\`${comment}`;
}

/** Renders `relatedPackages` as a Markdown list (nixosOptionsDoc's `genRelatedPackages`, without package metadata). */
export function renderRelatedPackages(packages: RelatedPackage[]): string {
  return packages.map(describeRelatedPackage).join("\n");
}

function toOptionDoc(entry: DocListEntry, sourceUrl: string | undefined): OptionDoc {
  const doc: OptionDoc = {
    name: entry.name,
    loc: entry.loc,
    anchor: `opt-${makeXmlId(entry.name)}`,
    description: entry.description,
    type: entry.type,
    readOnly: entry.readOnly,
    declarations: entry.declarations.map((decl) => linkDeclaration(decl, sourceUrl)),
  };
  if (entry.default !== undefined) doc.default = entry.default;
  if (entry.example !== undefined) doc.example = entry.example;
  if (entry.relatedPackages !== undefined && entry.relatedPackages.length > 0) {
    doc.relatedPackages = renderRelatedPackages(entry.relatedPackages);
  }
  if (entry.scope !== undefined) doc.scope = entry.scope;
  return doc;
}

/**
 * Builds the model from a doc list: invalid input is rejected with a clear message,
 * internal and invisible options are left out (as nixosOptionsDoc does), duplicates
 * keep their first entry, and the rest is sorted like nixos-render-docs sorts it.
 */
export function buildOptionModel(docList: unknown, options: DocsOptions = {}): OptionDoc[] {
  if (options.sourceUrl !== undefined) checkSourceUrlTemplate(options.sourceUrl);
  const entries = uniqueByName(parseDocList(docList));
  const scopeOrder = new Map(scopesOf(entries).map((scope, i) => [scope, i]));
  const rank = (doc: OptionDoc) => (doc.scope === undefined ? -1 : scopeOrder.get(doc.scope)!);
  const model = entries
    .filter((entry) => entry.visible && !entry.internal)
    .map((entry) => toOptionDoc(entry, options.sourceUrl))
    .sort((a, b) => rank(a) - rank(b) || compareOptionLocs(a.loc, b.loc));
  // an option name in several scopes: the later ones get the scope in their anchor
  const anchors = new Set<string>();
  for (const doc of model) {
    if (anchors.has(doc.anchor) && doc.scope !== undefined) doc.anchor = `${doc.anchor}-${makeXmlId(doc.scope)}`;
    anchors.add(doc.anchor);
  }
  return model;
}
