declare module 'virtual:tieline-dataset' {
  const dataset: import('./lib/model/schema').Dataset;
  export default dataset;
  /** The seeds' analyst overlay, for re-extracting them in the browser. */
  export const overlay: import('./lib/extract/overlay').Overlay;
}
