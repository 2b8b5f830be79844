import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface Props {
  titre: string;
  entetes: readonly string[];
  lignes: readonly { id: string; cellules: readonly ReactNode[] }[];
  /** Said instead of an empty table. */
  vide: string;
}

/** A small table named by its title, or a sentence when it has no row. */
export function Tableau({ titre, entetes, lignes, vide }: Props) {
  if (lignes.length === 0) return <Typography color="text.secondary">{vide}</Typography>;
  return (
    <Table size="small" aria-label={titre}>
      <TableHead>
        <TableRow>
          {entetes.map((e) => (
            <TableCell key={e}>{e}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {lignes.map((l) => (
          <TableRow key={l.id}>
            {l.cellules.map((c, i) => (
              <TableCell key={i}>{c}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
