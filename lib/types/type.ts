/**
 * The option-type record (nixpkgs `mkOptionType`): every type in the
 * catalogue is one value of this interface.
 */
import { OptionError } from "../errors.js";
import type { Definition } from "../options.js";
import { mergeDefaultOption, showDefs, showOption } from "../options.js";

export type Loc = readonly string[];
export type MergeFn = (loc: Loc, defs: readonly Definition[]) => unknown;

/**
 * The result of a v2 merge: the value, or the first type error found
 * (`headError`), and what the type tells about how it got the value
 * (`valueMeta`: `list`/`attrs` of the elements' own, a submodule's
 * `configuration`; none is `{}`), read only when read.
 */
export interface CheckedAndMerged {
  headError: { message: string } | null;
  value: unknown;
  readonly valueMeta?: object;
}

/**
 * A v2 merge result whose value is computed when read. A class: an object
 * literal with a getter is several times slower to make, and one is made
 * for every list, attribute set and submodule value.
 */
export class LazyMerge implements CheckedAndMerged {
  constructor(
    readonly headError: { message: string } | null,
    private readonly compute: () => unknown,
    private readonly meta?: () => object,
  ) {}
  get value(): unknown {
    return this.compute();
  }
  get valueMeta(): object {
    return this.meta === undefined ? {} : this.meta();
  }
}

/** How a type is rebuilt when two declarations of one option are merged. */
export interface Functor {
  name: string;
  type: ((payload: never) => OptionType) | OptionType | null;
  payload: unknown;
  binOp: (a: never, b: never) => unknown;
  /** For wrapper functors (listOf, attrsOf, …): the element types' functors are merged by binOp. */
}

/**
 * A type's `check`. One made with the type's v2 merge carries
 * `isV2MergeCoherent` (Nix's `check.isV2MergeCoherent`); a `check` put in
 * its place afterwards (`{ ...type, check }`, Nix's `type // { check }`)
 * does not, and the v2 merge would ignore it: {@link checkV2MergeCoherence}.
 */
export type TypeCheck = ((value: unknown) => boolean) & { readonly isV2MergeCoherent?: true };

/** `check` marked as the one the type's v2 merge agrees with. */
export function coherentCheck(check: (value: unknown) => boolean): TypeCheck {
  return Object.assign((value: unknown) => check(value), { isV2MergeCoherent: true as const });
}

// what the module system's copy of the check (modules.nix) adds to the types' one (types.nix)
const mixedVersionsNote = `

Alternatively, this message may also occur as false positive when mixing Nixpkgs
versions, if one Nixpkgs is between 83fed2e6..58696117 (Aug 28 - Oct 28 2025)`;

/**
 * Nix's `checkV2MergeCoherence`: refuses a type with a v2 merge whose
 * `check` was replaced by an ad-hoc override, which its merge would ignore.
 */
export function checkV2MergeCoherence(loc: Loc, type: OptionType, from: "module system" | "types" = "types"): void {
  if ((type.check as TypeCheck).isV2MergeCoherent === true) return;
  throw new OptionError(
    `The option \`${showOption(loc)}' has a type \`${type.description}' that uses
an ad-hoc \`type // { check = ...; }' override, which is incompatible with
the v2 merge mechanism.

Please use \`lib.types.addCheck\` instead of \`type // { check }' to add
custom validation. For example:

  lib.types.addCheck baseType (value: /* your check */)

instead of:

  baseType // { check = value: /* your check */; }${from === "module system" ? mixedVersionsNote : ""}`,
    loc,
  );
}

export interface OptionType {
  readonly _type: "option-type";
  readonly name: string;
  readonly description: string;
  readonly descriptionClass: string | null;
  check(value: unknown): boolean;
  merge: MergeFn;
  /** Nix's `merge.v2`: checks and merges in one pass; types without it check each definition first. */
  readonly mergeV2?: (loc: Loc, defs: readonly Definition[]) => CheckedAndMerged;
  /** `{ value }` when the type has a value without any definition ([] for lists, …), else `{}`. */
  readonly emptyValue: { value?: unknown };
  getSubOptions(prefix: Loc): Record<string, unknown>;
  readonly getSubModules: readonly unknown[] | null;
  substSubModules(modules: readonly unknown[]): OptionType | null;
  typeMerge(f: Functor): OptionType | null;
  readonly functor: Functor;
  readonly deprecationMessage: string | null;
  readonly nestedTypes: Readonly<Record<string, OptionType>>;
}

