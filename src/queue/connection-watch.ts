// Says once that the database went away and once that it came back, instead of one error per
// job and per poll while it is down.
export class ConnectionWatch {
  private down = false;

  constructor(private readonly ping: () => Promise<unknown>, private readonly log: (line: string) => void) {}

  /** Pings the database; true when it answers. */
  async check(): Promise<boolean> {
    try {
      await this.ping();
    } catch (error) {
      this.lost(error as Error);
      return false;
    }
    if (this.down) {
      this.down = false;
      this.log("database reachable again; resuming");
    }
    return true;
  }

  lost(error: Error): void {
    if (this.down) return;
    this.down = true;
    this.log(`database unreachable (${error.message}); jobs wait in the queue and are retried when it is back`);
  }
}
