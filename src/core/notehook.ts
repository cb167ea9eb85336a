// versionnote.ts's noteRuleSpan for modules below rt.ts (object.ts), which cannot import it: set when
// versionnote.ts loads; null until then (nothing is traced before).
export const noteHook: { span: (<T>(rule: string, fn: () => T, always?: boolean) => T) | null } = { span: null };
