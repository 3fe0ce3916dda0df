// Progress for long runs: on a terminal, one line rewritten in place (done, rate, time left);
// elsewhere nothing until the summary.

export interface Progress {
  update(done: number, fraction: number | null): void;
  finish(): void;
}

export function createProgress(stream: NodeJS.WriteStream, label: string): Progress {
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, fraction) {
      if (!stream.isTTY) return;
      const now = performance.now();
      if (now - lastDraw < 100) return;
      lastDraw = now;
      const seconds = (now - started) / 1000;
      const rate = done / Math.max(seconds, 1e-3);
      const left = fraction && fraction > 0 ? seconds * (1 - fraction) / fraction : null;
      const eta = left === null ? "" : `, ${formatSeconds(left)} left`;
      stream.write(`\r${label}: ${done} articles, ${rate.toFixed(0)}/s${eta}   `);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write("\r\x1b[K");
    },
  };
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds - m * 60)} s`;
}
