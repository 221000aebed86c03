/**
 * Module collection (nixpkgs `collectModules`): modules are normalised
 * (`unifyModuleSyntax`), functions are called with their arguments,
 * `imports` are followed breadth-first, duplicates are dropped by `key`
 * and `disabledModules` are removed.
 */
import { ModuleStructureError } from "../errors.js";
import { showDefs } from "../options.js";
import { mkMerge, typeTag } from "../properties.js";
import { type AttrSet, copyAttrs, hasOwn, isAttrs, isFunction, isList, isString, typeOf } from "../values.js";

export const unknownModule = "<unknown-file>";

/** The options of a module that declares none (shared: nothing writes to it, and merging skips it). */
export const noOptions: object = Object.freeze({});

/** A module after normalisation. */
export interface NormalModule {
  [field: string]: unknown;
  _file: string;
  _class: string | null;
  key: string;
  disabledModules: unknown[];
  imports: unknown[];
  options: unknown;
  config: unknown;
}

const moduleAttrs = ["_class", "_file", "key", "disabledModules", "imports", "options", "config", "meta", "freeformType"];
const shorthandRemoved = ["_class", "_file", "key", "disabledModules", "require", "imports", "freeformType"];

/** `unifyModuleSyntax file key m`. */
export function unifyModuleSyntax(file: string, key: string, m: AttrSet): NormalModule {
  const addMeta = (config: unknown) => (hasOwn(m, "meta") ? mkMerge([config, { meta: m.meta }]) : config);
  const addFreeformType = (config: unknown) =>
    hasOwn(m, "freeformType") ? mkMerge([config, { _module: { freeformType: m.freeformType } }]) : config;
  const common = {
    _file: hasOwn(m, "_file") ? String(m._file) : file,
    _class: hasOwn(m, "_class") ? (m._class as string | null) : null,
    key: hasOwn(m, "key") ? String(m.key) : key,
    disabledModules: hasOwn(m, "disabledModules") ? (m.disabledModules as unknown[]) : [],
  };
  if (hasOwn(m, "config") || hasOwn(m, "options")) {
    const bad = Object.keys(m).filter((k) => !moduleAttrs.includes(k));
    if (bad.length > 0) {
      throw new ModuleStructureError(
        `Module \`${key}' has an unsupported attribute \`${bad.sort()[0]}'. This is caused by introducing a top-level \`config' or \`options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${bad.sort().join(" ")}) into the explicit \`config' attribute.`,
      );
    }
    return {
      ...common,
      imports: hasOwn(m, "imports") ? (m.imports as unknown[]) : [],
      options: hasOwn(m, "options") ? m.options : noOptions,
      config: addFreeformType(addMeta(hasOwn(m, "config") ? m.config : {})),
    };
  }
  return {
    ...common,
    imports: [...((m.require as unknown[] | undefined) ?? []), ...((m.imports as unknown[] | undefined) ?? [])],
    options: noOptions,
    config: addFreeformType(copyAttrs(m, shorthandRemoved)),
  };
}

/** Calls module functions with their arguments; see `evalModules` for how arguments resolve. */
export type ModuleCaller = (key: string, file: string, f: (args: never) => unknown) => unknown;

/** A module the module system builds itself, already in normal form: collection skips `unifyModuleSyntax`. */
// its fields are NormalModule's, declared by merging this interface with the class rather than restated
interface BuiltModule extends NormalModule {}
class BuiltModule {
  constructor(fields: NormalModule) {
    this._file = fields._file;
    this._class = fields._class;
    this.key = fields.key;
    this.disabledModules = fields.disabledModules;
    this.imports = fields.imports;
    this.options = fields.options;
    this.config = fields.config;
  }
}

export function normalModule(fields: NormalModule): NormalModule {
  return new BuiltModule(fields);
}

function loadModule(call: ModuleCaller, fallbackFile: string, fallbackKey: string, m: unknown): NormalModule {
  if (m instanceof BuiltModule) return m;
  if (isFunction(m)) {
    const result = call(fallbackKey, fallbackFile, m as (args: never) => unknown);
    return loadModule(call, fallbackFile, fallbackKey, result);
  }
  if (isAttrs(m)) {
    const tag = typeTag(m);
    if (tag === undefined || tag === "module") return unifyCached(fallbackFile, fallbackKey, m);
    if (tag === "if" || tag === "override") return unifyModuleSyntax(fallbackFile, fallbackKey, { config: m });
    throw new ModuleStructureError(
      `Expected a module, but found a value of type ${JSON.stringify(tag)}, while trying to load a module into ${JSON.stringify(fallbackFile)}.`,
    );
  }
  if (isList(m)) {
    throw new ModuleStructureError(
      `Module imports can't be nested lists. Perhaps you meant to remove one level of lists? Definitions: ${showDefs([{ file: fallbackFile, value: m }])}`,
    );
  }
  if (isString(m)) {
    throw new ModuleStructureError(
      `module ${fallbackFile} (${fallbackKey}) imports the path \`${m}': load path modules before evaluation (e.g. with the CLI's loader) and import the module value.`,
    );
  }
  throw new ModuleStructureError(`module ${fallbackFile} (${fallbackKey}) does not look like a module.`);
}

