/**
 * nixpkgs' `lib.trivial.oldestSupportedRelease` as of the nixpkgs lib this
 * module system follows (de42d442): the oldest release whose users a
 * deprecation must still spare. `mkRenamedOptionModuleWith` warns about a
 * rename only once every supported release has it.
 */
export const oldestSupportedRelease = 2511;

/** `lib.trivial.oldestSupportedReleaseIsAtLeast release`: whether every supported release is `release` or newer. */
export const oldestSupportedReleaseIsAtLeast = (release: number): boolean => release <= oldestSupportedRelease;
