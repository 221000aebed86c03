/**
 * Renders a markdown-it token stream back to CommonMark the way nixos-render-docs'
 * CommonMark renderer does (its output is what `nixosOptionsDoc.optionsCommonMark`
 * contains): every text run `md_escape`d, inline code as `` ` code ` ``, lists as ` - `,
 * admonitions as `**Note:** …`, tables as HTML.
 *
 * The renderer keeps its paragraph state from one `render` call to the next, as
 * nixos-render-docs' does: only the very first block it ever renders starts without a
 * paragraph break. The option Markdown depends on that (see markdown.ts).
 */
import type { Token } from "markdown-it";
import { mdEscape } from "./model.js";

interface Paragraph {
  indent: string;
  continuing: boolean;
}

interface ListState {
  nextIndex?: number;
  compact: boolean;
  firstItemSeen: boolean;
}

const admonitionTitles: Record<string, string> = {
  note: "Note",
  caution: "Caution",
  tip: "Tip",
  important: "Important",
  warning: "Warning",
};

/** Python's `str.splitlines()`: splits at any line boundary, no empty last line for a trailing one. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * nixos-render-docs' `md_make_code`: inline code `` ` x ` `` (one backtick more than the
 * longest run inside, padded with spaces), or a fenced block when the code spans lines,
 * has an info string, or `multiline` is set.
 */
export function mdMakeCode(code: string, info = "", multiline = false): string {
  const fenced = multiline || info !== "" || code.includes("\n");
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = "`".repeat(longest + (fenced ? 3 : 1));
  const separator = fenced ? "\n" : " ";
  return `${ticks}${info}${separator}${code}${separator}${ticks}`;
}

/** A construct option descriptions may not use (nixos-render-docs refuses it too). */
export class UnsupportedMarkdownError extends Error {
  override name = "UnsupportedMarkdownError";
}

/** CommonMark renderer with nixos-render-docs' output conventions; one instance per document. */
export class CommonMarkRenderer {
  private readonly paragraphs: Paragraph[] = [{ indent: "", continuing: false }];
  private readonly links: string[] = [];
  private readonly lists: ListState[] = [];

  /** Renders block-level tokens (markdown-it `parse` output). */
  render(tokens: Token[]): string {
    return tokens.map((token) => (token.type === "inline" ? this.renderInline(token.children ?? []) : this.renderToken(token))).join("");
  }

  private renderInline(tokens: Token[]): string {
    return tokens.map((token) => this.renderToken(token)).join("");
  }

  private get top(): Paragraph {
    return this.paragraphs[this.paragraphs.length - 1]!;
  }

  private enterBlock(extraIndent: string): void {
    this.paragraphs.push({ indent: this.top.indent + extraIndent, continuing: false });
  }

  private leaveBlock(): void {
    this.paragraphs.pop();
    this.top.continuing = true;
  }

  private lineBreak(): string {
    this.top.continuing = true;
    return `\n${this.top.indent}`;
  }

  private maybeParagraphBreak(): string {
    const result = this.top.continuing ? `\n${this.top.indent}`.repeat(2) : "";
    this.top.continuing = true;
    return result;
  }

  private indentRaw(text: string): string {
    if (!text.includes("\n")) return text;
    return splitLines(text).join(`\n${this.top.indent}`);
  }

  private renderToken(token: Token): string {
    switch (token.type) {
      case "text":
        this.top.continuing = true;
        return this.indentRaw(mdEscape(token.content));
      case "paragraph_open":
        return this.maybeParagraphBreak();
      case "paragraph_close":
        return "";
      case "hardbreak":
        return `  ${this.lineBreak()}`;
      case "softbreak":
        return this.lineBreak();
      case "code_inline":
        this.top.continuing = true;
        return mdMakeCode(token.content);
      case "code_block":
      case "fence": {
        const code = token.content.endsWith("\n") ? token.content.slice(0, -1) : token.content;
        return this.maybeParagraphBreak() + this.indentRaw(mdMakeCode(code, token.info, true));
      }
      case "link_open":
        this.top.continuing = true;
        this.links.push(String(token.attrGet("href") ?? ""));
        return "[";
      case "link_close":
        return `](${mdEscape(this.links.pop() ?? "")})`;
      case "bullet_list_open":
      case "ordered_list_open": {
        const start = token.attrGet("start");
        this.lists.push({
          nextIndex: token.type === "ordered_list_open" ? (start === null ? 1 : Number(start)) : undefined,
          compact: Boolean(token.meta?.compact),
          firstItemSeen: false,
        });
        return this.maybeParagraphBreak();
      }
      case "bullet_list_close":
      case "ordered_list_close":
        this.lists.pop();
        return "";
      case "list_item_open": {
        const list = this.lists[this.lists.length - 1]!;
        const separator = list.firstItemSeen ? this.lineBreak().repeat(list.compact ? 1 : 2) : "";
        list.firstItemSeen = true;
        let head = " -";
        if (list.nextIndex !== undefined) head = ` ${list.nextIndex++}.`;
        this.enterBlock(" ".repeat(head.length + 1));
        return `${separator}${head} `;
      }
      case "list_item_close":
        this.leaveBlock();
        return "";
      case "em_open":
      case "em_close":
        return "*";
      case "strong_open":
      case "strong_close":
        return "**";
      case "blockquote_open": {
        const paragraphBreak = this.maybeParagraphBreak();
        this.enterBlock("> ");
        return `${paragraphBreak}> `;
      }
      case "blockquote_close":
        this.leaveBlock();
        return "";
      case "admonition_open": {
        const paragraphBreak = this.maybeParagraphBreak();
        this.enterBlock("");
        return `${paragraphBreak}**${admonitionTitles[String(token.meta?.kind)] ?? "Note"}:** `;
      }
      case "admonition_close":
        this.leaveBlock();
        return "";
      case "myst_role":
        // the NixOS roles ({option}, {command}, {file}, …) have no CommonMark equivalent
        this.top.continuing = true;
        return mdMakeCode(token.content);
      case "image": {
        const title = String(token.attrGet("title") ?? "");
        const titlePart = title ? ` "${title.replaceAll('"', '\\"')}"` : "";
        return `![${token.content}](${token.attrGet("src") ?? ""}${titlePart})`;
      }
      case "table_open":
        return "\n<table>\n";
      case "table_close":
        return "</table>\n";
      case "thead_open":
      case "thead_close":
      case "tbody_open":
      case "tbody_close":
      case "tr_open":
      case "tr_close":
        return `<${token.nesting === -1 ? "/" : ""}${token.tag}>\n`;
      case "th_open":
      case "td_open":
        return `<${token.tag}>`;
      case "th_close":
      case "td_close":
        return `</${token.tag}>\n`;
      case "heading_open":
        throw new UnsupportedMarkdownError("headings are not supported in option documentation");
      default:
        throw new UnsupportedMarkdownError(`Markdown element \`${token.type}\` is not supported in option documentation`);
    }
  }
}
