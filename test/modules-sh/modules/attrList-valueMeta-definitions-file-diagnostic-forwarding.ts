import type { ModuleArgs, OptionType } from "../../../lib/index.js";
import { pendingApi } from "../pending-api.js";

type AttrListWith = (opts: { elemType: OptionType; asAttrs?: boolean; mergeAttrValues?: (name: string, values: unknown[]) => unknown }) => OptionType;

export default ({ lib, options }: ModuleArgs) => {
  const { mkOption, mkMerge, types } = lib;
  return {
    imports: [
      {
        _file: "the-defs-file.nix",
        config: { flags: { "my-flag": 3.14 } },
      },
    ],
    options: {
      flags: mkOption({
        get type() {
          return pendingApi<AttrListWith>(lib, "types.attrListWith")({
            elemType: types.anything,
            asAttrs: true,
            mergeAttrValues: (_name, vs) => vs[0],
          });
        },
      }),
      argv: mkOption({ type: types.listOf(types.str) }),
    },
    config: {
      // Feed definitions into argv; the float from the-defs-file.nix should cause
      // a type error mentioning that file
      get argv() {
        return mkMerge(options.flags.valueMeta.definitions);
      },
    },
  };
};
