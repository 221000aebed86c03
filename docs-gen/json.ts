/**
 * options.json in nixpkgs' format (nixosOptionsDoc's `optionsJSON`): one object keyed by
 * option name, each value the doc list entry without `name`, so nixos-render-docs and
 * other Nix tooling can read it.
 */
import { checkSourceUrlTemplate, linkDeclaration } from "./declarations.js";
import { parseDocList, type Declaration, type DocListEntry } from "./doc-list.js";
import { compareCodePoints, renderRelatedPackages, uniqueByName, type DocsOptions } from "./model.js";

/** One value of options.json. */
export interface OptionsJsonEntry {
  declarations: Declaration[];
  default?: DocListEntry["default"];
  description: string | null;
  example?: DocListEntry["example"];
  internal: boolean;
  loc: string[];
  readOnly: boolean;
  relatedPackages?: string;
  type: string;
  visible: boolean;
}

function toJsonEntry(entry: DocListEntry, sourceUrl: string | undefined): OptionsJsonEntry {
  // keys in Nix's (alphabetical) attribute order, as builtins.toJSON writes them
  const result: OptionsJsonEntry = {
    declarations: sourceUrl === undefined ? entry.declarations : entry.declarations.map((decl) => linkDeclaration(decl, sourceUrl)),
    ...(entry.default !== undefined && { default: entry.default }),
    description: entry.description,
    ...(entry.example !== undefined && { example: entry.example }),
    internal: entry.internal,
    loc: entry.loc,
    readOnly: entry.readOnly,
    ...(entry.relatedPackages !== undefined && entry.relatedPackages.length > 0 && {
      relatedPackages: renderRelatedPackages(entry.relatedPackages),
    }),
    type: entry.type,
    visible: entry.visible,
  };
  return result;
}

/**
 * Builds the options.json object: every option of the doc list keyed by name (sorted like
 * Nix attribute names; a repeated name keeps its first entry), with `internal` and
 * `visible` kept so readers can filter. With `options.sourceUrl`, declarations become
 * `{ name, url }` as a `transformOptions` would make them.
 */
export function buildOptionsJson(docList: unknown, options: DocsOptions = {}): Record<string, OptionsJsonEntry> {
  if (options.sourceUrl !== undefined) checkSourceUrlTemplate(options.sourceUrl);
  const entries = uniqueByName(parseDocList(docList)).sort((a, b) => compareCodePoints(a.name, b.name));
  const result: Record<string, OptionsJsonEntry> = {};
  for (const entry of entries) {
    // defineProperty: an option named `__proto__` stays plain data
    Object.defineProperty(result, entry.name, {
      value: toJsonEntry(entry, options.sourceUrl),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

/** Renders options.json (2-space indented, newline-terminated). */
export function renderOptionsJson(docList: unknown, options: DocsOptions = {}): string {
  return `${JSON.stringify(buildOptionsJson(docList, options), null, 2)}\n`;
}
