import { portedFileName } from "../../nix-file.js";

export default {
  disabledModules: [portedFileName("./disable-recursive/bar.nix")],
};
