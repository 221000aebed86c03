/**
 * Types built from other types: lists, attribute sets, unions, coercions,
 * `anything` (nixpkgs `lib/types.nix`).
 */
import { EvalError, OptionError } from "../errors.js";
import { functionArgs } from "../function-args.js";
import { checkAndMerge, mergeDefinitions, type MergedDefinitions } from "../modules/merge-definitions.js";
import {
  type Definition,
  getFiles,
  mergeEqualOption,
  mergeOneOption,
  mergeUniqueOption,
  RememberedDefinition,
  showDefs,
  showFiles,
  showOption,
} from "../options.js";
import { warn } from "../warnings.js";
import { NameGroups } from "../name-groups.js";
import { typeTag } from "../properties.js";
import { append, type AttrSet, isAttrs, isFunction, isList, isStringLike, newAttrSet, readAttr, setGetter, sortNames, typeOf } from "../values.js";
import { attrs, bool, float, int, path, str } from "./primitives.js";
import { refuseUnrepresentable } from "./representable.js";
import {
  addCheck,
  type CheckedAndMerged,
  checkDefsForError,
  checkedMerge,
  defaultFunctor,
  extendType,
  LazyMerge,
  type Functor,
  type Loc,
  mkOptionType,
  optionDescriptionPhrase,
  type OptionType,
} from "./type.js";

const nounOrComposite = (c: string | null) => c === "noun" || c === "composite";

/** Functor of a type with element types: merged element-wise. */
function elemTypeFunctor(name: string, payload: { elemType: OptionType }, make: (p: { elemType: OptionType }) => OptionType): Functor {
  return {
    name,
    payload,
    type: make as (p: never) => OptionType,
    binOp: ((a: { elemType: OptionType }, b: { elemType: OptionType }) => {
      const merged = a.elemType.typeMerge(b.elemType.functor);
      return merged === null ? null : { elemType: merged };
    }) as (a: never, b: never) => unknown,
  };
}

const elementLoc = (loc: Loc, n: number, m: number): string[] => append(loc, `[definition ${n + 1}-entry ${m + 1}]`);

/**
 * One type per distinct element type: `listOf(str)` written in 10 000
 * declarations is one type object (and one set of caches), not 10 000. Types
 * are immutable values, so sharing them changes nothing but identity.
 */
function memoizedOn(make: (elemType: OptionType) => OptionType): (elemType: OptionType) => OptionType {
  const made = new WeakMap<OptionType, OptionType>();
  return (elemType) => {
    let t = made.get(elemType);
    if (t === undefined) made.set(elemType, (t = make(elemType)));
    return t;
  };
}

export const listOf = memoizedOn(makeListOf);

function makeListOf(elemType: OptionType): OptionType {
  const check = (x: unknown) => isList(x);
  // for one definition these merges give its value and read `loc` only for errors
  const mergesOneAsIs = elemType.merge === mergeEqualOption || elemType.merge === mergeOneOption;
  const mergeElements = (loc: Loc, defs: readonly Definition[]): unknown[] => {
    let count = 0;
    for (let n = 0; n < defs.length; n++) count += (defs[n].value as unknown[]).length;
    const out = new Array<unknown>(count);
    let k = 0;
    for (let n = 0; n < defs.length; n++) {
      const def = defs[n];
      const list = def.value as unknown[];
      for (let m = 0; m < list.length; m++) {
        const v = list[m];
        // an element without mkIf/mkOverride/…: what mergeDefinitions would do, without its bookkeeping
        if (typeTag(v) === undefined) {
          if (mergesOneAsIs && elemType.check(v)) out[k++] = v;
          else out[k++] = checkAndMerge(elementLoc(loc, n, m), elemType, [{ file: def.file, value: v }]);
        } else {
          const r = mergeDefinitions(elementLoc(loc, n, m), elemType, [{ file: def.file, value: v }]);
          if (r.isDefined) out[k++] = r.mergedValue;
        }
      }
    }
    out.length = k;
    return out;
  };
  // valueMeta.list: each element's own, as its merge gives it (read only when asked for)
  const elementMetas = (loc: Loc, defs: readonly Definition[]): object[] => {
    const metas: object[] = [];
    for (let n = 0; n < defs.length; n++) {
      const list = defs[n].value as unknown[];
      for (let m = 0; m < list.length; m++) {
        const r = mergeDefinitions(elementLoc(loc, n, m), elemType, [{ file: defs[n].file, value: list[m] }]);
        if (r.isDefined) metas.push(r.valueMeta);
      }
    }
    return metas;
  };
  const mergeV2 = (loc: Loc, defs: readonly Definition[]): CheckedAndMerged =>
    new LazyMerge(
      checkDefsForError(check, defs),
      () => mergeElements(loc, defs),
      () => ({ list: elementMetas(loc, defs) }),
    );
  return mkOptionType({
    name: "listOf",
    description: () => `list of ${optionDescriptionPhrase(nounOrComposite, elemType)}`,
    descriptionClass: "composite",
    check,
    mergeV2,
    emptyValue: { value: [] },
    getSubOptions: (prefix) => elemType.getSubOptions([...prefix, "*"]),
    getSubModules: elemType.getSubModules,
    substSubModules: (m) => listOf(elemType.substSubModules(m)!),
    functor: elemTypeFunctor("listOf", { elemType }, (p) => listOf(p.elemType)),
    nestedTypes: { elemType },
  });
}

