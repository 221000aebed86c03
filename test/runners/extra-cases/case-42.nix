# extra: cloud-hypervisor vsock cid set twice.
{
  networking.hostName = "twice";
  microvm.vsock.cid = 4;
  microvm.cloud-hypervisor.extraArgs = [ "--vsock" "cid=5" ];
}
