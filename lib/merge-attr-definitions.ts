/** `lib.modules.mergeAttrDefinitionsWithPrio`: an `attrsOf` option's attributes merged one by one, with their priority. */
import { OptionError } from "./errors.js";
import { mergeDefinitions } from "./modules/merge-definitions.js";
import { pushDownProperties } from "./modules/merge-modules.js";
import type { Definition } from "./options.js";
import { lazyDefinition } from "./types/composite.js";
import type { OptionType } from "./types/type.js";

/** What the function reads of an option. */
export interface AttrsOption {
  readonly loc: readonly string[];
  readonly type: OptionType;
  readonly definitionsWithLocations: readonly Definition[];
}

/**
 * For each attribute any definition sets: its merged value (read when asked
 * for) and the highest priority among its definitions, as Nix gives them.
 */
export function mergeAttrDefinitionsWithPrio(opt: AttrsOption): Record<string, { readonly value: unknown; readonly highestPrio: number }> {
  if (opt.type.name !== "attrsOf" && opt.type.name !== "lazyAttrsOf") {
    throw new OptionError(`mergeAttrDefinitionsWithPrio: the option's type is ${opt.type.name}, not attrsOf or lazyAttrsOf`, opt.loc);
  }
  const byAttr = new Map<string, Definition[]>();
  for (const def of opt.definitionsWithLocations) {
    for (const attrs of pushDownProperties(def.value)) {
      // each attribute read only when its value or priority is
      for (const k of Object.keys(attrs as object)) {
        let defs = byAttr.get(k);
        if (defs === undefined) byAttr.set(k, (defs = []));
        defs.push(lazyDefinition(def.file, attrs as object, k));
      }
    }
  }
  const out: Record<string, { value: unknown; highestPrio: number }> = {};
  for (const [k, defs] of byAttr) {
    const merging = mergeDefinitions([...opt.loc, k], opt.type.nestedTypes.elemType, defs);
    out[k] = {
      get value() {
        return merging.mergedValue;
      },
      get highestPrio() {
        return merging.highestPrio;
      },
    };
  }
  return out;
}
