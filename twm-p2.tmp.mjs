const m = await import("tailwind-merge");
const full = m.getDefaultConfig();
const one = m.createTailwindMerge(() => ({ ...full, classGroups: { p: full.classGroups.p }, conflictingClassGroups: {}, conflictingClassGroupModifiers: {} }));
console.log(one("zzz zzz"), "|", one("p-2 p-2"), "|", one("m-2 m-2"), "|", m.twMerge("foo foo"));
