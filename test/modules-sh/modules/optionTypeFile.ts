import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => ({
  _file: "optionTypeFile.nix",
  options: {
    theType: lib.mkOption({ type: lib.types.optionType }),
    theOption: lib.mkOption({
      get type() {
        return config.theType;
      },
      default: {},
    }),
  },
  config: {
    theType: lib.mkMerge([
      lib.types.submodule({
        options: { nested: lib.mkOption({ type: lib.types.int }) },
      }),
      lib.types.submodule({
        _file: "other.nix",
        options: { nested: lib.mkOption({ type: lib.types.str }) },
      }),
    ]),
  },
});
