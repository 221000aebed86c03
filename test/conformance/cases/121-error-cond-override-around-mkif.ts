// oracle: error
// On a single value, mkIf (and mkMerge) must be outside mkOverride: mkForce
// (mkIf false v) is not discharged, the priority is stripped and the leftover
// mkIf wrapper is type-checked as the value.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, mkForce, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        port: mkOption({
          type: types.int,
          default: 80,
        }),
      },
    },
    {
      _file: "a.nix",
      port: mkForce(mkIf(false, 8080)),
    },
  ];
});
