// Bounded, decoding body reader: a huge or bomb-like response costs at most `maxBytes` of memory.

import { pipeline, type Readable, type Transform } from "node:stream";
import * as zlib from "node:zlib";

export interface BodyReadOptions {
  /** Decoded bytes kept; reading stops (and the connection is dropped) past it. */
  readonly maxBytes: number;
  /** The response's Content-Encoding; gzip, deflate and br are decoded, anything else is kept as sent. */
  readonly contentEncoding?: string;
}

export interface BodyReadResult {
  readonly body: Buffer;
  readonly truncated: boolean;
}

/** The body could not be read to its end (`read`: the connection broke) or not decoded (`decode`). */
export class BodyError extends Error {
  constructor(
    readonly stage: "read" | "decode",
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = "BodyError";
  }
}

// Lenient flushing, as browsers and undici do: a stream that stops cleanly between blocks still decodes.
const FLUSH = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_FLUSH = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

function decoderFor(encoding: string): Transform | undefined {
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip(FLUSH);
    case "deflate":
      return zlib.createInflate(FLUSH);
    case "br":
      return zlib.createBrotliDecompress(BROTLI_FLUSH);
    default:
      return undefined;
  }
}

/** Decoders in the order to apply them: encodings are listed in the order the server applied them. */
function decodersFor(contentEncoding: string | undefined): Transform[] {
  if (!contentEncoding) return [];
  const encodings = contentEncoding
    .toLowerCase()
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "" && e !== "identity")
    .reverse();
  const decoders = encodings.map(decoderFor);
  // An encoding we cannot undo makes every later decoder meaningless: keep the bytes as sent.
  return decoders.every((d) => d !== undefined) ? decoders : [];
}

/**
 * Reads the body, decoding it, until its end or until more than `maxBytes` decoded bytes arrived.
 * Past the limit the stream is destroyed, which closes the socket: the rest is never downloaded.
 */
export async function readBody(source: Readable, options: BodyReadOptions): Promise<BodyReadResult> {
  const decoders = decodersFor(options.contentEncoding);
  const last = decoders.at(-1);
  let sourceError: unknown;
  source.on("error", (error) => {
    sourceError = error;
  });
  // The pipeline's errors surface through the iteration of its last stream, so its callback has nothing to do.
  if (last) pipeline([source, ...decoders], () => {});
  const stream = last ?? source;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const room = options.maxBytes - size;
      if (chunk.length > room) {
        if (room > 0) chunks.push(chunk.subarray(0, room));
        // Leaving the loop destroys the stream (and through the pipeline, the response and its socket).
        return { body: Buffer.concat(chunks, options.maxBytes), truncated: true };
      }
      chunks.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (last && error !== sourceError) {
      throw new BodyError("decode", `could not decode the ${options.contentEncoding} body: ${reason}`, {
        cause: error,
      });
    }
    throw new BodyError("read", `the connection broke after ${size} bytes of the body: ${reason}`, {
      cause: error,
    });
  }
  return { body: Buffer.concat(chunks, size), truncated: false };
}

/** The body as UTF-8 text; a leading byte order mark is not part of the content. */
export function bodyText(body: Buffer): string {
  const text = body.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
