/**
 * Option declarations and the helpers that print and merge definitions
 * (nixpkgs `lib/options.nix`).
 */
import { OptionError } from "./errors.js";
import { isControlSignal } from "./modules/fixpoint.js";
import { escapeNixIdentifier, toPretty } from "./pretty.js";
import type { OptionType } from "./types/type.js";
import { type AttrSet, isAttrs, isBool, isFunction, isInt, isList, isString, nixEquals, setAttr } from "./values.js";

/** One definition of an option: where it was made and its (lazily read) value. */
export interface Definition<T = unknown> {
  readonly file: string;
  readonly value: T;
}

const unread = Symbol("unread");

/**
 * A definition whose value is computed when first read, then remembered (a
 * thunk): reading it again gives the same value, so the module system may
 * keep such a definition where it would otherwise copy what it read.
 */
export abstract class RememberedDefinition implements Definition {
  #value: unknown = unread;
  constructor(readonly file: string) {}
  protected abstract read(): unknown;
  get value(): unknown {
    if (this.#value === unread) this.#value = this.read();
    return this.#value;
  }
}

/** `{ _type = "literalExpression" | "literalMD"; text }`: documentation text shown as is. */
export interface Literal {
  readonly _type: "literalExpression" | "literalMD";
  readonly text: string;
}

/** What `mkOption` takes. Every field is optional, as in Nix; absent fields stay absent. */
export interface OptionDeclaration<T = unknown> {
  type?: OptionType;
  default?: T;
  defaultText?: Literal | string | unknown;
  example?: unknown;
  description?: string | null;
  apply?: (value: T) => unknown;
  readOnly?: boolean;
  internal?: boolean;
  visible?: boolean | "shallow" | "transparent";
  relatedPackages?: unknown;
}

/** An option as declared (`mkOption` result). */
export type OptionDecl<T = unknown> = OptionDeclaration<T> & { readonly _type: "option" };

/** A definition with its priority, and whether it is among those that count (`allDefinitions`). */
export interface RankedDefinition extends Definition {
  /** Its mkOverride priority (plain definitions 100, `mkDefault` 1000, the option's default 1500). */
  readonly priority: number;
  /** Whether it has the option's highest priority, so it is merged into the value. */
  readonly won: boolean;
}

/** An evaluated option, as found in `evalModules(…).options`. */
export interface Option<T = unknown> extends OptionDeclaration<T> {
  readonly _type: "option";
  readonly type: OptionType;
  readonly loc: string[];
  readonly declarations: string[];
  readonly declarationPositions: { file: string; line: number | null; column: number | null }[];
  readonly value: T;
  readonly isDefined: boolean;
  readonly highestPrio: number;
  /** What the option's type tells about its merge (nixpkgs lib 26.11's `valueMeta`): `list`, `attrs`, `configuration`, … */
  readonly valueMeta: object;
  readonly definitions: unknown[];
  readonly definitionsWithLocations: Definition[];
  readonly files: string[];
  /**
   * Beyond Nix: every definition whose mkIf conditions hold, the default
   * included, with its priority and whether it won (what `--show-option` lists).
   */
  readonly allDefinitions: RankedDefinition[];
}

/**
 * Marks declarations made by `mkOption` whose fields are all data properties
 * (no getter), so that they can be copied with plain reads. Not enumerable,
 * so a copy (`{ ...decl, get default() { … } }`) is not marked.
 */
const dataOnly = Symbol("data-only option declaration");
export const isDataOnlyDeclaration = (decl: object): boolean => (decl as { [dataOnly]?: boolean })[dataOnly] === true;

/** `mkOption { … }`: declares an option. */
/**
 * Where `mkOption` was called, recorded only while
 * `recordDeclarationPositions(true)` (the docs' source links need it; it
 * costs a stack capture per option, so evaluations do not pay it).
 */
const declarationSite = Symbol("declaration site");
let recordingPositions = false;
const libDir = new URL(".", import.meta.url).pathname;

export function recordDeclarationPositions(on: boolean): void {
  recordingPositions = on;
}

/**
 * The position of a declaration made by `mkOption` in `file`, when it was
 * recorded: the first caller outside lib/, if that is `file` (a compiled
 * copy of it has other lines); else null.
 */
export function declarationPosition(decl: object, file: string): { file: string; line: number; column: number } | null {
  const site = (decl as { [declarationSite]?: { stack?: string } })[declarationSite];
  if (site === undefined) return null;
  for (const frame of site.stack?.split("\n").slice(1) ?? []) {
    const m = /\(?(?:file:\/\/)?([^()\s]+):(\d+):(\d+)\)?$/.exec(frame);
    if (m === null || m[1].startsWith(libDir)) continue;
    return m[1] === file || m[1].endsWith(`/${file}`) ? { file, line: Number(m[2]), column: Number(m[3]) } : null;
  }
  return null;
}

/**
 * Declares an option. `Type` keeps the declared type's own type, so that
 * `InferOptions` (types/typed.ts) reads the value type it tells.
 */
export function mkOption<T = unknown, Type extends OptionType = OptionType>(
  decl: OptionDeclaration<T> & { type?: Type },
): OptionDecl<T> & { readonly type?: Type } {
  const out = { _type: "option" } as OptionDecl<T> & { readonly type?: Type } & AttrSet;
  let onlyData = true;
  for (const k of Object.keys(decl)) {
    const d = Object.getOwnPropertyDescriptor(decl, k)!;
    if (d.get !== undefined || k === "__proto__") {
      Object.defineProperty(out, k, d);
      onlyData = false;
    } else if (d.value !== undefined) out[k] = d.value;
  }
  if (onlyData) Object.defineProperty(out, dataOnly, { value: true });
  if (recordingPositions) {
    const site: { stack?: string } = {};
    Error.captureStackTrace(site, mkOption);
    Object.defineProperty(out, declarationSite, { value: site });
  }
  return out;
}

export const isOption = (v: unknown): v is Option => isAttrs(v) && v._type === "option";

/** `literalExpression text`: a default or example shown as this Nix expression. */
export function literalExpression(text: string): Literal {
  if (!isString(text)) throw new OptionError("literalExpression expects a string.");
  return { _type: "literalExpression", text };
}

/** `literalMD text`: a default or example shown as this Markdown. */
export function literalMD(text: string): Literal {
  if (!isString(text)) throw new OptionError("literalMD expects a string.");
  return { _type: "literalMD", text };
}

/** `showOption [ "a" "b" ]` = `a.b`; parts that are not identifiers are quoted; `*` and `<name>` stay. */
export function showOption(parts: readonly string[]): string {
  return parts.map((p) => (p === "*" || /^<.*>$/s.test(p) ? p : escapeNixIdentifier(p))).join(".");
}

/** `` `a.nix' and `b.nix' `` */
export function showFiles(files: readonly string[]): string {
  return files.map((f) => `\`${f}'`).join(" and ");
}

/** `lib.options.showOptionWithDefLocs opt`: the option's name and the files that define it, a line each. */
export function showOptionWithDefLocs(opt: { readonly loc: readonly string[]; readonly files: readonly string[] }): string {
  return `${showOption(opt.loc)}, with values defined in:\n${opt.files.map((f) => `  - ${f}`).join("\n")}\n`;
}

/**
 * `lib.options.scrubOptionValue`: a value as documentation shows it, with
 * each package replaced by a stand-in naming it (`{ type = "derivation";
 * name; drvPath = name; outPath = name; }`) and `_args` dropped.
 */
export function scrubOptionValue(x: unknown): unknown {
  if (isAttrs(x) && x.type === "derivation") {
    const name = x.name;
    return { type: "derivation", drvPath: name, outPath: name, name };
  }
  if (isList(x)) return x.map(scrubOptionValue);
  if (!isAttrs(x)) return x;
  const out: AttrSet = {};
  for (const k of Object.keys(x)) if (k !== "_args") setAttr(out, k, scrubOptionValue(x[k]));
  return out;
}

/** `lib.options.showDefs`: each definition's file and its value (at most 5 lines). */
export function showDefs(defs: readonly Definition[]): string {
  return defs
    .map((def) => {
      let result: string;
      try {
        const lines = toPretty(def.value, { depthLimit: 10 }).split("\n");
        const value = [...lines.slice(0, 5), ...(lines.length > 5 ? ["..."] : [])].join("\n    ");
        result = lines.length > 1 ? ":\n    " + value : ": " + value;
      } catch (e) {
        if (isControlSignal(e)) throw e;
        result = ""; // as Nix's tryEval: a value that fails to print is left out
      }
      return `\n- In \`${def.file}'${result}`;
    })
    .join("");
}

export const prioritySuggestion =
  "Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.";

export const getValues = (defs: readonly Definition[]): unknown[] => defs.map((d) => d.value);
export const getFiles = (defs: readonly Definition[]): string[] => defs.map((d) => d.file);

/** Merge that requires all definitions to be equal. */
export function mergeEqualOption(loc: readonly string[], defs: readonly Definition[]): unknown {
  const first = defs[0];
  for (let i = 1; i < defs.length; i++) {
    const def = defs[i];
    if (!nixEquals(def.value, first.value)) {
      throw new OptionError(
        `The option \`${showOption(loc)}' has conflicting definition values:${showDefs([first, def])}\n${prioritySuggestion}`,
        loc,
        [first.file, def.file],
      );
    }
  }
  return first.value;
}

/** Merge that allows a single definition only; `message` explains why. */
export function mergeUniqueOption(opts: {
  message: string;
  merge?: (loc: readonly string[], defs: readonly Definition[]) => unknown;
}): (loc: readonly string[], defs: readonly Definition[]) => unknown {
  return (loc, defs) => {
    if (defs.length === 1) return opts.merge !== undefined ? opts.merge(loc, defs) : defs[0].value;
    throw new OptionError(
      `The option \`${showOption(loc)}' is defined multiple times while it's expected to be unique.\n${opts.message}\nDefinition values:${showDefs(defs)}\n${prioritySuggestion}`,
      loc,
      getFiles(defs),
    );
  };
}

export const mergeOneOption = mergeUniqueOption({ message: "" });

/** The merge of an option without a type (`types.unspecified`). */
export function mergeDefaultOption(loc: readonly string[], defs: readonly Definition[]): unknown {
  const list = getValues(defs);
  if (list.length === 1) return list[0];
  if (list.every(isFunction)) {
    return (x: unknown) =>
      mergeDefaultOption(
        loc,
        defs.map((d) => ({ file: d.file, value: (d.value as (a: unknown) => unknown)(x) })),
      );
  }
  if (list.every(isList)) return (list as unknown[][]).flat(1);
  if (list.every(isAttrs)) {
    const out: AttrSet = {};
    for (const v of list) for (const k of Object.keys(v as object)) Object.defineProperty(out, k, Object.getOwnPropertyDescriptor(v, k)!);
    return out;
  }
  if (list.every(isBool)) return list.some((b) => b);
  if (list.every(isString)) return list.join("");
  if (list.every(isInt) && list.every((x) => x === list[0])) return list[0];
  throw new OptionError(
    `Cannot merge definitions of \`${showOption(loc)}'. Definition values:${showDefs(defs)}`,
    loc,
    getFiles(defs),
  );
}
