import cliProgress from 'cli-progress';
import type { Progress } from '../ingest.ts';

const LINE_EVERY_MS = 3000;

/**
 * Progress on stderr: a live line on a terminal, a plain line every few seconds otherwise
 * (logs and CI), nothing for runs shorter than that.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update: (p: Progress) => void; stop: () => void } {
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'analysing {read} read, {stored} stored, {rate} articles/s, {mb} MB', stream, clearOnComplete: true, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let shown = false;
    return {
      update(p) {
        const secs = (Date.now() - started) / 1000;
        if (!shown && secs < 1) return;
        const payload = { read: p.read, stored: p.stored, rate: Math.round(p.stored / Math.max(secs, 0.001)), mb: (p.bytes / 1e6).toFixed(1) };
        if (!shown) bar.start(0, 0, payload);
        shown = true;
        bar.update(0, payload);
      },
      stop() {
        if (shown) bar.stop();
      },
    };
  }
  let last = started;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < LINE_EVERY_MS) return;
      last = now;
      const secs = (now - started) / 1000;
      stream.write(`parallax: ${p.read} read, ${p.stored} stored, ${(p.stored / secs).toFixed(0)} articles/s\n`);
    },
    stop() {},
  };
}
