/**
 * `lib.cli`: an attribute set of options turned into command-line arguments
 * (nixpkgs lib/cli.nix). Names are taken in Nix's order (sorted); a list
 * repeats its option once per element; null leaves the option out.
 *
 *     toCommandLineGNU({}, { v: true, i: ".bak", testsuite: ["unit", "integration"] })
 *     // ["-i.bak", "--testsuite=unit", "--testsuite=integration", "-v"]
 */
import { EvalError } from "./errors.js";
import { escapeShellArgs, stringLength } from "./strings.js";
import { mkValueStringDefault } from "./value-string.js";
import { isBool, isList, sortedNames } from "./values.js";
import { warnOnce } from "./warnings.js";

/** The options to render: option name → value (null, a boolean, a list, or what `formatArg` takes). */
export type CommandLineAttrs = Readonly<Record<string, unknown>>;

/** How `toCommandLine` renders one option. */
export interface CommandLineOptionSpec {
  /** The flag itself: `-v`, `--verbose`. */
  readonly option: string;
  /** Between the flag and its argument (`=`); null: the argument is a separate element. */
  readonly sep: string | null;
  /** false: `true` is the bare flag and `false` nothing; true: both are arguments, through `formatArg`. */
  readonly explicitBool: boolean;
  /** The argument as a string; mkValueStringDefault by default. */
  readonly formatArg?: (value: unknown) => string;
}

const formatDefault = (value: unknown): string => mkValueStringDefault({}, value);

/**
 * `lib.cli.toCommandLine optionFormat attrs`: the arguments, each option
 * rendered as `optionFormat(name)` says. An empty option name is refused
 * (nixpkgs' message; Nix itself fails there with `attribute 'throw' missing`).
 */
export function toCommandLine(optionFormat: (optionName: string) => CommandLineOptionSpec, attrs: CommandLineAttrs): string[] {
  const render = (spec: CommandLineOptionSpec, v: unknown): string[] => {
    if (v === null || (!spec.explicitBool && v === false)) return [];
    if (!spec.explicitBool && v === true) return [spec.option];
    const arg = (spec.formatArg ?? formatDefault)(v);
    return spec.sep !== null ? [`${spec.option}${spec.sep}${arg}`] : [spec.option, arg];
  };
  return sortedNames(attrs).flatMap((k) => {
    if (k === "") throw new EvalError("lib.cli.toCommandLine only accepts non-empty option names.");
    const v = attrs[k];
    const spec = optionFormat(k);
    return isList(v) ? v.flatMap((x) => render(spec, x)) : render(spec, v);
  });
}

/** `lib.cli.toCommandLineShell`: toCommandLine's arguments, shell-escaped, in one string. */
export const toCommandLineShell = (optionFormat: (optionName: string) => CommandLineOptionSpec, attrs: CommandLineAttrs): string =>
  escapeShellArgs(toCommandLine(optionFormat, attrs));

/** The options of `toCommandLineGNU`. */
export interface CommandLineGNUOptions {
  /** Whether an option is long (`--name=arg`) or short (`-narg`); by default, a name longer than one byte is long. */
  readonly isLong?: (optionName: string) => boolean;
  /** See CommandLineOptionSpec.explicitBool; false by default. */
  readonly explicitBool?: boolean;
  /** The argument as a string; mkValueStringDefault by default. */
  readonly formatArg?: (value: unknown) => string;
}

/** `lib.cli.toCommandLineGNU options attrs`: GNU-style arguments (`-xarg`, `--long=arg`). */
export function toCommandLineGNU(options: CommandLineGNUOptions, attrs: CommandLineAttrs): string[] {
  const { isLong = (name: string) => stringLength(name) > 1, explicitBool = false, formatArg = formatDefault } = options;
  return toCommandLine((name) => {
    const long = isLong(name);
    return { option: long ? `--${name}` : `-${name}`, sep: long ? "=" : "", explicitBool, formatArg };
  }, attrs);
}

/** `lib.cli.toCommandLineShellGNU`: toCommandLineGNU's arguments, shell-escaped, in one string. */
export const toCommandLineShellGNU = (options: CommandLineGNUOptions, attrs: CommandLineAttrs): string => escapeShellArgs(toCommandLineGNU(options, attrs));

/** The options of the deprecated `toGNUCommandLine`. */
export interface GNUCommandLineOptions {
  /** The flag of a name; by default `-k` for a one-byte name, else `--name`. */
  readonly mkOptionName?: (k: string) => string;
  /** The arguments of a boolean; by default the flag when true, nothing when false. */
  readonly mkBool?: (k: string, v: boolean) => string[];
  /** The arguments of a list; by default `mkOption` of each element. */
  readonly mkList?: (k: string, v: readonly unknown[]) => string[];
  /** The arguments of any other value; by default the flag and the value (mkValueStringDefault), nothing for null. */
  readonly mkOption?: (k: string, v: unknown) => string[];
  /** Joins flag and value into one argument (`=`); null (the default): two arguments. */
  readonly optionValueSeparator?: string | null;
}

/**
 * `lib.cli.toGNUCommandLine options attrs` (deprecated, with nixpkgs'
 * warning on its first use: use toCommandLine or toCommandLineGNU).
 */
export function toGNUCommandLine(options: GNUCommandLineOptions, attrs: CommandLineAttrs): string[] {
  warnOnce("lib.cli.toGNUCommandLine is deprecated, please use lib.cli.toCommandLine or lib.cli.toCommandLineShellGNU instead.");
  const separator = options.optionValueSeparator ?? null;
  const mkOptionName = options.mkOptionName ?? ((k: string) => (stringLength(k) === 1 ? `-${k}` : `--${k}`));
  const mkBool = options.mkBool ?? ((k: string, v: boolean) => (v ? [mkOptionName(k)] : []));
  const mkOption =
    options.mkOption ??
    ((k: string, v: unknown): string[] => {
      if (v === null) return [];
      const value = mkValueStringDefault({}, v);
      return separator === null ? [mkOptionName(k), value] : [`${mkOptionName(k)}${separator}${value}`];
    });
  const mkList = options.mkList ?? ((k: string, v: readonly unknown[]) => v.flatMap((x) => mkOption(k, x)));
  return sortedNames(attrs).flatMap((k) => {
    const v = attrs[k];
    return isBool(v) ? mkBool(k, v) : isList(v) ? mkList(k, v) : mkOption(k, v);
  });
}

/** `lib.cli.toGNUCommandLineShell` (deprecated, warns): toGNUCommandLine's arguments, shell-escaped, in one string. */
export function toGNUCommandLineShell(options: GNUCommandLineOptions, attrs: CommandLineAttrs): string {
  warnOnce("lib.cli.toGNUCommandLineShell is deprecated, please use lib.cli.toCommandLineShell or lib.cli.toCommandLineShellGNU instead.");
  return escapeShellArgs(toGNUCommandLine(options, attrs));
}

/** The `lib.cli` namespace. */
export const cli = { toCommandLine, toCommandLineShell, toCommandLineGNU, toCommandLineShellGNU, toGNUCommandLine, toGNUCommandLineShell };
