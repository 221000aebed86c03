// oracle: error
// A definition inside a submodule that declares no options at all: the
// message adds a hint about options declared under `config` instead of
// `options` in types.submodule.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      backup: lib.mkOption({
        type: lib.types.submodule({
          _file: "backup.nix",
          config: {},
        }),
        default: {},
      }),
    },
  },
  {
    _file: "user.nix",
    backup: { schedule: "daily" },
  },
]);
