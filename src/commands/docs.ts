/** `microvm docs [FILE...] --format json|md|html`: the option reference of a config. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type DocOption, optionAttrSetToDocList } from "../../lib/index.js";
import { loadConfigFiles } from "../config/load.js";
import { choosePackageSet, evaluateModules } from "../evaluate.js";
import { packageSetChoice, type PackageSetFlags } from "./package-set-flags.js";
import { UsageError } from "./usage-error.js";

export interface DocsFlags extends PackageSetFlags {
  format: "json" | "md" | "html";
  out?: string;
  onlyGiven?: boolean;
  sourceUrl?: string;
}

/** Documentation, like microvm.nix's doc.nix: undeclared definitions are not checked. */
const noCheckModule = { _file: "<docs>", config: { _module: { check: false } } };

export async function docsCommand(files: string[], flags: DocsFlags): Promise<void> {
  if (flags.onlyGiven === true && files.length === 0) throw new UsageError("--only-given needs config files");
  const loaded = await loadConfigFiles(files);
  const configuration = evaluateModules([...loaded.map((f) => f.module), noCheckModule], choosePackageSet(packageSetChoice(flags)));
  let docList: DocOption[] = optionAttrSetToDocList(configuration.options).filter((o) => o.loc[0] !== "_module");
  if (flags.onlyGiven === true) {
    const given = new Set(files.flatMap((f) => [f, resolve(f)]));
    docList = docList.filter((o) => o.declarations.some((d) => given.has(d)));
  }
  const { renderDocs } = await import("../../docs-gen/index.js");
  const text = renderDocs(flags.format, docList, flags.sourceUrl === undefined ? {} : { sourceUrl: flags.sourceUrl });
  if (flags.out === undefined) process.stdout.write(text);
  else writeFileSync(flags.out, text);
}
