// types.lines joins the sorted definitions with "\n": mkBefore and mkAfter
// move a snippet to the start or end, mkOrder places it by number, and
// definitions of equal order keep reverse module order (inside a mkMerge:
// written order). A definition that ends in "\n" produces an empty line.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkMerge, mkOrder, mkBefore, mkAfter, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        script: mkOption({
          type: types.lines,
          default: "# default",
        }),
      },
    },
    {
      _file: "a.nix",
      script: mkMerge(["a-1", mkOrder(1000, "a-2"), mkAfter("a-last")]),
    },
    {
      _file: "b.nix",
      script: mkMerge([mkOrder(1200, "b-1200\n"), mkOrder(800, "b-800")]),
    },
    {
      _file: "c.nix",
      script: mkBefore("#!/bin/sh"),
    },
  ];
});
