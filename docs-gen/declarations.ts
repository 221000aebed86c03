/**
 * "Declared by" links: a declaration `modules/microvm/options.ts:123` becomes
 * `{ name, url }` through a URL template such as
 * `https://github.com/o/r/blob/main/{path}#L{line}` (the role of `transformOptions`
 * in microvm.nix's `pkgs/doc.nix`).
 */
import { DocListError, type Declaration, type DeclarationLink } from "./doc-list.js";

/** A declaration split into its file and, when given, its line. */
export interface DeclarationPosition {
  path: string;
  line?: number;
}

/** Splits `path:line` (the line is optional). */
export function parseDeclarationPosition(declaration: string): DeclarationPosition {
  const match = /^(.*):(\d+)$/.exec(declaration);
  return match ? { path: match[1]!, line: Number(match[2]) } : { path: declaration };
}

/**
 * Whether a source URL template may become a link: `http://` or `https://`,
 * or relative (no scheme, not `//host`), so no `javascript:`, `data:` or
 * `file:` link reaches the rendered pages.
 */
export function isAllowedSourceUrl(template: string): boolean {
  if (/^https?:\/\/[^/\s]/i.test(template)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(template) && !template.startsWith("//") && !/[\u0000-\u001f\u007f\\]/.test(template);
}

/** Throws unless `template` is a usable source URL template: an allowed link (above) containing `{path}`. */
export function checkSourceUrlTemplate(template: string): void {
  if (!isAllowedSourceUrl(template)) {
    throw new DocListError(`the source URL template must be an http:// or https:// URL template, or a relative one; got ${JSON.stringify(template)}`);
  }
  if (!template.includes("{path}")) {
    throw new DocListError(
      `the source URL template must contain {path} (and may contain {line}), e.g. 'https://github.com/owner/repo/blob/main/{path}#L{line}'; got '${template}'`,
    );
  }
}

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/**
 * Fills a source URL template for one declaration. A declaration without a line
 * drops the URL fragment that mentions `{line}` (`#L{line}`), so it links to the file.
 */
export function fillSourceUrl(template: string, position: DeclarationPosition): string {
  const withLine =
    position.line === undefined
      ? template.replace(/#[^#]*\{line\}[^#]*$/, "").replaceAll("{line}", "")
      : template.replaceAll("{line}", String(position.line));
  return withLine.replaceAll("{path}", encodePath(position.path));
}

/**
 * Turns a declaration into what the renderers show: with a template, a file declaration
 * becomes `{ name: <the declaration>, url }`; without one it stays unlinked. Declarations
 * that already are `{ name, url }` are kept.
 */
export function linkDeclaration(declaration: Declaration, sourceUrl: string | undefined): DeclarationLink {
  if (typeof declaration !== "string") return declaration;
  if (sourceUrl === undefined) return { name: declaration };
  return { name: declaration, url: fillSourceUrl(sourceUrl, parseDeclarationPosition(declaration)) };
}
