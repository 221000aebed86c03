/**
 * A markdown-it parser set up the way nixos-render-docs parses option descriptions:
 * CommonMark, raw HTML off, typographer (smart quotes and replacements), tables, and the
 * NixOS extensions option descriptions use — admonitions (`::: {.note}` … `:::`), roles
 * (`` {option}`microvm.vcpu` ``) and `<!-- comments -->`. Every renderer parses with it,
 * so the Markdown, HTML and man page outputs read descriptions the same way.
 */
import createMarkdownIt, { type MarkdownIt, type StateBlock, type StateCore, type StateInline } from "markdown-it";

/** The admonition kinds nixos-render-docs accepts in `::: {.kind}` blocks. */
export const admonitionKinds = ["note", "caution", "tip", "important", "warning"] as const;
export type AdmonitionKind = (typeof admonitionKinds)[number];

const COLON = 0x3a;

/** The kind of an admonition fence's attribute block (`{.note}`), or undefined for anything else. */
function admonitionKindOf(info: string): AdmonitionKind | undefined {
  const match = /^\s*\{([^}]*)\}\s*$/.exec(info);
  if (!match) return undefined;
  const parts = match[1]!.split(/\s+/).filter((part) => part !== "");
  if (parts.length !== 1 || !parts[0]!.startsWith(".")) return undefined;
  const kind = parts[0]!.slice(1);
  return (admonitionKinds as readonly string[]).includes(kind) ? (kind as AdmonitionKind) : undefined;
}

function countColons(state: StateBlock, start: number, max: number): number {
  let pos = start;
  while (pos < max && state.src.charCodeAt(pos) === COLON) pos++;
  return pos - start;
}

/**
 * `::: {.note}` … `:::` — a fenced block of three or more colons whose attribute block
 * names an admonition kind. It may interrupt a paragraph; an unclosed block runs to the
 * end of its container. Emits `admonition_open` (meta.kind) / `admonition_close`.
 */
function admonitionBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const fenceLength = countColons(state, start, max);
  if (fenceLength < 3) return false;
  const kind = admonitionKindOf(state.src.slice(start + fenceLength, max));
  if (kind === undefined) return false;
  if (silent) return true;

  let nextLine = startLine;
  let closed = false;
  while (++nextLine < endLine) {
    const lineStart = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    const lineMax = state.eMarks[nextLine]!;
    // a non-blank line indented less than the container ends it (like a list item ending)
    if (lineStart < lineMax && state.sCount[nextLine]! < state.blkIndent) break;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) continue;
    const colons = countColons(state, lineStart, lineMax);
    if (colons < fenceLength) continue;
    if (state.skipSpaces(lineStart + colons) < lineMax) continue;
    closed = true;
    break;
  }

  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  state.parentType = "admonition" as typeof state.parentType;
  state.lineMax = nextLine;
  const open = state.push("admonition_open", "div", 1);
  open.block = true;
  open.markup = state.src.slice(start, start + fenceLength);
  open.info = state.src.slice(start + fenceLength, max).trim();
  open.meta = { kind };
  open.map = [startLine, nextLine];
  state.md.block.tokenize(state, startLine + 1, nextLine);
  const close = state.push("admonition_close", "div", -1);
  close.block = true;
  close.meta = { kind };
  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  state.line = nextLine + (closed ? 1 : 0);
  return true;
}

const ROLE_PATTERN = /^\{([a-zA-Z0-9_\-+:]{1,36})\}(`+)(?!`)(.+?)(?<!`)\2(?!`)/s;

/** `` {role}`content` `` — a MyST role such as `{option}`, `{command}`, `{file}`, `{manpage}`. Emits `myst_role`. */
function mystRole(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b) return false;
  if (state.pos > 0 && state.src.charCodeAt(state.pos - 1) === 0x5c) return false;
  const match = ROLE_PATTERN.exec(state.src.slice(state.pos, state.posMax));
  if (!match) return false;
  if (!silent) {
    const token = state.push("myst_role", "", 0);
    token.meta = { name: match[1] };
    token.content = match[3]!;
  }
  state.pos += match[0].length;
  return true;
}

function isEscaped(src: string, pos: number): boolean {
  let backslashes = 0;
  for (let i = pos; i >= 0 && src[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** `<!-- … -->` inside a paragraph is dropped. */
function inlineComment(state: StateInline): boolean {
  if (!state.src.startsWith("<!--", state.pos) || isEscaped(state.src, state.pos - 1)) return false;
  const end = state.src.indexOf("-->", state.pos + 4);
  if (end < 0 || end + 3 > state.posMax) return false;
  // nothing is emitted, silent or not: the comment disappears
  state.pos = end + 3;
  return true;
}

/** A block starting with `<!--` is dropped up to the line ending in `-->`. */
function blockComment(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (!state.src.startsWith("<!--", start)) return false;
  for (let line = startLine; line < endLine; line++) {
    const lineMax = state.eMarks[line]!;
    if (state.src.slice(Math.max(0, lineMax - 3), lineMax) === "-->") {
      if (!silent) state.line = line + 1;
      return true;
    }
  }
  return false;
}

/**
 * Marks every list `meta.compact` when none of its items holds a visible paragraph (the
 * items are not separated by blank lines), as nixos-render-docs' renderers expect.
 */
function compactListAttr(state: StateCore): void {
  const stack: { compact: boolean; token: { meta: Record<string, unknown> | null } }[] = [];
  for (const token of state.tokens) {
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      stack.push({ compact: true, token });
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") {
      const list = stack.pop()!;
      list.token.meta = { ...(list.token.meta ?? {}), compact: list.compact };
    } else if (stack.length > 0 && token.type === "paragraph_open" && !token.hidden) {
      stack[stack.length - 1]!.compact = false;
    }
  }
}

/** Creates a markdown-it instance that parses descriptions the way nixos-render-docs does. */
export function createDescriptionParser(): MarkdownIt {
  const md = createMarkdownIt("commonmark", { html: false, typographer: true, maxNesting: 100 });
  md.enable(["table", "smartquotes", "replacements"]);
  md.block.ruler.before("fence", "admonition", admonitionBlock, {
    alt: ["paragraph", "reference", "blockquote", "list"],
  });
  md.inline.ruler.before("backticks", "myst_role", mystRole);
  md.inline.ruler.after("autolink", "inline_comment", inlineComment);
  md.block.ruler.after("code", "block_comment", blockComment);
  md.core.ruler.push("compact_list_attr", compactListAttr);
  return md;
}
