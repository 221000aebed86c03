import type { ModuleArgs } from "../../../lib/index.js";
import { portedFileName } from "../nix-file.js";

export default ({ lib }: ModuleArgs) => {
  const { mkOption, types } = lib;
  const moduleWithoutKey = { config: { raw: "pear" } };
  const moduleWithKey = {
    // Nix: __curPos.file + "#moduleWithKey"
    key: `${portedFileName("./merge-module-with-key.nix")}#moduleWithKey`,
    config: { raw: "pear" },
  };
  const decl = { options: { raw: mkOption({ type: types.lines }) } };
  return {
    options: {
      once: mkOption({
        type: types.submodule({ imports: [decl, moduleWithKey, moduleWithKey] }),
        default: {},
      }),
      twice: mkOption({
        type: types.submodule({ imports: [decl, moduleWithoutKey, moduleWithoutKey] }),
        default: {},
      }),
    },
  };
};
