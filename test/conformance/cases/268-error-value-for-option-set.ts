// oracle: error
// A non-attribute-set value defined for an option set (a path that holds
// options, not an option itself).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      networking: {
        hostName: lib.mkOption({
          type: lib.types.str,
          default: "nixos",
        }),
      },
    },
  },
  {
    _file: "user.nix",
    networking: "box",
  },
]);
