import { nixFile } from "../nix-file.js";
import declareEnable from "./declare-enable.js";

export default {
  imports: [nixFile("./declare-enable.nix", declareEnable)],
  disabledModules: [{}],
};
