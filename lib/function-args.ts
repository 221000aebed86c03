/**
 * `builtins.functionArgs` for JavaScript functions: the names a function
 * destructures from its first parameter (`({ config, pkgs = x }) => …`),
 * each mapped to whether it has a default. Read from the function's source
 * text; a function that does not destructure its argument has none.
 */
const cache = new WeakMap<object, Record<string, boolean>>();

export function functionArgs(f: unknown): Record<string, boolean> {
  if (typeof f !== "function") return {};
  const explicit = (f as { __functionArgs?: Record<string, boolean> }).__functionArgs;
  if (explicit !== undefined) return explicit;
  let args = cache.get(f);
  if (args === undefined) {
    args = parseDestructuredArgs(Function.prototype.toString.call(f));
    cache.set(f, args);
  }
  return args;
}

function parseDestructuredArgs(src: string): Record<string, boolean> {
  // skip `async`, `function name`, and the opening parenthesis
  const m = /^\s*(?:async\s*)?(?:function\b[^(]*)?\(?\s*\{/.exec(src);
  if (m === null) return {};
  const body = balanced(src, m[0].length - 1);
  const out: Record<string, boolean> = {};
  for (const item of splitTopLevel(body)) {
    const t = item.trim();
    if (t === "" || t.startsWith("...")) continue;
    const name = /^["']?([A-Za-z_$][\w$-]*)/.exec(t);
    if (name === null) continue;
    Object.defineProperty(out, name[1], {
      value: /=(?!>)/.test(stripNested(t)),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** The text between the brace at `open` and its partner. */
function balanced(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      depth--;
      if (depth === 0) return src.slice(open + 1, i);
    } else if (c === '"' || c === "'" || c === "`") {
      i = skipString(src, i);
    }
  }
  return src.slice(open + 1);
}

function skipString(src: string, start: number): number {
  const q = src[start];
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === q) return i;
  }
  return src.length;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth--;
    else if (c === '"' || c === "'" || c === "`") i = skipString(s, i);
    else if (c === "," && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Removes nested brackets so that `=` inside a nested pattern or default is not mistaken. */
function stripNested(s: string): string {
  let out = "";
  let depth = 0;
  for (const c of s) {
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth--;
    else if (depth === 0) out += c;
  }
  return out;
}
