import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => ({
  options: {
    "bare-submodule": lib.mkOption({
      // a config-dependent type (the test's parameter), read only when the option is used
      get type() {
        return lib.types.submoduleWith({
          shorthandOnlyDefinesConfig: config.shorthandOnlyDefinesConfig as boolean,
          modules: [{ options: { nested: lib.mkOption({ type: lib.types.int, default: 1 }) } }],
        });
      },
    }),
  },
});
