import type { ModuleArgs } from "../../../lib/index.js";
import { nixFile } from "../nix-file.js";
import defineEnableForce from "./define-enable-force.js";

// reads the `_module.args` entry `custom` in `imports`: a cycle, as in Nix
export default (args: ModuleArgs) => ({
  imports: args.custom === true ? [nixFile("./define-enable-force.nix", defineEnableForce)] : [],
});
