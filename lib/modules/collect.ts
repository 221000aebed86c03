/**
 * Module collection (nixpkgs `collectModules`): modules are normalised
 * (`unifyModuleSyntax`), functions are called with their arguments,
 * `imports` are followed breadth-first, duplicates are dropped by `key`
 * and `disabledModules` are removed.
 */
import { ModuleStructureError } from "../errors.js";
import { showDefs, showOption } from "../options.js";
import { mkMerge, typeTag } from "../properties.js";
import { nixToString } from "../strings.js";
import { forceLazyArgument } from "./lazy-argument.js";
import { type AttrSet, copyAttrs, hasOwn, isAttrs, isFunction, isList, isString, nixTypeWithArticle, typeOf } from "../values.js";

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
    imports: shorthandImports(m.require ?? [], m.imports ?? []) as unknown[],
    options: noOptions,
    config: addFreeformType(copyAttrs(m, shorthandRemoved)),
  };
}

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

/** `m.require or [] ++ m.imports or []`; a value that is not a list is kept for collection to report. */
function shorthandImports(require: unknown, imports: unknown): unknown {
  if (!isList(require)) return require;
  if (!isList(imports)) return imports;
  return require.length === 0 ? imports : [...require, ...imports];
}

function loadModule(host: CollectionHost, fallbackFile: string, fallbackKey: string, x: unknown): NormalModule {
  if (x instanceof BuiltModule) return x;
  // a module argument given as a module (`imports = [ custom ]`) is needed now
  const m = forceLazyArgument(x);
  if (isFunction(m)) {
    const result = host.call(fallbackKey, fallbackFile, m as (args: never) => unknown);
    if (isThenable(result)) {
      throw new ModuleStructureError(
        `The module function of \`${fallbackFile === unknownModule ? fallbackKey : fallbackFile}' returned a Promise (is it \`async'?). A module must be returned as it is: await what it needs before \`evalModules', or read it lazily in a getter.`,
        [],
        [fallbackFile],
      );
    }
    return loadModule(host, fallbackFile, fallbackKey, result);
  }
  if (isAttrs(m)) {
    const tag = typeTag(m);
    if (tag === undefined || tag === "module") return unifyCached(fallbackFile, fallbackKey, m);
    if (tag === "if" || tag === "override") return unifyModuleSyntax(fallbackFile, fallbackKey, { config: m });
    throw new ModuleStructureError(notAModule(fallbackFile, host.prefix, tag, host.cls), [], [fallbackFile]);
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

const isThenable = (v: unknown): boolean =>
  v instanceof Promise || (isAttrs(v) && typeof (v as { then?: unknown }).then === "function");

/** Nix's `messages.not_a_module` (without its colours). */
function notAModule(fallbackFile: string, prefix: readonly string[], tag: unknown, cls: string | null): string {
  const into =
    (fallbackFile !== unknownModule ? `, while trying to load a module into ${fallbackFile}` : "") +
    (prefix.length > 0 ? `, while trying to load a module into ${showOption(prefix)}` : "");
  const paragraphs = [
    `Expected a module, but found a value of type ${JSON.stringify(tag)}${into}.\nA module is typically loaded by adding it to the imports = [ ... ]; attribute of an existing module, or in the modules = [ ... ]; argument of various functions.\nPlease make sure that each of the list items is a module, and not a different kind of value.`,
  ];
  if (tag === "configuration") {
    paragraphs.push(
      "If you really mean to import this configuration, instead please only import the modules that make up the configuration.\nYou may have to create a `let` binding, file or attribute to give yourself access to the relevant modules.\nWhile loading a configuration into the module system is a very sensible idea, it can not be done cleanly in practice.",
    );
  } else if (tag === "flake") {
    const more = cls === "nixos" ? "\nor\n    inputs.someflake.nixosModules.default" : cls === "darwin" ? "\nor\n    inputs.someflake.darwinModules.default" : "";
    paragraphs.push(
      `Perhaps you forgot to select an attribute name?\nInstead of, for example,\n    inputs.someflake\nyou need to write something like\n    inputs.someflake.modules.${cls ?? "someApp"}.default${more}`,
    );
  }
  return paragraphs.join("\n\n");
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

/** What collecting needs from the evaluation. */
export interface CollectionHost {
  readonly cls: string | null;
  readonly prefix: readonly string[];
  /** Calls a module function with its arguments (see `evalModules` for how they resolve). */
  call(key: string, file: string, f: (args: never) => unknown): unknown;
  /** Whether `e` says that the module function being called read `options` before they can be known. */
  isDeferral(e: unknown): boolean;
}

/** A module in the import tree: loaded, or deferred (its function read `options`). */
interface Node {
  module: NormalModule | null;
  /** Its imports, once loaded (only the first module of each key has them loaded). */
  children: Node[] | null;
  // where it was imported, to load it again
  readonly x: unknown;
  readonly parentFile: string;
  readonly parentKey: string;
  readonly index: number;
}

/** One module of `evalModules(…).graph`. */
export interface ModuleGraphNode {
  /** Whether a module's `disabledModules` names it. */
  readonly disabled: boolean;
  readonly key: string;
  readonly file: string;
  /** What it imports, in order. */
  readonly imports: readonly ModuleGraphNode[];
}

/** The result of collecting. */
export interface Collected {
  readonly modules: NormalModule[];
}

/**
 * Collects modules in nixpkgs' order (breadth-first, unique by key, disabled
 * ones removed). A module whose function reads `options` (to see which
 * options exist, as Nix's lazy `options ? x` does in config) is deferred: it
 * is loaded once the modules that do not need `options` are collected (by
 * `resume`).
 */
export class Collection {
  readonly #host: CollectionHost;
  readonly #modulesPath: string;
  readonly #roots: Node[];
  /** The first loaded node of each key: the one whose imports are followed (a short list is searched, a long one indexed). */
  readonly #expanded: Node[] = [];
  #expandedByKey: Map<string, Node> | null = null;
  // made when there is one (a submodule value collects its modules for every value)
  #disabled: { file: string; disabled: unknown[] }[] | null = null;
  #deferredNodes: Node[] | null = null;

  constructor(host: CollectionHost, modulesPath: string, initial: readonly unknown[]) {
    this.#host = host;
    this.#modulesPath = modulesPath;
    this.#roots = this.#loadList(unknownModule, "", initial);
    this.#expand(this.#roots);
  }

  /** Whether some module functions waited for `options`. */
  get hasDeferred(): boolean {
    return this.#deferredNodes !== null;
  }

  /** Loads the deferred modules (`options` can be read now), with what they import. */
  resume(): void {
    const nodes = this.#deferredNodes;
    if (nodes === null) return;
    this.#deferredNodes = null;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      n.module = this.#load(n.parentFile, n.parentKey, n.x, n.index, false)!;
    }
    this.#expand(nodes);
  }

  /** The keys that `disabledModules` name, in every module loaded; null when none does. */
  #disabledKeys(): Set<string> | null {
    const disabled = this.#disabled;
    return disabled === null
      ? null
      : new Set(disabled.flatMap(({ file, disabled: ds }) => ds.map((d) => disabledKey(this.#modulesPath, file, d))));
  }

  /** `filterModules`: `builtins.genericClosure` over the import tree, first occurrence of each key winning, disabled keys left out. */
  result(): Collected {
    const disabledKeys = this.#disabledKeys();
    const queue: Node[] = [];
    const roots = this.#roots;
    for (let i = 0; i < roots.length; i++) {
      if (roots[i].module !== null && (disabledKeys === null || !disabledKeys.has(roots[i].module!.key))) queue.push(roots[i]);
    }
    const out: NormalModule[] = [];
    // a short list (a submodule value's) is searched rather than given a Set
    let seen: Set<string> | null = null;
    for (let i = 0; i < queue.length; i++) {
      const m = queue[i].module!;
      if (seen === null && out.length > 8) seen = new Set(out.map((o) => o.key));
      if (seen !== null ? seen.has(m.key) : hasKey(out, m.key)) continue;
      seen?.add(m.key);
      out.push(m);
      const children = this.#expandedNode(m.key)!.children!;
      for (let j = 0; j < children.length; j++) {
        const c = children[j].module;
        if (c !== null && (disabledKeys === null || !disabledKeys.has(c.key))) queue.push(children[j]);
      }
    }
    return { modules: out };
  }

  /**
   * Nix's `graph` (`toGraph`): the import tree as the modules give it, every
   * import listed (those of a key seen before too) with whether a
   * `disabledModules` names it. Each `imports` is made when read.
   */
  graph(): ModuleGraphNode[] {
    const disabledKeys = this.#disabledKeys();
    const toGraph = (node: Node): ModuleGraphNode => {
      const m = node.module!;
      let imports: ModuleGraphNode[] | undefined;
      // a key seen before had its imports loaded where it was first seen: they are the same modules
      const children = (): Node[] => node.children ?? this.#expandedNode(m.key)!.children!;
      return {
        disabled: disabledKeys !== null && disabledKeys.has(m.key),
        key: m.key,
        file: m._file,
        get imports() {
          return (imports ??= children().map(toGraph));
        },
      };
    };
    return this.#roots.map(toGraph);
  }

  /** Loads the imports of every node (breadth-first, without recursion: imports may nest deeply); a key's imports once. */
  #expand(start: Node[]): void {
    const queue = start.slice();
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i];
      const m = node.module;
      if (m === null || this.#expandedNode(m.key) !== undefined) continue;
      this.#expanded.push(node);
      if (this.#expandedByKey !== null) this.#expandedByKey.set(m.key, node);
      else if (this.#expanded.length > 8) this.#expandedByKey = new Map(this.#expanded.map((n) => [n.module!.key, n]));
      node.children = m.imports.length === 0 ? noNodes : this.#loadList(m._file, m.key, m.imports);
      for (let j = 0; j < node.children.length; j++) queue.push(node.children[j]);
    }
  }

  #expandedNode(key: string): Node | undefined {
    if (this.#expandedByKey !== null) return this.#expandedByKey.get(key);
    const expanded = this.#expanded;
    for (let i = 0; i < expanded.length; i++) if (expanded[i].module!.key === key) return expanded[i];
    return undefined;
  }

  #loadList(parentFile: string, parentKey: string, imports: unknown): Node[] {
    const mods = forceLazyArgument(imports);
    if (!isList(mods)) {
      throw new ModuleStructureError(
        `value is ${nixTypeWithArticle(mods)} while a list was expected\n… while evaluating the attribute 'imports'${parentKey === "" ? "" : ` of the module \`${parentFile === unknownModule ? parentKey : parentFile}'`}`,
        [],
        parentFile === unknownModule ? [] : [parentFile],
      );
    }
    const out = new Array<Node>(mods.length);
    for (let i = 0; i < mods.length; i++) {
      out[i] = { module: this.#load(parentFile, parentKey, mods[i], i, true), children: null, x: mods[i], parentFile, parentKey, index: i };
      if (out[i].module === null) (this.#deferredNodes ??= []).push(out[i]);
    }
    return out;
  }

  #load(parentFile: string, parentKey: string, x: unknown, i: number, mayDefer: boolean): NormalModule | null {
    const cls = this.#host.cls;
    let module: NormalModule;
    // a built module has its key: no fallback key to make (submodules build several per value)
    if (x instanceof BuiltModule) module = x;
    else {
      try {
        module = loadModule(this.#host, parentFile, `${parentKey}:anon-${i + 1}`, x);
      } catch (e) {
        if (mayDefer && this.#host.isDeferral(e)) return null;
        throw e;
      }
    }
    if (cls !== null && module._class !== null && module._class !== cls) {
      throw new ModuleStructureError(
        `The module \`${module._file || module.key}\` (class: ${JSON.stringify(module._class)}) cannot be imported into a module evaluation that expects class ${JSON.stringify(cls)}.\n\nHelp:\n- Ensure that you are importing the correct module.\n- Verify that the module's \`_class\`, ${JSON.stringify(module._class)} matches the expected \`class\` ${JSON.stringify(cls)}.\n- If you are using a custom class, make sure it is correctly defined and used consistently across your modules.`,
      );
    }
    if (!isList(module.disabledModules)) {
      throw new ModuleStructureError(
        `value is ${nixTypeWithArticle(module.disabledModules)} while a list was expected\n… while evaluating the attribute 'disabledModules' of the module \`${module._file === unknownModule ? module.key : module._file}'`,
        [],
        [module._file],
      );
    }
    if (module.disabledModules.length > 0) (this.#disabled ??= []).push({ file: module._file, disabled: module.disabledModules });
    return module;
  }
}

const noNodes: Node[] = [];

/** Nix's name of a value's type in "value is … while … was expected". */
function hasKey(modules: readonly NormalModule[], key: string): boolean {
  for (let i = 0; i < modules.length; i++) if (modules[i].key === key) return true;
  return false;
}

function disabledKey(modulesPath: string, file: string, m: unknown): string {
  if (isString(m)) return m.startsWith("/") ? m : `${modulesPath}/${m}`;
  if (isConvertibleWithToString(m)) {
    const s = nixToString(m);
    if (isAttrs(m) && hasOwn(m, "key") && m.key !== s) {
      throw new ModuleStructureError(
        `Module \`${file}\` contains a disabledModules item that is an attribute set that can be converted to a string (${s}) but also has a \`.key\` attribute (${String(m.key)}) with a different value. This makes it ambiguous which module should be disabled.`,
      );
    }
    return s;
  }
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

/** `lib.strings.isConvertibleWithToString`: string-like, null, a number, a Boolean, or a list of those. */
function isConvertibleWithToString(v: unknown): boolean {
  if (v === null || typeof v === "number" || typeof v === "boolean" || isString(v)) return true;
  if (isList(v)) return v.every(isConvertibleWithToString);
  return isAttrs(v) && (typeof v.__toString === "function" || hasOwn(v, "outPath"));
}
