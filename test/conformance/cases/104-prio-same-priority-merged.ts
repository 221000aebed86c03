// Definitions at the same priority are all kept. Lists are concatenated in
// reverse module order (the last module's definition comes first); several
// mkForce definitions are merged the same way once lower priorities are
// dropped; a string option accepts several definitions when they are equal.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkForce, mkDefault, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        list: mkOption({ type: types.listOf(types.str) }),
        forced: mkOption({ type: types.listOf(types.str) }),
        name: mkOption({ type: types.str }),
      },
    },
    {
      _file: "a.nix",
      list: ["a"],
      forced: mkForce(["a-force"]),
      name: "same",
    },
    {
      _file: "b.nix",
      list: ["b1", "b2"],
      forced: ["b-plain"],
      name: "same",
    },
    {
      _file: "c.nix",
      list: ["c"],
      forced: mkForce(["c-force"]),
      name: mkDefault("other"),
    },
    {
      _file: "d.nix",
      list: ["d"],
      name: "same",
    },
  ];
});
