import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_PARTENAIRE as L, type Partenaire } from '../../../../electron/core/contract';
import { libelle, RESSOURCES_REPERAGE } from '../../../../electron/core/domain/codes';
import { ListeDescriptions } from '../../composants/ListeDescriptions';
import { Section } from '../../composants/Section';
import { formaterSiret, formaterTelephone } from '../../format';
import { adressePartenaire } from './libellesPartenaire';

/** How to reach the partner (its name and type head the page). */
export function IdentitePartenaire({ partenaire: p }: { partenaire: Partenaire }) {
  const { t } = useTranslation();
  return (
    <Section titre={t('partenaires.fiche.identite')}>
      <ListeDescriptions
        elements={[
          { terme: L.siret, definition: formaterSiret(p.siret) },
          { terme: L.adresse, definition: adressePartenaire(p) },
          { terme: L.telephone, definition: formaterTelephone(p.telephone) },
          { terme: L.email, definition: p.email },
          { terme: L.notes, definition: p.notes },
          {
            terme: L.ressources,
            definition: p.ressources.map((r) => libelle(RESSOURCES_REPERAGE, r)).join(', '),
          },
        ]}
      />
    </Section>
  );
}
