/** Entry point of `npm run tremplin -- <commande>`. */
import { executerCli } from './cli';

process.exitCode = await executerCli(process.argv.slice(2));
