// oracle: error
// singleLineStr rejects a newline that is not at the very end.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        motto: mkOption({ type: types.singleLineStr }),
      },
    },
    {
      _file: "a.nix",
      motto: "first line\nsecond line",
    },
  ];
});
