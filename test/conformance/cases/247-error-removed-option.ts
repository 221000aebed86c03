// oracle: error
// mkRemovedOptionModule: the removed option's value throws with the
// replacement instructions, and config contains that option, so forcing
// the config fails. (It also defines `assertions`, hence the option here.)
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "assertions.nix",
    options: {
      assertions: lib.mkOption({
        type: lib.types.listOf(lib.types.unspecified),
        default: [],
      }),
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
