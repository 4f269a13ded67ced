// Logistic regression with weights bounded below (never negative: a signal may only add
// suspicion, as score.ts requires), fitted by projected gradient descent on the mean log-loss with a small L2 penalty.
// Small and dependency-free: a dozen features and a few thousand rows need nothing more.

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export interface FitOptions {
  iterations?: number;
  learningRate?: number;
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  /** Lower bound of each weight (default 0: a signal may only add suspicion). */
  minWeights?: readonly number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += (model.weights[j] ?? 0) * (x[j] ?? 0);
  return sigmoid(z);
}

/** Fits on rows `x` (features 0..1) with labels `y`; deterministic (starts from zero). */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly boolean[], options: FitOptions = {}): LogisticModel {
  const { iterations = 4000, learningRate = 1, l2 = 1e-3, minWeights = [] } = options;
  const k = x[0]?.length ?? 0;
  const n = x.length;
  const model: LogisticModel = { bias: 0, weights: Array.from({ length: k }, (_, j) => minWeights[j] ?? 0) };
  if (n === 0) return model;
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(k).fill(0);
    let gradientBias = 0;
    for (let i = 0; i < n; i++) {
      const row = x[i]!;
      const error = predict(model, row) - (y[i] ? 1 : 0);
      gradientBias += error;
      for (let j = 0; j < k; j++) gradient[j]! += error * (row[j] ?? 0);
    }
    model.bias -= (learningRate * gradientBias) / n;
    for (let j = 0; j < k; j++) {
      const step = gradient[j]! / n + l2 * model.weights[j]!;
      model.weights[j] = Math.max(minWeights[j] ?? 0, model.weights[j]! - learningRate * step);
    }
  }
  return model;
}

/** Mean log-loss, for reporting how well the fit went. */
export function logLoss(model: LogisticModel, x: readonly (readonly number[])[], y: readonly boolean[]): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, predict(model, x[i]!)));
    sum -= y[i] ? Math.log(p) : Math.log(1 - p);
  }
  return sum / Math.max(1, x.length);
}
