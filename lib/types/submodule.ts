/**
 * Types whose values are modules: `submoduleWith`, `submodule`,
 * `deferredModule`, and `optionType` (a type as a value).
 */
import { evalModules, type Module } from "../modules/eval-modules.js";
import { setDefaultModuleLocation } from "../modules/module-location.js";
import { noOptions, normalModule } from "../modules/collect.js";
import { fixupOptionType, mergeOptionDecls } from "../modules/option-decls.js";
import { type Definition, mkOption, showOption } from "../options.js";
import { mkForce, mkOptionDefault } from "../properties.js";
import { EvalError } from "../errors.js";
import { type AttrSet, isAttrs, isFunction } from "../values.js";
import { lazy } from "../modules/fixpoint.js";
import { path } from "./primitives.js";
import {
  type CheckedAndMerged,
  checkDefsForError,
  LazyMerge,
  defaultFunctor,
  type Loc,
  mkOptionType,
  optionDescriptionPhrase,
  type OptionType,
} from "./type.js";

/** Added to documentation evaluations: undeclared definitions are not errors there. */
export const noCheckForDocsModule = {
  _file: "<built-in module that disables checks for the purpose of documentation generation>",
  config: { _module: { check: mkForce(false) } },
};

export interface SubmoduleWithOptions {
  modules: readonly unknown[];
  specialArgs?: AttrSet;
  /** true: an attribute-set value is all config (like `types.submodule`); null: whatever others declare. */
  shorthandOnlyDefinesConfig?: boolean | null;
  description?: string | null;
  class?: string | null;
}

// the empty parts of the modules built below, shared (collection only reads them)
const none = Object.freeze([]) as unknown as unknown[];
const emptyAttrs = Object.freeze({});

/**
 * The key of the module at position `i` of a submodule value's module list,
 * made once per position. Nix gives these modules no key, so they are told
 * apart by position: a value of a configuration's own `moduleType` nested in
 * another value has both values' name and definition modules, all kept.
 */
const positionKeys: string[] = [];
const positionKey = (i: number): string => (positionKeys[i] ??= `<submodule module ${i + 1}>`);

/** `{ _module.args.name = name; }`, normalised, at position `i`. */
const nameModule = (name: string, i: number) =>
  normalModule({
    _file: "<unknown-file>",
    _class: null,
    key: positionKey(i),
    disabledModules: none,
    imports: none,
    options: noOptions,
    config: { _module: { args: { name } } },
  });

const isModuleValue = (x: unknown) => isAttrs(x) || isFunction(x) || path.check(x);

export function submoduleWith(opts: SubmoduleWithOptions): OptionType {
  const modules = [...opts.modules];
  const specialArgs = opts.specialArgs ?? {};
  const shorthand = opts.shorthandOnlyDefinesConfig ?? false;
  const cls = opts.class ?? null;
  // `base` in Nix: the modules alone, `name` defaulting to "‹name›"
  const baseModules: Module[] = [{ _module: { args: { name: mkOptionDefault("‹name›") } } }, ...(modules as Module[])];
  /**
   * The modules of the value `name`: the base modules, the name, and the
   * definitions as modules (already normalised: no need to re-check their
   * shape). Built in one array: this runs for every submodule value.
   */
  const valueModules = (name: string, defs: readonly Definition[]): Module[] => {
    const list = new Array<Module>(baseModules.length + 1 + defs.length);
    let n = 0;
    for (let i = 0; i < baseModules.length; i++) list[n++] = baseModules[i];
    list[n] = nameModule(name, n);
    n++;
    for (let i = 0; i < defs.length; i++, n++) {
      const { value, file } = defs[i];
      const shorthandConfig = shorthand && isAttrs(value);
      list[n] = normalModule({
        _file: file,
        _class: null,
        key: positionKey(n),
        disabledModules: none,
        imports: shorthandConfig ? none : [value],
        options: noOptions,
        config: shorthandConfig ? value : emptyAttrs,
      });
    }
    return list;
  };
  const base = lazy("", () => evalModules({ class: cls, specialArgs, modules: baseModules, moduleArgName: "‹name›" }));
  const freeformType = () => base()._module.freeformType as OptionType | null;

  const mergeV2 = (loc: Loc, defs: readonly Definition[]): CheckedAndMerged => {
    const name = loc[loc.length - 1];
    // what `base.extendModules { … }` evaluates, without evaluating `base` itself first
    const configuration = lazy("", () =>
      evalModules({
        class: cls,
        specialArgs,
        modules: valueModules(name, defs),
        prefix: loc,
        moduleArgName: name,
      }),
    );
    return new LazyMerge(
      checkDefsForError(isModuleValue, defs),
      () => configuration().config,
      () => ({ configuration: configuration() }),
    );
  };

  const t = mkOptionType({
    name: "submodule",
    check: isModuleValue,
    mergeV2,
    getSubOptions: (prefix) => {
      const docsEval = base().extendModules({ prefix, modules: [noCheckForDocsModule] });
      const ft = docsEval._module.freeformType as OptionType | null;
      const options = { ...docsEval.options } as AttrSet;
      if (ft !== null) options._freeformOptions = ft.getSubOptions(prefix);
      return options;
    },
    getSubModules: modules,
    substSubModules: (m) => submoduleWith({ ...opts, modules: m }),
    functor: {
      ...defaultFunctor("submodule"),
      type: ((p: SubmoduleWithOptions) => submoduleWith(p)) as (p: never) => OptionType,
      // an explicit null ("whatever the other declarations say") stays null, as Nix's `? false` default leaves it
      payload: {
        modules,
        class: cls,
        specialArgs,
        shorthandOnlyDefinesConfig: opts.shorthandOnlyDefinesConfig === undefined ? false : opts.shorthandOnlyDefinesConfig,
        description: opts.description ?? null,
      },
      binOp: mergeSubmodulePayloads as (a: never, b: never) => unknown,
    },
  });
  // the description and the empty value need an evaluation: compute them only when asked
  Object.defineProperties(t, {
    description: {
      enumerable: true,
      get: lazy("", () => {
        if (opts.description !== undefined && opts.description !== null) return opts.description;
        const docsEval = base().extendModules({ modules: [noCheckForDocsModule] });
        const ft = docsEval._module.freeformType as OptionType | null;
        return ft !== null && ft !== undefined
          ? `open submodule of ${optionDescriptionPhrase((c) => c === "noun" || c === "composite", ft)}`
          : "submodule";
      }),
    },
    emptyValue: {
      enumerable: true,
      get: () => ({
        get value() {
          return base().config;
        },
      }),
    },
    nestedTypes: {
      enumerable: true,
      get: () => {
        const ft = freeformType();
        return ft === null ? {} : { freeformType: ft };
      },
    },
  });
  return t;
}

