import { portedFileName } from "../nix-file.js";

export default {
  disabledModules: [portedFileName("./declare-enable.nix")],
};
