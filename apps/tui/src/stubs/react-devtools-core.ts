// Ink loads React DevTools only when DEV=true, from a package this app does not ship. The bundle aliases it to
// this stub so it resolves; with DEV=true the interface simply runs without DevTools.
const devtools = {
  initialize(): void {},
  connectToDevTools(): void {},
};
export default devtools;