interface SubmodulePayload {
  modules: unknown[];
  class: string | null;
  specialArgs: AttrSet;
  shorthandOnlyDefinesConfig: boolean | null;
  description: string | null;
}

function mergeSubmodulePayloads(lhs: SubmodulePayload, rhs: SubmodulePayload): SubmodulePayload {
  const pick = <T>(a: T | null, b: T | null, what: string): T | null => {
    if (a === null) return b;
    if (b === null) return a;
    if (a === b) return a;
    throw new EvalError(what);
  };
  const intersecting = Object.keys(lhs.specialArgs).filter((k) => Object.hasOwn(rhs.specialArgs, k));
  if (intersecting.length > 0) {
    throw new EvalError(
      `A submoduleWith option is declared multiple times with the same specialArgs "${intersecting.join(" ")}"`,
    );
  }
  return {
    class: pick(lhs.class, rhs.class, `A submoduleWith option is declared multiple times with conflicting class values "${lhs.class}" and "${rhs.class}".`),
    modules: [...lhs.modules, ...rhs.modules],
    specialArgs: { ...lhs.specialArgs, ...rhs.specialArgs },
    shorthandOnlyDefinesConfig: pick(
      lhs.shorthandOnlyDefinesConfig,
      rhs.shorthandOnlyDefinesConfig,
      "A submoduleWith option is declared multiple times with conflicting shorthandOnlyDefinesConfig values",
    ),
    description: pick(lhs.description, rhs.description, "A submoduleWith option is declared multiple times with conflicting descriptions"),
  };
}

/** `types.submodule m`: an attribute-set value is the config of the module(s) `m`. */
export function submodule(modules: unknown): OptionType {
  return submoduleWith({ shorthandOnlyDefinesConfig: true, modules: Array.isArray(modules) ? modules : [modules] });
}

export function deferredModuleWith(attrs: { staticModules?: readonly unknown[] } = {}): OptionType {
  const staticModules = [...(attrs.staticModules ?? [])];
  const docs = () => submoduleWith({ modules: staticModules });
  return mkOptionType({
    name: "deferredModule",
    description: "module",
    descriptionClass: "noun",
    check: isModuleValue,
    merge: (loc, defs) => ({
      imports: [
        ...staticModules,
        ...defs.map((def) => setDefaultModuleLocation(`${def.file}, via option ${showOption(loc)}`, def.value)),
      ],
    }),
    getSubOptions: (prefix) => docs().getSubOptions(prefix),
    getSubModules: staticModules,
    substSubModules: (m) => deferredModuleWith({ ...attrs, staticModules: m }),
    functor: {
      ...defaultFunctor("deferredModuleWith"),
      type: ((p: { staticModules: unknown[] }) => deferredModuleWith(p)) as (p: never) => OptionType,
      payload: { staticModules },
      binOp: ((a: { staticModules: unknown[] }, b: { staticModules: unknown[] }) => ({
        staticModules: [...a.staticModules, ...b.staticModules],
      })) as (a: never, b: never) => unknown,
    },
  });
}

export const deferredModule = deferredModuleWith();

/** `types.optionType`: a type as a value; several definitions merge like several declarations. */
export const optionType = mkOptionType({
  name: "optionType",
  description: "optionType",
  descriptionClass: "noun",
  check: (x) => isAttrs(x) && x._type === "option-type",
  merge: (loc, defs) => {
    if (defs.length === 1) return defs[0].value;
    const decls = defs.map(({ value, file }) => ({ _file: file, options: mkOption({ type: value as OptionType }) }));
    return fixupOptionType(mergeOptionDecls(loc, decls)).type;
  },
});