/**
 * Normalising an attribute-set module gives the same result every time, and
 * submodules re-collect their modules for every value: remember the result.
 */
const unified = new WeakMap<object, Map<string, Map<string, NormalModule>>>();

function unifyCached(file: string, key: string, m: AttrSet): NormalModule {
  let byFile = unified.get(m);
  if (byFile === undefined) unified.set(m, (byFile = new Map()));
  let byKey = byFile.get(file);
  if (byKey === undefined) byFile.set(file, (byKey = new Map()));
  let n = byKey.get(key);
  if (n === undefined) byKey.set(key, (n = unifyModuleSyntax(file, key, m)));
  return n;
}

interface Structured {
  key: string;
  module: NormalModule;
  modules: Structured[];
}

const noStructured: Structured[] = [];

/** Collects modules in nixpkgs' order (breadth-first, unique by key, disabled ones removed). */
export function collectModules(
  cls: string | null,
  modulesPath: string,
  initial: readonly unknown[],
  call: ModuleCaller,
): NormalModule[] {
  return new Collection(cls, call).collect(modulesPath, initial);
}

/** One collection: a class rather than closures, as a submodule collects its modules for every value. */
class Collection {
  readonly #disabled: { file: string; disabled: unknown[] }[] = [];

  constructor(
    private readonly cls: string | null,
    private readonly call: ModuleCaller,
  ) {}

  collect(modulesPath: string, initial: readonly unknown[]): NormalModule[] {
    const roots = this.#structuredList(unknownModule, "", initial);
    const disabled = this.#disabled;
    const disabledKeys =
      disabled.length === 0
        ? null
        : new Set(disabled.flatMap(({ file, disabled: ds }) => ds.map((d) => disabledKey(modulesPath, file, d))));

    // builtins.genericClosure: a FIFO work list, first occurrence of each key wins (its imports
    // are not followed again); a short list (a submodule value's) is searched rather than given a Set
    const queue: Structured[] = [];
    for (let i = 0; i < roots.length; i++) if (disabledKeys === null || !disabledKeys.has(roots[i].key)) queue.push(roots[i]);
    const out: NormalModule[] = [];
    let seen: Set<string> | null = null;
    for (let i = 0; i < queue.length; i++) {
      const s = queue[i];
      if (seen === null && out.length > 8) seen = new Set(out.map((m) => m.key));
      if (seen !== null ? seen.has(s.key) : hasKey(out, s.key)) continue;
      seen?.add(s.key);
      out.push(s.module);
      const children = s.modules;
      for (let j = 0; j < children.length; j++) if (disabledKeys === null || !disabledKeys.has(children[j].key)) queue.push(children[j]);
    }
    return out;
  }

  #structuredList(parentFile: string, parentKey: string, mods: readonly unknown[]): Structured[] {
    const out = new Array<Structured>(mods.length);
    for (let i = 0; i < mods.length; i++) {
      const module = this.#load(parentFile, parentKey, mods[i], i);
      const modules = module.imports.length === 0 ? noStructured : this.#structuredList(module._file, module.key, module.imports);
      out[i] = { key: module.key, module, modules };
    }
    return out;
  }

  #load(parentFile: string, parentKey: string, x: unknown, i: number): NormalModule {
    const cls = this.cls;
    // a built module has its key: no fallback key to make (submodules build several per value)
    const module = x instanceof BuiltModule ? x : loadModule(this.call, parentFile, `${parentKey}:anon-${i + 1}`, x);
    if (cls !== null && module._class !== null && module._class !== cls) {
      throw new ModuleStructureError(
        `The module \`${module._file || module.key}\` (class: ${JSON.stringify(module._class)}) cannot be imported into a module evaluation that expects class ${JSON.stringify(cls)}.\n\nHelp:\n- Ensure that you are importing the correct module.\n- Verify that the module's \`_class\`, ${JSON.stringify(module._class)} matches the expected \`class\` ${JSON.stringify(cls)}.\n- If you are using a custom class, make sure it is correctly defined and used consistently across your modules.`,
      );
    }
    if (module.disabledModules.length > 0) this.#disabled.push({ file: module._file, disabled: module.disabledModules });
    return module;
  }
}

function hasKey(modules: readonly NormalModule[], key: string): boolean {
  for (let i = 0; i < modules.length; i++) if (modules[i].key === key) return true;
  return false;
}

function disabledKey(modulesPath: string, file: string, m: unknown): string {
  if (isString(m)) return m.startsWith("/") ? m : `${modulesPath}/${m}`;
  if (isAttrs(m) && hasOwn(m, "key")) return String(m.key);
  if (isAttrs(m)) {
    throw new ModuleStructureError(
      `Module \`${file}\` contains a disabledModules item that is an attribute set, presumably a module, that does not have a \`key\` attribute. This means that the module system doesn't have any means to identify the module that should be disabled. Make sure that you've put the correct value in disabledModules: a string path relative to modulesPath, a path value, or an attribute set with a \`key\` attribute.`,
    );
  }
  throw new ModuleStructureError(
    `Each disabledModules item must be a path, string, or a attribute set with a key attribute, or a value supported by toString. However, one of the disabledModules items in \`${file}\` is none of that, but is of type ${typeOf(m)}.`,
  );
}
