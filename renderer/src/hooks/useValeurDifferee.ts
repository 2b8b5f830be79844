import { useEffect, useState } from 'react';

/** `valeur`, once it has stopped changing for `delai` ms (a search as the user types). */
export function useValeurDifferee<T>(valeur: T, delai: number): T {
  const [differee, setDifferee] = useState(valeur);
  useEffect(() => {
    const minuteur = setTimeout(() => setDifferee(valeur), delai);
    return () => clearTimeout(minuteur);
  }, [valeur, delai]);
  return differee;
}
