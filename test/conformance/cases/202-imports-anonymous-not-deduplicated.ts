// Imports: a module without a `key` gets a key from its position
// (importer's key + ":anon-N"), so the same module value imported by two
// modules is evaluated twice and its list definition appears twice.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  const anonymous = {
    _file: "anonymous.nix",
    trail: ["anonymous"],
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
      imports: [anonymous],
      trail: ["a"],
    },
    {
      _file: "b.nix",
      imports: [anonymous],
      trail: ["b"],
    },
  ];
});
