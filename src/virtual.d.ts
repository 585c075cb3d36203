declare module 'virtual:tieline-dataset' {
  const dataset: import('./lib/model/schema').Dataset;
  export default dataset;
}
