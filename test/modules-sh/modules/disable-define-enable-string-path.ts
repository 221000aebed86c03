import { portedFileName } from "../nix-file.js";

// `toString ./define-enable.nix`: the file name as a string (a path is one here already)
export default {
  disabledModules: [String(portedFileName("./define-enable.nix"))],
};
