import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_PARTENAIRE as L, type Partenaire } from '../../../../electron/core/contract';
import { Section } from '../../composants/Section';
import { Tableau } from '../../composants/Tableau';
import { formaterTelephone } from '../../format';

/** The people to call at the partner. */
export function ContactsPartenaire({ contacts }: { contacts: Partenaire['contacts'] }) {
  const { t } = useTranslation();
  const titre = t('partenaires.fiche.contacts');
  return (
    <Section titre={titre}>
      <Tableau
        titre={titre}
        entetes={[L.nom, L.fonction, L.telephone, L.email]}
        vide={t('partenaires.fiche.aucunContact')}
        lignes={contacts.map((c, i) => ({
          // Contacts have no id of their own: their order is their identity.
          id: String(i),
          cellules: [c.nom, c.fonction, formaterTelephone(c.telephone), c.email],
        }))}
      />
    </Section>
  );
}
