import type { KeyboardEvent } from 'react';

/**
 * `onKeyDown` of a form whose text boxes of several lines are sent by Enter too, like its one-line
 * fields and its dates already are; Shift+Enter starts a new line.
 */
export function envoyerSurEntree(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
  if (!(e.target instanceof HTMLTextAreaElement)) return;
  e.preventDefault();
  e.currentTarget.requestSubmit();
}
