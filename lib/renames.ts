/**
 * Modules that move or remove options (nixpkgs `mkRemovedOptionModule`,
 * `mkRenamedOptionModule`, `mkRenamedOptionModuleWith`, `mkAliasOptionModule`,
 * `mkMergedOptionModule`, `mkChangedOptionModule`), with their warnings and errors.
 */
import { EvalError } from "./errors.js";
import { isOption, mkOption, type Option, showFiles, showOption } from "./options.js";
import { lazyMerge, mkIf } from "./properties.js";
import { aliasDefinitions } from "./alias-definitions.js";
import { submodule } from "./types/submodule.js";
import type { OptionType } from "./types/type.js";
import { type AttrSet, hasOwn, isAttrs, nixEquals, setAttr } from "./values.js";
import { oldestSupportedReleaseIsAtLeast } from "./release.js";
import { warnIf, warnOnce } from "./warnings.js";

type Path = readonly string[];
type ModuleFn = (args: { config: AttrSet; options: AttrSet }) => AttrSet;

/** `setAttrByPath [ "a" "b" ] v` = `{ a.b = v; }`. */
export function setAttrByPath(path: Path, value: unknown): unknown {
  let v = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const o: AttrSet = {};
    setAttr(o, path[i], v);
    v = o;
  }
  return v;
}

/** `attrByPath path default set`. */
export function attrByPath(path: Path, fallback: unknown, set: unknown): unknown {
  let v = set;
  for (const p of path) {
    if (!isAttrs(v) || !hasOwn(v, p)) return fallback;
    v = v[p];
  }
  return v;
}

/** `getAttrFromPath path set`: throws when the path is missing. */
export function getAttrFromPath(path: Path, set: unknown): unknown {
  const missing = {};
  const v = attrByPath(path, missing, set);
  if (v === missing) throw new EvalError(`cannot find attribute \`${path.join(".")}'`);
  return v;
}

/** An `mkMerge` whose contents are computed when the merge is processed (after module collection). */
/** A type that stands for another one, resolved on first use (an alias takes its target's type). */
function deferredType(resolve: () => OptionType): OptionType {
  let t: OptionType | undefined;
  const get = () => (t ??= resolve());
  return new Proxy({} as OptionType, {
    get: (_o, k) => (k === "getSubModules" ? null : k === "_type" ? "option-type" : Reflect.get(get(), k)),
    has: (_o, k) => k in get(),
  });
}

export function mkRemovedOptionModule(optionName: Path, replacementInstructions: string): ModuleFn {
  return ({ options }) => ({
    options: setAttrByPath(
      optionName,
      mkOption({
        visible: false,
        apply: () => {
          throw new EvalError(
            `The option \`${showOption(optionName)}' can no longer be used since it's been removed. ${replacementInstructions}`,
            optionName,
          );
        },
      }),
    ),
    config: {
      assertions: [
        {
          get assertion() {
            return !(getAttrFromPath(optionName, options) as Option).isDefined;
          },
          get message() {
            const opt = getAttrFromPath(optionName, options) as Option;
            return `The option definition \`${showOption(optionName)}' in ${showFiles(opt.files)} no longer has any effect; please remove it.\n${replacementInstructions}\n`;
          },
        },
      ],
    },
  });
}

interface RenameSpec {
  from: Path;
  to: Path;
  visible: boolean;
  warn: boolean;
  use: (value: unknown) => unknown;
  withPriority?: boolean;
  /**
   * Whether the alias forwards its definitions: a boolean, a function, or a
   * getter, read only when the options it guards are (as Nix's lazy `condition`).
   */
  condition?: boolean | (() => boolean);
}

