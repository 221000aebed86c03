// oracle: error
// The same option declared in two modules, both with a default (or with
// types that cannot be merged): "already declared". Declarations are
// folded in reverse module order, so the first module is named as the new
// declaration.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "a.nix",
    options: {
      port: lib.mkOption({
        type: lib.types.port,
        default: 80,
      }),
    },
  },
  {
    _file: "b.nix",
    options: {
      port: lib.mkOption({
        type: lib.types.port,
        default: 8080,
      }),
    },
  },
]);
