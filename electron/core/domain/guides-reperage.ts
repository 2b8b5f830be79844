/**
 * The guidance shipped with Tremplin for each screening domain: signs to notice, what each result
 * means, where to orient. Plain French for advisers; DIRECTION may rewrite it for the office.
 * Sources: ANLCI (illettrisme), INSEE (illectronisme), MDPH/CDAPH and Agefiph (handicap).
 */
import type { DomaineReperage } from './codes';

export const GUIDES_REPERAGE_PAR_DEFAUT: Readonly<Record<DomaineReperage, string>> = {
  ILLETTRISME: `Signes à remarquer
• Le jeune évite de lire ou d'écrire devant vous : « j'ai oublié mes lunettes », « je remplirai chez moi ».
• Des courriers jamais ouverts, des formulaires remplis par un proche, des rendez-vous manqués faute d'avoir lu la convocation.
• Une scolarité courte ou heurtée, un signalement lors de la Journée défense et citoyenneté (JDC).
• L'illettrisme concerne des personnes scolarisées en France : une autre langue maternelle relève du FLE.

Ce que veut dire chaque résultat
• Pas de difficulté : rien à engager.
• Difficulté à confirmer : des indices, pas de certitude. Proposer un positionnement.
• Illettrisme : scolarisé en France, le jeune ne maîtrise pas assez la lecture, l'écriture ou le calcul pour être autonome dans les situations simples de la vie courante.
• Analphabétisme : le jeune n'a jamais appris à lire ni à écrire.
• Français langue étrangère (FLE) : le français n'est pas sa langue maternelle.
• Refus : le jeune ne souhaite pas en parler. Le noter sans insister, y revenir plus tard.

Où orienter
• Centre de ressources illettrisme : positionnement et conseil.
• Formation « compétences de base » de la Région.
• Certification CléA pour faire reconnaître les acquis.
• FLE : ateliers sociolinguistiques ou formation en français langue étrangère.

En pratique
En parler en entretien individuel, sans jugement, en valorisant ce que le jeune sait faire. Lui dire ce qui est noté et pourquoi (date d'information).`,

  ILLECTRONISME: `Signes à remarquer
• Pas d'adresse e-mail, ou un mot de passe toujours oublié.
• Le jeune ne sait pas se connecter à son espace France Travail, CAF ou Ameli, ou demande qu'on le fasse pour lui.
• Un téléphone seulement, sans forfait de données, pas d'ordinateur ni de connexion à domicile.
• Des démarches en ligne commencées puis abandonnées.

Ce que veut dire chaque résultat
• Autonome : le jeune fait seul ses démarches en ligne.
• Capacités numériques faibles : il utilise le téléphone mais bloque sur les démarches (pièces jointes, formulaires, messagerie).
• Illectronisme : il n'utilise pas Internet ou manque des compétences de base (INSEE).
• Sans équipement ni connexion : les compétences sont là, le matériel manque.
• Refus : le jeune ne souhaite pas en parler. Le noter, y revenir plus tard.

Où orienter
• Médiation numérique : conseillers numériques, espaces France services, ateliers.
• Test Pix pour mesurer les compétences et suivre les progrès.
• Équipement numérique solidaire : ordinateurs reconditionnés, forfaits ou recharges solidaires.
• Formation « compétences de base » (volet numérique) de la Région.

En pratique
Observer une démarche réelle en entretien dit souvent plus qu'une question. Ne pas faire à la place du jeune : faire avec lui.`,

  HANDICAP: `Signes à remarquer
• Le jeune parle lui-même d'une maladie, d'un trouble ou d'un traitement qui gêne ses études ou son travail.
• Une scolarité en ULIS, SEGPA, IME ou avec un accompagnant (AESH), un dossier MDPH pendant l'enfance.
• Des absences répétées pour soins, une grande fatigue, des difficultés à tenir un poste malgré la motivation.
• Ne jamais poser de diagnostic : noter ce que le jeune dit, avec son accord.

Ce que veut dire chaque résultat
• RQTH valide : reconnaissance de la qualité de travailleur handicapé accordée par la CDAPH. Noter sa date de fin si elle est connue.
• RQTH en cours : la demande est déposée à la MDPH.
• Autre reconnaissance : AAH, PCH, pension d'invalidité…
• Difficulté suspectée, non reconnue : en parler avec le jeune, proposer d'engager une demande.
• Non concerné, Refus : rien à engager ; le refus se respecte et se note.

Où orienter
• Cap emploi : accompagnement vers l'emploi des personnes reconnues.
• MDPH : demande ou renouvellement de la RQTH et des droits.
• Ressource handicap formation (RHF) : aménagements pour entrer et réussir en formation ou en apprentissage.
• Référent handicap du CFA ou de l'organisme de formation.

En pratique
Ces informations sont confidentielles : seuls le ou la référent·e et la direction les lisent, et chaque lecture est tracée. Ne rien écrire dans les contacts ou les commentaires.`,
};
