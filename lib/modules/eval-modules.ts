/**
 * `evalModules`: collects the modules, merges them into the option tree and
 * the config fixed point, checks that every definition has an option.
 */
import { EvalError, InfiniteRecursionError, ModuleSystemError } from "../errors.js";
import { lib } from "../lib.js";
import { isOption, mkOption, showOption } from "../options.js";
import { lazyAttrsOf } from "../types/composite.js";
import { bool, raw } from "../types/primitives.js";
import { nullOr } from "../types/composite.js";
import { optionType, submoduleWith } from "../types/submodule.js";
import type { OptionType } from "../types/type.js";
import { append, type AttrSet, hasOwn, isAttrs, setAttr, setGetter, sortNames } from "../values.js";
import { Collection, type CollectionHost, type ModuleGraphNode, type NormalModule, noOptions, normalModule } from "./collect.js";
import { Cell, isControlSignal } from "./fixpoint.js";
import { checkUnmatched } from "./check-unmatched.js";
import { declaredConfig, type MergedModules, mergeModules } from "./merge-modules.js";
import { lazyArgument } from "./lazy-argument.js";
import { rootProxy } from "./root-proxy.js";

/** A module: an attribute set, or a function from module arguments to one (see MODULE-API.md). */
export type Module = AttrSet | ModuleFunction;

/**
 * A module function. Declared as a method type so that both an unannotated
 * `({ config }) => …` (typed from ModuleArgs) and one that names the
 * arguments it needs (`({ pkgs }: { pkgs: MyPkgs }) => …`) are accepted.
 */
export type ModuleFunction = { bivariant(args: ModuleArgs): unknown }["bivariant"];

/** What a module function receives. Entries of `_module.args` resolve on use. */
export interface ModuleArgs {
  config: AttrSet & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- config is user-shaped
  options: AttrSet & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  lib: typeof lib;
  specialArgs: AttrSet;
  name: string;
  [arg: string]: unknown;
}

export interface EvalModulesArgs {
  modules: readonly Module[];
  specialArgs?: AttrSet;
  prefix?: readonly string[];
  class?: string | null;
  /** Internal: the `name` argument of a submodule (the attribute it is bound to). */
  moduleArgName?: string;
}

export interface Configuration {
  readonly _type: "configuration";
  readonly config: AttrSet & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly options: AttrSet & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly _module: AttrSet & { freeformType: OptionType | null; check: boolean; args: AttrSet };
  readonly type: OptionType;
  readonly class: string | null;
  /** The modules as imported: key, file, whether a `disabledModules` names it, and what it imports (Nix's `graph`). */
  readonly graph: readonly ModuleGraphNode[];
  extendModules(args?: { modules?: readonly Module[]; specialArgs?: AttrSet; prefix?: readonly string[]; moduleArgName?: string }): Configuration;
}

const argsDescription = `Additional arguments passed to each module in addition to ones
like \`lib\`, \`config\`,
and \`pkgs\`, \`modulesPath\`.

This option is also available to all submodules. Submodules do not
inherit args from their parent module, nor do they provide args to
their parent module or sibling submodules. The sole exception to
this is the argument \`name\` which is provided by
parent modules to a submodule and contains the attribute name
the submodule is bound to, or a unique generated name if it is
not bound to an attribute.

Some arguments are already passed by default, of which the
following *cannot* be changed with this option:
- {var}\`lib\`: The nixpkgs library.
- {var}\`config\`: The results of all options after merging the values from all modules together.
- {var}\`options\`: The options declared in all modules.
- {var}\`specialArgs\`: The \`specialArgs\` argument passed to \`evalModules\`.
- All attributes of {var}\`specialArgs\`

  Whereas option values can generally depend on other option values
  thanks to laziness, this does not apply to \`imports\`, which
  must be computed statically before anything else.

  For this reason, callers of the module system can provide \`specialArgs\`
  which are available during import resolution.

  For NixOS, \`specialArgs\` includes
  {var}\`modulesPath\`, which allows you to import
  extra modules from the nixpkgs package tree without having to
  somehow make the module aware of the location of the
  \`nixpkgs\` or NixOS directories.
  \`\`\`
  { modulesPath, ... }: {
    imports = [
      (modulesPath + "/profiles/minimal.nix")
    ];
  }
  \`\`\`

For NixOS, the default value for this option includes at least this argument:
- {var}\`pkgs\`: The nixpkgs package set according to
  the {option}\`nixpkgs.pkgs\` option.
`;

