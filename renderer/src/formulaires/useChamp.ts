import { useController, type FieldPath, type FieldValues, type UseControllerProps } from 'react-hook-form';

/** What every form field component takes: its place in the form and its visible label. */
export type ProprietesChamp<V extends FieldValues, N extends FieldPath<V>, T> = UseControllerProps<V, N, T> & {
  label: string;
  required?: boolean;
};

/** The contract's messages are lower-case fragments ("obligatoire."), written to follow a label. */
export function enPhrase(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export function useChamp<V extends FieldValues, N extends FieldPath<V>, T>(props: UseControllerProps<V, N, T>) {
  const { field, fieldState } = useController(props);
  const message = fieldState.error?.message;
  return { field, erreur: message ? enPhrase(message) : undefined };
}
