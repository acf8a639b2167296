/** Case, spaces, hyphens and underscores aside: "GLM-4.6V Flash" reads as "glm-4.6v-flash". */
const bare = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");

/**
 * The id a model is served under, when it says more than its name: a self-hosted server's
 * `/mnt/models/GLM-4.5V-FP8` beneath "GLM-4.5V", but not Z.ai's `glm-4.6v-flash` beneath
 * "GLM-4.6V Flash", which is the same words spelled for an API.
 */
export function servedIdWorthShowing(id: string, name: string): string | undefined {
  return bare(id) === bare(name) ? undefined : id;
}
