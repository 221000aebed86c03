import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => ({
  options: {
    "bare-submodule": lib.mkOption({
      // config-dependent options: won't recommend, but useful for making this test parameterized
      get type() {
        return lib.types.submoduleWith({ modules: [], shorthandOnlyDefinesConfig: config.shorthandOnlyDefinesConfig as boolean });
      },
      default: {},
    }),
    shorthandOnlyDefinesConfig: lib.mkOption({ default: false }),
  },
});
