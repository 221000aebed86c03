// oracle: error
// An option without default and without definitions has no value: reading
// it (forcing the config does) fails.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      hostName: lib.mkOption({
        type: lib.types.str,
        description: "The host name.",
      }),
      port: lib.mkOption({
        type: lib.types.port,
        default: 22,
      }),
    },
  },
]);
