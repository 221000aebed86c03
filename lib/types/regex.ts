/**
 * POSIX extended regular expressions (as Nix's `builtins.match` reads them,
 * through libstdc++'s `std::regex::extended`) translated to JavaScript.
 * The syntaxes differ: `\d`, `(?:…)`, `{,n}` are JavaScript, not ERE; inside
 * brackets `\` and a leading `]` are literal; `[[:alpha:]]` is ERE only; `a**`
 * is ERE only. A pattern Nix refuses gives `null` here.
 */

/** Bracket classes libstdc++ knows (its `lookup_classname`), as JavaScript class bodies. */
const bracketClasses: Record<string, string> = {
  alnum: "a-zA-Z0-9",
  alpha: "a-zA-Z",
  blank: " \\t",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  d: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: " \\t\\n\\r\\f\\v",
  s: " \\t\\n\\r\\f\\v",
  upper: "A-Z",
  w: "a-zA-Z0-9_",
  xdigit: "0-9A-Fa-f",
};

/** Characters an ERE `\` may escape outside brackets. */
const escapable = new Set([..."^.[$()|*+?{\\"]);

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

class Invalid extends Error {}

/** The JavaScript source for an ERE (without anchors), or null when Nix calls it invalid. */
export function ereToJs(pattern: string): string | null {
  let i = 0;
  const fail = (): never => {
    throw new Invalid();
  };

  function bracket(): string {
    // at the char after `[`
    let out = "[";
    if (pattern[i] === "^") {
      out += "^";
      i++;
    }
    let first = true;
    // the last single character read, which may start a range
    let prev: string | null = null;
    for (;;) {
      if (i >= pattern.length) fail();
      const c = pattern[i];
      if (c === "]" && !first) {
        i++;
        return out + "]";
      }
      first = false;
      if (c === "[" && (pattern[i + 1] === ":" || pattern[i + 1] === "." || pattern[i + 1] === "=")) {
        const kind = pattern[i + 1];
        const end = pattern.indexOf(`${kind}]`, i + 2);
        if (end < 0) fail();
        const name = pattern.slice(i + 2, end);
        i = end + 2;
        if (kind === ":") {
          const cls = bracketClasses[name];
          if (cls === undefined) fail();
          if (pattern[i] === "-" && pattern[i + 1] !== "]") fail();
          out += cls;
          prev = null;
        } else {
          if (name.length !== 1) fail();
          out += hex(name);
          prev = name;
        }
        continue;
      }
      if (c === "-" && prev !== null && pattern[i + 1] !== "]" && i + 1 < pattern.length) {
        // a range prev-end
        let end = pattern[i + 1];
        i += 2;
        if (end === "[" && (pattern[i] === "." || pattern[i] === "=")) {
          const kind = pattern[i];
          const close = pattern.indexOf(`${kind}]`, i + 1);
          if (close < 0) fail();
          end = pattern.slice(i + 1, close);
          if (end.length !== 1) fail();
          i = close + 2;
        }
        if (end.charCodeAt(0) < prev.charCodeAt(0)) fail();
        out += `-${hex(end)}`;
        prev = null;
        // `[a-z-9]`: a `-` right after a range only ends the bracket
        if (pattern[i] === "-" && pattern[i + 1] !== "]") fail();
        continue;
      }
      out += hex(c);
      prev = c;
      i++;
    }
  }

  /** One branch-list up to `)` or the end. */
  function alternation(depth: number): string {
    let out = "";
    // where the last piece began in `out`, whether it can be repeated, and whether it already was
    let pieceStart = -1;
    let quantified = false;
    while (i < pattern.length) {
      const c = pattern[i];
      if (c === ")") {
        if (depth === 0) fail();
        return out;
      }
      if (c === "|") {
        out += "|";
        i++;
        pieceStart = -1;
        continue;
      }
      if (c === "*" || c === "+" || c === "?" || c === "{") {
        let q = c;
        i++;
        if (c === "{") {
          const m = /^(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
          if (m === null) fail();
          const lo = Number(m![1]);
          if (m![3] !== undefined && m![3] !== "" && Number(m![3]) < lo) fail();
          q = `{${m![0]}`;
          i += m![0].length;
        }
        if (pieceStart < 0) fail();
        // `a**`, `a{1}{2}`: ERE repeats the repeated piece; JavaScript needs a group
        if (quantified) out = `${out.slice(0, pieceStart)}(?:${out.slice(pieceStart)})`;
        out += q;
        quantified = true;
        continue;
      }
      const start = out.length;
      let repeatable = true;
      if (c === "(") {
        i++;
        const inner = alternation(depth + 1);
        if (pattern[i] !== ")") fail();
        i++;
        out += `(?:${inner})`;
      } else if (c === "[") {
        i++;
        out += bracket();
      } else if (c === "\\") {
        const e = pattern[i + 1];
        if (e === undefined || !escapable.has(e)) fail();
        out += `\\${e}`;
        i += 2;
      } else if (c === "^" || c === "$") {
        out += c;
        i++;
        repeatable = false;
      } else if (c === ".") {
        out += ".";
        i++;
      } else {
        out += /[\]}/]/.test(c) ? `\\${c}` : c;
        i++;
      }
      pieceStart = repeatable ? start : -1;
      quantified = false;
    }
    if (depth > 0) fail();
    return out;
  }

  try {
    return alternation(0);
  } catch (e) {
    if (e instanceof Invalid) return null;
    throw e;
  }
}

/** Nix's `builtins.match` test: the whole string matches (`.` matches newlines), or null if invalid. */
export function wholeMatchRegExp(pattern: string): RegExp | null {
  const js = ereToJs(pattern);
  return js === null ? null : new RegExp(`^(?:${js})$`, "s");
}
