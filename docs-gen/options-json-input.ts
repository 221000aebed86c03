/**
 * Reads option lists made by Nix as `microvm docs --from` input: nixosOptionsDoc's
 * `options.json` (an object keyed by option name: NixOS, home-manager, microvm.nix's own)
 * or an `optionAttrSetToDocList` list. Each input becomes one scope of the reference.
 */
import { DocListError } from "./doc-list.js";

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** One options.json entry as a doc-list entry (options.json leaves out `name`, `internal`, `visible`). */
function fromOptionsJsonEntry(name: string, value: unknown, scope: string): Fields {
  if (!isRecord(value)) throw new DocListError(`option \`${name}\` must be an object, got ${JSON.stringify(value)}`);
  return {
    ...value,
    name,
    loc: value.loc ?? name.split("."),
    description: value.description ?? null,
    declarations: value.declarations ?? [],
    readOnly: value.readOnly ?? false,
    internal: value.internal ?? false,
    visible: value.visible ?? true,
    scope,
  };
}

/**
 * The doc list of one `--from` input, every entry tagged with `scope`. Throws a
 * DocListError (its message names `file`) when the input is neither shape.
 */
export function docListFromOptionsJson(input: unknown, scope: string, file: string): Fields[] {
  try {
    if (Array.isArray(input)) {
      return input.map((entry, index) => {
        if (!isRecord(entry)) throw new DocListError(`doc list entry ${index} must be an object, got ${JSON.stringify(entry)}`);
        return { ...entry, scope };
      });
    }
    if (isRecord(input)) return Object.entries(input).map(([name, value]) => fromOptionsJsonEntry(name, value, scope));
    throw new DocListError(`expected options.json (an object keyed by option name) or a doc list, got ${JSON.stringify(input)}`);
  } catch (error) {
    throw new DocListError(`${file}: ${(error as Error).message}`);
  }
}

/** The scope name of an input file: its base name without `.json` (`nixos-options.json` → `nixos-options`). */
export function scopeNameOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.json$/i, "") || base;
}
