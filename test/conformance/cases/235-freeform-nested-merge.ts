// freeformType: nested undeclared attributes from several modules are
// merged by the freeform type (attrsOf (attrsOf int)), with priorities
// (mkForce on one nested value) applied inside the freeform value.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    freeformType: lib.types.attrsOf(lib.types.attrsOf(lib.types.int)),
    options: {
      name: lib.mkOption({
        type: lib.types.str,
        default: "node",
      }),
    },
  },
  {
    _file: "a.nix",
    limits: {
      cpu: 1,
      memory: 512,
    },
  },
  {
    _file: "b.nix",
    limits: { memory: lib.mkForce(1024) },
    quotas: { disk: 10 },
  },
]);
