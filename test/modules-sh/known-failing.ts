/**
 * modules.sh checks that lib does not pass yet: line → why. The harness
 * registers them with `it.fails`, so a fix shows up as a failing test here
 * (then remove the line). Keep sorted by line.
 */
export const knownFailing: Record<number, string> = {
  543: "infinite recursion error lacks Nix's context line `if you get an infinite recursion here, you probably reference `config` in `imports`\u2026`",
  617: "an option `type` reading a `_module.args` entry (moduleType): infinite recursion `config' -> `config' (every option's type is read before any config value)",
  674: "an option declaration reading config (`options.anOption = config.theOption`): infinite recursion `options' -> `config' -> `options'; the message then prints an option attrset, which in Nix holds declarationPositions",
  691: "a submodule's `extendModules` read in one of its option types: infinite recursion `sub' -> `sub' (every option's type is read before any config value)",
  802: "an unused option's `type` is read (types.submoduleOf, absent in Nix too, throws when read); options have no `valueMeta`",
  803: "an unused option's `type` is read (types.submoduleOf, absent in Nix too, throws when read); options have no `valueMeta`",
  804: "an unused option's `type` is read (types.submoduleOf, absent in Nix too, throws when read); options have no `valueMeta`",
  808: "options have no `valueMeta`",
  809: "options have no `valueMeta`",
  812: "options have no `valueMeta`",
  813: "options have no `valueMeta`",
  850: "types.attrListOf / types.attrListWith not implemented",
  851: "types.attrListOf / types.attrListWith not implemented",
  852: "types.attrListOf / types.attrListWith not implemented",
  853: "types.attrListOf / types.attrListWith not implemented",
  854: "types.attrListOf / types.attrListWith not implemented",
  857: "types.attrListOf / types.attrListWith not implemented",
  860: "types.attrListOf not implemented",
};
