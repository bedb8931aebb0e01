// A tiny forward proxy on 127.0.0.1 that records what it was asked to reach. @actions/http-client sends
// every proxied request through a CONNECT tunnel (the `tunnel` package), http:// targets included, so
// that is what it serves; any other request is recorded and refused, so a change of method shows.
// It reaches every host on 127.0.0.1 at the port asked for: names like `shop.test`, which resolve
// nowhere, are reachable only through it.

import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";

export interface ProxiedRequest {
  readonly method: string;
  /** `host:port` for CONNECT, as received. */
  readonly target: string;
  readonly headers: IncomingHttpHeaders;
}

export interface ForwardProxy {
  /** `http://127.0.0.1:port`. */
  readonly url: string;
  readonly requests: readonly ProxiedRequest[];
  close(): Promise<void>;
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", target: req.url ?? "", headers: req.headers });
    res.writeHead(405, { "content-type": "text/plain" }).end("this test proxy only tunnels (CONNECT)\n");
  });
  server.on("connect", (req, client: Socket, head: Buffer) => {
    requests.push({ method: "CONNECT", target: req.url ?? "", headers: req.headers });
    sockets.add(client);
    const port = Number(new URL(`http://${req.url ?? ""}`).port || 80);
    const upstream = connect(port, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    client.on("close", () => upstream.destroy());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
