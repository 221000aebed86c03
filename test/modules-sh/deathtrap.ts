/**
 * Nix's `lib.mapAttrs (k: _: throw "…") (lib.functionArgs lib.mkOption)`: an
 * option declaration whose every attribute throws when read, to check that an
 * unused option is never looked at.
 */
import type { OptionDeclaration } from "../../lib/index.js";

// the parameters of nixpkgs' mkOption (lib/options.nix)
const mkOptionArgs = [
  "default",
  "defaultText",
  "example",
  "description",
  "relatedPackages",
  "type",
  "apply",
  "readOnly",
  "internal",
  "visible",
] as const;

export function deathtrapArgs(): OptionDeclaration {
  const decl = {};
  for (const k of mkOptionArgs) {
    Object.defineProperty(decl, k, {
      enumerable: true,
      get() {
        throw new Error(`The module system is too strict, accessing an unused option's ${k} mkOption-attribute.`);
      },
    });
  }
  return decl as OptionDeclaration;
}
