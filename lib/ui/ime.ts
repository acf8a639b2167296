/**
 * A key press that belongs to an input method (Chinese, Japanese, Korean...): the Enter that
 * confirms a word must not send, save or pick. Chrome and Firefox flag it `isComposing`; Safari
 * ends the composition first and sends that Enter with `isComposing` false but keyCode 229
 * (the "IME is processing" code), the only sign it is the method's.
 */
export function isImeKey(e: { isComposing?: boolean; keyCode?: number }): boolean {
  return !!e.isComposing || e.keyCode === 229;
}