/** `doRename`: the old option becomes an alias whose definitions go to the new one. */
export function doRename(spec: RenameSpec): ModuleFn {
  const { from, to } = spec;
  return ({ config, options }) => {
    const fromOpt = () => getAttrFromPath(from, options) as Option;
    const toOf = (c: AttrSet) => {
      const missing = {};
      const v = attrByPath(to, missing, c);
      if (v === missing) throw new EvalError(`Renaming error: option \`${showOption(to)}' does not exist.`);
      return v;
    };
    return {
      options: setAttrByPath(
        from,
        mkOption({
          visible: spec.visible,
          description: `Alias of {option}\`${showOption(to)}\`.`,
          apply: () => spec.use(toOf(config)),
          type: deferredType(() => {
            const opt = attrByPath(to, {}, options) as AttrSet;
            return (opt.type as OptionType | undefined) ?? submodule({});
          }),
        }),
      ),
      config: mkIf(
        // read through `spec` when needed: a getter here must not run while the modules are collected
        () => {
          const condition = spec.condition ?? true;
          return typeof condition === "function" ? condition() : condition;
        },
        lazyMerge(() => [
          "warnings" in options
            ? {
                get warnings() {
                  return spec.warn && fromOpt().isDefined
                    ? [`The option \`${showOption(from)}' defined in ${showFiles(fromOpt().files)} has been renamed to \`${showOption(to)}'.`]
                    : [];
                },
              }
            : {},
          aliasDefinitions("doRename", fromOpt, (merged) => setAttrByPath(to, merged), spec.withPriority ?? true),
        ]),
      ),
    };
  };
}

/** The old option forwards to the new one; when `warns`, its use and its definitions are warned about. */
function renamedOptionModule(from: Path, to: Path, warns: boolean): ModuleFn {
  return doRename({
    from,
    to,
    visible: false,
    warn: warns,
    use: (x) => {
      warnIf(warns, `Obsolete option \`${showOption(from)}' is used. It was renamed to \`${showOption(to)}'.`);
      return x;
    },
  });
}

export function mkRenamedOptionModule(from: Path, to: Path): ModuleFn {
  return renamedOptionModule(from, to, true);
}

/**
 * `mkRenamedOptionModuleWith { from, to, sinceRelease }`: as
 * mkRenamedOptionModule, but it warns only once every supported nixpkgs
 * release has the new name (`sinceRelease`, e.g. 2505, is at most
 * `oldestSupportedRelease`); until then the old name works silently.
 */
export function mkRenamedOptionModuleWith(spec: { from: Path; to: Path; sinceRelease: number }): ModuleFn {
  return renamedOptionModule(spec.from, spec.to, oldestSupportedReleaseIsAtLeast(spec.sinceRelease));
}

export function mkAliasOptionModule(from: Path, to: Path): ModuleFn {
  return doRename({ from, to, visible: true, warn: false, use: (x) => x });
}

/** `mkAliasOptionModuleMD` (deprecated in nixpkgs, which warns on its first use): mkAliasOptionModule. */
export function mkAliasOptionModuleMD(from: Path, to: Path): ModuleFn {
  warnOnce("mkAliasOptionModuleMD is deprecated and will be removed in 26.05; please use mkAliasOptionModule.");
  return mkAliasOptionModule(from, to);
}

export function mkMergedOptionModule(
  from: readonly Path[],
  to: Path,
  mergeFn: (config: AttrSet) => unknown,
): ModuleFn {
  const unset = "_mkMergedOptionModule";
  return ({ config, options }) => {
    const decls: AttrSet = {};
    for (const path of from) mergeInto(decls, setAttrByPath(path, mkOption({ visible: false, default: unset })) as AttrSet);
    const cfg: AttrSet = {
      get warnings() {
        return from
          .filter((f) => !nixEquals(getAttrFromPath(f, config), unset))
          .map(
            (f) =>
              `The option \`${showOption(f)}' defined in ${showFiles((getAttrFromPath(f, options) as Option).files)} has been changed to \`${showOption(to)}' that has a different type. Please read \`${showOption(to)}' documentation and update your configuration accordingly.`,
          );
      },
    };
    mergeInto(
      cfg,
      setAttrByPath(
        to,
        lazyMerge(() => (from.some((f) => !nixEquals(getAttrFromPath(f, config), unset)) ? [mergeFn(config)] : [])),
      ) as AttrSet,
    );
    return { options: decls, config: cfg };
  };
}

export function mkChangedOptionModule(from: Path, to: Path, changeFn: (config: AttrSet) => unknown): ModuleFn {
  return mkMergedOptionModule([from], to, changeFn);
}

/** `recursiveUpdate` of plain declaration trees (no getters involved). */
function mergeInto(target: AttrSet, src: AttrSet): void {
  for (const k of Object.keys(src)) {
    const d = Object.getOwnPropertyDescriptor(src, k)!;
    if (hasOwn(target, k) && isAttrs(d.value) && isAttrs(target[k]) && !isOption(d.value) && !isOption(target[k])) {
      mergeInto(target[k] as AttrSet, d.value as AttrSet);
    } else {
      Object.defineProperty(target, k, d);
    }
  }
}