/** The declarations of `_module.*`: the same for every evaluation (at the root, or in a submodule). */
const internalOptions = (atRoot: boolean) => ({
  _module: {
    args: mkOption({
      type: lazyAttrsOf(raw),
      ...(atRoot ? {} : { internal: true }),
      description: argsDescription,
    }),
    check: mkOption({
      type: bool,
      internal: true,
      default: true,
      description: "Whether to check whether all option definitions have matching declarations.",
    }),
    freeformType: mkOption({
      type: nullOr(optionType),
      internal: true,
      default: null,
      description: `If set, merge all definitions that don't have an associated option
together using this type. The result then gets combined with the
values of all declared options to produce the final \`
config\` value.

If this is \`null\`, definitions without an option
will throw an error unless {option}\`_module.check\` is
turned off.
`,
    }),
    specialArgs: mkOption({
      readOnly: true,
      internal: true,
      description: `Externally provided module arguments that can't be modified from
within a configuration, but can be used in module imports.
`,
    }),
  },
});
const internalModuleKey = "lib/modules.nix";
let rootInternalOptions: AttrSet | undefined;
let nestedInternalOptions: AttrSet | undefined;

function internalModule(prefix: readonly string[], specialArgs: AttrSet, evaluation: Configuration): NormalModule {
  const options =
    prefix.length === 0
      ? (rootInternalOptions ??= internalOptions(true))
      : (nestedInternalOptions ??= internalOptions(false));
  return normalModule({
    _file: internalModuleKey,
    _class: null,
    key: internalModuleKey,
    disabledModules: [],
    imports: [],
    options,
    config: { _module: { args: new EvaluationArgs(evaluation), specialArgs } },
  });
}

/**
 * `_module.args.extendModules` and `_module.args.moduleType` of an
 * evaluation, read when used. They are own enumerable getters (merging
 * lists the attributes), defined with the same getter functions for every
 * evaluation, so that these objects (one per submodule value) share their
 * hidden class rather than each making its own.
 */
class EvaluationArgs {
  readonly #evaluation: Configuration;
  constructor(evaluation: Configuration) {
    this.#evaluation = evaluation;
    Object.defineProperties(this, EvaluationArgs.#getters);
  }
  static readonly #getters: PropertyDescriptorMap = {
    extendModules: {
      enumerable: true,
      configurable: true,
      get(this: EvaluationArgs) {
        return this.#evaluation.extendModules;
      },
    },
    moduleType: {
      enumerable: true,
      configurable: true,
      get(this: EvaluationArgs) {
        return this.#evaluation.type;
      },
    },
  };
}

export function evalModules(evalArgs: EvalModulesArgs): Configuration {
  const evaluation = new Evaluation(evalArgs);
  // a submodule value's evaluation (given its `name`) is read by the module system only
  return evalArgs.moduleArgName === undefined ? evaluation.expose() : evaluation;
}

const exposed = (evaluation: Evaluation): Configuration => evaluation.expose();

/** Nix's hint where `config` is read while the modules are collected (its `addErrorContext`). */
const importsHint =
  "if you get an infinite recursion here, you probably reference `config` in `imports`. If you are trying to achieve a conditional import behavior dependent on `config`, consider importing unconditionally, and using `mkEnableOption` and `mkIf` to control its effect.";
const argumentNote = (name: string) =>
  `noting that argument \`${name}\` is not externally provided, so querying \`_module.args\` instead, requiring \`config\``;
const argumentContext = (name: string, module: string) => `while evaluating the module argument \`${name}' in "${module}":`;

/** Thrown to a module function that reads `options` before they can be known: it is called again once they are. */
class Deferral {}
const deferral = new Deferral();