export function nonEmptyListOf(elemType: OptionType): OptionType {
  const list = addCheck(listOf(elemType), (l) => (l as unknown[]).length > 0);
  return extendType(list, {
    description: `non-empty ${optionDescriptionPhrase((c) => c === "noun", list)}`,
    emptyValue: {},
    substSubModules: (m) => nonEmptyListOf(elemType.substSubModules(m)!),
  });
}

export interface AttrsWithOptions {
  elemType: OptionType;
  lazy?: boolean;
  placeholder?: string;
}

export function attrsWith(opts: AttrsWithOptions): OptionType {
  const { elemType } = opts;
  const lazy = opts.lazy ?? false;
  const placeholder = opts.placeholder ?? "name";
  const check = (x: unknown) => isAttrs(x);
  // zip the definitions by attribute name, keeping each entry lazy: each name's merge, names sorted
  const mergesByName = (loc: Loc, defs: readonly Definition[]): [string, MergedDefinitions][] => {
    const byName = new NameGroups<Definition>();
    for (let i = 0; i < defs.length; i++) {
      const v = defs[i].value as object;
      const names = Object.keys(v);
      for (let j = 0; j < names.length; j++) byName.add(names[j], lazyDefinition(defs[i].file, v, names[j]));
    }
    const names = sortNames(byName.names());
    const merges = new Array<[string, MergedDefinitions]>(names.length);
    for (let i = 0; i < names.length; i++) merges[i] = [names[i], mergeDefinitions(append(loc, names[i]), elemType, byName.get(names[i])!)];
    return merges;
  };
  const mergeAttrs = (merges: readonly [string, MergedDefinitions][]): AttrSet => {
    const out = newAttrSet(merges.length);
    for (let i = 0; i < merges.length; i++) {
      const [k, r] = merges[i];
      if (lazy) {
        setGetter(out, k, () =>
          r.isDefined ? r.mergedValue : "value" in elemType.emptyValue ? elemType.emptyValue.value : r.mergedValue,
        );
      } else if (r.isDefined) {
        setGetter(out, k, () => r.mergedValue);
      }
    }
    return out;
  };
  // valueMeta.attrs: each defined entry's own (every entry's, when lazy), as Nix's `evals`
  const entryMetas = (merges: readonly [string, MergedDefinitions][]): AttrSet => {
    const out: AttrSet = {};
    for (const [k, r] of merges) if (lazy || r.isDefined) setGetter(out, k, () => r.valueMeta);
    return out;
  };
  const mergeV2 = (loc: Loc, defs: readonly Definition[]): CheckedAndMerged => {
    let merges: [string, MergedDefinitions][] | undefined;
    const merged = () => (merges ??= mergesByName(loc, defs));
    return new LazyMerge(
      checkDefsForError(check, defs),
      () => mergeAttrs(merged()),
      () => ({ attrs: entryMetas(merged()) }),
    );
  };
  return mkOptionType({
    name: lazy ? "lazyAttrsOf" : "attrsOf",
    description: () => `${lazy ? "lazy attribute set" : "attribute set"} of ${optionDescriptionPhrase(nounOrComposite, elemType)}`,
    descriptionClass: "composite",
    check,
    mergeV2,
    emptyValue: { value: {} },
    getSubOptions: (prefix) => elemType.getSubOptions([...prefix, `<${placeholder}>`]),
    getSubModules: elemType.getSubModules,
    substSubModules: (m) => attrsWith({ elemType: elemType.substSubModules(m)!, lazy, placeholder }),
    functor: {
      name: "attrsWith",
      payload: { elemType, lazy, placeholder },
      type: ((p: AttrsWithOptions) => attrsWith(p)) as (p: never) => OptionType,
      binOp: ((a: Required<AttrsWithOptions>, b: Required<AttrsWithOptions>) => {
        const merged = a.elemType.typeMerge(b.elemType.functor);
        const lz = a.lazy === b.lazy ? a.lazy : null;
        const ph =
          a.placeholder === b.placeholder
            ? a.placeholder
            : a.placeholder === "name"
              ? b.placeholder
              : b.placeholder === "name"
                ? a.placeholder
                : null;
        return merged === null || lz === null || ph === null ? null : { elemType: merged, lazy: lz, placeholder: ph };
      }) as (a: never, b: never) => unknown,
    },
    nestedTypes: { elemType },
  });
}

