/**
 * A sober public-service look: one dark blue, neutral greys, contrasts above WCAG AA, and a
 * focus ring visible on every control (MUI's ripple alone is too faint to show keyboard focus).
 */
import { frFR as materialFr } from '@mui/material/locale';
import { createTheme } from '@mui/material/styles';
import { frFR as pickersFr } from '@mui/x-date-pickers/locales';

const BLEU = '#1d3f72';
const ANNEAU_FOCUS = '#0a58ca';

export const theme = createTheme(
  {
    palette: {
      primary: { main: BLEU },
      secondary: { main: '#00695c' },
      // MUI's orange fails AA as text on white (« Positif », « Orienter » chips): a darker one passes.
      warning: { main: '#a55200' },
      background: { default: '#f4f5f7', paper: '#ffffff' },
      text: { primary: '#1b1f24', secondary: '#4a5360' },
    },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
      h1: { fontSize: '1.75rem', fontWeight: 500 },
      h2: { fontSize: '1.25rem', fontWeight: 500 },
      h3: { fontSize: '1.05rem', fontWeight: 500 },
      button: { textTransform: 'none', fontWeight: 500 },
    },
    components: {
      MuiCssBaseline: {
        styleOverrides: {
          'a:focus-visible, .Mui-focusVisible, [tabindex]:focus-visible': {
            outline: `3px solid ${ANNEAU_FOCUS}`,
            outlineOffset: 2,
          },
          // Headings receive focus on page change (for screen readers); no ring for that.
          'h1[tabindex="-1"]:focus': { outline: 'none' },
        },
      },
      MuiAppBar: {
        styleOverrides: {
          root: {
            '& a:focus-visible, & .Mui-focusVisible': { outlineColor: '#ffffff' },
          },
        },
      },
      MuiPaper: { defaultProps: { variant: 'outlined' } },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiButton: { defaultProps: { disableElevation: true } },
    },
  },
  materialFr,
  pickersFr,
);
