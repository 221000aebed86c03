// oracle: error
// A module asks for an argument that neither specialArgs nor _module.args
// provide. The message is made by Nix itself (Nix 2.8 wording).
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  ({ pkgs }: ModuleArgs & { pkgs: { hello: string } }) => ({
    _file: "decl.nix",
    options: {
      package: lib.mkOption({
        type: lib.types.str,
        get default() {
          return pkgs.hello;
        },
      }),
    },
  }),
]);
