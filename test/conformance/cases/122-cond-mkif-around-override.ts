// mkIf outside mkOverride is the working nesting: a true condition brings
// its priority along, a false one discards the definition together with its
// priority (so a plain definition wins over `mkIf false (mkForce ...)`).
// Also through mkMerge and around a whole `config`.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, mkMerge, mkForce, mkDefault, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        trueForce: mkOption({ type: types.int }),
        falseForce: mkOption({ type: types.int }),
        list: mkOption({ type: types.listOf(types.str) }),
        viaConfig: mkOption({ type: types.int }),
        text: mkOption({
          type: types.str,
          default: "option default",
        }),
      },
    },
    {
      _file: "a.nix",
      trueForce: 2,
      falseForce: 2,
      list: ["plain"],
      viaConfig: 5,
    },
    {
      _file: "b.nix",
      trueForce: mkIf(true, mkForce(3)),
      falseForce: mkIf(false, mkForce(3)),
      list: mkIf(true, mkMerge([mkForce(["forced"]), mkDefault(["default"])])),
      text: mkMerge([mkIf(false, mkForce("never")), mkIf(true, mkDefault("mkDefault"))]),
    },
    {
      _file: "c.nix",
      config: mkIf(true, mkForce({ viaConfig: 4 })),
    },
  ];
});
