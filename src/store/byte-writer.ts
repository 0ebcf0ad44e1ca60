/**
 * Little byte buffers for the stores' compact encodings: unsigned LEB128 varints, float64, and
 * length-prefixed UTF-8 strings. Grows as it is written; `bytes()` gives what was written.
 */
export class ByteWriter {
  private buf = Buffer.allocUnsafe(1024);
  private n = 0;

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.n + k));
    this.buf.copy(next, 0, 0, this.n);
    this.buf = next;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.n++] = b;
  }

  /** A non-negative integer below 2^53. */
  uint(v: number): void {
    this.room(8);
    while (v >= 0x80) {
      this.buf[this.n++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.n++] = v;
  }

  float(v: number): void {
    this.room(8);
    this.buf.writeDoubleLE(v, this.n);
    this.n += 8;
  }

  string(s: string): void {
    const len = Buffer.byteLength(s);
    this.uint(len);
    this.room(len);
    this.buf.write(s, this.n, len, 'utf8');
    this.n += len;
  }

  raw(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }

  bytes(): Buffer {
    return this.buf.subarray(0, this.n);
  }
}

export class ByteReader {
  private at = 0;

  constructor(private readonly buf: Buffer, private readonly what: string) {}

  private need(k: number): void {
    if (this.at + k > this.buf.length) throw new Error(`store: ${this.what} is cut short at byte ${this.at}; the row is damaged`);
  }

  byte(): number {
    this.need(1);
    return this.buf[this.at++]!;
  }

  uint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  }

  float(): number {
    this.need(8);
    const v = this.buf.readDoubleLE(this.at);
    this.at += 8;
    return v;
  }

  string(): string {
    const len = this.uint();
    this.need(len);
    const s = this.buf.toString('utf8', this.at, this.at + len);
    this.at += len;
    return s;
  }

  raw(len: number): Buffer {
    this.need(len);
    const b = this.buf.subarray(this.at, this.at + len);
    this.at += len;
    return b;
  }

  get done(): boolean {
    return this.at === this.buf.length;
  }
}
