/**
 * POSIX extended regular expressions, as Nix's `builtins.match` reads them
 * (the whole string must match; `.` matches a newline too), translated to
 * JavaScript regular expressions. What ERE does not have (`\d`, `\w`, `\s`,
 * `\b`, `(?:…)`, `{,n}`, a quantifier with nothing before it) is refused
 * with Nix's `invalid regular expression` error, rather than being read as
 * JavaScript; inside brackets `\` is an ordinary character and a leading `]`
 * is literal.
 */
import { EvalError } from "./errors.js";

const posixClasses: Record<string, string> = {
  alnum: "a-zA-Z0-9",
  alpha: "a-zA-Z",
  blank: " \\t",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: " \\t\\n\\r\\f\\v",
  upper: "A-Z",
  xdigit: "0-9A-Fa-f",
  // class names Nix's regex engine (libstdc++) also knows
  d: "0-9",
  s: " \\t\\n\\r\\f\\v",
  w: "a-zA-Z0-9_",
};

// outside brackets, the characters a backslash makes literal
const escapable = new Set([..."^.[$()|*+?{\\"]);

/** The error Nix gives for a pattern its regex engine refuses. */
export function invalidRegex(pattern: string): EvalError {
  return new EvalError(`invalid regular expression '${pattern}'`);
}

/** A JavaScript character (outside a class) that stands for itself. */
const literal = (c: string): string => (/[\\^$.|?*+()[\]{}/]/.test(c) ? `\\${c}` : c);

/** A character inside a JavaScript class. */
const classChar = (c: string): string => (/[\\\]^[-]/.test(c) ? `\\${c}` : c);

/** After a range or a class, a `-` can only be the bracket's last character (`[a-z-]`, not `[a-z-9]`). */
function noRangeAfter(pattern: string, i: number): void {
  if (pattern[i] === "-" && pattern[i + 1] !== "]") throw invalidRegex(pattern);
}

/** Reads a bracket expression starting after its `[`; returns the JS class and the index after its `]`. */
function bracket(pattern: string, start: number): [string, number] {
  let i = start;
  let out = "[";
  if (pattern[i] === "^") {
    out += "^";
    i++;
  }
  let first = true;
  for (;;) {
    if (i >= pattern.length) throw invalidRegex(pattern);
    const c = pattern[i];
    if (c === "]" && !first) return [out + "]", i + 1];
    first = false;
    if (c === "[" && (pattern[i + 1] === ":" || pattern[i + 1] === "." || pattern[i + 1] === "=")) {
      const kind = pattern[i + 1];
      const end = pattern.indexOf(`${kind}]`, i + 2);
      if (end < 0) throw invalidRegex(pattern);
      const name = pattern.slice(i + 2, end);
      if (kind === ":") {
        if (!Object.hasOwn(posixClasses, name)) throw invalidRegex(pattern);
        out += posixClasses[name];
      } else {
        // a collating element or equivalence class: only single characters exist here
        if ([...name].length !== 1) throw invalidRegex(pattern);
        out += classChar(name);
      }
      i = end + 2;
      noRangeAfter(pattern, i);
      continue;
    }
    // a range `a-z` (a `-` first or last is literal)
    if (pattern[i + 1] === "-" && i + 2 < pattern.length && pattern[i + 2] !== "]") {
      const to = pattern[i + 2];
      if (to < c) throw invalidRegex(pattern);
      out += `${classChar(c)}-${classChar(to)}`;
      i += 3;
      noRangeAfter(pattern, i);
      continue;
    }
    out += classChar(c);
    i++;
  }
}

/** `pattern` (POSIX ERE) as a JavaScript regular expression matching whole strings. */
export function posixToRegExp(pattern: string): RegExp {
  let out = "";
  // where the last atom starts in `out` (to wrap it when quantifiers follow each other), or -1 when none may be quantified
  let atomStart = -1;
  let quantified = false;
  const groups: number[] = [];
  let i = 0;
  const atom = (js: string) => {
    atomStart = out.length;
    quantified = false;
    out += js;
  };
  const quantifier = (js: string) => {
    if (atomStart < 0) throw invalidRegex(pattern);
    // `a**` is `(a*)*` in ERE; JavaScript refuses a quantifier after a quantifier
    if (quantified) out = `${out.slice(0, atomStart)}(?:${out.slice(atomStart)})`;
    quantified = true;
    out += js;
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === undefined || !escapable.has(next)) throw invalidRegex(pattern);
      atom(literal(next));
      i += 2;
    } else if (c === "[") {
      const [js, end] = bracket(pattern, i + 1);
      atom(js);
      i = end;
    } else if (c === "(") {
      if (pattern[i + 1] === "?" || pattern[i + 1] === "*" || pattern[i + 1] === "+" || pattern[i + 1] === "{") throw invalidRegex(pattern);
      groups.push(out.length);
      out += "(";
      atomStart = -1;
      i++;
    } else if (c === ")") {
      const start = groups.pop();
      if (start === undefined) throw invalidRegex(pattern);
      out += ")";
      atomStart = start;
      quantified = false;
      i++;
    } else if (c === "|") {
      out += "|";
      atomStart = -1;
      i++;
    } else if (c === "*" || c === "+" || c === "?") {
      quantifier(c);
      i++;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (m === null || (m[3] !== undefined && m[3] !== "" && Number(m[3]) < Number(m[1]))) throw invalidRegex(pattern);
      quantifier(m[0]);
      i += m[0].length;
    } else if (c === "^" || c === "$") {
      out += c;
      atomStart = -1;
      i++;
    } else if (c === ".") {
      atom(".");
      i++;
    } else {
      atom(literal(c));
      i++;
    }
  }
  if (groups.length > 0) throw invalidRegex(pattern);
  return new RegExp(`^(?:${out})$`, "s");
}
