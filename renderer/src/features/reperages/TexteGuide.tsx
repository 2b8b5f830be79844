import Typography from '@mui/material/Typography';

/** A guide as written: its line breaks kept, nothing interpreted as markup. */
export function TexteGuide({ texte }: { texte: string }) {
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-line', maxWidth: '75ch' }}>
      {texte}
    </Typography>
  );
}
