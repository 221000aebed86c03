/**
 * An option with its value (nixpkgs `evalOptionValue`): the declaration's
 * fields plus `value`, `isDefined`, `highestPrio`, `definitions`, `files`
 * and `definitionsWithLocations`, all computed lazily.
 */
import { OptionError } from "../errors.js";
import { type Definition, type Option, showDefs, showFiles, showOption } from "../options.js";
import { mkOptionDefault } from "../properties.js";
import type { Loc } from "../types/type.js";
import { type AttrSet, hasOwn, readAttr } from "../values.js";
import { warn } from "../warnings.js";
import { Cell } from "./fixpoint.js";
import { type MergedDefinitions, mergeDefinitions } from "./merge-definitions.js";
import type { MergedDecl } from "./option-decls.js";

export function evalOptionValue(loc: Loc, opt: MergedDecl & { type: Option["type"] }, defs: readonly Definition[]): Option {
  const allDefs: Definition[] = hasOwn(opt, "default")
    ? [
        {
          file: opt.declarations[0],
          get value() {
            return mkOptionDefault(readAttr(opt, "default"));
          },
        },
        ...defs,
      ]
    : [...defs];

  let merged: MergedDefinitions | undefined;
  const res = (): MergedDefinitions => {
    if (merged !== undefined) return merged;
    if (opt.readOnly === true && allDefs.length > 1) {
      // evaluate each definition as if it were the only one, for a better message
      const separate = allDefs.map((d) => ({
        file: d.file,
        get value() {
          return mergeDefinitions(loc, opt.type, [d]).mergedValue;
        },
      }));
      throw new OptionError(
        `The option \`${showOption(loc)}' is read-only, but it's set multiple times. Definition values:${showDefs(separate)}`,
        loc,
        allDefs.map((d) => d.file),
      );
    }
    merged = mergeDefinitions(loc, opt.type, allDefs);
    return merged;
  };

  const apply = hasOwn(opt, "apply") ? (opt.apply as (v: unknown) => unknown) : undefined;
  const valueCell = new Cell(showOption(loc), () => {
    if (opt.type.deprecationMessage !== null) {
      warn(
        `The type \`types.${opt.type.name}' of option \`${showOption(loc)}' defined in ${showFiles(opt.declarations)} is deprecated. ${opt.type.deprecationMessage}`,
      );
    }
    const v = res().mergedValue;
    return apply !== undefined ? apply(v) : v;
  });

  const option = {} as AttrSet;
  for (const k of Object.keys(opt)) Object.defineProperty(option, k, Object.getOwnPropertyDescriptor(opt, k)!);
  Object.defineProperties(option, {
    value: { enumerable: true, get: () => valueCell.force() },
    isDefined: { enumerable: true, get: () => res().isDefined },
    highestPrio: { enumerable: true, get: () => res().highestPrio },
    definitions: { enumerable: true, get: () => res().defsFinal.map((d) => d.value) },
    files: { enumerable: true, get: () => res().defsFinal.map((d) => d.file) },
    definitionsWithLocations: { enumerable: true, get: () => res().defsFinal },
    toString: { enumerable: false, value: () => showOption(loc) },
  });
  return option as unknown as Option;
}
