// oracle: error
// An option whose type has no sub-options (int) cannot also be the parent
// of other option declarations.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "a.nix",
    options: {
      port: lib.mkOption({
        type: lib.types.int,
        default: 80,
      }),
    },
  },
  {
    _file: "b.nix",
    options: {
      port: {
        tls: lib.mkOption({
          type: lib.types.bool,
          default: false,
        }),
      },
    },
  },
]);
