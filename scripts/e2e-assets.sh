#!/usr/bin/env bash
# Builds the assets of the real-boot end-to-end test (test/e2e/boot.test.ts):
#   - installs Debian's qemu and the small tools the build needs;
#   - fetches a Debian kernel package (resolved through linux-image-amd64, the
#     generic kernel: the cloud kernel has no 9p), unpacks it with dpkg -x,
#     never installs it;
#   - extracts the ELF vmlinux from the bzImage, so qemu boots it through PVH
#     and skips the emulated decompressor (3.5-7 s under TCG);
#   - builds a busybox initramfs with the virtio/9p modules and the test /init.
#
# Output, in $E2E_ASSETS_DIR (default <repo>/.e2e-cache):
#   kernel-pvh/bzImage      the ELF vmlinux (qemu -kernel boots it via PVH); a
#                           folder because microvm.nix passes <kernel>/bzImage
#   kernel-bzimage/bzImage  the unmodified bzImage (fallback, E2E_KERNEL=bzimage)
#   initrd.gz               busybox + modules + /init
#   assets.env              what was built; written last, so its presence means "complete"
#
# Idempotent: nothing is rebuilt while the kernel package, the /init below, the
# module list and busybox stay the same; the .deb is kept between runs.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
out=${E2E_ASSETS_DIR:-$repo/.e2e-cache}
meta_pkg=linux-image-amd64
# Guest drivers, loaded in dependency order by /init. virtio_mmio for the
# "-device" devices (no shares: pcie=off), virtio_pci for the "-pci" ones.
modules=(virtio_mmio virtio_pci virtio_blk virtio_net virtio-rng 9pnet_virtio 9p)

log() { printf 'e2e-assets: %s\n' "$*" >&2; }

