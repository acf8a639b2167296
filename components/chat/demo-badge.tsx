export function DemoBadge() {
  return (
    <span
      data-testid="demo-badge"
      tabIndex={0}
      title="Demo mode: no ZAI_API_KEY is set, so a scripted model answers. Set ZAI_API_KEY (see .env.example) and restart to talk to GLM."
      className="group relative rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
    >
      Demo
      <span role="tooltip" className="pointer-events-none absolute left-0 top-7 z-20 hidden w-72 rounded-lg bg-zinc-900 p-3 text-xs font-normal text-white shadow-lg group-hover:block group-focus:block">
        No <code>ZAI_API_KEY</code> is set, so a scripted demo model answers. Set <code>ZAI_API_KEY</code> (see <code>.env.example</code>) and restart to talk to GLM.
      </span>
    </span>
  );
}
