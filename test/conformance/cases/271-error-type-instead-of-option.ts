// oracle: error
// A type placed where an option declaration is expected (missing mkOption):
// the message explains how to wrap it, naming the module file.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: { services: { web: { port: lib.types.port } } },
  },
]);
