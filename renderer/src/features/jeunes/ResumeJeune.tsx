import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_JEUNE as L, type Jeune } from '../../../../electron/core/contract';
import { libelle, NIVEAUX_FORMATION, SEXES, STATUTS_DOSSIER } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { ListeDescriptions } from '../../composants/ListeDescriptions';
import { Section } from '../../composants/Section';
import { ageAujourdhui, formaterTelephone } from '../../format';

/** The file's content, in the form's four sections. */
export function ResumeJeune({ jeune: j }: { jeune: Jeune }) {
  const { t } = useTranslation();
  const ouiNon = (v: boolean) => t(v ? 'commun.oui' : 'commun.non');
  const date = (d: string | null) => (d === null ? null : formaterDate(d));
  const sections = [
    {
      titre: t('formulaireJeune.identite'),
      elements: [
        { terme: L.nom, definition: j.nom },
        { terme: L.nomUsage, definition: j.nomUsage },
        { terme: L.prenom, definition: j.prenom },
        { terme: L.sexe, definition: libelle(SEXES, j.sexe) },
        {
          terme: L.dateNaissance,
          definition: t('fiche.naissanceEtAge', {
            date: formaterDate(j.dateNaissance),
            age: t('commun.age', { count: ageAujourdhui(j.dateNaissance) }),
          }),
        },
      ],
    },
    {
      titre: t('formulaireJeune.situationAdministrative'),
      elements: [
        { terme: L.niveauFormation, definition: libelle(NIVEAUX_FORMATION, j.niveauFormation) },
        { terme: L.qpv, definition: ouiNon(j.qpv) },
        { terme: L.zrr, definition: ouiNon(j.zrr) },
      ],
    },
    {
      titre: t('formulaireJeune.coordonnees'),
      elements: [
        { terme: L.telephone, definition: formaterTelephone(j.telephone) },
        { terme: L.email, definition: j.email },
        { terme: L.adresse, definition: j.adresse },
        { terme: L.codePostal, definition: j.codePostal },
        { terme: L.commune, definition: j.commune },
      ],
    },
    {
      titre: t('formulaireJeune.suivi'),
      elements: [
        { terme: L.statut, definition: libelle(STATUTS_DOSSIER, j.statut) },
        { terme: L.datePremierAccueil, definition: formaterDate(j.datePremierAccueil) },
        { terme: L.siteId, definition: j.siteLibelle },
        { terme: L.referentId, definition: j.referentNom },
        { terme: L.dateInformationRgpd, definition: date(j.dateInformationRgpd) },
      ],
    },
  ];
  return (
    <Grid container spacing={2.5}>
      {sections.map((s) => (
        <Grid key={s.titre} size={{ xs: 12, md: 6 }}>
          <Section titre={s.titre}>
            <ListeDescriptions elements={s.elements} />
          </Section>
        </Grid>
      ))}
    </Grid>
  );
}
