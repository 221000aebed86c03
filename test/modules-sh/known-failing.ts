/**
 * modules.sh checks that lib does not pass yet: line → why. The harness
 * registers them with `it.fails`, so a fix shows up as a failing test here
 * (then remove the line). Keep sorted by line.
 */
export const knownFailing: Record<number, string> = {
  201: "`lib.gvariant` (mkInt32, mkValue, … and their GVariant text) is not implemented",
  850: "its assertions use `lib.cli.toCommandLineGNU` (nixpkgs' cli.nix, not ported) and `lib.modules.mapDefinitionValue`, which lib does not have",
};
