export function DemoBadge() {
  return (
    <span
      data-testid="demo-badge"
      tabIndex={0}
      title="Demo mode: no ZAI_API_KEY is set, so a scripted model answers. Set ZAI_API_KEY (see .env.example) and restart to talk to GLM."
      className="group relative rounded-full bg-warning-soft px-2.5 py-0.5 text-xs font-semibold text-warning-fg"
    >
      Demo
      <span role="tooltip" className="pointer-events-none absolute left-0 top-7 z-20 hidden w-72 rounded-lg bg-inverse p-3 text-xs font-normal text-on-inverse shadow-lg group-hover:block group-focus:block">
        No <code>ZAI_API_KEY</code> is set, so a scripted demo model answers. Set <code>ZAI_API_KEY</code> (see <code>.env.example</code>) and restart to talk to GLM.
      </span>
    </span>
  );
}
