/** One labelled data set that `npm run eval` measures. */
export interface EvalResult {
  /** e.g. 'id-gambling' */
  name: string;
  /** Metric name -> value, printed in this order, e.g. { precision: 0.93, recall: 0.91, f1: 0.92 }. */
  metrics: Record<string, number>;
  /** Metric name -> the floor it must hold; below a floor the run fails. 'fpr' style ceilings use `ceilings`. */
  floors: Record<string, number>;
  ceilings?: Record<string, number>;
  texts: number;
  /** Engine time in milliseconds per 1,000 texts. */
  msPer1000: number;
  /** Lines printed under the task's figures, e.g. each judged profile's misses. */
  details?: string[];
}

export interface EvalTask {
  name: string;
  /** Reads `<dataDir>/<its folder>` and measures the engine on it. */
  run(dataDir: string): EvalResult;
  /** A task whose data ships with the repository names its own folder (the --data folder is ignored). */
  dataDir?: () => string;
}