/** A definition whose value is the attribute `k` of `obj`, read (once) when needed. */
export function lazyDefinition(file: string, obj: object, k: string): Definition {
  return new AttrDefinition(file, obj, k);
}

class AttrDefinition extends RememberedDefinition {
  constructor(
    file: string,
    private readonly obj: object,
    private readonly key: string,
  ) {
    super(file);
  }
  protected read(): unknown {
    return readAttr(this.obj, this.key);
  }
}

export const attrsOf = memoizedOn((elemType) => attrsWith({ elemType }));
export const lazyAttrsOf = memoizedOn((elemType) => attrsWith({ elemType, lazy: true }));

/** `types.loaOf`: deprecated since lists of attribute sets are no longer accepted; `attrsOf` under another name. */
export function loaOf(elemType: OptionType): OptionType {
  return extendType(attrsOf(elemType), {
    name: "loaOf",
    deprecationMessage:
      "Mixing lists with attribute values is no longer possible; please use `types.attrsOf` instead. See https://github.com/NixOS/nixpkgs/issues/1800 for the motivation.",
    nestedTypes: { elemType },
  });
}

export function unique(opts: { message: string }, type: OptionType): OptionType {
  return mkOptionType({
    name: "unique",
    description: () => type.description,
    descriptionClass: type.descriptionClass,
    check: type.check,
    merge: mergeUniqueOption({ message: opts.message, merge: type.merge }),
    emptyValue: type.emptyValue,
    getSubOptions: type.getSubOptions,
    getSubModules: type.getSubModules,
    substSubModules: (m) => uniq(type.substSubModules(m)!),
    functor: elemTypeFunctor("unique", { elemType: type }, (p) => unique(opts, p.elemType)),
    nestedTypes: { elemType: type },
  });
}

export const uniq = (type: OptionType) => unique({ message: "" }, type);

export const nullOr = memoizedOn(makeNullOr);

function makeNullOr(elemType: OptionType): OptionType {
  return mkOptionType({
    name: "nullOr",
    description: () => `null or ${optionDescriptionPhrase((c) => c === "noun" || c === "conjunction", elemType)}`,
    descriptionClass: "conjunction",
    check: (x) => x === null || elemType.check(x),
    merge: (loc, defs) => {
      const nulls = defs.filter((d) => d.value === null);
      if (nulls.length === 0) return elemType.merge(loc, defs);
      if (nulls.length === defs.length) return null;
      throw new OptionError(
        `The option \`${showOption(loc)}\` is defined both null and not null, in ${showFiles(getFiles(defs))}.`,
        loc,
        getFiles(defs),
      );
    },
    emptyValue: { value: null },
    getSubOptions: elemType.getSubOptions,
    getSubModules: elemType.getSubModules,
    substSubModules: (m) => nullOr(elemType.substSubModules(m)!),
    functor: elemTypeFunctor("nullOr", { elemType }, (p) => nullOr(p.elemType)),
    nestedTypes: { elemType },
  });
}

