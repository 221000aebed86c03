/**
 * `types.attrListOf` / `types.attrListWith` (nixpkgs lib 26.11): an ordered
 * list of single-key attribute sets (`[ { a = 1; } { b = 2; } ]`), also
 * definable as one attribute set, whose entries are ordered by `mkOrder`
 * (`mkBefore`/`mkAfter`) and overridden per key by `mkOverride`.
 */
import { mergeDefinitions } from "../modules/merge-definitions.js";
import { type Definition, showDefs, showOption } from "../options.js";
import { defaultOrderPriority, defaultOverridePriority, mkDefinition, mkOrder, mkOverride, typeTag } from "../properties.js";
import { OptionError } from "../errors.js";
import { type AttrSet, isAttrs, isList, setAttr, sortNames, typeOf } from "../values.js";
import { type CheckedAndMerged, checkDefsForError, type Loc, mkOptionType, optionDescriptionPhrase, type OptionType } from "./type.js";

export interface AttrListWithOptions {
  elemType: OptionType;
  /** The value is one attribute set (entries zipped by key through `mergeAttrValues`) instead of the list. */
  asAttrs?: boolean;
  /** With `asAttrs`: the value of a key from its values in order (default: the list of them). */
  mergeAttrValues?: (name: string, values: unknown[]) => unknown;
}

/** One entry of a definition: its key, its value (mkOverride kept), its order and override priorities. */
interface Item {
  file: string;
  key: string;
  value: unknown;
  prio: number;
  overridePrio: number;
}

/**
 * Takes the mkOrder and mkOverride wrappers off a value, nested in any order:
 * the order is consumed (for sorting), the override is put back around the
 * value (the element's merge applies it). As in Nix, what is inside an
 * mkOverride is read only when its entry is kept (its order is needed).
 */
function peelProperties(value: unknown): Peeled {
  const tag = typeTag(value);
  if (tag === "order") {
    const p = value as { priority: number; content: unknown };
    return withPrio(peelProperties(p.content), p.priority);
  }
  if (tag === "override") {
    const p = value as { priority: number; content: unknown };
    let inner: Peeled | undefined;
    let wrapped: unknown;
    const peeled = () => (inner ??= peelProperties(p.content));
    return {
      overridePrio: p.priority,
      get prio() {
        return peeled().prio;
      },
      get value() {
        return (wrapped ??= mkOverride(p.priority, peeled().value));
      },
    };
  }
  return { value, prio: defaultOrderPriority, overridePrio: defaultOverridePriority };
}

type Peeled = Omit<Item, "file" | "key">;

/** `peeled // { prio; }` without reading peeled's lazy fields. */
function withPrio(peeled: Peeled, prio: number): Peeled {
  Object.defineProperty(peeled, "prio", { value: prio, enumerable: true, writable: true, configurable: true });
  return peeled;
}

/** `peeled // { file; key; }` without reading peeled's lazy fields. */
function toItem(peeled: Peeled, file: string, key: string): Item {
  return Object.assign(peeled, { file, key });
}

/** The mergeAttrValues default: every value of the key, in order. */
const listOfValues = (_name: string, values: unknown[]): unknown => values;

