import { portedFileName } from "../../nix-file.js";

// Nix's `./a.nix` imported by path: its key and file are the path's (the
// module sets them itself here, so that the graph has no extra level for them)
const file = portedFileName("./graph/a.nix");

export default {
  _file: file,
  key: file,
  imports: [{ imports: [{}] }],
  disabledModules: [portedFileName("./graph/b.nix")],
};
