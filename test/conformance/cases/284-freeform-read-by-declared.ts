// freeformType and the fixed point: a declared option's default reads a
// freeform value, and a freeform value reads a declared option. This needs
// a lazy freeform type (lazyAttrsOf); with attrsOf it is an infinite
// recursion (see the case error-freeform-attrsof-reads-config).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  ({ config }) => ({
    _file: "decl.nix",
    freeformType: lib.types.lazyAttrsOf(lib.types.str),
    options: {
      greeting: lib.mkOption({
        type: lib.types.str,
        get default() {
          return `hello ${config.user}`;
        },
      }),
      host: lib.mkOption({
        type: lib.types.str,
        default: "localhost",
      }),
    },
  }),
  ({ config }) => ({
    _file: "user.nix",
    user: "alice",
    get address() {
      return `${config.user}@${config.host}`;
    },
  }),
]);
