# extra: cloud-hypervisor oem_strings via --platform; serial tty in extraArgs.
{
  networking.hostName = "oem";
  microvm.cloud-hypervisor.extraArgs = [ "--platform" "oem_strings=[x]" "--serial" "tty" ];
}