export function functionTo(elemType: OptionType): OptionType {
  return mkOptionType({
    name: "functionTo",
    description: () => `function that evaluates to a(n) ${optionDescriptionPhrase(nounOrComposite, elemType)}`,
    descriptionClass: "composite",
    check: isFunction,
    merge: (loc, defs) => {
      const f = (callerArgs: unknown) =>
        mergeDefinitions(
          [...loc, "<function body>"],
          elemType,
          defs.map((fn) => ({ file: fn.file, value: (fn.value as (a: unknown) => unknown)(callerArgs) })),
        ).mergedValue;
      // `__functionArgs`: an argument is optional only if every definition has a default for it
      const args: Record<string, boolean> = {};
      for (const d of defs) {
        for (const [k, hasDefault] of Object.entries(functionArgs(d.value))) {
          args[k] = (args[k] ?? true) && hasDefault;
        }
      }
      return Object.assign(f, { __functionArgs: args });
    },
    getSubOptions: (prefix) => elemType.getSubOptions([...prefix, "<function body>"]),
    getSubModules: elemType.getSubModules,
    substSubModules: (m) => functionTo(elemType.substSubModules(m)!),
    functor: elemTypeFunctor("functionTo", { elemType }, (p) => functionTo(p.elemType)),
    nestedTypes: { elemType },
  });
}

export function either(t1: OptionType, t2: OptionType): OptionType {
  const nounOrConj = (c: string | null) => c === "noun" || c === "conjunction";
  const description = () =>
    t1.descriptionClass === "nonRestrictiveClause"
      ? `${t1.description}, or ${optionDescriptionPhrase(nounOrConj, t2)}`
      : `${optionDescriptionPhrase(nounOrConj, t1)} or ${optionDescriptionPhrase((c) => nounOrConj(c) || c === "composite", t2)}`;
  const mergeV2 = (loc: Loc, defs: readonly Definition[]): CheckedAndMerged => {
    const r1 = checkedMerge(t1, loc, defs);
    if (r1.headError === null) return r1;
    const r2 = checkedMerge(t2, loc, defs);
    if (r2.headError === null) return r2;
    const message = `The option \`${showOption(loc)}\` is neither a value of type \`${t1.description}\` nor \`${t2.description}\`, Definition values:${showDefs(defs)}`;
    return {
      headError: { message },
      get value() {
        warn(
          `One or more definitions did not pass the type-check of the 'either' type.\n${message}\nIf \`either\`, \`oneOf\` or similar is used in freeformType, ensure that it is preceded by an 'attrsOf' such as: \`freeformType = types.attrsOf (types.either t1 t2)\`.\nOtherwise consider using the correct type for the option \`${showOption(loc)}\`.  This will be an error in Nixpkgs 26.05.\n`,
        );
        return mergeOneOption(loc, defs);
      },
    };
  };
  const functor: Functor = {
    name: "either",
    payload: { elemType: [t1, t2] },
    type: ((a: OptionType, b: OptionType) => either(a, b)) as unknown as (p: never) => OptionType,
    binOp: () => null,
  };
  return mkOptionType({
    name: "either",
    description,
    descriptionClass: "conjunction",
    check: (x) => t1.check(x) || t2.check(x),
    mergeV2,
    typeMerge: (f2) => {
      if (f2.name !== "either") return null;
      const [o1, o2] = (f2.payload as { elemType: OptionType[] }).elemType;
      const m1 = t1.typeMerge(o1.functor);
      const m2 = t2.typeMerge(o2.functor);
      return m1 !== null && m2 !== null ? either(m1, m2) : null;
    },
    functor,
    nestedTypes: { left: t1, right: t2 },
  });
}

export function oneOf(ts: readonly OptionType[]): OptionType {
  if (ts.length === 0) throw new EvalError("types.oneOf needs to get at least one type in its argument");
  return ts.slice(1).reduce((acc, t) => either(acc, t), ts[0]);
}

