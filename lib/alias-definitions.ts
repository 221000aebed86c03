/**
 * Definitions made from another option's definitions (nixpkgs modules.nix's
 * `mkAliasDefinitions`, `mkAliasAndWrapDefinitions`,
 * `mkAliasAndWrapDefsWithPriority`, `mkAliasIfDef`, `mkDerivedConfig`).
 * The option is read when the definition is merged, not when it is written:
 * a module may hand `options.x` over while the modules are collected.
 */
import { EvalError } from "./errors.js";
import { lazy } from "./modules/fixpoint.js";
import { isOption, type Option } from "./options.js";
import { defaultOverridePriority, type IfProperty, lazyMerge, type MergeProperty, mkIf, mkOverride, type OverrideProperty } from "./properties.js";
import { nixTypeWithArticle } from "./values.js";
import { warnOnce } from "./warnings.js";

/** `option`, or an error naming the function when it is not an option (Nix: `attribute 'isDefined' missing`). */
function checkedOption(fn: string, option: unknown): Option {
  if (isOption(option)) return option;
  throw new EvalError(`${fn}: expected an option (\`options.<name>'), but got ${nixTypeWithArticle(option)}`);
}

/**
 * `mkIf option.isDefined (wrap (mkMerge option.definitions))`, each
 * definition with the option's priority when `withPriority`. The option is
 * read when the condition or the merge is; `wrap` gets the merge unread, so
 * the structure it builds (`setAttrByPath to merged`) needs no definition.
 */
export function aliasDefinitions<T>(
  fn: string,
  option: () => unknown,
  wrap: (merged: MergeProperty) => T,
  withPriority: boolean,
): IfProperty<T> {
  const merged = lazyMerge(() => {
    const o = checkedOption(fn, option());
    if (!withPriority) return o.definitions;
    const priority = o.highestPrio ?? defaultOverridePriority;
    return o.definitions.map((d) => mkOverride(priority, d));
  });
  const content = lazy("", () => wrap(merged));
  return {
    _type: "if",
    condition: () => checkedOption(fn, option()).isDefined,
    get content() {
      return content();
    },
  };
}

/**
 * `mkAliasAndWrapDefinitions wrap option`: the option's definitions (those of
 * its highest priority, without their mkOverride), merged and given to `wrap`,
 * when it has any.
 *
 *     config.services.foo.settings = mkAliasAndWrapDefinitions((v) => ({ main: v }), options.foo.main);
 */
export function mkAliasAndWrapDefinitions<T>(wrap: (merged: unknown) => T, option: Option): IfProperty<T> {
  return aliasDefinitions("mkAliasAndWrapDefinitions", () => option, wrap, false);
}

/** `mkAliasDefinitions option`: the option's definitions, defined here too (their priority is not kept). */
export function mkAliasDefinitions(option: Option): IfProperty<unknown> {
  return mkAliasAndWrapDefinitions((merged) => merged, option);
}

/** `mkAliasAndWrapDefsWithPriority wrap option`: as mkAliasAndWrapDefinitions, each definition with the option's priority. */
export function mkAliasAndWrapDefsWithPriority<T>(wrap: (merged: unknown) => T, option: Option): IfProperty<T> {
  return aliasDefinitions("mkAliasAndWrapDefsWithPriority", () => option, wrap, true);
}

/** `mkAliasIfDef option content` (deprecated in nixpkgs, which warns on its first use): `content` when the option is defined. */
export function mkAliasIfDef(option: Option): <T>(content: T) => IfProperty<T> {
  warnOnce("Usage of 'mkAliasIfDef' has been deprecated. Use 'mkIf option.isDefined' instead.");
  return (content) => mkIf(() => checkedOption("mkAliasIfDef", option).isDefined, content);
}

/**
 * `mkDerivedConfig opt f`: `f` of the option's value, with the option's
 * priority (so a default stays a default).
 *
 *     source = mkDerivedConfig(options.text, (text) => pkgs.writeText("app.conf", text));
 */
export function mkDerivedConfig<T>(option: Option, f: (value: unknown) => T): OverrideProperty<T> {
  const content = lazy("", () => f(option.value));
  return {
    _type: "override",
    get priority() {
      return checkedOption("mkDerivedConfig", option).highestPrio ?? defaultOverridePriority;
    },
    get content() {
      return content();
    },
  };
}
