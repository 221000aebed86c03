/**
 * modules.sh checks that lib does not pass yet: line → why. The harness
 * registers them with `it.fails`, so a fix shows up as a failing test here
 * (then remove the line). Keep sorted by line.
 */
// none: every ported check passes
export const knownFailing: Record<number, string> = {};