export interface OptionTypeSpec {
  name: string;
  /** A function is called once, when the description is first read (it may need an evaluation). */
  description?: string | null | (() => string);
  descriptionClass?: string | null;
  check?: (value: unknown) => boolean;
  merge?: MergeFn;
  mergeV2?: (loc: Loc, defs: readonly Definition[]) => CheckedAndMerged;
  emptyValue?: { value?: unknown };
  getSubOptions?: (prefix: Loc) => Record<string, unknown>;
  getSubModules?: readonly unknown[] | null;
  substSubModules?: (modules: readonly unknown[]) => OptionType | null;
  typeMerge?: (f: Functor) => OptionType | null;
  functor?: Functor;
  deprecationMessage?: string | null;
  nestedTypes?: Record<string, OptionType>;
}

/** `lib.types.isType name x`: whether `x` is tagged `_type = name`. */
export function isType(name: string, x: unknown): boolean {
  return x !== null && typeof x === "object" && (x as { _type?: unknown })._type === name;
}

/** `lib.isOptionType x`: whether `x` is an option type (made by mkOptionType). */
export const isOptionType = (x: unknown): x is OptionType => isType("option-type", x);

/** `lib.setType name value`: `value` tagged `_type = name` (a copy; its getters stay getters). */
export function setType<T extends object>(name: string, value: T): T & { readonly _type: string } {
  const out = Object.defineProperties({}, Object.getOwnPropertyDescriptors(value)) as T & { _type: string };
  Object.defineProperty(out, "_type", { value: name, enumerable: true, writable: true, configurable: true });
  return out;
}

/** A functor for a type without parameters: merges only with the same type. */
export function defaultFunctor(name: string, type: OptionType | null = null): Functor {
  return { name, type, payload: null, binOp: () => null };
}

/** Nix's `defaultTypeMerge`: same name, and payloads merged by binOp (if any). */
export function defaultTypeMerge(f: Functor, f2: Functor): OptionType | null {
  if (f.name !== f2.name) return null;
  if (f.payload !== null && f.payload !== undefined) {
    const merged = (f.binOp as (a: unknown, b: unknown) => unknown)(f.payload, f2.payload);
    if (merged === null || merged === undefined) return null;
    return (f.type as (p: unknown) => OptionType)(merged);
  }
  return typeof f.type === "function" ? null : f.type;
}

/** `mkOptionType { … }`: a type record with Nix's defaults. */
export function mkOptionType(spec: OptionTypeSpec): OptionType {
  const functor = spec.functor ?? defaultFunctor(spec.name);
  const t: OptionType = {
    _type: "option-type",
    name: spec.name,
    description: typeof spec.description === "string" ? spec.description : spec.name,
    descriptionClass: spec.descriptionClass ?? null,
    check: spec.mergeV2 !== undefined ? coherentCheck(spec.check ?? (() => true)) : (spec.check ?? (() => true)),
    merge: spec.merge ?? (spec.mergeV2 !== undefined ? mergeFromV2(spec.mergeV2) : mergeDefaultOption),
    ...(spec.mergeV2 === undefined ? {} : { mergeV2: spec.mergeV2 }),
    emptyValue: spec.emptyValue ?? {},
    getSubOptions: spec.getSubOptions ?? (() => ({})),
    getSubModules: spec.getSubModules ?? null,
    substSubModules: spec.substSubModules === undefined ? () => null : rememberSubstitutions(spec.substSubModules),
    typeMerge: spec.typeMerge ?? ((f2) => defaultTypeMerge(t.functor, f2)),
    functor,
    deprecationMessage: spec.deprecationMessage ?? null,
    nestedTypes: spec.nestedTypes ?? {},
  };
  if (functor.type === null) functor.type = t;
  const describe = spec.description;
  if (typeof describe === "function") {
    let text: string | undefined;
    Object.defineProperty(t, "description", { enumerable: true, get: () => (text ??= describe()) });
  }
  return t;
}

