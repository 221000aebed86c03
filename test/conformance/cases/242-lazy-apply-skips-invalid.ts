// Laziness: types are checked only when the merged value is used. An
// option whose `apply` ignores the merged value never merges its
// definitions, so an invalid definition there causes no error.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      fixed: lib.mkOption({
        type: lib.types.int,
        apply: () => 42,
      }),
      checked: lib.mkOption({
        type: lib.types.int,
        default: 1,
      }),
    },
  },
  {
    _file: "user.nix",
    fixed: "not a number",
    checked: 2,
  },
]);
