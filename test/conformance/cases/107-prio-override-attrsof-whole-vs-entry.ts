// For an attrsOf option, a priority on the whole attribute set competes with
// the other definitions of the whole option: mkForce { ... } drops every
// other entry. A priority on one entry only competes within that entry. An
// option default is one definition of the whole set too: any module
// definition replaces it instead of adding to it.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkForce, mkDefault, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        whole: mkOption({ type: types.attrsOf(types.int) }),
        entry: mkOption({ type: types.attrsOf(types.int) }),
        defaulted: mkOption({
          type: types.attrsOf(types.int),
          default: {
            x: 1,
            y: 2,
          },
        }),
        mkDefaultWhole: mkOption({ type: types.attrsOf(types.int) }),
      },
    },
    {
      _file: "a.nix",
      whole: {
        x: 1,
        y: 2,
      },
      entry: {
        x: 1,
        y: 2,
      },
      defaulted: { z: 3 },
      mkDefaultWhole: { q: 2 },
    },
    {
      _file: "b.nix",
      whole: mkForce({ z: 3 }),
      entry: {
        y: mkForce(20),
        z: 3,
      },
      mkDefaultWhole: mkDefault({ p: 1 }),
    },
  ];
});
