/** Option shorthands that need the type catalogue: `mkEnableOption`, `mkPackageOption`, `mkSinkUndeclaredOptions`. */
import { EvalError } from "./errors.js";
import { literalExpression, mkOption, type OptionDecl } from "./options.js";
import { nullOr } from "./types/composite.js";
import { bool, packageType } from "./types/primitives.js";
import { mkOptionType } from "./types/type.js";
import { escapeNixIdentifier } from "./pretty.js";
import { type AttrSet, hasOwn, isAttrs } from "./values.js";

/** `mkEnableOption name`: a boolean, default false, described "Whether to enable <name>.". */
export function mkEnableOption(name: string): OptionDecl<boolean> {
  return mkOption({ default: false, example: true, description: `Whether to enable ${name}.`, type: bool });
}

/**
 * `mkSinkUndeclaredOptions attrs`: an option that takes any definitions and
 * drops them (its value cannot be read), for option sets whose definitions
 * are to be ignored; `attrs` adds to or replaces its declaration.
 */
export function mkSinkUndeclaredOptions(attrs: AttrSet = {}): OptionDecl<boolean> {
  return mkOption({
    internal: true,
    visible: false,
    default: false,
    description: "Sink for option definitions.",
    type: mkOptionType({ name: "sink", check: () => true, merge: () => false }),
    apply: () => {
      throw new EvalError("Option value is not readable because the option is not declared.");
    },
    ...attrs,
  });
}

export interface PackageOptionArgs {
  nullable?: boolean;
  default?: string | readonly string[] | null;
  example?: string | readonly string[] | null;
  extraDescription?: string;
  pkgsText?: string;
}

/** `mkPackageOption pkgs name { … }`: a package option defaulting to `pkgs.<name>`. */
export function mkPackageOption(pkgs: unknown, name: string | readonly string[], args: PackageOptionArgs = {}): OptionDecl {
  const nullable = args.nullable ?? false;
  const def = args.default === undefined ? name : args.default;
  const pkgsText = args.pkgsText ?? "pkgs";
  const extra = args.extraDescription ?? "";
  const showAttrPath = (p: readonly string[]) => p.map(escapeNixIdentifier).join(".");
  const shortName = typeof name === "string" ? name : name[name.length - 1];
  const decl: Record<string, unknown> = {
    description: `The ${shortName} package to use.` + (extra === "" ? "" : " ") + extra,
    type: nullable ? nullOr(packageType) : packageType,
  };
  if (def !== null) {
    const path = typeof def === "string" ? [def] : [...def];
    const text = showAttrPath(path);
    Object.defineProperty(decl, "default", {
      enumerable: true,
      get: () => {
        let v: unknown = pkgs;
        for (const p of path) {
          if (!isAttrs(v) || !hasOwn(v, p)) throw new EvalError(`${text} cannot be found in ${pkgsText}`);
          v = (v as AttrSet)[p];
        }
        return v;
      },
    });
    decl.defaultText = literalExpression(`${pkgsText}.${text}`);
  } else if (nullable) {
    decl.default = null;
  }
  if (args.example !== undefined && args.example !== null) {
    decl.example = literalExpression(typeof args.example === "string" ? args.example : `${pkgsText}.${showAttrPath(args.example)}`);
  }
  return mkOption(decl);
}
