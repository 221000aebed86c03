/**
 * `evalModules`: collects the modules, merges them into the option tree and
 * the config fixed point, checks that every definition has an option.
 */
import { EvalError, ModuleStructureError } from "../errors.js";
import { lib } from "../lib.js";
import { mkOption, showOption } from "../options.js";
import { lazyAttrsOf } from "../types/composite.js";
import { bool, raw } from "../types/primitives.js";
import { nullOr } from "../types/composite.js";
import { optionType, submoduleWith } from "../types/submodule.js";
import type { OptionType } from "../types/type.js";
import { append, type AttrSet, hasOwn, isAttrs, setAttr, setGetter, sortNames } from "../values.js";
import { collectModules, type NormalModule, normalModule } from "./collect.js";
import { Cell, lazy } from "./fixpoint.js";
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
let rootInternalOptions: AttrSet | undefined;
let nestedInternalOptions: AttrSet | undefined;

function internalModule(prefix: readonly string[], specialArgs: AttrSet, evaluation: Configuration): NormalModule {
  const options =
    prefix.length === 0
      ? (rootInternalOptions ??= internalOptions(true))
      : (nestedInternalOptions ??= internalOptions(false));
  return normalModule({
    _file: "lib/modules.nix",
    _class: null,
    key: "lib/modules.nix",
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
  return new Evaluation(evalArgs);
}

/**
 * One evaluation: what `evalModules` returns. A class rather than closures:
 * a submodule evaluates this for every value, so its set-up must be cheap
 * (the arguments of module functions, for one, are made only when a module
 * function is called).
 */
class Evaluation implements Configuration {
  readonly _type = "configuration";
  readonly class: string | null;
  readonly #args: EvalModulesArgs;
  readonly #prefix: string[];
  readonly #specialArgs: AttrSet;
  readonly #collected: NormalModule[];
  readonly #merged: Cell<MergedModules>;
  readonly #config: Cell<AttrSet>;
  #collecting = true;
  #callingModule: string | null = null;
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
      return mergeModules(this.evaluation.#prefix, [...this.evaluation.#collected].reverse());
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

  constructor(args: EvalModulesArgs) {
    const prefix = args.prefix === undefined ? [] : args.prefix.slice();
    const specialArgs = args.specialArgs ?? {};
    this.#args = args;
    this.#prefix = prefix;
    this.#specialArgs = specialArgs;
    this.class = args.class ?? null;
    this.#config = new Evaluation.#ConfigCell(this);
    this.#merged = new Evaluation.#MergedCell(this);
    this.#collected = collectModules(
      this.class,
      String(specialArgs.modulesPath ?? ""),
      append(args.modules, internalModule(prefix, specialArgs, this)),
      (key, file, f) => this.#callModule(key, file, f),
    );
    this.#collecting = false;
  }

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
      evalModules({
        ...evalArgs,
        modules: [...evalArgs.modules, ...(ext.modules ?? [])],
        specialArgs: { ...(evalArgs.specialArgs ?? {}), ...(ext.specialArgs ?? {}) },
        prefix: ext.prefix ?? evalArgs.prefix ?? [],
        moduleArgName: ext.moduleArgName ?? evalArgs.moduleArgName,
      }));
  }

  /** Nix's `_module.check`, done once, before the first result is handed out. */
  #check(): void {
    if (this.#checked) return;
    // as in Nix, only `_module` is read before the definitions without an option are reported
    const merged = this.#merged.force();
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
    this.#callingModule = file === "<unknown-file>" ? key : file;
    try {
      return (f as (args: unknown) => unknown)((this.#moduleArgs ??= this.#makeModuleArgs()));
    } finally {
      this.#callingModule = previous;
    }
  }

  #structureError(what: string): ModuleStructureError {
    const module = this.#callingModule;
    return new ModuleStructureError(
      `Module \`${module ?? "<unknown-file>"}' reads \`${what}' while the modules are being collected. ` +
        "The structure of a configuration (its imports and which options it defines) cannot depend on config; " +
        "read the value lazily instead: in a property getter (`get x() { … }`) or in a function given to mkIf (`mkIf(() => config.x, …)`).",
      [],
      module === null ? [] : [module],
    );
  }

  #realConfig(what: string): AttrSet {
    if (this.#collecting) throw this.#structureError(what);
    return this.#config.force();
  }

  /** `config._module.args.<name>`, or Nix's error when nobody provides it. */
  #resolveArg(name: string): unknown {
    const moduleArgs = (this.#realConfig(`_module.args.${name}`)._module as AttrSet).args as AttrSet;
    if (!hasOwn(moduleArgs, name)) throw new EvalError(`attribute '${name}' missing`);
    return moduleArgs[name];
  }

  /** What module functions receive: the fixed arguments, then `_module.args` entries on use. */
  #makeModuleArgs(): AttrSet {
    const configProxy = rootProxy((k) => this.#realConfig(`config.${k}`));
    const declaredNames = lazy("", () => {
      if (this.#collecting) throw this.#structureError("options");
      return new Set(this.#collected.flatMap((m) => (isAttrs(m.options) ? Object.keys(m.options) : [])));
    });
    const optionsProxy = rootProxy((k) => {
      if (this.#collecting) throw this.#structureError(`options.${k}`);
      return this.#merged.force().matchedOptions;
    }, declaredNames);
    const baseArgs: AttrSet = {
      lib,
      options: optionsProxy,
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
        // while a module function runs (destructuring its arguments), hand out a reference resolved on use
        return this.#callingModule !== null ? lazyArgument(k, () => this.#resolveArg(k)) : this.#resolveArg(k);
      },
      has: (target, k) => {
        if (typeof k !== "string" || hasOwn(target, k)) return true;
        if (this.#collecting) return true;
        return hasOwn((this.#realConfig(`_module.args`)._module as AttrSet).args as AttrSet, k);
      },
    });
  }
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