/**
 * `substSubModules`, remembering its last results: every option declared
 * with one submodule type in one file gets one type (with one set of caches),
 * not a fresh copy per option. Types are values, so sharing them is safe.
 */
function rememberSubstitutions(subst: (modules: readonly unknown[]) => OptionType | null) {
  const remembered: { modules: readonly unknown[]; type: OptionType | null }[] = [];
  return (modules: readonly unknown[]): OptionType | null => {
    for (const r of remembered) {
      if (r.modules.length === modules.length && r.modules.every((m, i) => m === modules[i])) return r.type;
    }
    const type = subst(modules);
    if (remembered.length === 8) remembered.shift();
    remembered.push({ modules: [...modules], type });
    return type;
  };
}

/** Like `type // { … }` in Nix: a copy of a type with some fields replaced. */
export function extendType(t: OptionType, fields: Partial<Omit<OptionTypeSpec, "description">> & { description?: string }): OptionType {
  const out = { ...t, ...fields } as OptionType;
  if (fields.typeMerge === undefined && fields.functor === undefined) {
    // `//` keeps the old typeMerge closure (bound to the old functor), as in Nix
    Object.assign(out, { typeMerge: t.typeMerge });
  }
  return out;
}

function mergeFromV2(v2: (loc: Loc, defs: readonly Definition[]) => CheckedAndMerged): MergeFn {
  return (loc, defs) => v2(loc, defs).value;
}

/** `optionDescriptionPhrase`: the type's description, parenthesised unless its class fits. */
export function optionDescriptionPhrase(unparenthesize: (cls: string | null) => boolean, t: OptionType): string {
  return unparenthesize(t.descriptionClass) ? t.description : `(${t.description})`;
}

/** The definitions whose value fails `check`, or undefined when all pass (no list made then). */
export function failingDefinitions(check: (v: unknown) => boolean, defs: readonly Definition[]): Definition[] | undefined {
  let invalid: Definition[] | undefined;
  for (let i = 0; i < defs.length; i++) if (!check(defs[i].value)) (invalid ??= []).push(defs[i]);
  return invalid;
}

/** `checkDefsForError`: the v2 head error for definitions failing `check`. */
export function checkDefsForError(
  check: (v: unknown) => boolean,
  defs: readonly Definition[],
): { message: string } | null {
  const invalid = failingDefinitions(check, defs);
  return invalid === undefined ? null : { message: `Definition values:${showDefs(invalid)}` };
}

/** Runs a type's v2 merge, or emulates it for a type without one. */
export function checkedMerge(t: OptionType, loc: Loc, defs: readonly Definition[]): CheckedAndMerged {
  if (t.mergeV2 !== undefined) {
    checkV2MergeCoherence(loc, t);
    return t.mergeV2(loc, defs);
  }
  return new LazyMerge(
    checkDefsForError((v) => t.check(v), defs),
    () => t.merge(loc, defs),
  );
}

/**
 * `types.addCheck t check`: `t` with an extra check. As in Nix, a v2 type
 * keeps its merge and reports the extra check's failures as its head error.
 */
export function addCheck(elemType: OptionType, check: (v: unknown) => boolean): OptionType {
  const fullCheck = (x: unknown) => elemType.check(x) && check(x);
  if (elemType.mergeV2 !== undefined) {
    const mergeV2 = (loc: Loc, defs: readonly Definition[]): CheckedAndMerged => {
      const orig = checkedMerge(elemType, loc, defs);
      return new LazyMerge(
        orig.headError ?? checkDefsForError(check, defs),
        () => orig.value,
        () => orig.valueMeta ?? {},
      );
    };
    return extendType(elemType, { check: coherentCheck(fullCheck), mergeV2, merge: mergeFromV2(mergeV2) });
  }
  return extendType(elemType, { check: fullCheck });
}