install_packages() {
  local need=() p
  for p in qemu-system-x86 busybox-static cpio kmod lz4 xz-utils socat; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need+=("$p")
  done
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      log "needs root to install ${need[*]} (or install them: apt-get install --no-install-recommends ${need[*]})"
      exit 1
    fi
    log "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

# The versioned kernel package behind the meta package. Its name changes with
# each security update (and the old one leaves the pool), so never pin it.
resolve_kernel_package() {
  local pkg
  pkg=$(apt-cache depends "$meta_pkg" 2>/dev/null | awk '/Depends: linux-image-/{print $2; exit}')
  if [ -z "$pkg" ]; then
    apt-get update -qq
    pkg=$(apt-cache depends "$meta_pkg" | awk '/Depends: linux-image-/{print $2; exit}')
  fi
  [ -n "$pkg" ] || { log "cannot resolve $meta_pkg to a kernel package"; exit 1; }
  echo "$pkg"
}

# Prints the path of the kernel .deb, downloading it when absent.
fetch_kernel_deb() {
  local pkg=$1 deb
  deb=$(ls "$out/deb/${pkg}"_*.deb 2>/dev/null | head -1 || true)
  if [ -z "$deb" ]; then
    log "downloading $pkg"
    rm -rf "$out/deb" && mkdir -p "$out/deb"
    (cd "$out/deb" && apt-get download -qq -o APT::Sandbox::User=root "$pkg") || {
      apt-get update -qq
      (cd "$out/deb" && apt-get download -qq -o APT::Sandbox::User=root "$pkg")
    }
    deb=$(ls "$out/deb/${pkg}"_*.deb | head -1)
  fi
  echo "$deb"
}

# bzImage → ELF vmlinux: find the payload's compression magic, decompress from there.
extract_vmlinux() {
  local vmlinuz=$1 dest=$2 pair magic tool off
  for pair in '\xfd\x37\x7a\x58\x5a\x00:xz' '\x02\x21\x4c\x18:lz4' '\x28\xb5\x2f\xfd:zstd' '\x1f\x8b\x08:gzip'; do
    magic=${pair%:*} tool=${pair##*:}
    command -v "$tool" >/dev/null || continue
    for off in $(LC_ALL=C grep -obUaP "$magic" "$vmlinuz" | cut -d: -f1); do
      tail -c +$((off + 1)) "$vmlinuz" | "$tool" -dc > "$dest.tmp" 2>/dev/null || true
      if [ "$(head -c4 "$dest.tmp" | od -An -c | tr -d ' ')" = '177ELF' ]; then
        mv "$dest.tmp" "$dest"
        return 0
      fi
    done
  done
  rm -f "$dest.tmp"
  log "could not extract an ELF vmlinux from $vmlinuz"
  exit 1
}

build_kernels() {
  local vmlinuz="$out/k/boot/vmlinuz-$1"
  mkdir -p "$out/kernel-bzimage" "$out/kernel-pvh"
  cp "$vmlinuz" "$out/kernel-bzimage/bzImage"
  log "extracting vmlinux for PVH boot"
  extract_vmlinux "$vmlinuz" "$out/kernel-pvh/bzImage"
}

# The guest's /init. Every check is steered by a kernel parameter, so one
# initramfs serves every scenario:
#   e2e.9p=<tag>       mount the 9p share <tag>, print its hello.txt
#   e2e.vol=<dev>      print the host's string at offset 0 of <dev>, write ours at 4096
#   e2e.net=<port>     configure slirp's 10.0.2.15, answer one TCP connection on <port>
#   e2e.end=poweroff   power off when done (default)
#   e2e.end=wait       wait for ctrl-alt-del (what microvm-shutdown sends over QMP)
write_init() {
  cat <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
while read -r m; do insmod "/lib/modules/$m" || echo "E2E-FAIL insmod $m"; done < /etc/modules.list

param() { for a in $(cat /proc/cmdline); do case "$a" in "$1="*) echo "${a#*=}";; esac; done; }
wait_for() { i=0; while [ ! -e "$1" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done; }

echo "E2E-BOOT-OK $(cut -d' ' -f1 /proc/uptime)"

tag=$(param e2e.9p)
if [ -n "$tag" ]; then
  mkdir -p /mnt/share
  if mount -t 9p -o trans=virtio,version=9p2000.L,msize=65536 "$tag" /mnt/share; then
    echo "E2E-9P: $(cat /mnt/share/hello.txt)"
  else
    echo "E2E-FAIL 9p mount $tag"
  fi
fi

vol=$(param e2e.vol)
if [ -n "$vol" ]; then
  wait_for "$vol"
  echo "E2E-VOL-READ: $(head -c 64 "$vol" | tr -d '\000')"
  printf 'E2E-VOLUME-WRITTEN-BY-GUEST' | dd of="$vol" bs=512 seek=8 conv=notrunc 2>/dev/null && sync
  echo "E2E-VOL-WRITTEN"
fi

port=$(param e2e.net)
if [ -n "$port" ]; then
  ip link set lo up
  ip link set eth0 up
  ip addr add 10.0.2.15/24 dev eth0
  ip route add default via 10.0.2.2
  echo "E2E-NET-REPLY" | nc -l -p "$port" | sed 's/^/E2E-NET-GOT: /' &
  # announce only once nc listens (state 0A in /proc/net/tcp): slirp resets
  # a forwarded connection that finds no listener
  hex=$(printf '%04X' "$port") i=0
  while ! grep -qs ":$hex [0-9A-F]*:0000 0A" /proc/net/tcp /proc/net/tcp6 && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
  echo "E2E-NET-LISTENING $port"
  wait
fi

if [ "$(param e2e.end)" = wait ]; then
  # As systemd does: ctrl-alt-del becomes SIGINT to pid 1 instead of an instant reboot.
  echo 0 > /proc/sys/kernel/ctrl-alt-del
  trap 'echo E2E-CTRL-ALT-DEL; poweroff -f' INT
  echo E2E-WAITING
  while :; do sleep 1 & wait $!; done
fi
echo E2E-DONE
poweroff -f
EOF
}

build_initrd() {
  local kver=$1 root ko rel
  log "building initramfs"
  root=$(mktemp -d)
  mkdir -p "$root"/{bin,dev,proc,sys,etc,mnt,lib/modules}
  cp /bin/busybox "$root/bin/busybox"
  write_init > "$root/init" && chmod 755 "$root/init"
  : > "$root/etc/modules.list"
  for m in "${modules[@]}"; do
    modprobe -d "$out/k" -S "$kver" --show-depends "$m" | awk '$1 == "insmod" { print $2 }'
  done | awk '!seen[$0]++' | while read -r ko; do
    rel=${ko#"$out/k/lib/modules/$kver/"}
    mkdir -p "$root/lib/modules/$(dirname "$rel")"
    cp "$ko" "$root/lib/modules/$rel"
    echo "$rel" >> "$root/etc/modules.list"
  done
  (cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) > "$out/initrd.gz.tmp"
  mv "$out/initrd.gz.tmp" "$out/initrd.gz"
  rm -rf "$root"
}

start=$(date +%s.%N)
mkdir -p "$out"
install_packages
pkg=$(resolve_kernel_package)
deb=$(fetch_kernel_deb "$pkg")
# everything the outputs depend on
stamp=$( { echo "$pkg ${modules[*]}"; write_init; sha256sum /bin/busybox; } | sha256sum | cut -d' ' -f1)
if [ -f "$out/assets.env" ] && [ "$(cat "$out/stamp" 2>/dev/null)" = "$stamp" ]; then
  log "up to date in $out ($pkg)"
  exit 0
fi
rm -f "$out/assets.env"
log "unpacking $(basename "$deb")"
rm -rf "$out/k" && mkdir -p "$out/k"
dpkg -x "$deb" "$out/k"
kver=$(ls "$out/k/lib/modules")
# the .deb has no modules.dep; modprobe --show-depends needs it
depmod -b "$out/k" "$kver"
build_kernels "$kver"
build_initrd "$kver"
# the unpacked tree is 400 MB; the .deb stays for a rebuild
rm -rf "$out/k"
echo "$stamp" > "$out/stamp"
cat > "$out/assets.env.tmp" <<EOF
E2E_KERNEL_PACKAGE=$pkg
E2E_KERNEL_VERSION=$kver
E2E_KERNEL_PVH=$out/kernel-pvh
E2E_KERNEL_BZIMAGE=$out/kernel-bzimage
E2E_INITRD=$out/initrd.gz
EOF
mv "$out/assets.env.tmp" "$out/assets.env"
log "ready in $out ($pkg, $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s)"
