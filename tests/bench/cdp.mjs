// Chrome DevTools Protocol helpers of the bench: CPU profiles attributed to the extension's
// scripts, and heap sizes of the extension's service worker (reached over --remote-debugging-port).

/**
 * Time the V8 sampling profiler saw in the extension's page-side code, from a CDP Profiler
 * profile of a page target (the content scripts run in the page's renderer and isolate, in their
 * own worlds, under chrome-extension:// script URLs: page-probe.js in the main world, the platform
 * script in the isolated world).
 *
 * Attribution: a sample belongs to the script of the nearest frame, walking from the leaf
 * towards the root, that has a script URL. So native work the extension's code calls
 * (querySelectorAll, getComputedStyle, postMessage, MutationObserver delivery into its callback)
 * counts as the extension's; the page's own functions, idle time, "(program)" and the garbage
 * collector (no URL anywhere on their stack) do not. One limit: the page probe wraps
 * console.error, so the original console.error it calls is attributed to the probe, although the
 * page would have paid for it without the extension too (it overstates the probe, never hides it).
 * Each sample lasts until the next one (timeDeltas[i + 1]).
 */
export function extensionTimeFromProfile(profile, extensionBaseUrl) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ownerCache = new Map();
  const ownerOf = (id) => {
    if (ownerCache.has(id)) return ownerCache.get(id);
    const path = [];
    let owner = null;
    for (let cursor = id; cursor !== undefined; cursor = parent.get(cursor)) {
      if (ownerCache.has(cursor)) {
        owner = ownerCache.get(cursor);
        break;
      }
      path.push(cursor);
      const url = byId.get(cursor)?.callFrame.url ?? '';
      if (url) {
        owner = url.startsWith(extensionBaseUrl) ? { script: url.slice(extensionBaseUrl.length), node: byId.get(cursor) } : false;
        break;
      }
    }
    for (const visited of path) ownerCache.set(visited, owner ?? false);
    return owner ?? false;
  };
  let totalUs = 0;
  let extensionUs = 0;
  const byScript = {};
  const byFunction = new Map();
  const inclusive = new Map();
  const frameKey = (node, script) => `${node.callFrame.functionName || '(anonymous)'} ${script}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
  const { samples, timeDeltas } = profile;
  for (let index = 0; index < samples.length; index += 1) {
    const duration = timeDeltas[index + 1] ?? 0;
    totalUs += duration;
    const owner = ownerOf(samples[index]);
    if (!owner) continue;
    extensionUs += duration;
    byScript[owner.script] = (byScript[owner.script] ?? 0) + duration;
    const key = frameKey(owner.node, owner.script);
    byFunction.set(key, (byFunction.get(key) ?? 0) + duration);
    // Inclusive time: every extension function on the stack, once per sample (who called the costly leaf).
    const onStack = new Set();
    for (let cursor = samples[index]; cursor !== undefined; cursor = parent.get(cursor)) {
      const node = byId.get(cursor);
      if (node?.callFrame.url.startsWith(extensionBaseUrl)) onStack.add(frameKey(node, node.callFrame.url.slice(extensionBaseUrl.length)));
    }
    for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + duration);
  }
  const topFunctions = [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
  const topInclusive = [...inclusive.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
  return {
    profiledMs: Math.round(totalUs / 1000),
    extensionMs: Math.round(extensionUs / 100) / 10,
    byScriptMs: Object.fromEntries(Object.entries(byScript).map(([script, us]) => [script, Math.round(us / 100) / 10])),
    topFunctions,
    topInclusive,
  };
}

/** Runs `during()` with the V8 sampling profiler on a Playwright page's CDP session. */
export async function profilePage(page, during, intervalUs = 200) {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.send('Profiler.start');
    const result = await during();
    const { profile } = await session.send('Profiler.stop');
    await session.send('Profiler.disable');
    return { result, profile };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** JS heap in use on a page after a full GC (the page's main world and its content scripts' worlds share it). */
export async function pageHeapUsed(page) {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** One CDP command on a target's own WebSocket (Node 20 needs --experimental-websocket; run-bench re-executes itself with it). */
async function sendOverWebSocket(webSocketUrl, commands) {
  const socket = new WebSocket(webSocketUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${webSocketUrl}`)), { once: true });
  });
  try {
    const results = [];
    for (const [index, [method, params]] of commands.entries()) {
      results.push(
        await new Promise((resolve, reject) => {
          const onMessage = (event) => {
            const message = JSON.parse(String(event.data));
            if (message.id !== index + 1) return;
            socket.removeEventListener('message', onMessage);
            if (message.error) reject(new Error(`${method}: ${message.error.message}`));
            else resolve(message.result);
          };
          socket.addEventListener('message', onMessage);
          socket.send(JSON.stringify({ id: index + 1, method, params: params ?? {} }));
        }),
      );
    }
    return results;
  } finally {
    socket.close();
  }
}

/** JS heap in use in the extension's service worker after a full GC, in bytes. */
export async function serviceWorkerHeapUsed(debuggingPort, extensionBaseUrl) {
  const targets = await (await fetch(`http://127.0.0.1:${debuggingPort}/json/list`)).json();
  const worker = targets.find((target) => target.type === 'service_worker' && target.url.startsWith(extensionBaseUrl));
  if (!worker) throw new Error('the extension service worker is not running');
  const [, heap] = await sendOverWebSocket(worker.webSocketDebuggerUrl, [['HeapProfiler.collectGarbage'], ['Runtime.getHeapUsage']]);
  return heap.usedSize;
}
