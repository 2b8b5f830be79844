import Box from '@mui/material/Box';

/** Text typed freely (comments, actions), shown with its line breaks. */
export function TexteLibre({ texte }: { texte: string | null }) {
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
      {texte}
    </Box>
  );
}
