// The option default has the plain order (1000). mkOptionDefault definitions
// merge with it (same priority), and mkBefore / mkAfter inside them place
// their items before or after the default's items. A plain definition
// elsewhere would drop all of them; here there is none.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkOptionDefault, mkBefore, mkAfter, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        paths: mkOption({
          type: types.listOf(types.str),
          default: ["default"],
        }),
        text: mkOption({
          type: types.lines,
          default: "default",
        }),
      },
    },
    {
      _file: "a.nix",
      paths: mkOptionDefault(mkAfter(["appended"])),
      text: mkOptionDefault(mkBefore("prepended")),
    },
    {
      _file: "b.nix",
      paths: mkOptionDefault(mkBefore(["prepended"])),
      text: mkOptionDefault("same order as default"),
    },
  ];
});
