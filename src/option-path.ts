/**
 * Finding an option by its dotted path, as `nixos-option` does, including
 * options inside submodules (`microvm.interfaces.0.id`, `microvm.interfaces.*.id`).
 */
import { isOption, type Option, type OptionType } from "../lib/index.js";
import { closestNames } from "./suggest.js";

/** `a.b."c.d"` → `["a", "b", "c.d"]`. */
export function parseOptionPath(text: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^".]+))\s*(?:\.|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text)) !== null) {
    parts.push(m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string) : m[2]);
  }
  if (parts.join("").length === 0 && text.trim() !== "") throw new Error(`invalid option path: ${text}`);
  return parts;
}

export type OptionLookup =
  | {
      kind: "option";
      option: Option;
      /** The path of its value in `config`; null when a selector like `*` stands for every element. */
      valuePath: string[] | null;
      /** Whether the option belongs to the top-level evaluation (its definitions are known), not to a submodule's element. */
      topLevel: boolean;
    }
  | { kind: "set"; path: string[]; children: Record<string, unknown> }
  | { kind: "missing"; path: string[]; suggestions: string[] };

/** Wrappers around a list or attribute set of submodules: their element options are reached through a selector. */
function hasElementSelector(t: OptionType): boolean {
  if (t.name === "nullOr" || t.name === "unique") return hasElementSelector(t.nestedTypes.elemType);
  if (t.name === "coercedTo") return hasElementSelector(t.nestedTypes.finalType);
  return t.name === "listOf" || t.name === "attrsOf" || t.name === "lazyAttrsOf";
}

const isSelectorWildcard = (s: string): boolean => s === "*" || /^<.*>$/.test(s);

/** Looks `path` up in an `options` tree. */
export function lookupOption(options: Record<string, unknown>, path: readonly string[]): OptionLookup {
  let node: unknown = options;
  let topLevel = true;
  let concrete = true;
  const shown: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isOption(node)) {
      const sub = node.type.getSubOptions(node.loc) as Record<string, unknown>;
      const names = Object.keys(sub).filter((n) => n !== "_module");
      if (names.length === 0) return { kind: "missing", path: [...path], suggestions: [] };
      topLevel = false;
      if (hasElementSelector(node.type)) {
        // `segment` picks an element (a list index or an attribute name); the next segment is an option of it
        if (isSelectorWildcard(segment)) concrete = false;
        shown.push(segment);
        node = sub;
        continue;
      }
      node = sub;
    }
    const set = node as Record<string, unknown>;
    if (segment === "_module" || !Object.hasOwn(set, segment)) {
      const candidates = Object.keys(set).filter((n) => n !== "_module" && n !== "_freeformOptions");
      const parent = shown.join(".");
      return {
        kind: "missing",
        path: [...path],
        suggestions: closestNames(segment, candidates).map((c) => (parent === "" ? c : `${parent}.${c}`)),
      };
    }
    shown.push(segment);
    node = set[segment];
  }
  if (isOption(node)) return { kind: "option", option: node, valuePath: concrete ? [...path] : null, topLevel };
  return { kind: "set", path: [...path], children: node as Record<string, unknown> };
}