/** How many times the deferred modules are loaded again, at most, until they see the options they helped declare. */
const maxDeferredRounds = 10;

/**
 * One evaluation: what `evalModules` returns. Nothing is done until one of
 * its results is read, as in Nix (it may be stored unread). A class rather
 * than closures: a submodule evaluates this for every value, so its set-up
 * must be cheap (the arguments of module functions, for one, are made only
 * when a module function is called). Its results are own enumerable getters,
 * so it copies like an attribute set.
 */
class Evaluation implements Configuration {
  readonly _type = "configuration";
  readonly class: string | null;
  readonly #args: EvalModulesArgs;
  readonly #prefix: string[];
  readonly #specialArgs: AttrSet;
  #collected: NormalModule[] | null = null;
  readonly #merged: Cell<MergedModules>;
  readonly #config: Cell<AttrSet>;
  #collecting = false;
  /** While deferred modules are loaded: the options of the others, and what the deferred ones learnt from them. */
  #provisional: MergedModules | null = null;
  #answers: string[] | null = null;
  #callingModule: string | null = null;
  /** The `_module.args` entries handed out (as lazy references) to the module function being called while the modules are collected. */
  #lazyArgsHandedOut: string[] | null = null;
  /** Module functions that got `_module.args` entries while the modules were collected: checked once they can be read (see `#checkLazyArgs`). */
  #lazyArgCalls: { module: string; names: string[]; f: (args: never) => unknown; structure: string }[] | null = null;
  /** While `#checkLazyArgs` calls a module function again: arguments are given resolved (or as these stand-ins). */
  #resolvingArgs = false;
  #argStandIns: Map<string, unknown> | null = null;
  #moduleArgs: AttrSet | undefined = undefined;
  #checked = false;
  #configWithoutModule: AttrSet | undefined = undefined;
  #type: OptionType | undefined = undefined;
  #extendModules: Configuration["extendModules"] | undefined = undefined;

