package org.bravo.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's shops, people and posts, in French, as the boutiques of a coffee brand would write them.
 *
 * <p>Longer than a class should be because it is data, not logic: sixteen posts with their comments, and the
 * guestbook entries. Read top to bottom it is the demo's script; split in parts it would only be harder to check that
 * every author, shop and mention it names exists.
 */
final class DemoData {
    private DemoData() {}

    /** code, name, city, region. */
    static final List<String[]> SHOPS = List.of(
            new String[] {"paris-opera", "Paris Opéra", "Paris", "Île-de-France"},
            new String[] {"paris-marais", "Paris Marais", "Paris", "Île-de-France"},
            new String[] {"lyon-confluence", "Lyon Confluence", "Lyon", "Auvergne-Rhône-Alpes"},
            new String[] {"lyon-bellecour", "Lyon Bellecour", "Lyon", "Auvergne-Rhône-Alpes"},
            new String[] {"marseille-vieux-port", "Marseille Vieux-Port", "Marseille", "Provence-Alpes-Côte d'Azur"},
            new String[] {"nice-massena", "Nice Masséna", "Nice", "Provence-Alpes-Côte d'Azur"},
            new String[] {"bordeaux-chartrons", "Bordeaux Chartrons", "Bordeaux", "Nouvelle-Aquitaine"},
            new String[] {"toulouse-capitole", "Toulouse Capitole", "Toulouse", "Occitanie"},
            new String[] {"nantes-graslin", "Nantes Graslin", "Nantes", "Pays de la Loire"},
            new String[] {"rennes-thabor", "Rennes Thabor", "Rennes", "Bretagne"},
            new String[] {"lille-grand-place", "Lille Grand-Place", "Lille", "Hauts-de-France"},
            new String[] {"strasbourg-kleber", "Strasbourg Kléber", "Strasbourg", "Grand Est"});

    /**
     * subject, username, display name, shop. The first four are the demo logins: their subjects are the fixed ids the
     * realm file gives them, so their content is theirs when they sign in. The others are colleagues without a login.
     */
    static final List<String[]> PEOPLE = List.of(
            new String[] {"7c0f3a52-1b8e-4d55-9a51-0c6d2a000001", "camille", "Camille Martin", "paris-opera"},
            new String[] {"7c0f3a52-1b8e-4d55-9a51-0c6d2a000002", "lucas", "Lucas Bernard", "lyon-confluence"},
            new String[] {"7c0f3a52-1b8e-4d55-9a51-0c6d2a000003", "nadia", "Nadia Moreau", "paris-opera"},
            new String[] {"7c0f3a52-1b8e-4d55-9a51-0c6d2a000004", "hugo", "Hugo Lefèvre", ""},
            new String[] {"demo-ines", "ines", "Inès Garcia", "marseille-vieux-port"},
            new String[] {"demo-thomas", "thomas", "Thomas Petit", "bordeaux-chartrons"},
            new String[] {"demo-lea", "lea", "Léa Roux", "lille-grand-place"},
            new String[] {"demo-mehdi", "mehdi", "Mehdi Benali", "toulouse-capitole"},
            new String[] {"demo-sophie", "sophie", "Sophie Fournier", "nantes-graslin"},
            new String[] {"demo-julien", "julien", "Julien Girard", "strasbourg-kleber"},
            new String[] {"demo-chloe", "chloe", "Chloé Bonnet", "nice-massena"},
            new String[] {"demo-antoine", "antoine", "Antoine Mercier", "rennes-thabor"});

    static final List<String> CATEGORIES = List.of(
            "Accueil",
            "Dégustation",
            "Vitrine et merchandising",
            "Vente conseil",
            "Organisation de l'équipe",
            "Fidélité");

    record DemoComment(String author, String body, boolean reply) {}

    record DemoPost(
            String kind,
            String author,
            String title,
            String body,
            String category,
            List<String> tags,
            String status,
            String reason,
            int hoursAgo,
            List<String> bravos,
            List<DemoComment> comments) {}

    private static DemoComment c(String author, String body) {
        return new DemoComment(author, body, false);
    }

    private static DemoComment r(String author, String body) {
        return new DemoComment(author, body, true);
    }

    @SafeVarargs
    private static <T> List<T> l(T... items) {
        return List.of(items);
    }

