// mkAliasOptionModule forwards definitions with their priority: a mkForce
// made through the alias beats a plain definition of the target, and both
// paths read the same final value. No warning, no trace.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      boot: {
        timeout: lib.mkOption({
          type: lib.types.int,
          default: 5,
        }),
      },
    },
  },
  {
    _file: "aliases.nix",
    imports: [lib.mkAliasOptionModule(["timeout"], ["boot", "timeout"])],
  },
  {
    _file: "a.nix",
    timeout: lib.mkForce(1),
  },
  {
    _file: "b.nix",
    boot: { timeout: 30 },
  },
]);
