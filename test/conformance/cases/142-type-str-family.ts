// oracle: options
// str accepts several definitions when they are equal; nonEmptyStr accepts
// any string with a non-whitespace character (surrounding spaces are kept);
// singleLineStr accepts one line with an optional final newline, which the
// merge removes; strMatching tests the whole string against the pattern.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        name: mkOption({ type: types.str }),
        title: mkOption({ type: types.nonEmptyStr }),
        motto: mkOption({ type: types.singleLineStr }),
        hostName: mkOption({
          type: types.strMatching("[a-z][a-z0-9-]*"),
          default: "localhost",
          example: "web-01",
        }),
      },
    },
    {
      _file: "a.nix",
      name: "web",
      title: "  padded  ",
      motto: "keep it simple\n",
      hostName: "web-01",
    },
    {
      _file: "b.nix",
      name: "web",
    },
  ];
});