  // the evaluation's two thunks, as cells that reach into it (no closures to make per evaluation)
  static readonly #MergedCell = class extends Cell<MergedModules> {
    constructor(private readonly evaluation: Evaluation) {
      super();
    }
    get label(): string {
      const prefix = this.evaluation.#prefix;
      return prefix.length === 0 ? "options" : `options of ${showOption(prefix)}`;
    }
    protected run(): MergedModules {
      return mergeModules(this.evaluation.#prefix, [...this.evaluation.#modules()].reverse());
    }
  };
  static readonly #ConfigCell = class extends Cell<AttrSet> {
    constructor(private readonly evaluation: Evaluation) {
      super();
    }
    get label(): string {
      const prefix = this.evaluation.#prefix;
      return prefix.length === 0 ? "config" : showOption(prefix);
    }
    protected run(): AttrSet {
      return this.evaluation.#buildConfig();
    }
  };

  get options(): Configuration["options"] {
    this.#check();
    return this.#merged.force().matchedOptions;
  }
  get config(): Configuration["config"] {
    this.#check();
    this.#config.force();
    return this.#configWithoutModule!;
  }
  get _module(): Configuration["_module"] {
    this.#check();
    return this.#config.force()._module as Configuration["_module"];
  }
  get type(): OptionType {
    return (this.#type ??= submoduleWith({ modules: this.#args.modules, specialArgs: this.#specialArgs, class: this.class }));
  }
  get extendModules(): Configuration["extendModules"] {
    const evalArgs = this.#args;
    return (this.#extendModules ??= (ext = {}) =>
      exposed(
        new Evaluation({
          ...evalArgs,
          modules: [...evalArgs.modules, ...(ext.modules ?? [])],
          specialArgs: { ...(evalArgs.specialArgs ?? {}), ...(ext.specialArgs ?? {}) },
          prefix: ext.prefix ?? evalArgs.prefix ?? [],
          moduleArgName: ext.moduleArgName ?? evalArgs.moduleArgName,
        }),
      ));
  }

  /**
   * Makes the results own enumerable properties, as an attribute set's: getters
   * that reach the evaluation through their closure, so that a copy of them
   * works too. Done for what a caller gets; the evaluations of submodule
   * values, which only the module system reads, keep the class's getters.
   */
  expose(): this {
    Object.defineProperties(this, {
      options: { enumerable: true, get: () => Reflect.get(Evaluation.prototype, "options", this) },
      config: { enumerable: true, get: () => Reflect.get(Evaluation.prototype, "config", this) },
      _module: { enumerable: true, get: () => Reflect.get(Evaluation.prototype, "_module", this) },
      type: { enumerable: true, get: () => Reflect.get(Evaluation.prototype, "type", this) },
      extendModules: { enumerable: true, get: () => Reflect.get(Evaluation.prototype, "extendModules", this) },
      graph: { enumerable: true, get: () => Reflect.get(Evaluation.prototype, "graph", this) },
    });
    return this;
  }

  constructor(args: EvalModulesArgs) {
    this.#args = args;
    this.#prefix = args.prefix === undefined ? [] : args.prefix.slice();
    this.#specialArgs = args.specialArgs ?? {};
    this.class = args.class ?? null;
    this.#config = new Evaluation.#ConfigCell(this);
    this.#merged = new Evaluation.#MergedCell(this);
  }

  /** What collecting the modules starts from: the given modules and the internal one. */
  #collectionArgs(): { host: CollectionHost; modulesPath: string; initial: unknown[] } {
    const host: CollectionHost = {
      cls: this.class,
      prefix: this.#prefix,
      call: (key, file, f) => this.#callModule(key, file, f),
      isDeferral: (e) => e === deferral,
    };
    const modulesPath = String(this.#specialArgs.modulesPath ?? "");
    return { host, modulesPath, initial: append(this.#args.modules, internalModule(this.#prefix, this.#specialArgs, this)) };
  }

  /**
   * Nix's `graph`: the modules as imported (see `Collection.graph`), but the
   * internal one. Collected anew, as Nix does (so the collection behind
   * `config` is not kept for it).
   */
  get graph(): ModuleGraphNode[] {
    this.#modules();
    const { host, modulesPath, initial } = this.#collectionArgs();
    const collection = new Collection(host, modulesPath, initial);
    collection.resume();
    return collection.graph().filter((m) => m.key !== internalModuleKey);
  }

  /** `doCollect`: the modules, collected when first needed. */
  #modules(): NormalModule[] {
    if (this.#collected !== null) return this.#collected;
    if (this.#collecting) throw new InfiniteRecursionError([], [importsHint]);
    this.#collecting = true;
    try {
      const { host, modulesPath, initial } = this.#collectionArgs();
      const collection = new Collection(host, modulesPath, initial);
      let result = collection.result();
      if (collection.hasDeferred) {
        // the modules that read `options` see those of the others; when they (or what they import)
        // declare options or disable modules, they are loaded again, seeing the options of all, until
        // they see the same options twice
        this.#provisional = mergeModules(this.#prefix, [...result.modules].reverse());
        const seenFirst = new Set(result.modules);
        collection.resume();
        result = collection.result();
        if (result.modules.some((m) => !seenFirst.has(m) && changesOptions(m))) {
          for (let round = 1; ; round++) {
            const seen = this.#answers!.join("\n");
            this.#answers = [];
            this.#provisional = mergeModules(this.#prefix, [...result.modules].reverse());
            result = new Collection(host, modulesPath, initial).result();
            if (this.#answers!.join("\n") === seen) break;
            if (round === maxDeferredRounds) {
              throw new InfiniteRecursionError([], [
                "while collecting the modules: the options that modules read while they are collected keep changing with what those modules import or declare",
              ]);
            }
          }
        }
      }
      return (this.#collected = result.modules);
    } finally {
      this.#collecting = false;
      this.#provisional = null;
      this.#answers = null;
    }
  }

  /** Nix's `_module.check`, done once, before the first result is handed out. */
  #check(): void {
    if (this.#checked) return;
    // as in Nix, only `_module` is read before the definitions without an option are reported
    const merged = this.#merged.force();
    this.#checkLazyArgs();
    checkUnmatched(this.#prefix, merged, merged.moduleConfig);
    this.#checked = true;
  }

  /** The whole config (with `_module`); what `config` shows, without `_module`, is kept on the side. */
  #buildConfig(): AttrSet {
    const merged = this.#merged.force();
    const declared = declaredConfig(merged);
    const freeformType = (declared.all._module as AttrSet).freeformType as OptionType | null;
    const defs =
      freeformType === null
        ? []
        : merged.unmatchedDefns.map((d) => ({
            file: d.file,
            get value() {
              return setAttrByPath(d.prefix, () => d.value);
            },
          }));
    if (defs.length === 0) {
      this.#configWithoutModule = declared.withoutModule;
      return declared.all;
    }
    const all = recursiveUpdate(freeformType!.merge(this.#prefix, defs) as AttrSet, declared.all);
    this.#configWithoutModule = withoutAttr(all, "_module");
    return all;
  }

  // --- module arguments ---------------------------------------------------

  #callModule(key: string, file: string, f: (args: never) => unknown): unknown {
    const previous = this.#callingModule;
    const module = file === "<unknown-file>" ? key : file;
    this.#callingModule = module;
    const handedOutBefore = this.#lazyArgsHandedOut;
    this.#lazyArgsHandedOut = null;
    try {
      const result = (f as (args: unknown) => unknown)((this.#moduleArgs ??= this.#makeModuleArgs()));
      const names = this.#lazyArgsHandedOut as string[] | null;
      if (names !== null && this.#collected === null) (this.#lazyArgCalls ??= []).push({ module, names, f, structure: structureOf(result) });
      return result;
    } catch (e) {
      if (e === deferral || e instanceof ModuleSystemError || isControlSignal(e) || !(e instanceof Error)) throw e;
      // an error of the module's own code names the module, as Nix's trace does
      throw new EvalError(`${e.name}: ${e.message}\n… while calling the module function of \`${module}'`, [], file === "<unknown-file>" ? [] : [file], {
        cause: e,
      });
    } finally {
      this.#callingModule = previous;
      this.#lazyArgsHandedOut = handedOutBefore;
    }
  }

  /**
   * A module function that got `_module.args` entries while the modules were
   * collected got references to them (resolved on use, as Nix's argument
   * thunks are); a reference is an object, so it is truthy even where the
   * value would not be. Now that they can be read, the function is called
   * again with their values: when what it imports (or which module it is)
   * changes, its structure depended on them, which is Nix's infinite recursion.
   */
  #checkLazyArgs(): void {
    const calls = this.#lazyArgCalls;
    if (calls === null) return;
    this.#lazyArgCalls = null;
    for (const call of calls) {
      // with the values; and where a value is `true` (a reference is truthy too), with `false` as well
      const trueArgs = call.names.filter((n) => this.#resolveArg(n, call.module) === true);
      const standIns = trueArgs.length === 0 ? [null] : [null, new Map(trueArgs.map((n) => [n, false]))];
      let changed = false;
      for (const argStandIns of standIns) {
        this.#resolvingArgs = true;
        this.#argStandIns = argStandIns;
        try {
          changed ||= structureOf(this.#callModule("", call.module, call.f)) !== call.structure;
        } finally {
          this.#resolvingArgs = false;
          this.#argStandIns = null;
        }
      }
      if (changed) {
        const name = call.names[0];
        throw new InfiniteRecursionError([], [importsHint, argumentNote(name), argumentContext(name, call.module)], [call.module]);
      }
    }
  }

  /** Reading config (or what needs it) while the modules are collected: Nix's infinite recursion, with its hint. */
  #collectionCycle(what: string, context: readonly string[] = []): InfiniteRecursionError {
    const module = this.#callingModule;
    const read =
      module === null
        ? []
        : [
            `while reading \`${what}' in the module \`${module}' while the modules are collected: which modules there are, and which options they define, cannot depend on config; read it lazily instead, in a property getter (\`get x() { … }\`) or in a function given to mkIf (\`mkIf(() => config.x, …)\`)`,
          ];
    return new InfiniteRecursionError([], [importsHint, ...context, ...read], module === null ? [] : [module]);
  }

  #realConfig(what: string): AttrSet {
    if (this.#collected === null) throw this.#collectionCycle(what);
    const config = this.#config;
    if (!config.evaluating) return config.force();
    // config's attribute names need config itself (a freeform definition under an mkIf that
    // reads it): Nix gives its hint, which wraps every module's `config` argument
    try {
      return config.force();
    } catch (e) {
      throw e instanceof InfiniteRecursionError ? new InfiniteRecursionError(e.chain, [importsHint]) : e;
    }
  }

  /** `config._module.args.<name>`, or Nix's error when nobody provides it. */
  #resolveArg(name: string, module: string | null): unknown {
    const context = module === null ? [] : [argumentNote(name), argumentContext(name, module)];
    if (this.#collected === null) throw this.#collectionCycle(`_module.args.${name}`, context);
    const moduleArgs = (this.#config.force()._module as AttrSet).args as AttrSet;
    if (!hasOwn(moduleArgs, name)) {
      throw new EvalError(`attribute '${name}' missing${context.map((l) => `\n… ${l}`).join("")}`);
    }
    return moduleArgs[name];
  }

  /** The options known now: the final ones, or while deferred modules are loaded those of the others. */
  #optionSource(): MergedModules {
    if (this.#collected !== null) return this.#merged.force();
    if (this.#provisional !== null) return this.#provisional;
    if (this.#callingModule !== null) throw deferral;
    throw this.#collectionCycle("options");
  }

  /** The option set (or option) at `path`, of the options known now; undefined where there is none. */
  #optionsAt(path: readonly string[]): unknown {
    let o: unknown = this.#optionSource().matchedOptions;
    for (let i = 0; i < path.length; i++) {
      if (!isAttrs(o) || isOption(o) || !hasOwn(o, path[i])) return undefined;
      o = o[path[i]];
    }
    return o;
  }

  /**
   * `options`, or an option set in it, as module functions see it: read by
   * path each time, so that what a function keeps while the modules are
   * collected reads the final options later. A function that reads options
   * before they can be known waits (see `#modules`); what it learns is noted.
   */
  #optionsProxy(path: readonly string[]): object {
    const at = () => {
      const o = this.#optionsAt(path);
      return isAttrs(o) ? o : {};
    };
    const note = (what: string) => {
      if (this.#provisional !== null) (this.#answers ??= []).push(`${path.join(".")} ${what}`);
    };
    return new Proxy(
      {},
      {
        get: (_t, k) => {
          if (typeof k !== "string") return undefined;
          const here = at();
          if (isOption(here)) return here[k];
          const v = hasOwn(here, k) ? here[k] : undefined;
          note(`${k}: ${v === undefined ? "none" : isOption(v) ? "option" : "set"}`);
          // the final options are handed out as they are; while collecting, a path
          return v === undefined || this.#collected !== null ? v : this.#optionsProxy(append(path, k));
        },
        // which options exist is known from the declarations alone (no definition is needed, as in Nix)
        has: (_t, k) => {
          if (typeof k !== "string") return false;
          const level = this.#optionSource().levelAt(path);
          const has = level !== undefined ? level.positionOf(k) >= 0 : hasOwn(at(), k);
          note(`? ${k}: ${has}`);
          return has;
        },
        ownKeys: () => {
          const level = this.#optionSource().levelAt(path);
          const keys = level !== undefined ? level.names.slice() : Object.keys(at());
          note(`keys: ${keys.join(" ")}`);
          return keys;
        },
        getOwnPropertyDescriptor: (_t, k) => {
          if (typeof k !== "string") return undefined;
          const level = this.#optionSource().levelAt(path);
          if (level !== undefined) return level.positionOf(k) >= 0 ? { value: undefined, enumerable: true, configurable: true, writable: false } : undefined;
          const here = at();
          if (!hasOwn(here, k)) return undefined;
          return { value: here[k], enumerable: true, configurable: true, writable: false };
        },
      },
    );
  }

  /** What module functions receive: the fixed arguments, then `_module.args` entries on use. */
  #makeModuleArgs(): AttrSet {
    const configProxy = rootProxy((k) => this.#realConfig(`config.${k}`));
    const baseArgs: AttrSet = {
      lib,
      options: this.#optionsProxy([]),
      specialArgs: this.#specialArgs,
      _class: this.class,
      _prefix: this.#prefix,
      config: configProxy,
      ...(this.#args.moduleArgName === undefined ? {} : { name: this.#args.moduleArgName }),
    };
    for (const k of Object.keys(this.#specialArgs)) setAttr(baseArgs, k, this.#specialArgs[k]);
    return new Proxy(baseArgs, {
      get: (target, k) => {
        if (typeof k !== "string" || hasOwn(target, k)) return Reflect.get(target, k);
        const module = this.#callingModule;
        if (this.#argStandIns?.has(k) === true) return this.#argStandIns.get(k);
        if (module === null || this.#resolvingArgs) return this.#resolveArg(k, module);
        // while a module function runs (destructuring its arguments), hand out a reference resolved on use
        (this.#lazyArgsHandedOut ??= []).push(k);
        return lazyArgument(k, () => this.#resolveArg(k, module));
      },
      has: (target, k) => {
        if (typeof k !== "string" || hasOwn(target, k)) return true;
        if (this.#collected === null) return true;
        return hasOwn((this.#realConfig(`_module.args`)._module as AttrSet).args as AttrSet, k);
      },
    });
  }
}

/** What of a module function's result makes the structure of a configuration: which module it is, what it imports and disables. */
function structureOf(result: unknown): string {
  if (!isAttrs(result)) return typeof result;
  const count = (v: unknown) => (Array.isArray(v) ? v.length : typeof v);
  return JSON.stringify([
    count(result.imports),
    count(result.require),
    count(result.disabledModules),
    hasOwn(result, "key") ? String(result.key) : null,
    hasOwn(result, "_file") ? String(result._file) : null,
    hasOwn(result, "_class") ? String(result._class) : null,
    hasOwn(result, "config") || hasOwn(result, "options"),
  ]);
}

/** Whether a module changes the options others see: it declares some, or disables modules. */
function changesOptions(m: NormalModule): boolean {
  return m.disabledModules.length > 0 || (m.options !== noOptions && isAttrs(m.options) && Object.keys(m.options).length > 0);
}

/** A copy of an attribute set without one attribute, its other values unread. */
function withoutAttr(attrs: AttrSet, name: string): AttrSet {
  const out: AttrSet = {};
  for (const k of Object.keys(attrs)) if (k !== name) Object.defineProperty(out, k, Object.getOwnPropertyDescriptor(attrs, k)!);
  return out;
}

function setAttrByPath(path: readonly string[], leaf: () => unknown): unknown {
  if (path.length === 0) return leaf();
  const out: AttrSet = {};
  Object.defineProperty(out, path[0], {
    enumerable: true,
    configurable: true,
    get: () => setAttrByPath(path.slice(1), leaf),
  });
  return out;
}

/**
 * `recursiveUpdate lhs rhs`: rhs wins, attribute sets present on both sides
 * are merged. Values are read only when their attribute is (where both sides
 * have one, to see whether both are attribute sets), as in Nix.
 */
function recursiveUpdate(lhs: AttrSet, rhs: AttrSet): AttrSet {
  const names = Object.keys(lhs);
  for (const k of Object.keys(rhs)) if (!hasOwn(lhs, k)) names.push(k);
  const out: AttrSet = {};
  for (const k of sortNames(names)) {
    if (!hasOwn(rhs, k)) Object.defineProperty(out, k, Object.getOwnPropertyDescriptor(lhs, k)!);
    else if (!hasOwn(lhs, k)) Object.defineProperty(out, k, Object.getOwnPropertyDescriptor(rhs, k)!);
    else {
      let merged: { value: unknown } | null = null;
      setGetter(out, k, () => {
        if (merged === null) {
          const l = lhs[k];
          const r = rhs[k];
          merged = { value: isAttrs(l) && isAttrs(r) ? recursiveUpdate(l, r) : r };
        }
        return merged.value;
      });
    }
  }
  return out;
}
