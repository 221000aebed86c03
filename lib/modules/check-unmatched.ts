/**
 * Nix's check that every definition has an option (`_module.check`), with its
 * error text: the first undeclared definition and up to three close option names.
 */
import { OptionError } from "../errors.js";
import { showDefs, showOption } from "../options.js";
import type { AttrSet } from "../values.js";
import { levenshtein } from "./levenshtein.js";
import type { MergedModules } from "./merge-modules.js";

/** Nix's error for definitions without an option (`_module.check`); `module` is the config of `_module`. */
export function checkUnmatched(prefix: readonly string[], merged: MergedModules, module: AttrSet): void {
  if (!(module.check === true && module.freeformType === null && merged.unmatchedDefns.length > 0)) return;
  const first = merged.unmatchedDefns[0];
  const optText = showOption([...prefix, ...first.prefix]);
  const defText = showDefs([first]);
  const absParent = [...prefix, ...first.prefix].slice(0, -1);
  const parent = first.prefix.slice(0, -1);
  // names only: as in Nix, the options themselves are not made for a suggestion
  const siblings = merged.namesAt(parent);
  const candidates = parent.length === 0 ? siblings.filter((s) => s !== "_module") : siblings;
  const invalid = first.prefix[first.prefix.length - 1];
  const byDistance = (names: readonly string[]) =>
    names
      .map((n, i) => ({ n, i, d: levenshtein(invalid, n) }))
      .sort((a, b) => a.d - b.d || a.i - b.i)
      .map((x) => x.n);
  const suggestions =
    candidates.length < 100
      ? byDistance(candidates).slice(0, 3)
      : byDistance(candidates.filter((c) => levenshtein(invalid, c) <= 2)).slice(0, 3);
  const show = (s: string) => `\`${showOption([...absParent, s])}'`;
  const suggestion =
    suggestions.length === 0
      ? ""
      : suggestions.length === 1
        ? `\n\nDid you mean ${show(suggestions[0])}?`
        : `\n\nDid you mean ${suggestions.slice(0, -1).map(show).join(", ")} or ${show(suggestions[suggestions.length - 1])}?`;
  const baseMsg = `The option \`${optText}' does not exist. Definition values:${defText}${suggestion}`;
  const files = [first.file];
  const loc = [...prefix, ...first.prefix];
  const declaredNames = merged.namesAt([]);
  if (declaredNames.length === 1 && declaredNames[0] === "_module") {
    const optionName = showOption(prefix);
    if (optionName === "") {
      throw new OptionError(
        `${baseMsg}\n\nIt seems as if you're trying to declare an option by placing it into \`config' rather than \`options'!`,
        loc,
        files,
      );
    }
    throw new OptionError(
      `${baseMsg}\n\nHowever there are no options defined in \`${optionName}'. Are you sure you've\ndeclared your options properly? This can happen if you e.g. declared your options in \`types.submodule'\nunder \`config' rather than \`options'.`,
      loc,
      files,
    );
  }
  throw new OptionError(baseMsg, loc, files);
}

