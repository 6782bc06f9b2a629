import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { BACKOFFICE_HOSTS, PROBE_HOSTS, routeRequest, type RouteResponse } from '../fixtures/router.mjs';

/**
 * The one network policy of the harness, shared by the Chromium and the Firefox driver (they
 * only translate its decisions into route.fulfill / network.provideResponse).
 *
 * - Page traffic (documents, sub-resources, fetch/XHR of back-office pages and of the neutral
 *   example.com/org pages) is answered by tests/fixtures/router.mjs at the REAL host names;
 *   whatever the router does not serve is aborted. Nothing reaches the network.
 * - Traffic the extension itself makes (its pages, its background) is recorded separately, so a
 *   spec can fail on any request the extension makes that is not to a back-office host. A
 *   back-office request from the extension is answered by the router like the real site would;
 *   anything else is aborted.
 * - Below both, every browser is pointed at a local proxy (startHarnessProxy) that receives
 *   whatever escaped interception: Firefox's background page (invisible to WebDriver BiDi), the
 *   browsers' own calls, and in Chromium the second leg of a redirect (Playwright never routes
 *   it). It terminates TLS itself, answers back-office hosts with the same router and drops
 *   everything else. It is what guarantees that nothing leaves the machine.
 */

/** Who made a request. `unattributed` = seen only by the harness proxy, origin unknown. */
export type RequestSource = 'page' | 'extension-page' | 'background' | 'unattributed';
export type RequestOutcome = 'fulfilled' | 'aborted' | 'refused';

export interface RecordedRequest {
  at: number;
  source: RequestSource;
  method: string;
  /** When the proxy could not read an HTTPS request (TLS refused) only the origin is known. */
  url: string;
  outcome: RequestOutcome;
  status?: number;
}

export type Decision = { action: 'fulfill'; response: RouteResponse } | { action: 'abort' };

const BACKOFFICE = new Set(BACKOFFICE_HOSTS);
const PROBES = new Set(PROBE_HOSTS);

/**
 * Hosts the browsers call on their own (Firefox remote settings, Chromium's Google services).
 * The proxy cannot tell the extension's background from the browser itself, so these are
 * left out of extensionRequests(); they are still refused and still listed by requests().
 */
const BROWSER_INFRASTRUCTURE = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|dummy\.test|google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function isBackOfficeUrl(url: string): boolean {
  return BACKOFFICE.has(hostOf(url));
}

/** The network check's two neutral connectivity-check hosts (rules/diagnosis.ts): the extension may ask them, and only them. */
export function isProbeUrl(url: string): boolean {
  return PROBES.has(hostOf(url));
}

/** Only http(s) is ever intercepted: extension resources, data: and blob: load normally. */
export function isInterceptable(url: string): boolean {
  return url.startsWith('https://') || url.startsWith('http://');
}

/**
 * The requests the extension made that it must not: anything but a back-office host or one of
 * the network check's two probes. The e2e fixture fails a test on any of these.
 */
export function foreignExtensionRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => !isBackOfficeUrl(request.url) && !isProbeUrl(request.url));
}

const MAX_LOG = 10_000;

const REDIRECT_MEMORY_MS = 30_000;

export class NetworkGuard {
  readonly #log: RecordedRequest[] = [];
  readonly #holds = new Set<() => void>();
  /** Redirect targets just sent, so the proxy can tell whose follow-up request it receives. */
  readonly #redirects = new Map<string, { source: RequestSource; until: number }>();
  #closed = false;

  /** What to answer to one intercepted request; the decision is recorded. */
  decide(source: RequestSource, method: string, url: string, body: string): Decision {
    // A redirect's second leg seen by interception (always in Firefox) needs no memory.
    this.#redirects.delete(url);
    const servable = source === 'page' || isBackOfficeUrl(url) || isProbeUrl(url);
    const response = servable ? routeRequest(url, method, body) : null;
    this.record({ source, method, url, outcome: response ? 'fulfilled' : 'aborted', status: response?.status });
    if (!response) return { action: 'abort' };
    const location = response.headers?.location;
    if (location && response.status >= 300 && response.status < 400) {
      this.#redirects.set(new URL(location, url).href, { source, until: Date.now() + REDIRECT_MEMORY_MS });
    }
    return { action: 'fulfill', response };
  }

  /**
   * What the proxy answers to a request that escaped interception: the follow-up of a redirect
   * is treated like the request that was redirected; anything else is unattributed and only
   * back-office hosts are served. Returns null for "drop the connection".
   */
  decideEscaped(method: string, url: string, body: string): RouteResponse | null {
    const redirect = this.#redirects.get(url);
    this.#redirects.delete(url);
    const source = redirect && redirect.until > Date.now() ? redirect.source : 'unattributed';
    const servable = source === 'page' || isBackOfficeUrl(url) || isProbeUrl(url);
    const response = servable ? routeRequest(url, method, body) : null;
    this.record({ source, method, url, outcome: response ? 'fulfilled' : 'refused', status: response?.status });
    return response;
  }

