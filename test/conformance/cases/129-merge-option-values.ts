// mkMerge on a single option value: lists are concatenated in written order
// (nested mkMerge flattened), strings of types.lines joined, attribute sets
// of attrsOf joined with other modules' entries, equal ints accepted, and a
// mkForce member drops the other members like any other definition.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkMerge, mkForce, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        list: mkOption({ type: types.listOf(types.str) }),
        text: mkOption({ type: types.lines }),
        limits: mkOption({ type: types.attrsOf(types.int) }),
        forced: mkOption({ type: types.listOf(types.str) }),
        number: mkOption({ type: types.int }),
      },
    },
    {
      _file: "a.nix",
      list: mkMerge([["a"], mkMerge([["b"], ["c"]])]),
      text: mkMerge(["first", "second"]),
      limits: mkMerge([{ nofile: 1024 }, { nproc: 64 }]),
      forced: mkMerge([mkForce(["forced"]), ["dropped"]]),
      number: mkMerge([1, 1]),
    },
    {
      _file: "b.nix",
      limits: { core: 0 },
    },
  ];
});
