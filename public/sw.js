// GLM Chat service worker: keeps the app shell so saved conversations (which live in IndexedDB)
// open without a network. Conversations are never cached here, and the API is never answered from
// a cache: sending while offline fails and the page says so.
const SHELL = "glm-chat-shell-v1";
// Hashed assets are kept per build (the page registers this worker as /sw.js?build=<build id>), so a
// deploy can drop what no page needs any more instead of keeping every build's chunks forever.
const STATIC_PREFIX = "glm-chat-static-";
const STATIC = STATIC_PREFIX + (new URL(self.location.href).searchParams.get("build") || "v1");

self.addEventListener("install", (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

/**
 * The chat shell, and the scripts and styles it names. Chromium makes V8's code cache for a script
 * put in CacheStorage while the worker installs, at once and off the page's thread. A script this
 * worker stores later (cacheFirst) starts from nothing when the worker begins to answer for it:
 * the code cache the browser had made for it from the network does not carry over, so the next
 * two starts compiled every page script again (docs/decisions/startup-reads.md, round 6).
 */
async function precacheShell() {
  const response = await fetch(new Request("/", { cache: "reload" }));
  if (!response.ok) throw new Error(`The chat shell answered ${response.status}`);
  await (await caches.open(SHELL)).put("/", response.clone());
  const assets = shellAssets(await response.text());
  const cache = await caches.open(STATIC);
  // One asset that fails to load is fetched again when a page asks for it: no reason to fail the install.
  await Promise.all(assets.map((url) => cache.add(url).catch(() => undefined)));
  // The shell's own fonts, so an offline start looks as it does online (KaTeX's come with its sheet, on demand).
  const fonts = await Promise.all(assets.filter((url) => url.endsWith(".css")).map((url) => fontsOf(cache, url)));
  await Promise.all([...new Set(fonts.flat())].map((url) => cache.add(url).catch(() => undefined)));
}

/** The woff2 files a stored style sheet names, as paths under /_next/static/. */
async function fontsOf(cache, sheet) {
  const css = await (await cache.match(sheet))?.text().catch(() => "");
  const urls = [...(css ?? "").matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)].map((m) => new URL(m[1], self.location.origin + sheet).pathname);
  return urls.filter((path) => path.startsWith("/_next/static/"));
}

/**
 * The build's scripts (not the nomodule polyfill) and style sheets named by the shell's HTML, and
 * the chunks a chat fetches on demand (showing a message, Markdown, sending), which the server
 * lists in `<meta name="glm-precache">` (app/layout.tsx): offline, a chat that had not needed them
 * yet could not show the message just written.
 */
function shellAssets(html) {
  const urls = new Set();
  const precache = /<meta\b[^>]*\bname="glm-precache"[^>]*>/i.exec(html)?.[0];
  for (const url of /\bcontent="([^"]*)"/.exec(precache ?? "")?.[1].split(" ") ?? []) {
    if (/^\/_next\/static\/[^?#]+\.js$/.test(url)) urls.add(url);
  }
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const url = /\b(?:src|href)="(\/_next\/static\/[^"?#]+\.(?:js|css))"/.exec(tag)?.[1];
    if (url) urls.add(url);
  }
  return [...urls];
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !keptCaches(keys).has(k)).map((k) => caches.delete(k))))
      // Pages are fetched while the worker starts, not after (networkFirstPage).
      .then(() => self.registration.navigationPreload?.enable())
      .then(() => self.clients.claim()),
  );
});

/**
 * The shell, this build's assets and the build before's: a tab opened before the deploy keeps
 * loading its chunks on demand (this worker takes over open tabs at once), offline too. Cache
 * names come back in the order they were created, so the last other static cache is the newest.
 */
