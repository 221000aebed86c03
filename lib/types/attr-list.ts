/**
 * `types.attrListOf` / `types.attrListWith` (nixpkgs lib 26.11): an ordered
 * list of single-key attribute sets. Definitions are lists (`[ { a = 1; } ]`)
 * or attribute sets whose values may carry mkOrder/mkOverride; the items are
 * sorted by their order priority, and per key only the items of its highest
 * override priority count.
 */
import { EvalError } from "../errors.js";
import { mergeDefinitions } from "../modules/merge-definitions.js";
import { type Definition, showDefs, showOption } from "../options.js";
import { defaultOrderPriority, defaultOverridePriority, mkOverride, typeTag } from "../properties.js";
import { isAttrs, isList, sortNames, stableSort, typeOf } from "../values.js";
import { type CheckedAndMerged, checkDefsForError, LazyMerge, type Loc, mkOptionType, optionDescriptionPhrase, type OptionType } from "./type.js";

export interface AttrListWithOptions {
  elemType: OptionType;
  /** The value is one attribute set (values of a repeated key merged by `mergeAttrValues`) instead of a list. */
  asAttrs?: boolean;
  /** How the values of one key are combined when `asAttrs`; default: the list of them. */
  mergeAttrValues?: (name: string, values: unknown[]) => unknown;
}

interface Item {
  file: string;
  key: string;
  value: unknown;
  prio: number;
  overridePrio: number;
}

/** mkOrder is consumed (for sorting); mkOverride is kept around the value, for mergeDefinitions. */
function peelProperties(value: unknown): { value: unknown; prio: number; overridePrio: number } {
  const tag = typeTag(value);
  if (tag === "order") {
    const v = value as { priority: number; content: unknown };
    return { ...peelProperties(v.content), prio: v.priority };
  }
  if (tag === "override") {
    const v = value as { priority: number; content: unknown };
    const inner = peelProperties(v.content);
    return { prio: inner.prio, overridePrio: v.priority, value: mkOverride(v.priority, inner.value) };
  }
  return { value, prio: defaultOrderPriority, overridePrio: defaultOverridePriority };
}

export function attrListWith(opts: AttrListWithOptions): OptionType {
  const { elemType } = opts;
  const asAttrs = opts.asAttrs ?? false;
  const mergeAttrValues = opts.mergeAttrValues ?? ((_name: string, values: unknown[]) => values);
  const check = (x: unknown) => isList(x) || isAttrs(x);

  const items = (loc: Loc, defs: readonly Definition[]): Item[] => {
    const all: Item[] = [];
    for (const def of defs) {
      if (isList(def.value)) {
        for (const raw of def.value) {
          const hasOrder = typeTag(raw) === "order";
          const item = hasOrder ? (raw as { content: unknown }).content : raw;
          const keys = isAttrs(item) ? Object.keys(item) : [];
          if (keys.length !== 1) {
            const why = !isAttrs(item)
              ? `Each list element must be an attribute set, but got ${typeOf(item)}`
              : `Each list element must be a single-key attribute set, but got ${keys.length} keys`;
            throw new EvalError(
              `A definition for option \`${showOption(loc)}' is not of type \`${t.description}'. ${why}.${showDefs([{ file: def.file, value: raw }])}`,
              loc,
              [def.file],
            );
          }
          const peeled = peelProperties((item as Record<string, unknown>)[keys[0]]);
          all.push({ ...peeled, file: def.file, key: keys[0], prio: hasOrder ? (raw as { priority: number }).priority : peeled.prio });
        }
      } else {
        const attrs = def.value as Record<string, unknown>;
        for (const key of Object.keys(attrs)) all.push({ ...peelProperties(attrs[key]), file: def.file, key });
      }
    }
    const winning = new Map<string, number>();
    for (const item of all) if (item.overridePrio < (winning.get(item.key) ?? defaultOverridePriority)) winning.set(item.key, item.overridePrio);
    const kept = all.filter((item) => item.overridePrio === (winning.get(item.key) ?? defaultOverridePriority));
    return stableSort(kept, (a, b) => a.prio - b.prio);
  };

  const mergeValue = (loc: Loc, defs: readonly Definition[]): unknown => {
    const list: Record<string, unknown>[] = [];
    for (const item of items(loc, defs)) {
      const merged = mergeDefinitions([...loc, item.key], elemType, [{ file: item.file, value: item.value }]);
      const optional = merged.optionalValue;
      if ("value" in optional) list.push({ [item.key]: optional.value });
    }
    if (!asAttrs) return list;
    const byKey = new Map<string, unknown[]>();
    for (const entry of list) {
      const [key, value] = Object.entries(entry)[0];
      const values = byKey.get(key);
      if (values === undefined) byKey.set(key, [value]);
      else values.push(value);
    }
    const out: Record<string, unknown> = {};
    for (const key of sortNames([...byKey.keys()])) out[key] = mergeAttrValues(key, byKey.get(key)!);
    return out;
  };

  const mergeV2 = (loc: Loc, defs: readonly Definition[]): CheckedAndMerged =>
    new LazyMerge(checkDefsForError(check, defs), () => mergeValue(loc, defs));

  const t: OptionType = mkOptionType({
    name: "attrListOf",
    description: () => `attribute list of ${optionDescriptionPhrase((c) => c === "noun" || c === "composite", elemType)}`,
    descriptionClass: "composite",
    check,
    mergeV2,
    emptyValue: { value: asAttrs ? {} : [] },
    getSubOptions: (prefix) => elemType.getSubOptions([...prefix, "*"]),
    getSubModules: elemType.getSubModules,
    substSubModules: (m) => attrListWith({ ...opts, elemType: elemType.substSubModules(m)! }),
    // attrListOf declared twice is a conflict, as in Nix
    typeMerge: () => null,
    nestedTypes: { elemType },
  });
  return t;
}

export const attrListOf = (elemType: OptionType): OptionType => attrListWith({ elemType });
