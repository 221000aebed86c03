// oracle: options
// raw takes its single definition as is: properties at the top are still
// applied (mkForce selects the definition), but properties nested inside
// the value are not, so they show up as their attribute sets (_type,
// condition / priority, content). types.attrs does the same.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, mkForce, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        data: mkOption({ type: types.raw }),
        forced: mkOption({ type: types.raw }),
        attrsData: mkOption({ type: types.attrs }),
      },
    },
    {
      _file: "a.nix",
      data: {
        cond: mkIf(false, 1),
        prio: mkForce(2),
        plain: { value: 3 },
      },
      forced: mkForce({ x: 1 }),
      attrsData: { cond: mkIf(true, 1) },
    },
    {
      _file: "b.nix",
      forced: { y: 2 },
    },
  ];
});
