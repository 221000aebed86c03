# extra: cloud-hypervisor extraArgs with --serial, --console, --vsock, --platform and others; OEM strings.
{
  networking.hostName = "xargs";
  microvm.cloud-hypervisor.platformOEMStrings = [ "io.systemd.credential:A=b" ];
  microvm.cloud-hypervisor.extraArgs = [ "--serial" "file=/tmp/x" "--console" "tty" "--vsock" "cid=5,socket=my.vsock" "--platform" "serial_number=abc" "--foo" "bar baz" "--platform" "uuid=1" ];
  microvm.preStart = "echo hi\necho there";
}
