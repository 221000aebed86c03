/**
 * The quoting fixes of issue 12 as they show in golden data recorded from
 * microvm.nix: golden.test.ts and the extra-case tests turn upstream's
 * text into ours with them before comparing.
 */

/**
 * Where upstream's scripts leave a variable or a `$(…)` unquoted (shellcheck
 * SC2086/SC2046), ours quote it (issue 12; README "Differences from
 * microvm.nix"). Each entry: upstream's text as the golden data has it, and
 * ours. Config values quoted with `shellWord`/`singleQuoted` do not show
 * here: for the golden cases' values (plain characters) their text is upstream's.
 */
export const quotingFixes: { name: string; upstream: RegExp; ours: string }[] = [
  { name: "qemu balloon sed", upstream: /\) \| sed -e s\/987\/\$VALUE\/ \|/g, ours: ') | sed -e "s/987/$VALUE/" |' },
  { name: "cloud-hypervisor shutdown $@", upstream: /\n {4}\$@\n/g, ours: '\n    "$@"\n' },
  { name: "cloud-hypervisor waitpid", upstream: /waitpid \$MAINPID/g, ours: 'waitpid "$MAINPID"' },
  { name: "cloud-hypervisor balloon size", upstream: /resize --balloon \$SIZE"M"/g, ours: 'resize --balloon "$SIZE"M' },
  { name: "cloud-hypervisor notify socket", upstream: /UNIX-SENDTO:\$NOTIFY_SOCKET &/g, ours: '"UNIX-SENDTO:$NOTIFY_SOCKET" &' },
  {
    name: "wayland socket",
    upstream: /--wayland-sock \$XDG_RUNTIME_DIR\/\$WAYLAND_DISPLAY/g,
    ours: '--wayland-sock "$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY"',
  },
  { name: "crosvm balloon value", upstream: / balloon \$VALUE /g, ours: ' balloon "$VALUE" ' },
  { name: "kvmtool balloon -d", upstream: /ARGS="-d \$\{BASH_REMATCH\[1\]\}"/g, ours: 'ARGS=(-d "${BASH_REMATCH[1]}")' },
  { name: "kvmtool balloon -i", upstream: /ARGS="-i \$SIZE"/g, ours: 'ARGS=(-i "$SIZE")' },
  { name: "kvmtool balloon args", upstream: / balloon \$ARGS -n /g, ours: ' balloon "${ARGS[@]}" -n ' },
  {
    name: "kvmtool macvtap ifindex",
    upstream: /tapif=\/dev\/tap\$\(< \/sys\/class\/net\/([^/ ]+)\/ifindex\),/g,
    ours: 'tapif=/dev/tap"$(< /sys/class/net/$1/ifindex)",',
  },
  {
    name: "macvtap fd redirection",
    upstream: /exec ([0-9]+)<>\/dev\/tap\$\(< (\/sys\/class\/net\/[^/ ]+\/ifindex)\)\n/g,
    ours: 'exec $1<>"/dev/tap$$(< $2)"\n',
  },
  {
    // lib/volumes.nix: touch, chattr, truncate and mkfs on the image itself; ours: in a temporary file (issue 12)
    name: "volume creation",
    upstream:
      /if \[ ! -e '([^']*)' \]; then\n {2}touch '\1'\n {2}# Mark NOCOW\n {2}chattr \+C '\1' \|\| true\n {2}truncate -s ([0-9]+)M '\1'\n {2}mkfs\.([a-z0-9]+) (.*) '\1'\nfi\n/g,
    ours:
      "if [ -L '$1' ] && [ ! -e '$1' ]; then\n" +
      '  echo "microvm-run: volume image $1 is a dangling symlink; not creating it" >&2\n' +
      "  exit 1\n" +
      "fi\n" +
      "if [ ! -e '$1' ]; then\n" +
      "  IMAGE_NEW=$(mktemp '$1.new-XXXXXX')\n" +
      "  # Mark NOCOW\n" +
      '  chattr +C "$IMAGE_NEW" || true\n' +
      '  truncate -s $2M "$IMAGE_NEW"\n' +
      '  if ! mkfs.$3 $4 "$IMAGE_NEW"; then\n' +
      '    rm -f "$IMAGE_NEW"\n' +
      "    exit 1\n" +
      "  fi\n" +
      "  # never replaces an image made meanwhile (newer mv -n fails then)\n" +
      "  mv -n -T \"$IMAGE_NEW\" '$1' || true\n" +
      '  rm -f "$IMAGE_NEW"\n' +
      "fi\n",
  },
];


/** Applies every fix to `text`; records in `used` the names of those that changed it. */
export function applyQuotingFixes(text: string | null, used?: Set<string>): string | null {
  if (text === null) return null;
  let fixed = text;
  for (const { name, upstream, ours } of quotingFixes) {
    const next = fixed.replace(upstream, ours);
    if (next !== fixed) used?.add(name);
    fixed = next;
  }
  return fixed;
}

/** The backend fields with the fixes applied to each script text. */
export function fixQuotingOfFields<T extends { command: string | null; shutdownCommand: string | null; preStart: string | null; setBalloonScript: string | null; openMacvtapFds: string | null }>(fields: T): T {
  return {
    ...fields,
    command: applyQuotingFixes(fields.command),
    shutdownCommand: applyQuotingFixes(fields.shutdownCommand),
    preStart: applyQuotingFixes(fields.preStart),
    setBalloonScript: applyQuotingFixes(fields.setBalloonScript),
    openMacvtapFds: applyQuotingFixes(fields.openMacvtapFds),
  };
}
