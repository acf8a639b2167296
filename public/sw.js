// GLM Chat service worker: keeps the app shell so saved conversations (which live in IndexedDB)
// open without a network. Conversations are never cached here, and the API is never answered from
// a cache: sending while offline fails and the page says so.
const SHELL = "glm-chat-shell-v1";
const STATIC = "glm-chat-static-v1";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.add(new Request("/", { cache: "reload" }))).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== STATIC).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  // Shared pages belong to their owner and can be revoked: always from the network.
  if (url.pathname.startsWith("/s/")) return;
  if (request.mode === "navigate") event.respondWith(networkFirstPage(request, url));
  else if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(request));
  else if (url.pathname.startsWith("/icons/") || url.pathname === "/icon.svg" || url.pathname === "/manifest.webmanifest") {
    event.respondWith(cacheFirst(request));
  }
});

/** Pages: the network when it answers; offline, the same page as last seen, else the chat shell. */
async function networkFirstPage(request, url) {
  const cache = await caches.open(SHELL);
  // /c/<id> renders the same shell as /: one cached copy serves every conversation.
  const key = url.pathname === "/" || url.pathname.startsWith("/c/") ? "/" : url.pathname;
  try {
    const response = await fetch(request);
    if (response.ok && (key === "/" || response.headers.get("content-type")?.includes("text/html"))) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = (await cache.match(key)) ?? (await cache.match("/"));
    if (cached) return cached;
    throw error;
  }
}

/** Hashed build assets never change under the same URL. */
async function cacheFirst(request) {
  const cache = await caches.open(STATIC);
  const cached = await cache.match(request);
  if (cached) return isWorkerScript(request) ? asFreshResponse(cached) : cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
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
