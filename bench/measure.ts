// Small measuring helpers: medians and a peak-RSS tracker.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall-clock milliseconds of `fn`. */
export function timeMs(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/**
 * Tracks the highest resident set size seen. Worker threads live in this process, so one RSS reading
 * covers them too. `watch` samples on a timer (for when the main thread is idle waiting on workers);
 * busy single-thread loops call `sample` themselves.
 */
export class RssPeak {
  peak = 0;

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }

  reset(): void {
    this.peak = 0;
    this.sample();
  }

  async watch<T>(work: Promise<T>, everyMs = 20): Promise<T> {
    const timer = setInterval(() => this.sample(), everyMs);
    try {
      return await work;
    } finally {
      clearInterval(timer);
      this.sample();
    }
  }
}

export const MB = 1024 * 1024;
