import type { ModuleArgs } from "../../../lib/index.js";
import { nixEqual } from "../nix-equal.js";

export default ({ lib, config }: ModuleArgs) => {
  const { types } = lib;
  return {
    options: {
      list: lib.mkOption({ type: types.listOf(types.int) }),
      attrs: lib.mkOption({ type: types.attrs }),
      attrsOf: lib.mkOption({ type: types.attrsOf(types.int) }),
      null: lib.mkOption({ type: types.nullOr(types.int) }),
      submodule: lib.mkOption({ type: types.submodule({}) }),
      submoduleWithDefaults: lib.mkOption({
        type: types.submodule({
          options: {
            enabled: lib.mkOption({ type: types.bool, default: true }),
            count: lib.mkOption({ type: types.int, default: 13 }),
          },
        }),
      }),
      unique: lib.mkOption({ type: types.unique({ message: "hi" }, types.listOf(types.int)) }),
      coercedTo: lib.mkOption({
        type: types.coercedTo(types.attrsOf(types.int), (x: Record<string, unknown>) => Object.keys(x).sort(), types.listOf(types.str)),
      }),
      // no empty value
      int: lib.mkOption({ type: types.int }),
      result: lib.mkOption({
        type: types.str,
        get default() {
          if (!nixEqual(config.submoduleWithDefaults, { enabled: true, count: 13 })) {
            throw new Error("assertion (config.submoduleWithDefaults == { enabled = true; count = 13; }) failed");
          }
          return "ok";
        },
      }),
    },
  };
};
