// oracle: error
// Two different values of equal priority for an option whose type cannot
// merge them (str): both definitions are listed (in merge order: later
// module first) with the mkForce/mkDefault hint.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      hostName: lib.mkOption({ type: lib.types.str }),
    },
  },
  {
    _file: "a.nix",
    hostName: "alpha",
  },
  {
    _file: "b.nix",
    hostName: "beta",
  },
]);