export function coercedTo(coercedType: OptionType, coerceFunc: (v: never) => unknown, finalType: OptionType): OptionType {
  if (coercedType.getSubModules !== null) {
    throw new EvalError(`coercedTo: coercedType must not have submodules (it’s a ${coercedType.description})`);
  }
  const coerce = coerceFunc as (v: unknown) => unknown;
  const check = (x: unknown) => (coercedType.check(x) && finalType.check(coerce(x))) || finalType.check(x);
  const mergeV2 = (loc: Loc, defs: readonly Definition[]): CheckedAndMerged => {
    const finalDefs = defs.map((def) => ({
      file: def.file,
      get value() {
        return checkedMerge(coercedType, loc, [def]).headError === null ? coerce(def.value) : def.value;
      },
    }));
    return finalType.mergeV2 !== undefined
      ? checkedMerge(finalType, loc, finalDefs)
      : new LazyMerge(checkDefsForError(check, defs), () => finalType.merge(loc, finalDefs));
  };
  return mkOptionType({
    name: "coercedTo",
    description: () =>
      `${optionDescriptionPhrase((c) => c === "noun", finalType)} or ${optionDescriptionPhrase((c) => c === "noun", coercedType)} convertible to it`,
    check,
    mergeV2,
    emptyValue: finalType.emptyValue,
    getSubOptions: finalType.getSubOptions,
    getSubModules: finalType.getSubModules,
    substSubModules: (m) => coercedTo(coercedType, coerceFunc, finalType.substSubModules(m)!),
    typeMerge: () => null,
    functor: defaultFunctor("coercedTo"),
    nestedTypes: { coercedType, finalType },
  });
}

/** `anything`: merges attribute sets recursively, functions by their results, other values must be equal. */
export const anything: OptionType = mkOptionType({
  name: "anything",
  description: "anything",
  descriptionClass: "noun",
  check: () => true,
  merge: (loc, defs) => {
    refuseUnrepresentable(loc, defs);
    const kind = (v: unknown) => (isAttrs(v) && isStringLike(v) ? "stringCoercibleSet" : typeOf(v));
    const common = kind(defs[0].value);
    for (const d of defs) {
      if (kind(d.value) !== common) {
        throw new OptionError(
          `The option \`${showOption(loc)}' has conflicting option types in ${showFiles(getFiles(defs))}`,
          loc,
          getFiles(defs),
        );
      }
    }
    if (common === "set") return attrsOf(anything).merge(loc, defs);
    if (common === "stringCoercibleSet") return mergeOneOption(loc, defs);
    if (common === "lambda") {
      return (arg: unknown) =>
        anything.merge(
          [...loc, "<function body>"],
          defs.map((d) => ({ file: d.file, value: (d.value as (a: unknown) => unknown)(arg) })),
        );
    }
    return mergeEqualOption(loc, defs);
  },
});

/** `types.pkgs`: a Nixpkgs package set, kept as is. */
export const pkgs = addCheck(
  extendType(unique({ message: "A Nixpkgs pkgs set can not be merged with another pkgs set." }, attrs), {
    name: "pkgs",
    descriptionClass: "noun",
    description: "Nixpkgs package set",
  }),
  (x) => isAttrs(x) && x._type === "pkgs",
);


/**
 * `types.serializableValueWith { typeName, nullable }`: a value JSON/TOML-like
 * formats hold (booleans, numbers, strings, paths, attribute sets and lists of
 * such values, null when nullable), described as `<typeName> value`.
 */
export function serializableValueWith(opts: { typeName: string; nullable?: boolean }): OptionType {
  // the type refers to itself: its attribute sets and lists hold the same type
  const self = {} as OptionType;
  // what the outer types' descriptions read while they are built (nullOr and oneOf are both conjunctions)
  Object.defineProperties(self, {
    description: { value: `${opts.typeName} value`, configurable: true, enumerable: true },
    descriptionClass: { value: "conjunction", configurable: true, enumerable: true },
  });
  const base = oneOf([bool, int, float, str, path, attrsOf(self), listOf(self)]);
  const valueType = extendType(opts.nullable ?? true ? nullOr(base) : base, { description: `${opts.typeName} value` });
  Object.defineProperties(self, Object.getOwnPropertyDescriptors(valueType));
  return self;
}
