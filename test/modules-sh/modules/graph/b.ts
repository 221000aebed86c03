import { portedFileName } from "../../nix-file.js";

// Nix's `./b.nix` imported by path (see a.ts): a module function
const file = portedFileName("./graph/b.nix");

export default () => ({
  _file: file,
  key: file,
  imports: [{ key: "explicit-key" }],
});
