/**
 * `microvm docs [FILE...] --format json|md|html|man`: the option reference. Without
 * files, the microvm module's own reference, evaluated as microvm.nix's
 * `pkgs/doc.nix` does (the options alone); with files, the options of that config.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type DocOption, optionAttrSetToDocList } from "../../lib/index.js";
import { loadConfigFiles } from "../config/load.js";
import { choosePackageSet, evaluateModules } from "../evaluate.js";
import { packageSetChoice, type PackageSetFlags } from "./package-set-flags.js";
import { microvmReferenceDocList } from "../reference-doc-list.js";
import { UsageError } from "./usage-error.js";

export interface DocsFlags extends PackageSetFlags {
  format: "json" | "md" | "html" | "man";
  out?: string;
  onlyGiven?: boolean;
  sourceUrl?: string;
}

/** Documentation, like microvm.nix's doc.nix: undeclared definitions are not checked. */
const noCheckModule = { _file: "<docs>", config: { _module: { check: false } } };

/**
 * Whether a `--source-url` template may become a link: `http://` or
 * `https://`, or relative (no scheme, not `//host`), so no `javascript:`,
 * `data:` or `file:` link reaches the rendered pages.
 */
export function isAllowedSourceUrl(template: string): boolean {
  if (/^https?:\/\/[^/\s]/i.test(template)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(template) && !template.startsWith("//") && !/[\u0000-\u001f\u007f\\]/.test(template);
}

export async function docsCommand(files: string[], flags: DocsFlags): Promise<void> {
  if (flags.onlyGiven === true && files.length === 0) throw new UsageError("--only-given needs config files");
  if (flags.sourceUrl !== undefined && !isAllowedSourceUrl(flags.sourceUrl)) {
    throw new UsageError(`--source-url must be an http:// or https:// URL template, or a relative one; got ${JSON.stringify(flags.sourceUrl)}`);
  }
  const docList = files.length === 0 ? microvmReferenceDocList() : await docListOf(files, flags);
  const { renderDocs } = await import("../../docs-gen/index.js");
  const text = renderDocs(flags.format, docList, flags.sourceUrl === undefined ? {} : { sourceUrl: flags.sourceUrl });
  if (flags.out === undefined) process.stdout.write(text);
  else writeFileSync(flags.out, text);
}

/** The options of the microvm set plus those the files declare (only theirs with --only-given). */
async function docListOf(files: string[], flags: DocsFlags): Promise<DocOption[]> {
  const loaded = await loadConfigFiles(files);
  const configuration = evaluateModules([...loaded.map((f) => f.module), noCheckModule], choosePackageSet(packageSetChoice(flags)));
  const docList = optionAttrSetToDocList(configuration.options).filter((o) => o.loc[0] !== "_module");
  if (flags.onlyGiven !== true) return docList;
  const given = new Set(files.flatMap((f) => [f, resolve(f)]));
  return docList.filter((o) => o.declarations.some((d) => given.has(d)));
}
