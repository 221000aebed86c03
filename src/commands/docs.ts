/**
 * `microvm docs [FILE...] --format json|md|html|man`: the option reference. Without
 * files, the microvm module's own reference, evaluated as microvm.nix's
 * `pkgs/doc.nix` does (the options alone); with files, the options of that config;
 * with `--from options.json …`, the options Nix documented there (one scope per file).
 * `--format compat`: which hypervisor honours each microvm option (docs/compat.md).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type DocOption, isOption, optionAttrSetToDocList, recordDeclarationPositions } from "../../lib/index.js";
import type { DocsOptions } from "../../docs-gen/model.js";
import { loadConfigFiles } from "../config/load.js";
import { packageSetChoice, type PackageSetFlags } from "./package-set-flags.js";
import { UsageError } from "./usage-error.js";

export interface DocsFlags extends PackageSetFlags {
  format: "json" | "md" | "html" | "man" | "compat";
  out?: string;
  onlyGiven?: boolean;
  sourceUrl?: string;
  title?: string;
  /** nixpkgs-format options.json files (each a scope). */
  from?: string[];
  /** Names of the `from` scopes, by position. */
  scopeName?: string[];
  /** HTML: a hypervisor support table per microvm option. */
  hypervisorSupport?: boolean;
}

/** Documentation, like microvm.nix's doc.nix: undeclared definitions are not checked. */
const noCheckModule = { _file: "<docs>", config: { _module: { check: false } } };

export async function docsCommand(files: string[], flags: DocsFlags): Promise<void> {
  if (flags.onlyGiven === true && files.length === 0) throw new UsageError("--only-given needs config files");
  const from = flags.from ?? [];
  if (from.length > 0 && files.length > 0) throw new UsageError("--from documents options.json files; it takes no config files");
  if ((flags.scopeName ?? []).length > from.length) throw new UsageError("--scope-name names a --from input; there are more names than inputs");
  if (flags.format === "compat" && from.length > 0) throw new UsageError("--format compat is computed from the runners; it takes no --from");
  if (flags.hypervisorSupport === true && flags.format !== "html") throw new UsageError("--hypervisor-support is for --format html");
  if (flags.format === "compat") {
    if (files.length > 0) throw new UsageError("--format compat documents the microvm options; it takes no config files");
    const [{ renderCompatMarkdown }, { microvmSupportMatrix }, { choosePackageSet }] = await Promise.all([
      import("../../docs-gen/compat-markdown.js"),
      import("../../docs-gen/reference-compat.js"),
      import("../evaluate.js"),
    ]);
    const matrix = microvmSupportMatrix(choosePackageSet(packageSetChoice(flags)));
    writeOutput(flags, renderCompatMarkdown(matrix, flags.title));
    return;
  }
  if (flags.sourceUrl !== undefined) {
    const { checkSourceUrlTemplate, isAllowedSourceUrl } = await import("../../docs-gen/declarations.js");
    // the CLI names its flag; docs-gen refuses the same templates for every caller
    if (!isAllowedSourceUrl(flags.sourceUrl)) {
      throw new UsageError(`--source-url must be an http:// or https:// URL template, or a relative one; got ${JSON.stringify(flags.sourceUrl)}`);
    }
    try {
      checkSourceUrlTemplate(flags.sourceUrl);
    } catch (error) {
      throw new UsageError(`--source-url: ${(error as Error).message}`);
    }
    // `{line}`: where each option was declared (mkOption's caller), at the .ts lines of bundled configs
    recordDeclarationPositions(true);
    process.setSourceMapsEnabled(true);
  }
  const { renderDocs } = await import("../../docs-gen/index.js");
  const settings: DocsOptions = {};
  if (flags.sourceUrl !== undefined) settings.sourceUrl = flags.sourceUrl;
  if (flags.title !== undefined) settings.title = flags.title;
  if (flags.hypervisorSupport === true) {
    const [{ microvmSupportMatrix }, { choosePackageSet }] = await Promise.all([import("../../docs-gen/reference-compat.js"), import("../evaluate.js")]);
    settings.hypervisorSupport = microvmSupportMatrix(choosePackageSet(packageSetChoice(flags)));
  }
  if (from.length > 0) {
    writeOutput(flags, renderDocs(flags.format, await docListFromFiles(from, flags.scopeName ?? []), settings));
    return;
  }
  const { docList, options } = files.length === 0 ? await referenceDocs() : await docListOf(files, flags);
  if (flags.sourceUrl !== undefined) withDeclarationLines(docList, options);
  writeOutput(flags, renderDocs(flags.format, docList, settings));
}

function writeOutput(flags: DocsFlags, text: string): void {
  if (flags.out === undefined) process.stdout.write(text);
  else writeFileSync(flags.out, text);
}

/** The doc lists of `--from` files, each entry tagged with its file's scope. */
async function docListFromFiles(from: string[], names: string[]): Promise<unknown[]> {
  const { docListFromOptionsJson, scopeNameOf } = await import("../../docs-gen/options-json-input.js");
  const scopes = from.map((file, i) => names[i] ?? scopeNameOf(file));
  const repeated = scopes.find((scope, i) => scopes.indexOf(scope) !== i);
  if (repeated !== undefined) throw new UsageError(`two --from inputs have the scope name "${repeated}"; name them with --scope-name`);
  return from.flatMap((file, i) => {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`--from ${file}: cannot read it as JSON: ${(error as Error).message}`);
    }
    return docListFromOptionsJson(input, scopes[i]!, file);
  });
}

interface Docs {
  docList: DocOption[];
  options: Record<string, unknown>;
}

// the modules are imported when the command runs, after `--source-url` turned on recording positions:
// options a module declares when it is imported get theirs too

async function referenceDocs(): Promise<Docs> {
  const { microvmReferenceOptions, referenceDocList } = await import("../reference-doc-list.js");
  const options = microvmReferenceOptions();
  return { docList: referenceDocList(options), options };
}

/** The options of the microvm set plus those the files declare (only theirs with --only-given). */
async function docListOf(files: string[], flags: DocsFlags): Promise<Docs> {
  const loaded = await loadConfigFiles(files);
  const { choosePackageSet, evaluateModules } = await import("../evaluate.js");
  const configuration = evaluateModules([...loaded.map((f) => f.module), noCheckModule], choosePackageSet(packageSetChoice(flags)));
  const options = configuration.options as Record<string, unknown>;
  const docList = optionAttrSetToDocList(options).filter((o) => o.loc[0] !== "_module");
  if (flags.onlyGiven !== true) return { docList, options };
  const given = new Set(files.flatMap((f) => [f, resolve(f)]));
  return { docList: docList.filter((o) => o.declarations.some((d) => given.has(d))), options };
}

/** Each declaration as `file:line` where its line is known (docs-gen fills `{line}` from it). */
function withDeclarationLines(docList: DocOption[], options: Record<string, unknown>): void {
  for (const entry of docList) {
    let node: unknown = options;
    for (const name of entry.loc) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[name] : undefined;
    if (!isOption(node)) continue;
    const positions = node.declarationPositions;
    entry.declarations = entry.declarations.map((file) => {
      const p = positions.find((q) => q.file === file && q.line !== null);
      return p === undefined ? file : `${file}:${p.line}`;
    });
  }
}
