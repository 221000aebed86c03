// mkOrder applies to every separatedString type: commas (","), envVar (":")
// and a custom separator; definitions are sorted before they are joined.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkOrder, mkBefore, mkAfter, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        modules: mkOption({ type: types.commas }),
        searchPath: mkOption({ type: types.envVar }),
        flags: mkOption({ type: types.separatedString(" ") }),
      },
    },
    {
      _file: "a.nix",
      modules: "a",
      searchPath: mkAfter("/usr/bin"),
      flags: mkOrder(2000, "--last"),
    },
    {
      _file: "b.nix",
      modules: mkBefore("b-first"),
      searchPath: "/bin",
      flags: "--verbose",
    },
    {
      _file: "c.nix",
      modules: "c",
      searchPath: mkBefore("/run/wrappers/bin"),
      flags: mkOrder(0, "--first"),
    },
  ];
});
