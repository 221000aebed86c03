export default {
  value: -23,
};
