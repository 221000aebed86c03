// oracle: error
// freeformType attrsOf (not lazyAttrsOf) must evaluate every freeform value
// to build config's attribute names, so a freeform value that reads config
// (even a declared option) is an infinite recursion. Nix 2.8 prints only
// "infinite recursion encountered".
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    freeformType: lib.types.attrsOf(lib.types.str),
    options: {
      host: lib.mkOption({
        type: lib.types.str,
        default: "localhost",
      }),
    },
  },
  ({ config }) => ({
    _file: "user.nix",
    get address() {
      return `root@${config.host}`;
    },
  }),
]);