    static final List<DemoPost> POSTS = List.of(
            new DemoPost(
                    "practice",
                    "camille",
                    "Le café d'accueil pendant l'attente",
                    "Quand la file dépasse trois personnes, on propose un **petit café de dégustation** à ceux qui "
                            + "attendent.\n\n- l'attente paraît deux fois plus courte\n- on présente le café du mois"
                            + "\n- les clients repartent souvent avec un paquet\n\nÀ essayer le samedi après-midi !",
                    "Accueil",
                    l("accueil", "attente", "dégustation"),
                    null,
                    null,
                    30,
                    l("lucas", "nadia", "ines", "thomas", "lea", "mehdi", "sophie"),
                    l(
                            c(
                                    "lucas",
                                    "On l'a testé à Confluence samedi : zéro client parti de la file. Merci @camille !"),
                            r("camille", "Super ! Vous avez servi quel café ?"),
                            r("lucas", "Le Brésil Cerrado, très consensuel."),
                            c("thomas", "Vous faites comment pour l'hygiène des tasses ? Gobelets ?"),
                            r(
                                    "nadia",
                                    "Petites tasses en porcelaine, lavées au fur et à mesure par la personne en caisse."))),
            new DemoPost(
                    "practice",
                    "ines",
                    "La carte des arômes sur le comptoir",
                    "Nous avons plastifié une **roue des arômes** posée sur le comptoir. Les clients pointent ce qu'ils "
                            + "aiment (fruité, chocolat, épices) et on leur conseille un café en 30 secondes.",
                    "Vente conseil",
                    l("conseil", "arômes"),
                    null,
                    null,
                    52,
                    l("camille", "lucas", "chloe", "julien"),
                    l(
                            c("chloe", "Excellente idée, on la veut aussi à Nice !"),
                            c("camille", "@ines tu peux partager le fichier de la roue ?"),
                            r("ines", "Je l'envoie par mail à toutes les boutiques demain."))),
            new DemoPost(
                    "practice",
                    "thomas",
                    "Vitrine de Noël en 45 minutes",
                    "Notre méthode pour une vitrine de fêtes sans y passer la matinée :\n\n1. une seule couleur "
                            + "dominante\n2. trois hauteurs (caisses en bois)\n3. les coffrets au centre, à hauteur"
                            + " des yeux\n\nPhoto de l'équipe des Chartrons en commentaire.",
                    "Vitrine et merchandising",
                    l("vitrine", "noël"),
                    null,
                    null,
                    75,
                    l("sophie", "lea", "camille"),
                    l(c("sophie", "Très efficace, on reprend les caisses en bois."))),
            new DemoPost(
                    "idea",
                    "lea",
                    "Un programme de recharge des boîtes",
                    "Et si les clients pouvaient **rapporter leur boîte** et la faire remplir avec 10 % de remise ? "
                            + "Moins d'emballages, et une raison de revenir chaque mois.",
                    "Fidélité",
                    l("fidélité", "écologie"),
                    "under_review",
                    null,
                    100,
                    l("camille", "lucas", "nadia", "thomas", "mehdi", "antoine"),
                    l(
                            c("hugo", "Le siège étudie la faisabilité avec le service qualité."),
                            c("antoine", "À Rennes, trois clients nous l'ont déjà demandé cette semaine."))),
            new DemoPost(
                    "irritant",
                    "mehdi",
                    "Le terminal de paiement perd la connexion",
                    "Depuis deux semaines, le TPE de Toulouse perd le wifi aux heures de pointe. On passe sur le "
                            + "terminal de secours mais les clients attendent.",
                    "Organisation de l'équipe",
                    l("caisse", "matériel"),
                    "adopted",
                    null,
                    130,
                    l("julien", "sophie"),
                    l(
                            c("nadia", "Pris en charge : un câble réseau a été installé mardi. @mehdi tu confirmes ?"),
                            r("mehdi", "Oui, plus aucune coupure depuis. Merci !"))),
            new DemoPost(
                    "practice",
                    "sophie",
                    "Le carnet des prénoms des habitués",
                    "Un petit carnet à la caisse où l'on note le prénom et le café préféré des habitués (avec leur "
                            + "accord). Les nouveaux de l'équipe le lisent le premier jour.",
                    "Fidélité",
                    l("fidélité", "accueil"),
                    null,
                    null,
                    160,
                    l("camille", "ines", "lea", "chloe", "antoine"),
                    l()),
            new DemoPost(
                    "idea",
                    "julien",
                    "Des ateliers latte art le dimanche matin",
                    "Proposer un atelier de 45 minutes, 6 personnes, avec dégustation. Payant, mais le prix est "
                            + "déduit d'un achat de matériel.",
                    "Dégustation",
                    l("atelier", "dégustation"),
                    "new",
                    null,
                    190,
                    l("thomas", "chloe"),
                    l(c("thomas", "On a une machine de démonstration qui dort dans la réserve, parfait pour ça."))),
            new DemoPost(
                    "irritant",
                    "antoine",
                    "Les livraisons arrivent pendant le rush",
                    "Le transporteur passe entre 11 h 30 et 12 h 30, au pire moment. Impossible de réceptionner "
                            + "correctement.",
                    "Organisation de l'équipe",
                    l("livraison", "organisation"),
                    "declined",
                    "Le transporteur ne peut pas décaler sa tournée ; une réception après 14 h est prévue pour "
                            + "les colis non urgents.",
                    220,
                    l("lea"),
                    l()),
            new DemoPost(
                    "practice",
                    "lucas",
                    "Le mot manuscrit dans les commandes en ligne",
                    "Pour chaque retrait en boutique d'une commande en ligne, on glisse un **mot écrit à la main** "
                            + "avec un conseil de préparation. Les avis en ligne citent souvent ce détail.",
                    "Fidélité",
                    l("retrait", "commande-en-ligne"),
                    null,
                    null,
                    260,
                    l("camille", "nadia", "sophie", "mehdi"),
                    l(c("sophie", "On l'adopte à Nantes dès lundi."))),
            new DemoPost(
                    "practice",
                    "chloe",
                    "Dégustation comparée : deux origines, un même client",
                    "Plutôt que de décrire un café, on en fait goûter **deux côte à côte**. Le client choisit, on "
                            + "explique pourquoi il a préféré l'un. Taux de vente : un sur deux.",
                    "Dégustation",
                    l("dégustation", "conseil"),
                    null,
                    null,
                    300,
                    l("ines", "julien", "lucas"),
                    l()),
            new DemoPost(
                    "idea",
                    "camille",
                    "Un badge « en formation » pour les nouveaux",
                    "Les clients sont plus indulgents quand ils savent qu'ils parlent à quelqu'un qui apprend. Un "
                            + "badge discret, porté les deux premières semaines.",
                    "Organisation de l'équipe",
                    l("formation", "équipe"),
                    "new",
                    null,
                    340,
                    l("lucas", "thomas"),
                    l(c("lucas", "Et on pourrait y ajouter : « posez-moi une question ! »"))),
            new DemoPost(
                    "irritant",
                    "nadia",
                    "Les étiquettes de prix se décollent en vitrine",
                    "Avec la chaleur de l'éclairage, les étiquettes adhésives tombent au bout de trois jours.",
                    "Vitrine et merchandising",
                    l("vitrine", "matériel"),
                    "under_review",
                    null,
                    400,
                    l("chloe"),
                    l()),
            new DemoPost(
                    "practice",
                    "julien",
                    "Le quart d'heure café de l'équipe",
                    "Chaque matin avant l'ouverture, l'équipe goûte ensemble le café du jour. Tout le monde sait en "
                            + "parler, et on commence la journée ensemble.",
                    "Organisation de l'équipe",
                    l("équipe", "dégustation"),
                    null,
                    null,
                    460,
                    l("camille", "lea", "antoine", "mehdi", "ines"),
                    l()),
            new DemoPost(
                    "practice",
                    "antoine",
                    "Les conseils de mouture selon la cafetière",
                    "Une fiche au comptoir : piston, italienne, filtre, expresso. On demande toujours « comment "
                            + "préparez-vous votre café ? » avant de moudre.",
                    "Vente conseil",
                    l("conseil", "mouture"),
                    null,
                    null,
                    520,
                    l("sophie", "lucas"),
                    l()),
            new DemoPost(
                    "idea",
                    "thomas",
                    "Un coin enfants avec des jeux de senteurs",
                    "Des petits flacons à sentir (vanille, cacao, noisette) pour occuper les enfants pendant que "
                            + "les parents choisissent.",
                    "Accueil",
                    l("accueil", "enfants"),
                    "adopted",
                    null,
                    600,
                    l("camille", "ines", "chloe", "lea"),
                    l(c("hugo", "Adopté : un kit sera envoyé à chaque boutique en janvier."))),
            new DemoPost(
                    "practice",
                    "julien",
                    "Rappeler les clients fidèles par leur nom",
                    "Mme Dupont, du 12 rue des Orfèvres, vient chaque mardi : on lui met son Éthiopie de côté et on "
                            + "l'appelle au 06 12 34 56 78 quand il arrive.",
                    "Fidélité",
                    l("fidélité"),
                    null,
                    null,
                    20,
                    l(),
                    l()));

