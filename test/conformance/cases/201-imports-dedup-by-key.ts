// Imports: a module with a `key` that is imported by two modules and also
// listed at the top level is evaluated only once (deduplicated by key), so
// its list definition appears once.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  const shared = {
    _file: "shared.nix",
    key: "shared",
    trail: ["shared"],
  };
  return [
    {
      _file: "decl.nix",
      options: {
        trail: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
      },
    },
    {
      _file: "a.nix",
      imports: [shared],
      trail: ["a"],
    },
    {
      _file: "b.nix",
      imports: [shared],
      trail: ["b"],
    },
    shared,
  ];
});
