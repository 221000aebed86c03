// oracle: options
// separatedString types join all definitions with their separator, in
// definition order (reverse module order): lines ("\n"), commas (","),
// envVar (":"), a custom one and the empty separator. A single definition
// is returned as is. The description shows the separator as a JSON string.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        script: mkOption({ type: types.lines }),
        single: mkOption({
          type: types.lines,
          default: "only line",
        }),
        modules: mkOption({ type: types.commas }),
        searchPath: mkOption({ type: types.envVar }),
        pipeline: mkOption({ type: types.separatedString(" | ") }),
        joined: mkOption({ type: types.separatedString("") }),
      },
    },
    {
      _file: "a.nix",
      script: "echo a",
      modules: "a",
      searchPath: "/bin",
      pipeline: "sort",
      joined: "ab",
    },
    {
      _file: "b.nix",
      script: "echo b\n",
      modules: "b,c",
      searchPath: "/usr/bin",
      pipeline: "cat file",
      joined: "cd",
    },
  ];
});