  record(entry: Omit<RecordedRequest, 'at'>): void {
    if (this.#log.length >= MAX_LOG) this.#log.shift();
    this.#log.push({ at: Date.now(), ...entry });
  }

  /**
   * Holds a response for `delayMs` (the router's `slow` and `apitimeout`). Resolves false when the
   * browser is being closed meanwhile, so the driver skips answering a request that is gone.
   */
  hold(delayMs: number): Promise<boolean> {
    if (this.#closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const cancel = () => {
        clearTimeout(timer);
        this.#holds.delete(cancel);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.#holds.delete(cancel);
        resolve(true);
      }, delayMs);
      this.#holds.add(cancel);
    });
  }

  requests(): RecordedRequest[] {
    return [...this.#log];
  }

  /** Requests the extension made itself (plus whatever only the proxy saw, minus browser chatter). */
  extensionRequests(): RecordedRequest[] {
    return this.#log.filter(
      (entry) =>
        entry.source === 'extension-page' ||
        entry.source === 'background' ||
        (entry.source === 'unattributed' && !BROWSER_INFRASTRUCTURE.test(hostOf(entry.url))),
    );
  }

  clear(): void {
    this.#log.length = 0;
    this.#redirects.clear();
  }

  close(): void {
    this.#closed = true;
    for (const cancel of [...this.#holds]) cancel();
  }
}

export interface HarnessProxy {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

let certificate: { key: string; cert: string } | undefined;

/**
 * A throw-away self-signed certificate for the proxy's TLS side, made once per process with the
 * openssl CLI (Debian's `openssl` package; .ci/run installs it if missing). The browsers are told
 * to accept it (Playwright ignoreHTTPSErrors, BiDi acceptInsecureCerts): it never leaves tmpdir.
 */
function harnessCertificate(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'seller-sos-proxy-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '7',
        '-subj', '/CN=Seller SOS test harness', '-keyout', key, '-out', cert],
      { stdio: 'pipe' },
    );
  } catch (error) {
    throw new Error(`The harness proxy needs the openssl CLI to make its certificate (apt-get install -y openssl): ${(error as Error).message}`);
  }
  certificate = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  return certificate;
}

/**
 * The proxy every browser of the harness uses. Plain HTTP and HTTPS (CONNECT, then TLS with the
 * harness certificate) are read in full, so even an escaped request is recorded with its URL;
 * back-office hosts are answered by the router (honouring delayMs), everything else gets its
 * connection dropped — to the browser that is a network error, as if the host were unreachable.
 */
export async function startHarnessProxy(guard: NetworkGuard): Promise<HarnessProxy> {
  const { key, cert } = harnessCertificate();
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const answer = (scheme: 'http' | 'https') => (request: http.IncomingMessage, response: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      // Through a proxy, plain HTTP arrives with an absolute URL; inside a TLS tunnel, a path.
      const url = scheme === 'http' ? (request.url ?? '') : `https://${request.headers.host ?? ''}${request.url ?? '/'}`;
      const routed = guard.decideEscaped(request.method ?? 'GET', url, Buffer.concat(chunks).toString('utf8'));
      if (!routed) {
        request.socket.destroy();
        return;
      }
      if (routed.delayMs && !(await guard.hold(routed.delayMs))) return;
      response.writeHead(routed.status, { ...routed.headers, 'content-type': routed.contentType });
      response.end(routed.body);
    });
  };

  const tunnelled = http.createServer(answer('https'));
  const server = http.createServer(answer('http'));
  server.on('connection', track);
  server.on('connect', (request, socket: Socket) => {
    const target = request.url ?? '';
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    let handshaken = false;
    const secure = new tls.TLSSocket(socket, { isServer: true, key, cert });
    track(secure);
    secure.on('secure', () => {
      handshaken = true;
    });
    secure.once('error', () => {
      // The browser refused our certificate (e.g. a pinned host): all we know is the origin. A
      // tunnel closed without a handshake is a browser preconnect that was never used: not a request.
      if (!handshaken) guard.record({ source: 'unattributed', method: 'CONNECT', url: `https://${target.replace(/:443$/, '')}/`, outcome: 'refused' });
    });
    tunnelled.emit('connection', secure);
  });
  server.on('upgrade', (request, socket) => {
    guard.record({ source: 'unattributed', method: 'GET', url: request.url ?? '', outcome: 'refused' });
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        tunnelled.close();
        server.close(() => resolve());
      }),
  };
}
