// oracle: options
// Options list: how defaults are rendered as Nix expressions (lists and
// attribute sets over several lines, empty ones as `[ ]` / `{ }`, multi-line
// strings as '' strings, null, booleans), and a default that reads config
// is shown with its final value unless defaultText is given.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    ({ config }) => ({
      _file: "decl.nix",
      options: {
        port: mkOption({
          type: types.port,
          default: 8080,
        }),
        list: mkOption({
          type: types.listOf(types.int),
          default: [1, 2],
        }),
        emptyList: mkOption({
          type: types.listOf(types.int),
          default: [],
        }),
        nested: mkOption({
          type: types.attrsOf(types.listOf(types.str)),
          default: {
            a: ["x"],
            b: [],
          },
        }),
        emptyAttrs: mkOption({
          type: types.attrsOf(types.int),
          default: {},
        }),
        script: mkOption({
          type: types.lines,
          default: "echo one\necho two\n",
        }),
        package: mkOption({
          type: types.nullOr(types.str),
          default: null,
        }),
        flag: mkOption({
          type: types.bool,
          default: true,
        }),
        url: mkOption({
          type: types.str,
          get default() {
            return `http://localhost:${String(config.port)}`;
          },
        }),
        documentedUrl: mkOption({
          type: types.str,
          get default() {
            return `http://localhost:${String(config.port)}`;
          },
          defaultText: lib.literalExpression('"http://localhost:${toString config.port}"'),
        }),
      },
    }),
    {
      _file: "user.nix",
      port: 80,
    },
  ];
});
