// oracle: error
// oneOf [a b c] is either (either a b) c, so a value valid for none of them
// is reported as neither `a or b` nor `c`; a list value is printed over
// several lines.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        listen: mkOption({
          type: types.oneOf([types.port, types.str, types.bool]),
        }),
      },
    },
    {
      _file: "a.nix",
      listen: ["::"],
    },
  ];
});
