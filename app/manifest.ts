import type { MetadataRoute } from "next";

/** Installable as a standalone app; the service worker (public/sw.js) serves the shell offline. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "GLM Chat",
    short_name: "GLM Chat",
    description: "Chat with Z.ai's GLM models: reasoning, code, vision with boxes drawn on your images.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#2563eb",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