export function attrListWith(opts: AttrListWithOptions): OptionType {
  const { elemType } = opts;
  const asAttrs = opts.asAttrs ?? false;
  const mergeAttrValues = opts.mergeAttrValues ?? listOfValues;
  const description = `attribute list of ${optionDescriptionPhrase((c) => c === "noun" || c === "composite", elemType)}`;
  const check = (x: unknown) => isList(x) || isAttrs(x);

  // an element of the list form: a single-key attribute set, perhaps inside mkOrder
  const listItem = (loc: Loc, file: string, raw: unknown): Item => {
    const ordered = typeTag(raw) === "order";
    const item = ordered ? (raw as { content: unknown }).content : raw;
    const keys = isAttrs(item) ? Object.keys(item) : [];
    if (!isAttrs(item) || keys.length !== 1) {
      const why = !isAttrs(item)
        ? `Each list element must be an attribute set, but got ${typeOf(item)}`
        : `Each list element must be a single-key attribute set, but got ${keys.length} keys`;
      throw new OptionError(`A definition for option \`${showOption(loc)}' is not of type \`${description}'. ${why}.${showDefs([{ file, value: raw }])}`, loc, [file]);
    }
    const peeled = toItem(peelProperties(item[keys[0]]), file, keys[0]);
    return ordered ? (withPrio(peeled, (raw as { priority: number }).priority) as Item) : peeled;
  };

  const items = (loc: Loc, def: Definition): Item[] =>
    isList(def.value)
      ? def.value.map((raw) => listItem(loc, def.file, raw))
      : Object.keys(def.value as AttrSet).map((key) => toItem(peelProperties((def.value as AttrSet)[key]), def.file, key));

  const mergeV2 = (loc: Loc, defs: readonly Definition[]): CheckedAndMerged => {
    const headError = checkDefsForError(check, defs);
    let merged: { value: unknown; valueMeta: AttrSet } | undefined;
    const compute = () => {
      if (merged !== undefined) return merged;
      const all = defs.flatMap((def) => items(loc, def));
      // per key, the highest override priority (lowest number) below the default one; as in Nix,
      // a key whose entries all have a weaker priority (mkDefault) keeps none of them
      const winning = new Map<string, number>();
      for (const item of all) if (item.overridePrio < (winning.get(item.key) ?? defaultOverridePriority)) winning.set(item.key, item.overridePrio);
      const kept = all.filter((item) => item.overridePrio === (winning.get(item.key) ?? defaultOverridePriority));
      // Array.prototype.sort is stable, as Nix's sort is
      kept.sort((a, b) => a.prio - b.prio);
      const evals = kept
        .map((item) => ({ item, eval: mergeDefinitions([...loc, item.key], elemType, [{ file: item.file, value: item.value }]) }))
        .filter((e) => e.eval.isDefined);
      const attrListValue = evals.map((e) => singleton(e.item.key, e.eval.mergedValue));
      const value = asAttrs ? zipAttrs(attrListValue, mergeAttrValues) : attrListValue;
      merged = {
        value,
        valueMeta: {
          attrList: evals.map((e) => e.eval.valueMeta),
          attrListValue,
          // the entries as definitions of their own, in order, each naming its file
          definitions: evals.map((e, i) => mkDefinition({ file: e.item.file, value: mkOrder(e.item.prio, attrListValue[i]) })),
        },
      };
      return merged;
    };
    return {
      headError,
      get value() {
        return compute().value;
      },
      get valueMeta() {
        return compute().valueMeta;
      },
    } as CheckedAndMerged;
  };

  return mkOptionType({
    name: "attrListOf",
    description,
    descriptionClass: "composite",
    check,
    mergeV2,
    emptyValue: { value: asAttrs ? {} : [] },
    getSubOptions: (prefix) => elemType.getSubOptions([...prefix, "*"]),
    getSubModules: elemType.getSubModules,
    substSubModules: (m) => attrListWith({ elemType: elemType.substSubModules(m)!, asAttrs, mergeAttrValues }),
    // as in Nix, two declarations of an attrListOf option do not merge
    typeMerge: () => null,
    nestedTypes: { elemType },
  });
}

export const attrListOf = (elemType: OptionType): OptionType => attrListWith({ elemType });

/** Nix's `zipAttrsWith f sets`: the values of each name, in order, combined by `f`; names sorted. */
function zipAttrs(sets: readonly AttrSet[], f: (name: string, values: unknown[]) => unknown): AttrSet {
  const byName = new Map<string, unknown[]>();
  for (const set of sets) for (const k of Object.keys(set)) (byName.get(k) ?? byName.set(k, []).get(k)!).push(set[k]);
  const out: AttrSet = {};
  for (const k of sortNames([...byName.keys()])) setAttr(out, k, f(k, byName.get(k)!));
  return out;
}

/** `{ ${key} = value; }`, whatever the key (`__proto__` too). */
function singleton(key: string, value: unknown): AttrSet {
  const out: AttrSet = {};
  setAttr(out, key, value);
  return out;
}
