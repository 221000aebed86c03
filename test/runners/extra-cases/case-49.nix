# extra: cloud-hypervisor graphics, balloon, hotplug, hugepages, vsock cid, socket null.
{
  networking.hostName = "chx";
  microvm.graphics.enable = true;
  microvm.balloon = true;
  microvm.initialBalloonMem = 128;
  microvm.hotplugMem = 1024;
  microvm.hotpluggedMem = 512;
  microvm.hugepageMem = true;
  microvm.vsock.cid = 9;
  microvm.socket = null;
}
