/**
 * `[[scenario:html-escape]] [[target:http://127.0.0.1:PORT]]`: HTML blocks that each try a way
 * out of the preview frame toward a loopback listener the test runs. Every script first posts
 * `escape-ran:<name>` to the parent, so a test knows each attempt really happened.
 */
import type { ScriptedAnswer } from "./script";

const F = "```";

/** Only a loopback http origin: the demo never aims anything at a real host. */
export function escapeTarget(question: string): string {
  return /\[\[target:(http:\/\/127\.0\.0\.1:\d{2,5})\]\]/.exec(question)?.[1] ?? "http://127.0.0.1:9";
}

const ran = (name: string) => `parent.postMessage('escape-ran:${name}', '*');`;

export function htmlEscapeAnswer(question: string): ScriptedAnswer {
  const t = escapeTarget(question);
  const blocks: Record<string, string> = {
    "meta-entity": `<meta http-equiv=&#x72;efresh content="0;url=${t}/meta-entity"><p>entity refresh</p><script>${ran("meta-entity")}</script>`,
    location: `<script>${ran("location")} location = '${t}/location';</script>`,
    "dynamic-refresh": `<script>${ran("dynamic-refresh")} document.head.insertAdjacentHTML('beforeend', '<meta http-equiv="refresh" content="0;url=${t}/dynamic-refresh">');</script>`,
    open: `<script>${ran("open")} window.open('${t}/open');</script>`,
    form: `<form id="f" action="${t}/form" method="post"><input name="a" value="1"></form><script>${ran("form")} document.getElementById('f').submit();</script>`,
    top: `<a id="a" target="_top" href="${t}/top">top</a><script>${ran("top")} document.getElementById('a').click();</script>`,
    network: `<script>${ran("network")} fetch('${t}/fetch').catch(() => {}); new Image().src = '${t}/img';</script>`,
  };
  const content = Object.entries(blocks)
    .map(([name, html]) => `Attempt ${name}:\n\n${F}html\n${html}\n${F}`)
    .join("\n\n");
  return { reasoning: "Trying every way out.", content: `${content}\n\nescape attempts end`, finishReason: "stop" };
}
