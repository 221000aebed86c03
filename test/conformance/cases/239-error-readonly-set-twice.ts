// oracle: error
// readOnly: two definitions are an error even when priorities would decide
// between them (mkForce does not help); every definition is listed, each
// merged on its own (mkForce unwrapped), in merge order.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      stateVersion: lib.mkOption({
        type: lib.types.str,
        readOnly: true,
      }),
    },
  },
  {
    _file: "a.nix",
    stateVersion: "23.11",
  },
  {
    _file: "b.nix",
    stateVersion: lib.mkForce("24.05"),
  },
]);
