import { portedFileName } from "../nix-file.js";

export default {
  disabledModules: [portedFileName("./define-enable.nix")],
};
