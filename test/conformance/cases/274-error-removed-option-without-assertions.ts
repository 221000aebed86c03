// oracle: error
// mkRemovedOptionModule defines `assertions`; without a declared
// `assertions` option this is an undeclared-option error whose shown value
// (a list holding an attribute set with a multi-line message) is cut off
// after a few lines with "...".
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      services: {
        modern: {
          enable: lib.mkOption({
            type: lib.types.bool,
            default: false,
          }),
        },
      },
    },
  },
  {
    _file: "renames.nix",
    imports: [lib.mkRemovedOptionModule(["services", "legacy", "enable"], "Use services.modern instead.")],
  },
  {
    _file: "user.nix",
    services: { legacy: { enable: true } },
  },
]);
