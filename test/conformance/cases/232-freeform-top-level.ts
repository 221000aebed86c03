// freeformType at the top level: definitions without a declared option are
// merged with the freeform type (here attrsOf of lists, merged across
// modules) and appear in config next to declared options.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      freeformType: types.attrsOf(types.listOf(types.str)),
      options: {
        name: mkOption({
          type: types.str,
          default: "node",
        }),
      },
    },
    {
      _file: "a.nix",
      packages: ["vim"],
      groups: ["wheel"],
    },
    {
      _file: "b.nix",
      packages: ["git"],
      name: "box",
    },
  ];
});
