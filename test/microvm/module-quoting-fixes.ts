/** The quoting fixes of issue 12 in the guest modules' host scripts, as they show in golden data. */

/**
 * Where microvm.nix's host scripts leave a variable or `$(…)` unquoted
 * (shellcheck SC2086/SC2046), ours quote it (issue 12; README "Differences
 * from microvm.nix"): upstream's text as the golden data has it, and ours.
 * Config values quoted with `shellWord` do not show here: for the golden
 * cases' values their text is upstream's.
 */
export const moduleQuotingFixes: { name: string; upstream: RegExp; ours: string }[] = [
  { name: "pci-setup basename", upstream: /VFIO_DEV=\$\(basename \$\(readlink iommu_group\)\)/g, ours: 'VFIO_DEV=$(basename "$(readlink iommu_group)")' },
  { name: "pci-setup chown", upstream: / \/dev\/vfio\/\$VFIO_DEV\n/g, ours: ' "/dev/vfio/$VFIO_DEV"\n' },
  { name: "virtiofsd id -u", upstream: /if \[ \$\(id -u\) = 0 \]; then/g, ours: 'if [ "$(id -u)" = 0 ]; then' },
  { name: "virtiofsd rlimit", upstream: /OPT_RLIMIT="--rlimit-nofile 1048576"/g, ours: "OPT_RLIMIT=(--rlimit-nofile 1048576)" },
  { name: "virtiofsd no rlimit", upstream: /OPT_RLIMIT=""/g, ours: "OPT_RLIMIT=()" },
  { name: "virtiofsd nproc", upstream: /--thread-pool-size `nproc`/g, ours: '--thread-pool-size "$(nproc)"' },
  { name: "virtiofsd rlimit use", upstream: / \$OPT_RLIMIT \\/g, ours: ' "${OPT_RLIMIT[@]}" \\' },
];

/** The golden config.json / checks.json with the fixes applied to binScripts and written files' texts. */
export function withModuleQuotingFixes<T>(golden: T, used?: Set<string>): T {
  const fix = (text: string): string =>
    moduleQuotingFixes.reduce((t, { name, upstream, ours }) => {
      const next = t.replace(upstream, ours);
      if (next !== t) used?.add(name);
      return next;
    }, text);
  const g = structuredClone(golden) as { binScripts?: Record<string, unknown>; files?: Record<string, { text?: unknown }> };
  for (const [k, v] of Object.entries(g.binScripts ?? {})) if (typeof v === "string") g.binScripts![k] = fix(v);
  for (const file of Object.values(g.files ?? {})) if (typeof file.text === "string") file.text = fix(file.text);
  return g as T;
}

