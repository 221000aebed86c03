export default {
  config: { _module: { args: { custom: true } } },
};