function keptCaches(keys) {
  const previous = keys.filter((k) => k.startsWith(STATIC_PREFIX) && k !== STATIC).at(-1);
  return new Set([SHELL, STATIC, previous]);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  // Shared pages belong to their owner and can be revoked: always from the network.
  if (url.pathname.startsWith("/s/")) return;
  if (request.mode === "navigate") event.respondWith(networkFirstPage(event, url));
  else if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(request));
  else if (url.pathname.startsWith("/icons/") || url.pathname === "/icon.svg" || url.pathname === "/manifest.webmanifest") {
    event.respondWith(cacheFirst(request));
  }
});

/**
 * Pages: the network when it answers; offline, the same page as last seen, else the chat shell.
 * The page goes to the browser as it arrives and is stored beside it: waiting for the copy to be
 * written held the whole HTML back from the parser. The request itself is the navigation preload
 * the browser started while this worker was starting.
 */
async function networkFirstPage(event, url) {
  // /c/<id> renders the same shell as /: one cached copy serves every conversation.
  const key = url.pathname === "/" || url.pathname.startsWith("/c/") ? "/" : url.pathname;
  try {
    const response = (await event.preloadResponse) ?? (await fetch(event.request));
    if (response.ok && (key === "/" || response.headers.get("content-type")?.includes("text/html"))) {
      const copy = response.clone();
      // A full disk (quota) only costs the offline copy.
      event.waitUntil(caches.open(SHELL).then((cache) => cache.put(key, copy)).catch(() => undefined));
    }
    return response;
  } catch (error) {
    const cache = await caches.open(SHELL);
    const cached = (await cache.match(key)) ?? (await cache.match("/"));
    if (cached) return cached;
    throw error;
  }
}

/**
 * Each page says whose it is (its storage scope: who is signed in) once it starts. The offline
 * copy of "/" must be the same person's: a sign-in while this worker installed (its copy fetched
 * before the sign-in, the reload after it not yet through this worker) left the sign-in form as the
 * copy, so offline a reload showed it instead of the chats. No one's chats are read here: only the
 * attribute the server wrote into the stored page.
 */
self.addEventListener("message", (event) => {
  if (event.data?.type === "shell-scope" && typeof event.data.scope === "string") event.waitUntil(keepShellScope(event.data.scope));
});

async function keepShellScope(scope) {
  const cache = await caches.open(SHELL);
  const stored = await cache.match("/");
  if (!stored || scopeOf(await stored.text()) === scope) return;
  const response = await fetch(new Request("/", { cache: "reload" })).catch(() => undefined);
  if (response?.ok) await cache.put("/", response).catch(() => undefined);
}

function scopeOf(html) {
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? "";
  return /\bdata-storage-scope="([^"]*)"/.exec(root)?.[1] ?? "";
}

/**
 * Hashed build assets never change under the same URL. Storing is a bonus: when the origin's
 * storage is full (or CacheStorage fails) the network's answer still goes to the page; a rejected
 * put used to fail the request, and with it the chunk the page was loading.
 */
async function cacheFirst(request) {
  const cache = await caches.open(STATIC).catch(() => undefined);
  // The build before's cache answers for a tab that was opened before the deploy.
  const cached = cache && ((await cache.match(request)) ?? (await caches.match(request)));
  if (cached) return isWorkerScript(request) ? asFreshResponse(cached) : cached;
  const response = await fetch(request);
  if (response.ok && cache) await cache.put(request, response.clone()).catch(() => undefined);
  return response;
}

/**
 * The bundler starts every Web Worker (image preparation, pdf.js pages, shiki highlighting) from
 * ONE bootstrap script and tells it which chunks to load in the URL's fragment
 * (turbopack-worker-<hash>.js#params=...). The cache matches without the fragment, and a cached
 * response keeps the URL (fragment included) of the request that stored it; Chromium gives a
 * worker its response's URL as `location`, so every later worker booted the first one's code and
 * the others never answered. A response built here has no URL of its own: the worker keeps the
 * URL it was asked for.
 */
function isWorkerScript(request) {
  return request.destination === "worker" || request.destination === "sharedworker";
}

function asFreshResponse(cached) {
  return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
}
