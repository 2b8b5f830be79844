/** Vitest set-up: the CLI run in-process finds the tests' key where an operator would put it. */
import { CLE_TEST_TEXTE } from './cle-test';

process.env.TREMPLIN_CLE = CLE_TEST_TEXTE;
