import type { ModuleArgs } from "../../../lib/index.js";
import { nixFile } from "../nix-file.js";
import declareEnable from "./declare-enable.js";

export default ({ lib }: ModuleArgs) => {
  const { mkOption, types } = lib;
  const moduleWithKey = { key: 123, config: { enable: true } };
  return {
    options: {
      positive: mkOption({
        type: types.submodule({ imports: [nixFile("./declare-enable.nix", declareEnable), moduleWithKey] }),
        default: {},
      }),
      negative: mkOption({
        type: types.submodule({ imports: [nixFile("./declare-enable.nix", declareEnable), moduleWithKey], disabledModules: [123] }),
        default: {},
      }),
    },
  };
};
