import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    options: {
      "bare-submodule": mkOption({
        type: types.submoduleWith({
          get shorthandOnlyDefinesConfig(): boolean {
            return config.shorthandOnlyDefinesConfig as boolean;
          },
          modules: [{ options: { nested: mkOption({ type: types.int, default: 1 }) } }],
        }),
      }),
    },
  };
};
