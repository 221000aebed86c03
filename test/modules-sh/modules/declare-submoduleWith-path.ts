import type { ModuleArgs } from "../../../lib/index.js";
import { nixFile } from "../nix-file.js";
import declareEnable from "./declare-enable.js";
import defineEnable from "./define-enable.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    submodule: lib.mkOption({
      type: lib.types.submoduleWith({
        modules: [nixFile("./declare-enable.nix", declareEnable)],
      }),
      default: {},
    }),
  },
  config: {
    submodule: nixFile("./define-enable.nix", defineEnable),
  },
});
