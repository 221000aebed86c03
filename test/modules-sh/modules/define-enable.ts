export default {
  enable: true,
};