    /**
     * Reports waiting in the review queue of the demo: a practice that gives a customer's name, address and phone
     * number, reported by two colleagues (a third would hide it until a moderator decides).
     */
    static final String REPORTED_TITLE = "Rappeler les clients fidèles par leur nom";

    static final List<String[]> REPORTS = List.of(
            new String[] {"ines", "customer_privacy", "Le nom, l'adresse et le téléphone d'une cliente sont publiés."},
            new String[] {"sophie", "customer_privacy", null});

    /** Watch words of the demo: what admins typically list first. */
    static final List<String[]> WATCH_WORDS =
            List.of(new String[] {"numéro de carte", "hold"}, new String[] {"mot de passe", "block"}, new String[] {
                "arnaque", "flag"
            });

    /** A guestbook page: who wrote it, in which kind, how many days ago, who applauded, who answered. */
    record DemoEntry(
            String author, String kind, int daysAgo, String body, List<String> bravos, List<DemoComment> comments) {}

    static final List<DemoEntry> ENTRIES = List.of(
            new DemoEntry(
                    "camille",
                    "experiment",
                    3,
                    "Essai du jour : on a servi le café du mois **dans trois tasses différentes** (porcelaine, verre,"
                            + " grès). Les clients ont tous préféré le grès, « plus chaud en main ». À refaire avec le"
                            + " thé.",
                    l("lucas", "ines"),
                    l(c("lucas", "On tente la même chose à Confluence la semaine prochaine !"))),
            new DemoEntry(
                    "nadia",
                    "customer_moment",
                    6,
                    "Une cliente venue pour un cadeau est repartie avec **son propre** moulin : elle avait goûté le"
                            + " Guatemala à la dégustation du samedi et ne voulait plus d'autre café chez elle.",
                    l("camille", "thomas", "lea"),
                    l()),
            new DemoEntry(
                    "lucas",
                    "team_note",
                    2,
                    "Nouvelle organisation du samedi : une personne dédiée à la dégustation de 15 h à 17 h, la file"
                            + " avance bien mieux.",
                    l("camille"),
                    l(c("camille", "Très bonne idée, on regarde si on peut faire pareil à l'Opéra."))),
            new DemoEntry(
                    "ines",
                    "experiment",
                    9,
                    "On a testé une **ardoise des accords** (café + pâtisserie du quartier). Deux ventes de"
                            + " coffrets dans l'après-midi grâce à elle.",
                    l("chloe", "julien"),
                    l()),
            new DemoEntry(
                    "thomas",
                    "customer_moment",
                    12,
                    "Un habitué nous a apporté la photo de sa première tasse achetée chez nous il y a dix ans. On"
                            + " l'a affichée (avec son accord) derrière le comptoir.",
                    l("sophie", "camille", "mehdi"),
                    l(c("sophie", "Quelle belle histoire !"))),
            new DemoEntry(
                    "lea",
                    "team_note",
                    4,
                    "Rappel : les échantillons de l'offre de Noël arrivent jeudi, prévoir de la place en réserve.",
                    l(),
                    l()));

    static String subjectOf(String username) {
        for (String[] person : PEOPLE) {
            if (person[1].equals(username)) {
                return person[0];
            }
        }
        throw new IllegalArgumentException("No demo person " + username);
    }

    private static final Pattern MENTION = Pattern.compile("@([a-z]+)");

    static Set<String> mentionsIn(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static String linkMentions(String body) {
        String linked = body;
        for (String name : new ArrayList<>(mentionsIn(body))) {
            linked = linked.replace("@" + name, "[@" + name + "](/people/" + name + ")");
        }
        return linked;
    }
}
