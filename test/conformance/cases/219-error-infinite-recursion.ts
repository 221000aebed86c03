// oracle: error
// Fixed point: a real cycle (a reads b, b reads a, across two modules).
// Nix 2.8 reports only "infinite recursion encountered" as the message.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      a: lib.mkOption({ type: lib.types.int }),
      b: lib.mkOption({ type: lib.types.int }),
    },
  },
  ({ config }) => ({
    _file: "a.nix",
    get a() {
      return config.b + 1;
    },
  }),
  ({ config }) => ({
    _file: "b.nix",
    get b() {
      return config.a + 1;
    },
  }),
]);
