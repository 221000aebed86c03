/**
 * Two functions of microvm.nix's lib/default.nix that read a hypervisor's
 * extra command-line arguments. The guest modules need them (a
 * cloud-hypervisor vsock cid given in extraArgs, passthru.ts) as well as the
 * runners (src/runners/util.ts re-exports them), so they live below both.
 */

/**
 * `extractOptValues`: removes every occurrence of the flag(s) and the value
 * after it from `args`; returns the values in order and the remaining
 * arguments. A flag in last position (no value) is kept.
 */
export function extractOptValues(
  optFlag: string | readonly string[],
  extraArgs: readonly string[],
): { values: string[]; args: string[] } {
  const flags = typeof optFlag === "string" ? [optFlag] : optFlag;
  const values: string[] = [];
  const args: string[] = [];
  for (let i = 0; i < extraArgs.length; i++) {
    if (flags.includes(extraArgs[i]) && extraArgs.length - i > 1) {
      values.push(extraArgs[i + 1]);
      i++;
    } else {
      args.push(extraArgs[i]);
    }
  }
  return { values, args };
}

/**
 * `extractParamValue`: the value of `param=` in a comma-separated option
 * string (`builtins.match ".*${param}=([^,]+).*"`, so the last occurrence),
 * or null.
 */
export function extractParamValue(param: string, opts: string | null): string | null {
  if (opts === null || opts === "") return null;
  const m = new RegExp(`^[^]*${param}=([^,]+)[^]*$`).exec(opts);
  return m === null ? null : m[1];
}
