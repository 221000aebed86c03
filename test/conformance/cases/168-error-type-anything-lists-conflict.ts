// oracle: error
// anything does not concatenate lists: two different lists at the same
// place conflict, reported at the nested path.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        settings: mkOption({ type: types.anything }),
      },
    },
    {
      _file: "a.nix",
      settings: { server: { tags: ["a"] } },
    },
    {
      _file: "b.nix",
      settings: { server: { tags: ["b"] } },
    },
  ];
});
