import { nixFile } from "../../nix-file.js";
import bar from "./bar.js";
import foo from "./foo.js";

export default {
  imports: [nixFile("./disable-recursive/foo.nix", foo), nixFile("./disable-recursive/bar.nix", bar)],
  enable: true,
};
