import { nixFile, portedFileName } from "../nix-file.js";
import importApply from "./importApply.js";

export default {
  imports: [nixFile("./importApply.nix", importApply)],
  disabledModules: [portedFileName("./importApply-function.nix")],
};
