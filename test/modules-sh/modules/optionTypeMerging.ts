import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => ({
  options: {
    theType: lib.mkOption({ type: lib.types.optionType }),
    theOption: lib.mkOption({
      get type() {
        return config.theType;
      },
    }),
  },
  config: {
    theType: lib.mkMerge([
      lib.types.submodule({
        options: { int: lib.mkOption({ type: lib.types.int, default: 10 }) },
      }),
      lib.types.submodule({
        options: { str: lib.mkOption({ type: lib.types.str }) },
      }),
    ]),
    theOption: { str: "hello" },
  },
});
