/**
 * Printing values the way nixpkgs prints them in messages and docs:
 * `lib.generators.toPretty`, `escapeNixString`, `escapeNixIdentifier`.
 */
import { functionArgs } from "./function-args.js";
import { allSortedNames, type AttrSet, hasOwn, isAttrs, isFloat, isFunction, isInt, isList, isString, sortedNames } from "./values.js";

/** Nix's `lib.strings.escapeNixString`: a JSON string with `$` escaped. */
export function escapeNixString(s: string): string {
  return JSON.stringify(s).replace(/\$/g, "\\$");
}

const nixKeywords = new Set(["assert", "else", "if", "in", "inherit", "let", "or", "rec", "then", "with"]);

/** Nix's `lib.strings.escapeNixIdentifier`: quotes an attribute name unless it is a plain identifier. */
export function escapeNixIdentifier(s: string): string {
  return /^[a-zA-Z_][a-zA-Z0-9_'-]*$/.test(s) && !nixKeywords.has(s) ? s : escapeNixString(s);
}

/** Nix's `builtins.toJSON` of a float: the shortest text that round-trips. */
export function floatToJSON(n: number): string {
  return JSON.stringify(n);
}

export interface PrettyOptions {
  multiline?: boolean;
  allowPrettyValues?: boolean;
  /** Values nested deeper than this print as `<unevaluated>` (`generators.withRecursion`). */
  depthLimit?: number;
}

/** `lib.generators.toPretty`: a value as a Nix expression. */
export function toPretty(v: unknown, options: PrettyOptions = {}): string {
  const multiline = options.multiline ?? true;
  const allowPrettyValues = options.allowPrettyValues ?? false;
  const depthLimit = options.depthLimit ?? Infinity;

  const go = (indent: string, v: unknown, depth: number): string => {
    if (depth > depthLimit) return "<unevaluated>";
    const intro = multiline ? `\n${indent}  ` : " ";
    const outro = multiline ? `\n${indent}` : " ";
    if (isInt(v)) return String(v);
    if (isFloat(v)) return floatToJSON(v);
    if (isString(v)) return prettyString(v, multiline, intro, outro);
    if (v === true) return "true";
    if (v === false) return "false";
    if (v === null || v === undefined) return "null";
    if (isList(v)) {
      if (v.length === 0) return "[ ]";
      return "[" + intro + v.map((x) => go(indent + "  ", x, depth + 1)).join(intro) + outro + "]";
    }
    if (isFunction(v)) {
      const args = functionArgs(v);
      const names = sortedNames(args);
      return names.length === 0
        ? "<function>"
        : `<function, args: {${names.map((n) => (args[n] ? `${n}?` : n)).join(", ")}}>`;
    }
    if (isAttrs(v)) {
      const attrs = v as AttrSet;
      if (allowPrettyValues && hasOwn(attrs, "__pretty") && hasOwn(attrs, "val")) {
        return (attrs.__pretty as (x: unknown) => string)(attrs.val);
      }
      const names = allSortedNames(attrs);
      if (names.length === 0) return "{ }";
      if (attrs.type === "derivation") return `<derivation ${isString(attrs.name) ? attrs.name : "???"}>`;
      return (
        "{" +
        intro +
        names.map((n) => `${escapeNixIdentifier(n)} = ${go(indent + "  ", attrs[n], depth + 1)};`).join(intro) +
        outro +
        "}"
      );
    }
    return String(v);
  };
  return go("", v, 0);
}

function prettyString(v: string, multiline: boolean, intro: string, outro: string): string {
  const lines = v.split("\n");
  if (multiline && lines.length > 1) {
    const escaped = lines.map((l) => l.replace(/''/g, "'''").replace(/\$\{/g, "''${"));
    const last = escaped[escaped.length - 1];
    return "''" + intro + escaped.slice(0, -1).join(intro) + (last === "" ? outro : intro + last) + "''";
  }
  const escapeSingle = (l: string) => l.replace(/[\\"]/g, (c) => "\\" + c).replace(/\$\{/g, "\\${");
  return '"' + lines.map(escapeSingle).join("\\n") + '"';
}
