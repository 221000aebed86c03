// oracle: options
// How composite type descriptions are put together: listOf and attrsOf
// parenthesize an "or" phrase or a "meaning" clause but not a noun or
// another "of" phrase; nullOr keeps an "or" phrase bare; coercedTo
// parenthesizes anything that is not a noun; lines inside listOf keeps its
// quoted separator.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  // `builtins.concatStringsSep " "`
  const concatWithSpaces = (l: string[]) => l.join(" ");
  return [
    {
      _file: "decl.nix",
      options: {
        listOfNullable: mkOption({
          type: types.listOf(types.nullOr(types.int)),
          default: [],
        }),
        nullableList: mkOption({
          type: types.nullOr(types.listOf(types.int)),
          default: null,
        }),
        attrsOfEither: mkOption({
          type: types.attrsOf(types.either(types.int, types.str)),
          default: {},
        }),
        listOfPositive: mkOption({
          type: types.listOf(types.ints.positive),
          default: [],
        }),
        nullableUnsigned: mkOption({
          type: types.nullOr(types.ints.unsigned),
          default: null,
        }),
        nullableEither: mkOption({
          type: types.nullOr(types.either(types.int, types.str)),
          default: null,
        }),
        coercedComposite: mkOption({
          type: types.coercedTo(types.listOf(types.str), concatWithSpaces, types.either(types.str, types.int)),
          default: "",
        }),
        lazyOfListOfRaw: mkOption({
          type: types.lazyAttrsOf(types.listOf(types.raw)),
          default: {},
        }),
        listOfSubmodule: mkOption({
          type: types.listOf(types.submodule({})),
          default: [],
        }),
        uniqOfNested: mkOption({
          type: types.uniq(types.listOf(types.nullOr(types.str))),
          default: [],
        }),
        listOfLines: mkOption({
          type: types.listOf(types.lines),
          default: [],
        }),
        attrsOfListOfEither: mkOption({
          type: types.attrsOf(types.listOf(types.either(types.port, types.enum(["auto"])))),
          default: {},
        }),
      },
    },
  ];
});
