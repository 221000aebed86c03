import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    options: {
      "bare-submodule": mkOption({
        type: types.submoduleWith({
          modules: [],
          // config-dependent, as in the .nix file: read when the type needs it
          get shorthandOnlyDefinesConfig(): boolean {
            return config.shorthandOnlyDefinesConfig as boolean;
          },
        }),
        default: {},
      }),
      shorthandOnlyDefinesConfig: mkOption({ default: false }),
    },
  };
};
