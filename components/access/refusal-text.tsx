/**
 * Why sign-in was refused. A throttle's countdown ticks on screen, but a live region whose text
 * changes is read out again each second: the screen reader hears `spoken` (its first value) once.
 */
export function RefusalText({ error, spoken, id, testId, className }: { error: string; spoken?: string; id?: string; testId: string; className: string }) {
  if (!spoken || spoken === error)
    return (
      <p id={id} data-testid={testId} role="alert" className={className}>
        {error}
      </p>
    );
  return (
    <>
      <p id={id} data-testid={testId} aria-hidden className={className}>
        {error}
      </p>
      <p role="alert" className="sr-only">
        {spoken}
      </p>
    </>
  );
}
