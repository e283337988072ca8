# m4m — français. La référence est le fichier anglais en.ftl : chaque clé
# de ce fichier doit exister dans toute traduction complète.

## Le cadre de chaque page
app-name = m4m
app-tagline = Buddy System : personnes nouvellement arrivées et bénévoles accompagnant·es, côte à côte
skip-to-content = Aller au contenu
table-scroll = Tableau : faites défiler sur le côté pour tout lire
nav-home = Accueil
nav-organisations = Structures
nav-users = Comptes
nav-outbox = Messages envoyés
nav-invite = Inviter une personne
nav-login = Se connecter
nav-logout = Se déconnecter
language-switcher = Langue
language-choose = Choisir cette langue
signed-in-as = Connecté·e en tant que { $name }
footer-text = m4m aide les structures à organiser l’accompagnement entre pairs des personnes nouvellement arrivées. Vos données restent dans votre structure.

## Les dix étapes
step-1 = Informer les partenaires
step-2 = Recrutement et inscription
step-3 = Auto-évaluation de départ
step-4 = Préparation des binômes
step-5 = Formation
step-6 = Constitution des binômes et première rencontre
step-7 = Rencontres en binôme
step-8 = Supervision
step-9 = Suivi des progrès
step-10 = Évaluation finale
step-number = Étape { $number }

## Rôles
role-administrator = Administrateur·rice
role-coordinator = Coordinateur·rice
role-supervisor = Superviseur·e
role-trainer = Formateur·rice
role-mentor = Bénévole accompagnant·e
role-mentee = Personne nouvellement arrivée
role-evaluator = Évaluateur·rice

## Page d’accueil publique
landing-title = L’accompagnement entre pairs pour les personnes nouvellement arrivées
landing-intro = Dans un Buddy System, un·e bénévole accompagnant·e — souvent une personne arrivée quelques années plus tôt — aide une personne nouvellement arrivée à gagner en autonomie : se déplacer, trouver les services publics, pratiquer la langue, chercher un travail ou un logement. Des professionnel·les du travail social forment les binômes et les accompagnent.
landing-staff = Professionnel·les, bénévoles et personnes nouvellement arrivées ayant un compte : connectez-vous ici.

## Connexion
login-title = Se connecter
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-failed = L’adresse e-mail ou le mot de passe est incorrect. Vérifiez les deux et réessayez.
login-throttled = Trop de tentatives. Attendez 15 minutes, puis réessayez.
login-expired = Votre session est terminée. Merci de vous reconnecter.
logged-out = Vous êtes déconnecté·e.
two-factor-title = Connexion en deux étapes
two-factor-intro = Avec la connexion en deux étapes, votre mot de passe seul n’ouvre pas votre compte : une application sur votre téléphone donne un nouveau code à six chiffres toutes les 30 secondes, que m4m demande après le mot de passe.
two-factor-step-app = Installez une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
two-factor-step-scan = Dans l’application, ajoutez un compte et scannez ce code :
two-factor-step-type = Ou saisissez cette clé :
two-factor-step-code = Saisissez le code à six chiffres affiché par l’application, pour vérifier que tout fonctionne.
two-factor-code-app = Code de l’application
two-factor-confirm = Activer la connexion en deux étapes
two-factor-required = Votre rôle donne accès aux données de nombreuses personnes : vous devez activer la connexion en deux étapes avant de continuer.
two-factor-on = La connexion en deux étapes est activée : après votre mot de passe, m4m demande le code de votre application.
two-factor-codes-left = { $count ->
    [one] Il vous reste { $count } code de secours.
   *[other] Il vous reste { $count } codes de secours.
}
two-factor-new-codes = Nouveaux codes de secours
two-factor-new-codes-intro = Les anciens codes ne fonctionneront plus. Saisissez un code de votre application pour en obtenir de nouveaux.
two-factor-codes-title = Conservez ces codes de secours
two-factor-codes-intro = Chaque code permet de vous connecter une fois si vous perdez votre téléphone. Imprimez-les ou notez-les et gardez-les en lieu sûr : ils ne sont affichés que maintenant.
two-factor-login-title = Code de votre téléphone
two-factor-login-intro = Ouvrez votre application d’authentification et saisissez le code à six chiffres affiché pour m4m.
two-factor-login-recovery = Téléphone perdu ? Saisissez plutôt l’un de vos codes de secours.
two-factor-code = Code
two-factor-verify = Se connecter
two-factor-wrong-code = Ce code n’est pas le bon, ou il a déjà servi. Saisissez le code affiché maintenant par votre application.
two-factor-log-in-again = Trop de codes erronés. Reconnectez-vous avec votre mot de passe.
nav-two-factor = Connexion en deux étapes
tokens-title = Jetons d’API
tokens-intro = Un jeton permet à un outil de votre organisation d’utiliser l’API JSON de m4m en votre nom, avec vos droits. Donnez à chaque outil son propre jeton, et révoquez-le quand l’outil n’en a plus besoin.
tokens-shown-once = Votre nouveau jeton. Copiez-le maintenant : il n’est affiché qu’une seule fois.
tokens-name = Nom (à quoi sert le jeton)
tokens-create = Créer un jeton
tokens-created = Créé
tokens-last-used = Dernière utilisation
tokens-never-used = jamais
tokens-revoked = Révoqué
tokens-revoke = Révoquer
tokens-openapi = La description de l’API (OpenAPI)
nav-tokens = Jetons d’API
error-api-json = Le corps de la requête doit être du JSON, comme l’indique la description de l’API.

## Pages d’accueil
home-title = Accueil
home-welcome = Bienvenue, { $name }
home-no-role = Votre compte n’a pas encore de rôle. Demandez à votre coordinateur·rice de vous en attribuer un.
home-programmes = Vos programmes
home-no-programmes = Aucun programme pour l’instant.
home-new-programme = Créer un programme
home-people-per-step = Personnes à chaque étape
home-people-total = { $count ->
    [0] Personne pour l’instant
    [one] Une personne
   *[other] { $count } personnes
}
home-mentors-of-target = Bénévoles accompagnant·es : { $count } sur { $target }
home-mentees-of-target = Personnes nouvellement arrivées : { $count } sur { $target }
home-open-programme = Ouvrir le programme
home-your-newcomers = Les personnes que vous accompagnez
home-no-newcomers = Vous n’êtes pas encore en binôme avec une personne nouvellement arrivée. Votre coordinateur·rice vous préviendra quand un binôme sera proposé.
home-your-buddy = Votre bénévole accompagnant·e
home-no-buddy = Vous n’avez pas encore de bénévole accompagnant·e. Votre coordinateur·rice en cherche un·e avec vous.
home-next-sessions = Prochaines rencontres
home-no-sessions = Aucune rencontre prévue.
home-next-session = Prochaine rencontre : { $when }
home-your-goals = Vos objectifs
home-no-goals = Pas encore d’objectif. Vous les choisirez avec votre bénévole accompagnant·e.
home-goal-progress = { $progress } % réalisé
home-speaks = Langues parlées : { $languages }
home-area = Secteur : { $area }
home-supervised = Bénévoles que vous supervisez
home-no-supervised = Aucun·e bénévole ne vous est encore confié·e.
home-supervised-pairs = Les binômes de vos bénévoles
home-last-session = Dernière rencontre : { $when }
home-no-session-yet = Aucune rencontre enregistrée pour l’instant
home-active-pairs = { $count ->
    [0] aucun binôme actif
    [one] un binôme actif
   *[other] { $count } binômes actifs
}
home-training = Bénévoles en formation
home-in-training = { $count ->
    [0] Personne en formation
    [one] Un·e bénévole en formation
   *[other] { $count } bénévoles en formation
}
home-organisations = Structures
home-accounts = { $count ->
    [0] Aucun compte
    [one] Un compte
   *[other] { $count } comptes
}
home-figures = Chiffres de l’ensemble des structures
home-figures-note = Uniquement des totaux : ni noms, ni données personnelles.

session-mode-in_person = en présentiel
session-mode-online = en ligne
session-mode-phone = par téléphone
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Programmes
programme-title = Programme
programme-status = État
programme-status-draft = Brouillon
programme-status-recruiting = Recrutement en cours
programme-status-running = En cours
programme-status-closed = Terminé
programme-dates = Du { $start } au { $end }
programme-languages = Langues
programme-organisation = Structure
programme-participants = Personnes inscrites dans ce programme
programme-no-participants = Aucune inscription pour l’instant.
programme-kind = Rôle
programme-name = Nom
programme-origin = Pays d’origine
programme-native = Langue maternelle
programme-area = Secteur
programme-step = Étape
programme-new-title = Nouveau programme
programme-field-name = Nom du programme
programme-field-description = Description
programme-field-name-in = Nom en { $language }
programme-field-description-in = Description en { $language }
programme-field-languages = Langues parlées (codes séparés par des virgules : fr, ar, prs)
programme-field-starts = Premier jour
programme-field-ends = Dernier jour
programme-field-target-mentors = Bénévoles accompagnant·es à recruter
programme-field-target-mentees = Personnes nouvellement arrivées à accompagner
programme-field-organisation = Structure
programme-create = Créer le programme
programme-created = Le programme est créé.

## Invitations
invite-title = Inviter une personne
invite-intro = La personne reçoit un lien, valable 7 jours, pour choisir son mot de passe. Une même personne peut avoir plusieurs rôles.
invite-email = Son adresse e-mail
invite-name = Son nom
invite-role = Rôle
invite-organisation = Structure
invite-submit = Envoyer l’invitation
invite-sent = L’invitation est envoyée à { $email }.
invite-link-once = Vous pouvez aussi transmettre ce lien vous-même (par SMS, par exemple). Il n’est affiché qu’une seule fois :
invite-mail-subject = Votre invitation à m4m
invite-mail-body = Bonjour { $name },

    { $inviter } vous invite à rejoindre m4m en tant que { $role }.
    Choisissez votre mot de passe avec ce lien (valable 7 jours, utilisable une seule fois) :

    { $link }
accept-title = Bienvenue sur m4m
accept-intro = Vous êtes invité·e en tant que { $role }. Choisissez votre mot de passe pour commencer.
accept-organisation = Structure : { $organisation }
accept-password = Choisissez un mot de passe (au moins 8 caractères)
accept-password-again = Le même mot de passe, une deuxième fois
accept-submit = Enregistrer et continuer
accept-gone = Ce lien d’invitation a expiré ou a déjà été utilisé. Demandez-en un nouveau à la personne qui vous a invité·e.

## Administration
admin-organisations-title = Structures
admin-organisation-name = Nom
admin-organisation-country = Pays (deux lettres : FR, GR)
admin-organisation-languages = Langues (codes séparés par des virgules)
admin-organisation-time-zone = Fuseau horaire (par exemple Europe/Paris ; vide : celui du pays)
admin-time-zone-save = Modifier
admin-organisation-programmes = Programmes
admin-organisation-members = Comptes
admin-organisation-create = Ajouter la structure
admin-organisation-created = La structure est ajoutée.
admin-users-title = Comptes
admin-user-name = Nom
admin-user-email = E-mail
admin-user-roles = Rôles
admin-user-inactive = inactif
admin-outbox-title = Messages envoyés
admin-outbox-intro = Sans serveur de messagerie, les messages attendent ici. Configurez SMTP pour les envoyer.
admin-outbox-empty = Aucun message.
admin-outbox-to = Destinataire
admin-outbox-subject = Objet
admin-outbox-date = Date
nav-inventory = Inventaire des données
admin-inventory-title = Inventaire des données
admin-inventory-intro = Chaque colonne de la base de données : si elle contient des données personnelles, de quel type, pour quel traitement et combien de temps elles sont conservées. À utiliser pour votre registre des traitements (article 30 du RGPD) et votre analyse d’impact.
admin-inventory-summary = { $personal } colonnes sur { $count } contiennent des données personnelles.
admin-inventory-csv = Télécharger en tableur (CSV)
admin-inventory-table = Table
admin-inventory-column = Colonne
admin-inventory-category = Type de données
admin-inventory-purposes = Finalités
admin-inventory-retention = Conservation
admin-inventory-legend = Ce que signifient les types et les finalités
inventory-not-personal = Non personnelle
inventory-category-identity = Identité
inventory-category-identity-help = Noms, année de naissance, genre.
inventory-category-contact = Coordonnées
inventory-category-contact-help = Adresses e-mail, numéros de téléphone, lieu de vie ou de rencontre.
inventory-category-special = Catégorie particulière
inventory-category-special-help = Données sensibles : origine, langues d’origine, situation migratoire, besoins, réponses pouvant toucher à la santé ou à la religion.
inventory-category-free_text = Texte libre
inventory-category-free_text-help = Texte saisi par des personnes : notes, motifs, comptes rendus. Il peut tout contenir : à traiter comme sensible.
inventory-category-profile = Profil
inventory-category-profile-help = Langues, centres d’intérêt, disponibilités, rôles, préférences.
inventory-category-activity = Activité
inventory-category-activity-help = Ce qui s’est passé et quand : dates, statuts, scores, décisions.
inventory-category-pseudonymous = Identifiant pseudonyme
inventory-category-pseudonymous-help = Un numéro ou un code qui désigne une personne sans la nommer.
inventory-category-secret = Secret
inventory-category-secret-help = Mots de passe, jetons et seconds facteurs, stockés sous forme d’empreinte quand c’est possible.
inventory-purpose-programme = Conduite du programme
inventory-purpose-programme-help = Inscription, sélection, mise en relation, binômes et leurs rencontres.
inventory-purpose-training = Formation
inventory-purpose-training-help = Formation des bénévoles et du personnel.
inventory-purpose-contact = Contact
inventory-purpose-contact-help = Joindre les personnes : e-mails, appels, rappels.
inventory-purpose-evaluation = Évaluation
inventory-purpose-evaluation-help = Mesurer l’intégration et les résultats du programme.
inventory-purpose-security = Sécurité
inventory-purpose-security-help = Connexion, contrôle d’accès, protection contre les abus.
inventory-purpose-accountability = Obligation légale et responsabilité
inventory-purpose-accountability-help = Preuve du consentement et journal d’audit de qui a fait quoi.
inventory-retention-record = Avec le dossier de la personne, jusqu’à son effacement
inventory-retention-account = Avec le compte, jusqu’à son effacement
inventory-retention-session = Jusqu’à la déconnexion ; 12 heures au plus, 30 minutes d’inactivité
inventory-retention-day = Supprimé après 24 heures
inventory-retention-minutes = Supprimé à l’usage ou après cinq minutes
inventory-retention-audit = Conservé pour la responsabilité (ajout seul ; identifiants et codes uniquement)
inventory-retention-organisation = Tant que l’organisation conserve ses propres dossiers
inventory-retention-outbox = Dans la boîte d’envoi ; pas de suppression automatique
installation-wide = toute l’installation

figures-organisation = Structure
figures-country = Pays
figures-programmes = Programmes
figures-mentors = Bénévoles accompagnant·es
figures-mentees = Personnes nouvellement arrivées
figures-active-pairs = Binômes actifs

## Formulaires et erreurs
form-fix-errors = Certains champs sont à vérifier :
form-required-mark = obligatoire
error-required = Ce champ est obligatoire.
error-too-long = C’est trop long.
error-control-characters = Ce texte contient des caractères qui ne sont pas autorisés.
error-email-invalid = Saisissez une adresse e-mail comme nom@example.org.
error-email-taken = Un compte utilise déjà cette adresse e-mail.
error-password-short = Le mot de passe doit contenir au moins 8 caractères.
error-password-common = Ce mot de passe fait partie des plus courants, que les attaquants essaient en premier. Choisissez-en un autre, par exemple quelques mots dont vous vous souviendrez.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-country-invalid = Saisissez le code du pays en deux lettres, comme FR ou GR.
error-language-code = Saisissez des codes de langue de deux ou trois lettres, séparés par des virgules (fr, ar, prs).
error-date-invalid = Saisissez une date sous la forme année-mois-jour, par exemple 2026-09-01.
error-end-before-start = Le dernier jour ne peut pas être avant le premier jour.
error-count-invalid = Saisissez un nombre entier de 0 à 100 000.
error-choice-invalid = Choisissez l’une des options proposées.

error-title = Un problème est survenu
error-400-title = Cette demande ne peut pas être traitée
error-400-text = Quelque chose ne va pas dans la demande. Revenez en arrière et vérifiez ce que vous avez saisi.
error-401-title = Merci de vous connecter
error-401-text = Vous devez vous connecter pour voir cette page.
error-403-title = Accès non autorisé
error-403-text = Vous n’avez pas l’autorisation de voir ou de faire ceci. Si vous pensez que vous devriez l’avoir, demandez à votre coordinateur·rice.
error-404-title = Page introuvable
error-404-text = Cette page n’existe pas, ou vous n’avez pas accès à son contenu.
error-405-title = Impossible ici
error-405-text = Cette adresse ne peut pas être utilisée de cette façon.
error-410-title = N’est plus disponible
error-413-title = Trop de données
error-413-text = Ce que vous avez envoyé est trop volumineux. Envoyez moins de choses à la fois.
error-429-title = Trop de tentatives
error-500-title = Un problème est survenu de notre côté
error-500-text = Le problème a été enregistré. Réessayez dans un moment ; s’il se reproduit, prévenez votre coordinateur·rice.
error-csrf = Ce formulaire a expiré. Revenez en arrière, rechargez la page et envoyez-le à nouveau.
error-unknown-language = Cette langue n’est pas disponible : { $code }. Choisissez l’une des langues proposées.
error-back-home = Retour à la page d’accueil

## Étape 1 — acteurs locaux et actions d’information
nav-stakeholders = Acteurs locaux
nav-outreach = Actions d’information
stakeholders-title = Acteurs locaux
stakeholders-intro = Les acteurs locaux qui rencontrent des personnes nouvellement arrivées et des bénévoles : services sociaux, associations, écoles, employeurs. Notez qui vous avez informé et qui oriente des personnes vers le programme.
stakeholders-empty = Aucun acteur local enregistré pour l’instant.
stakeholder-name = Nom
stakeholder-kind = Type
stakeholder-contact = Personne à contacter
stakeholder-email = E-mail
stakeholder-phone = Téléphone
stakeholder-languages = Langues (codes séparés par des virgules)
stakeholder-area = Secteur couvert
stakeholder-notes = Remarques
stakeholder-add = Ajouter l’acteur local
stakeholder-added = L’acteur local est ajouté.
stakeholder-save = Enregistrer les modifications
stakeholder-saved = Les modifications sont enregistrées.
stakeholder-edit = Modifier les informations
stakeholder-referred = Personnes orientées : { $mentors } bénévoles accompagnant·es, { $mentees } personnes nouvellement arrivées
stakeholder-referrals-by-month = Orientations par mois
stakeholder-month = Mois
stakeholder-kind-social_service = Service social
stakeholder-kind-association = Association
stakeholder-kind-local_administration = Administration locale
stakeholder-kind-employer = Employeur
stakeholder-kind-school = École
stakeholder-kind-health_service = Service de santé
stakeholder-kind-volunteer_group = Groupe de bénévoles
stakeholder-kind-migrant_community = Communauté de personnes migrantes
stakeholder-kind-other = Autre
outreach-title = Suivi des actions d’information
outreach-intro = Réunions d’information organisées, supports distribués ou envoyés, orientations reçues.
outreach-empty = Rien n’est encore enregistré.
outreach-kind = Type d’action
outreach-kind-information_session = Réunion d’information
outreach-kind-material = Support distribué ou envoyé
outreach-kind-referral = Orientation reçue
outreach-date = Date
outreach-stakeholder = Acteur local
outreach-no-stakeholder = — aucun —
outreach-place = Lieu
outreach-audience = Public
outreach-reached = Personnes touchées
outreach-materials = Supports et leurs langues (ou liens)
outreach-notes = Remarques
outreach-add = Enregistrer
outreach-added = C’est enregistré.

## La page publique d’un programme
join-organisation = Programme porté par { $organisation } ({ $country })
join-how-title = Comment ça marche
join-how-text = Une personne nouvellement arrivée et un·e bénévole accompagnant·e se retrouvent régulièrement pendant environ six mois, en personne ou en ligne. Ensemble, ils avancent pas à pas vers l’autonomie : se déplacer, trouver les services, pratiquer la langue, chercher un travail ou un logement. Des professionnel·les du travail social forment les binômes et restent à leurs côtés.
join-buddy-title = Qui peut devenir bénévole accompagnant·e
join-buddy-text = Toute personne de 18 ans ou plus qui vit ici, qui peut donner quelques heures par mois pendant six mois et qui a envie de partager ce qu’elle sait. Beaucoup de bénévoles sont eux-mêmes arrivés dans le pays il y a quelques années. Vous serez formé·e et accompagné·e.
join-newcomer-title = Ce qu’une personne nouvellement arrivée peut attendre
join-newcomer-text = Une personne qui vous écoute, qui parle votre langue si possible, et qui vous aide à trouver votre propre chemin. C’est gratuit. Ce que vous dites reste confidentiel.
join-contact-title = Contact
join-register-buddy = Je veux devenir bénévole accompagnant·e
join-register-newcomer = Je viens d’arriver et j’aimerais être accompagné·e
join-closed = Ce programme ne prend pas d’inscriptions en ce moment.

## Inscription
register-title-mentor = Devenir bénévole accompagnant·e
register-title-mentee = Être accompagné·e par un·e bénévole
register-intro-mentor = Parlez-nous de vous. Un·e coordinateur·rice vous appellera pour un entretien.
register-intro-mentee = Parlez-nous de vous. Un·e coordinateur·rice vous contactera.
register-staff-note = Vous inscrivez cette personne à sa place. Lisez-lui l’information sur le consentement dans sa langue.
reg-about = À propos de vous
reg-first-name = Prénom
reg-last-name = Nom de famille
reg-phone = Téléphone
reg-email = E-mail
reg-contact-hint = Indiquez au moins un numéro de téléphone ou une adresse e-mail.
reg-languages = Langues
reg-native-language = Langue maternelle
reg-other-languages = Autres langues que vous parlez
reg-language = Langue
reg-level = Niveau
reg-choose = Choisir…
level-basic = Quelques mots
level-conversational = Je peux tenir une conversation
level-fluent = Courant
level-native = Langue maternelle
reg-host-level = Votre niveau dans la langue de ce pays
reg-country = Pays d’origine
reg-arrival = Date d’arrivée dans ce pays
reg-area = Quartier, ville ou code postal
reg-availability = Quand êtes-vous disponible ?
reg-availability-hint = Cochez les moments qui vous conviennent en général.
day-1 = Lundi
day-2 = Mardi
day-3 = Mercredi
day-4 = Jeudi
day-5 = Vendredi
day-6 = Samedi
day-7 = Dimanche
part-morning = Matin
part-afternoon = Après-midi
part-evening = Soir
reg-interests = Centres d’intérêt
interest-sport = Sport
interest-cooking = Cuisine
interest-music = Musique
interest-reading = Lecture
interest-nature = Nature et promenades
interest-crafts = Travaux manuels
interest-games = Jeux
interest-technology = Technologie
interest-arts = Arts
interest-family = Famille et enfants
interest-faith = Foi et spiritualité
interest-volunteering = Bénévolat
reg-needs = Pour quoi aimeriez-vous de l’aide ?
reg-skills = Pour quoi pouvez-vous aider ?
area-language = Langue
area-administration = Démarches administratives
area-housing = Logement
area-employment = Travail et formation
area-health = Santé
area-education = École des enfants
area-transport = Se déplacer
area-money = Argent et banque
area-digital = Téléphone et internet
area-social = Rencontrer des gens
area-wellbeing = Bien-être
reg-experience = Votre expérience (bénévolat, travail, votre propre arrivée)
reg-motivation = Pourquoi voulez-vous devenir bénévole accompagnant·e ?
reg-gender = Genre
gender-woman = Femme
gender-man = Homme
gender-other = Autre
gender-unsaid = Je préfère ne pas le dire
reg-gender-preference = Vous préféreriez être accompagné·e par…
gender-pref-none = Pas de préférence
gender-pref-woman = Une femme
gender-pref-man = Un homme
reg-birth-year = Année de naissance
reg-heard-from = Comment avez-vous connu le programme ?
heard-stakeholder = Par une structure (service, association…)
heard-friend = Par un·e ami·e ou la famille
heard-social_media = Sur les réseaux sociaux
heard-poster = Par une affiche ou un dépliant
heard-event = Lors d’un événement
heard-other = Autre
reg-referred-by = Quelle structure ?
reg-consent-title = Votre consentement
consent-notice = { $organisation } conserve ce que vous écrivez ici pour faire fonctionner le programme : vous trouver un·e bénévole accompagnant·e (ou une personne à accompagner), vous contacter et suivre votre binôme. Seule l’équipe du programme y a accès ; la personne avec qui vous êtes en binôme voit seulement votre prénom, vos langues et votre secteur. Vous pouvez à tout moment demander à voir, corriger ou supprimer vos données, et retirer chaque consentement ci-dessous aussi facilement que vous l’avez donné.
consent-participation = J’accepte de participer au programme et que mes données soient utilisées pour celui-ci (obligatoire).
consent-contact_sms = Vous pouvez me contacter par SMS.
consent-contact_email = Vous pouvez me contacter par e-mail.
consent-contact_phone = Vous pouvez m’appeler.
consent-share_partners = Vous pouvez transmettre mon dossier aux structures partenaires du programme.
consent-evaluation = Mes réponses peuvent être utilisées, sans mon nom, pour évaluer le programme.
reg-submit = Envoyer
reg-thanks-title = Merci
reg-thanks-text = Votre inscription a bien été reçue. Un·e coordinateur·rice vous contactera bientôt.
register-too-many = Trop d’inscriptions ont été envoyées depuis cette connexion. Réessayez dans une heure.
error-phone-invalid = Saisissez un numéro de téléphone de 6 à 15 chiffres, par exemple +33 6 12 34 56 78.
error-contact-required = Indiquez un numéro de téléphone ou une adresse e-mail.
error-date-future = Cette date ne peut pas être dans le futur.
error-year-invalid = Saisissez une année de naissance, par exemple 1990.
error-buddy-too-young = Les bénévoles accompagnant·es doivent avoir au moins 18 ans.
error-consent-required = Pour s’inscrire, il faut accepter de participer au programme.
error-status-move = Ce changement de statut n’est pas possible à partir du statut actuel.
error-reason-required = Indiquez un motif.
error-409-title = Modifié entre-temps
error-conflict = Quelqu’un a modifié cette fiche en même temps que vous. Rechargez la page et réessayez.
error-422-title = Déjà pris
error-taken-email = Un compte utilise déjà cette adresse e-mail.
error-taken-questionnaire-version = Quelqu’un a enregistré une nouvelle version de ce questionnaire pendant que vous le modifiiez. Elle est affichée ci-dessous avec votre texte : comparez-les, puis enregistrez à nouveau.

## La fiche d’une personne
person-kind = Rôle
person-erased = personne effacée
notes-title = Notes confidentielles
notes-intro = Santé ou situation juridique que les coordinateurs doivent connaître. Seuls les coordinateurs de cette organisation voient ces notes : ni les binômes, ni les superviseurs, ni les formateurs, ni aucune liste ; elles figurent dans l'export de la personne elle-même.
notes-label = Notes (4 000 caractères au plus)
notes-save = Enregistrer les notes
notes-saved = Les notes confidentielles sont enregistrées.
follow-up-title = Suivi et disponibilité
follow-up-intro = Qui supervise cette personne bénévole, et combien de personnes elle accompagne en même temps. Le pré-appariement la propose tant que ses binômes en cours sont moins nombreux.
follow-up-supervisor = Superviseur ou superviseuse
follow-up-nobody = Personne pour l’instant
follow-up-capacity = Personnes accompagnées en même temps
follow-up-save = Enregistrer
follow-up-saved = La supervision et la disponibilité de la personne bénévole sont enregistrées.
error-supervisor-choice = Choisissez une personne dans la liste.
error-capacity-range = Indiquez un nombre entier de 1 à 5.
error-capacity-below-pairs = Cette personne bénévole a déjà plus de binômes en cours : gardez un nombre plus élevé, ou clôturez d’abord un binôme.
error-follow-up-changed = Les binômes de cette personne bénévole ou l’équipe ont changé entre-temps : vérifiez et enregistrez à nouveau.
person-status = Statut
person-step = Étape
person-contact = Coordonnées
person-languages = Langues
person-origin = Pays d’origine
person-arrival = Arrivée le
person-area = Secteur
person-availability = Disponibilités
person-interests = Centres d’intérêt
person-needs = A besoin d’aide pour
person-skills = Peut aider pour
person-experience = Expérience
person-motivation = Motivation
person-gender = Genre
person-gender-preference = Préfère être accompagné·e par
person-birth-year = Année de naissance
person-heard-from = A connu le programme
person-referred-by = Orienté·e par
person-registration = Inscription
person-entered-by-staff = Inscrit·e par l’équipe le { $date } (langue : { $language })
person-self-registered = Inscription faite par la personne elle-même le { $date } (langue : { $language })
person-consents = Consentements
consent-given = Donné le { $date } (information version { $version }, langue : { $language })
consent-recorded-by = enregistré par { $name }
consent-withdrawn = retiré le { $date }
consent-not-given = Non donné
consent-state-given = Donné le { $date }
consent-withdraw = Retirer
consent-give = Donner mon accord
consents-title = Vos consentements
consents-title-of = Consentements de { $name }
consents-saved = Enregistré. Cela s’applique dès maintenant.
consents-intro = Vous choisissez ici comment le programme peut vous contacter et utiliser vos données. Chaque changement s’applique aussitôt, et vous pouvez changer d’avis à tout moment.
consents-intro-staff = Modifiez un consentement à la demande de la personne (en personne, par téléphone ou par écrit). Le changement est enregistré à votre nom et s’applique aussitôt.
consents-participation = Pour ne plus participer au programme, dites-le à votre coordinateur·rice : votre dossier indiquera que vous êtes parti·e.
consents-change-link = Modifier un consentement à la demande de la personne
consents-mine-link = Vos consentements
person-do-not-contact = Ne pas contacter
no-contact_sms = pas de SMS
no-contact_email = pas d’e-mail
no-contact_phone = pas d’appel
person-screening = Sélection
person-move-to = Nouveau statut
person-reason = Motif (obligatoire pour refuser ou retirer)
person-move-submit = Changer le statut
person-moved = Le statut est modifié.
person-no-moves = Aucun autre changement n’est possible.
person-history = Historique
history-line = { $date } : { $from } → { $to }
history-first = { $date } : { $to }
history-by = par { $name }
status-applied = Candidature reçue
status-interview = Entretien
status-references_checked = Références vérifiées
status-accepted = Accepté·e
status-declined = Non retenu·e
status-training = En formation
status-registered = Inscrit·e
status-intake = Entretien d’accueil
status-self_assessed = Auto-évaluation faite
status-ready = Prêt·e pour un binôme
status-active = En binôme
status-alumni = Ancien·ne participant·e
status-withdrawn = Retiré·e

## Outils du programme pour l’équipe
programme-field-contact = Contact affiché sur la page publique
programme-public-page = Page publique
programme-register-mentee = Inscrire une personne nouvellement arrivée
programme-register-mentor = Inscrire un·e bénévole accompagnant·e
programme-duplicates = Doublons possibles
programme-export = Exporter la liste (CSV)
programme-export-xlsx = Exporter la liste (Excel, .xlsx)
export-column-id = Numéro
export-column-kind = Binôme ou nouvel arrivant
export-column-status = Statut
export-column-step = Étape
export-column-first-name = Prénom
export-column-last-name = Nom
export-column-email = E-mail
export-column-phone = Téléphone
export-column-native-language = Langue maternelle
export-column-languages = Langues
export-stakeholders-referred-buddies = Bénévoles orientés
export-stakeholders-referred-newcomers = Personnes nouvellement arrivées orientées
export-column-host-language-level = Niveau dans la langue du pays
export-column-country-of-origin = Pays d'origine
export-column-arrival-date = Date d'arrivée
export-column-area = Quartier
export-column-availability = Disponibilités
export-column-interests = Centres d'intérêt
export-column-areas = Domaines d'aide
export-column-gender = Genre
export-column-gender-preference = Genre souhaité pour le binôme
export-column-birth-year = Année de naissance
export-column-heard-from = Nous a connus par
export-column-registered-at = Inscrit le
programme-export-codes = Codes de colonnes pour les outils (CSV)
programme-import = Importer une liste (CSV)
programme-status-column = Statut

## Doublons
duplicates-title = Doublons possibles
duplicates-intro = Ces fiches concernent peut-être la même personne. Fusionnez-les dans la première, ou indiquez qu’il s’agit de personnes différentes.
duplicates-none = Aucun doublon possible.
duplicates-reason-email = même e-mail
duplicates-reason-phone = même téléphone
duplicates-reason-name = même nom et même année de naissance
duplicates-merge = Fusionner dans la première
duplicates-keep = Personnes différentes
duplicates-merged = Les fiches sont fusionnées.
duplicates-kept = Indiqué comme personnes différentes.
duplicates-pager = Doublons possibles { $first } à { $last } sur { $total }

## Import CSV
import-title = Importer une liste
import-intro = Envoyez un fichier CSV enregistré depuis un tableur (UTF-8 ou Windows-1252, séparateur virgule, point-virgule ou tabulation, une personne par ligne, avec une ligne d’en-tête au début). Vous choisirez ce que contient chaque colonne, verrez chaque ligne vérifiée, puis importerez tout ou rien. Un classeur Excel (.xlsx) est lu tel quel : sa première feuille, dates et nombres compris.
import-file = Fichier CSV ou Excel (.xlsx)
import-kind = Ces personnes sont
import-next = Continuer
import-mapping-title = Que contient chaque colonne ?
import-column-none = — absent du fichier —
import-preview-title = Vérifier avant d’importer
import-row = Ligne
import-row-ok = prête
import-row-skip = déjà inscrite : ignorée
import-row-errors = à corriger
import-consent-confirm = Je confirme que chacune de ces personnes a accepté de participer au programme (consentement recueilli sur papier ou à l’oral).
import-commit = { $count ->
    [one] Importer une personne
   *[other] Importer { $count } personnes
}
import-done = { $count ->
    [0] Aucune personne importée
    [one] Une personne importée
   *[other] { $count } personnes importées
}, personnes déjà inscrites : { $skipped }.
import-empty = Le fichier ne contient aucune ligne à importer.
import-bad-csv = Ce fichier ne peut pas être lu comme un CSV. Enregistrez-le depuis votre tableur au format « CSV UTF-8 » et réessayez.
import-has-errors = Certaines lignes du fichier doivent être corrigées avant l’import. Rien n’a été importé.
import-consent-required = Confirmez que ces personnes ont accepté de participer.
error-number-range = Saisissez un nombre entier de { $min } à { $max }.
error-scale-invalid = Choisissez l’un des points de l’échelle.

## Étape 3 — questionnaires et auto-évaluation de départ
nav-questionnaires = Questionnaires
q-kind-newcomer_self_assessment = Auto-évaluation d’une personne nouvellement arrivée
q-kind-buddy_self_assessment = Auto-évaluation d’un·e bénévole accompagnant·e
q-kind-buddy_interview = Entretien avec un·e bénévole accompagnant·e
q-kind-newcomer_intake = Entretien d’accueil d’une personne nouvellement arrivée
q-done-on = Fait le { $date }
q-not-done = Pas encore fait
q-fill = Le remplir
q-fill-with = Le remplir avec la personne
q-view = Voir les réponses
q-by-staff-note = Vous remplissez ce questionnaire avec la personne, ou pour elle pendant l’entretien. Ce sera indiqué.
q-send = Enregistrer les réponses
q-saved = Les réponses sont enregistrées.
questionnaires-title = Questionnaires
questionnaires-intro = Les questionnaires de votre structure. Chaque modification crée une nouvelle version ; les réponses déjà données gardent la version à laquelle elles ont répondu.
q-version = Version { $version }
q-responses = { $count ->
    [0] aucune réponse pour l’instant
    [one] une réponse
   *[other] { $count } réponses
}
q-edit = Modifier
q-edit-intro = La définition ci-dessous est la version actuelle, au format JSON décrit dans docs/QUESTIONNAIRES.md. L’enregistrer crée une nouvelle version.
q-definition-json = Définition (JSON)
q-save-version = Enregistrer comme nouvelle version
q-new-version-saved = La version { $version } est enregistrée.
q-definition-invalid = Cette définition ne peut pas être utilisée : { $detail }
q-preview = Aperçu
assess-title = Votre auto-évaluation
assess-intro = Quelques questions pour voir où vous en êtes aujourd’hui. Il n’y a pas de bonne ou de mauvaise réponse. Votre bénévole accompagnant·e ne voit pas vos réponses.
assess-start = Commencer
assess-continue = Continuer
assess-question-of = Question { $n } sur { $total }
assess-next = Suivant
assess-back = Retour
assess-skip = Passer cette question
assess-review-title = Vérifiez vos réponses
assess-not-answered = Sans réponse
assess-change = Modifier
assess-send = Envoyer mes réponses
assess-missing = Certaines questions obligatoires n’ont pas encore de réponse.
assess-done-title = Merci
assess-done-text = Vos réponses sont enregistrées. Elles montrent votre point de départ ; vous les comparerez à la fin du programme.
baseline-title = Point de départ
baseline-chart-title = Autonomie dans chaque domaine au départ, de 1 (a besoin de beaucoup d’aide) à 5 (se débrouille seul·e)
baseline-area = Domaine
baseline-score = Note
baseline-of-five = { $score } / { $max }
baseline-none = Pas encore d’auto-évaluation.
home-self-assessment = Votre auto-évaluation
home-start-assessment = Commencer votre auto-évaluation
home-continue-assessment = Continuer votre auto-évaluation
person-space = Son espace personnel
person-has-account = Cette personne a un compte : elle voit son binôme, ses rencontres et ses questionnaires.
person-invite-intro = Invitez cette personne à se connecter sur son téléphone : elle remplira elle-même son auto-évaluation et verra son binôme et ses rencontres.
person-invite = Envoyer l’invitation
person-edit-link = Corriger les informations
person-edit-title = Corriger les informations de { $name }
person-edit-intro = Corrigez ce qui a été enregistré à l’inscription. Les consentements se modifient sur leur propre page.
person-edit-save = Enregistrer les corrections
person-edit-saved = Les informations sont corrigées.
person-invite-needs-email = Un compte demande une adresse e-mail, et cette fiche n’en a pas.
stakeholders-export = Exporter l’annuaire (CSV)
outreach-export = Exporter le journal (CSV)

## Étape 5 — formation
nav-training = Formation
training-title = Formation
training-intro = Les formations de votre structure : le parcours de formation des bénévoles accompagnant·es et celui des professionnel·les et bénévoles. Un·e bénévole accompagnant·e est prêt·e pour un binôme dès que tous les modules obligatoires sont terminés.
training-empty = Aucune formation pour l’instant.
course-title = Titre
course-audience = Public
audience-buddies = Bénévoles accompagnant·es
audience-professionals = Professionnel·les et bénévoles
course-description = Description
course-create = Créer la formation
course-modules = Modules
course-learners = Participant·es
course-counts = Modules : { $modules } · Inscrit·es : { $enrolled } · Formation terminée : { $completed }
course-no-modules = Aucun module pour l’instant.
course-no-learners = Aucune personne inscrite pour l’instant.
course-progress-xlsx = Télécharger la progression des personnes inscrites (Excel, .xlsx)
course-completed-on = Formation terminée le { $date }
course-in-progress = En cours : { $done } sur { $total ->
    [one] { $total } module obligatoire
   *[other] { $total } modules obligatoires
}
module-add = Ajouter un module
module-kind = Type de module
module-kind-capsule = Capsule (texte, fichier ou vidéo)
module-kind-quiz = Quiz
module-kind-session = Séance en présentiel
module-title = Titre
module-body = Contenu ou programme
module-link = Lien vers une vidéo ou un fichier (https://…)
module-minutes = Durée d’apprentissage (minutes)
module-mandatory = Obligatoire pour les bénévoles accompagnant·es
module-quiz = Questions : un bloc par question, la question sur la première ligne, une réponse possible par ligne, la bonne réponse commençant par *
module-pass-mark = Note de réussite (%)
module-date = Date
module-time = Heure (HH:MM)
module-place = Lieu
module-capacity = Nombre de places
module-when = { $when }, { $place }
module-mandatory-mark = obligatoire
module-hours = { $minutes } min
module-record = Enregistrer la progression
module-record-intro = Indiquez qui a suivi le module, assisté à la séance ou réussi le quiz.
module-record-save = Enregistrer
module-recorded = La progression est enregistrée.
module-too-many = Il y a plus de personnes présentes que de places. Vérifiez la liste.
progress-not_started = Pas commencé
progress-done = Terminé
progress-passed = Réussi ({ $score } %)
progress-failed = Pas encore réussi ({ $score } %)
progress-attended = Présent·e
progress-absent = Absent·e
progress-score = Résultat au quiz (%)
enrol-title = Inscrire des personnes
enrol-cohort = Groupe (par exemple « Pilote France 2026 »)
enrol-submit = Inscrire
enrol-none = Personne à inscrire : les bénévoles accompagnant·es apparaissent ici une fois acceptés, les comptes de l’équipe dès qu’ils ont un rôle dans l’organisation.
enrolled = { $count ->
    [0] Aucune personne inscrite
    [one] Une personne inscrite
   *[other] { $count } personnes inscrites
}
learn-title = Votre formation
learn-empty = Vous n’êtes encore inscrit·e à aucune formation.
learn-open = Ouvrir
learn-done-button = J’ai suivi ce module
learn-quiz-submit = Vérifier mes réponses
learn-quiz-result = Votre résultat : { $score } %. La note de réussite est de { $pass } %.
learn-session = Séance le { $when }, lieu : { $place }
certificate = Attestation
certificate-title = Attestation de formation
certificate-text = Nous attestons que { $name } a suivi la formation « { $course } », soit { $hours } h d’apprentissage, et l’a terminée le { $date }.
certificate-modules = Modules terminés
certificate-print = Imprimez cette page ou enregistrez-la en PDF depuis votre navigateur.
error-quiz-format = Écrivez chaque question sur sa propre ligne, puis ses réponses possibles, une par ligne, dont une seule commence par * ; laissez une ligne vide entre les questions.
error-link-invalid = Saisissez un lien commençant par https://
error-time-invalid = Saisissez une heure, par exemple 14:30.
error-time-zone-invalid = Indiquez un fuseau horaire comme Europe/Paris.
error-training-not-done = Un·e bénévole accompagnant·e ne peut être prêt·e pour un binôme que lorsque tous les modules obligatoires de sa formation sont terminés.
home-training-own = Votre formation
form-yes = Oui
form-no = Non

## Étape 4 — préparation des binômes
match-title = Préparation des binômes
match-intro = La proposition met en binôme le plus grand nombre possible de personnes nouvellement arrivées, puis retient le meilleur score total. Lisez chaque explication, verrouillez les binômes que vous avez décidés, excluez ceux qui ne doivent pas être formés, puis confirmez : aucun binôme n’est formé tant que vous ne l’avez pas fait.
match-summary = Personnes nouvellement arrivées en binôme : { $matched } sur { $mentees }. Bénévoles accompagnant·es prêt·es pour un binôme : { $mentors }.
match-none-ready = Aucune personne n’est encore prête pour un binôme dans ce programme.
match-proposals = Binômes proposés
match-score = Compatibilité : { $score } %
match-criterion = Critère
match-weight = Poids
match-subscore = Score
match-why = Pourquoi
match-confirm = Confirmer ce binôme
match-lock = Verrouiller
match-unlock = Déverrouiller
match-locked = verrouillé
match-exclude = Exclure ce binôme
match-exclude-reason = Motif de l’exclusion (conflit, liens familiaux, ancien binôme…)
match-others = Autres bénévoles accompagnant·es les mieux placé·es
match-unmatched = Personnes restées sans bénévole accompagnant·e
match-blocked = Pourquoi chaque bénévole accompagnant·e ne convient pas
match-excluded-title = Binômes exclus
match-clear = Autoriser à nouveau
match-weights-title = Poids des critères (de 0 à 10)
match-weights-save = Enregistrer et relancer le calcul
match-weights-unreadable = Les poids enregistrés pour ce programme n’ont pas pu être lus : les poids par défaut sont affichés plus bas et servent à cette proposition.
match-weights-unreadable-fix = Enregistrer de nouveaux poids
match-manual-title = Former un binôme manuellement
match-manual-intro = Choisissez un autre binôme que celui qui est proposé, et indiquez pourquoi : le motif est enregistré.
match-manual-mentee = Personne nouvellement arrivée
match-manual-mentor = Bénévole accompagnant·e
match-manual-reason-label = Motif
match-manual-submit = Former le binôme
match-manual = Binôme formé manuellement
match-manual-reason = Indiquez pourquoi vous formez ce binôme contrairement à la proposition.
match-weight-invalid = Chaque poids est un nombre de 0 à 10, et au moins l’un d’eux doit être supérieur à 0.
match-done-confirmed = Le binôme est proposé aux deux personnes.
match-done-marked = C’est enregistré ; la proposition est recalculée.
match-done-weights = Les poids sont enregistrés ; la proposition est recalculée.
criterion-needs = Besoins et compétences
criterion-language = Langues en commun
criterion-host-language = Langue du pays d’accueil
criterion-goals = Objectifs
criterion-interests = Centres d’intérêt
criterion-expectations = Attentes
criterion-availability = Disponibilités
criterion-place = Lieu
criterion-age = Âge
criterion-gender = Genre
criterion-capacity = Places du ou de la bénévole
match-gender-female = une femme
match-gender-male = un homme
match-gender-other = une personne d’un autre genre
match-shared-native-language = Même langue maternelle : { $language }
match-common-language = Langue commune : { $language } (niveau { $level })
match-no-common-language = Aucune langue en commun au niveau { $level } ou au-dessus
match-communicates-beyond-host-language = Peut communiquer dans une autre langue que { $language }
match-host-language-level = Niveau en { $language } : { $level }
match-needs-met = Besoins couverts ({ $count } sur { $needs }) : { $met }
match-needs-unknown = Besoins non renseignés
match-shared-goals = Objectifs communs : { $goals }
match-no-shared-goals = Aucun objectif en commun
match-goals-unknown = Objectifs non renseignés
match-shared-interests = Centres d’intérêt communs : { $interests }
match-no-shared-interests = Aucun centre d’intérêt en commun
match-interests-unknown = Centres d’intérêt non renseignés
match-shared-expectations = Mêmes attentes : { $expectations }
match-no-shared-expectations = Attentes différentes
match-expectations-unknown = Attentes non renseignées
match-availability-overlap = Créneaux communs par semaine : { $slots }
match-availability-unknown = Disponibilités non renseignées
match-distance-km = Distance : { $km } km
match-same-area = Même secteur : { $area }
match-different-area = Secteurs différents
match-place-unknown = Lieu non renseigné
match-age-gap = Écart d’âge, en années : { $years }
match-age-unknown = Âge non renseigné
match-same-gender = Même genre
match-different-gender = Genres différents
match-gender-unknown = Genre non renseigné
match-mentor-room = Places libres : { $free } sur { $capacity }
match-gender-preference-mentee = La personne nouvellement arrivée préfère { $preference }
match-gender-preference-mentor = Le ou la bénévole accompagnant·e préfère { $preference }
match-excluded-by-coordinator = Binôme exclu par le ou la coordinateur·rice
match-mentor-at-capacity = Le ou la bénévole accompagnant·e n’a plus de place libre (capacité : { $capacity })
match-mentor-not-eligible = Le ou la bénévole accompagnant·e n’est pas prêt·e pour un binôme
match-no-possible-mentor = Aucun·e bénévole accompagnant·e ne convient pour cette personne.
match-mentors-taken = { $count ->
    [one] Le ou la seul·e bénévole accompagnant·e possible est déjà retenu·e pour une autre personne nouvellement arrivée.
   *[other] Les { $count } bénévoles accompagnant·es possibles sont déjà retenu·es pour d’autres personnes nouvellement arrivées.
}

## Étape 6 — constitution des binômes et première rencontre
pair-mail-subject = Un binôme vous est proposé
pair-mail-body = Bonjour { $name },

    Le programme vous propose de rencontrer { $other }. Découvrez de qui il s’agit et donnez votre réponse ici :

    { $link }
pair-proposal-title-mentor = Une personne nouvellement arrivée vous est proposée
pair-proposal-title-mentee = Un·e bénévole accompagnant·e vous est proposé·e
pair-proposal-intro = Souhaitez-vous rencontrer cette personne ? Si ce n’est pas le cas, dites-nous pourquoi : votre coordinateur·rice cherchera une autre personne.
pair-accept = Oui, j’accepte
pair-decline = Non, merci
pair-decline-reason = Pour quelle raison ? (obligatoire pour refuser)
pair-answer-accepted = Vous avez accepté. Votre coordinateur·rice organisera votre première rencontre.
pair-answer-declined = Vous avez refusé cette proposition.
pair-answer-waiting = en attente de réponse
pair-status-proposed = Proposé, en attente des réponses
pair-status-accepted = Accepté par les deux personnes ; première rencontre et convention à venir
pair-status-declined = Refusé
pair-status-active = Actif
pair-step-meeting = Première rencontre
pair-step-agreement = Convention d’accompagnement
pair-step-signatures = Convention acceptée par les deux personnes
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Enregistrer la date
pair-meeting-held = La première rencontre a eu lieu
pair-meeting-invalid = Indiquez une date (année-mois-jour) et une heure, par exemple 14:30.
pair-not-ready = Ce n’est pas encore possible : les deux personnes doivent d’abord avoir accepté la proposition (et la date de la première rencontre doit être fixée).
pair-saved = C’est enregistré.
pair-agreement-title = Convention d’accompagnement
pair-goals = Objectifs
pair-goals-text = Les objectifs, avec vos propres mots
pair-rhythm = Rythme des rencontres
rhythm-weekly = Chaque semaine
rhythm-fortnightly = Toutes les deux semaines
rhythm-monthly = Chaque mois
pair-months-label = Durée prévue (en mois)
pair-months = { $months ->
    [one] { $months } mois
   *[other] { $months } mois
}
pair-boundaries = Limites (ce que le ou la bénévole accompagnant·e ne fait pas)
pair-confidentiality = La confidentialité a été expliquée aux deux personnes : ce qui est dit reste entre elles et l’équipe du programme, sauf pour protéger quelqu’un d’un danger.
pair-confidentiality-short = Confidentialité
pair-confidentiality-text = Ce qui est dit reste entre les deux membres du binôme et l’équipe du programme, sauf pour protéger quelqu’un d’un danger.
pair-agreement-save = Enregistrer la convention
pair-paper-signed = Signée sur papier par les deux personnes
pair-agreement-accept = J’accepte cette convention
pair-agreement-signed = Vous avez accepté cette convention.
pair-agreement-none = La convention n’est pas encore rédigée.
home-pending = En attente de votre part
home-pending-proposal = Une proposition à laquelle répondre
home-pending-agreement = Une convention à lire et à accepter
error-agreement-goals = Choisissez au moins un objectif, ou écrivez-en un.
error-months-invalid = Saisissez un nombre de mois de 1 à 24.
error-confidentiality-required = Confirmez que la confidentialité a été expliquée aux deux personnes.
match-in-setup = Binômes en cours de mise en place
pair-checklist-accepted = a accepté
pair-checklist-declined = a refusé
## Étape 7 — rencontres du binôme
nav-calendar = Agenda
pair-title-with = Vous et { $name }
pair-title-staff = { $buddy } et { $newcomer }
pair-log-session = Noter une rencontre
pair-plan-session = Prévoir une rencontre
pair-all-sessions = Toutes les rencontres
pair-planned-sessions = Rencontres prévues
pair-held-sessions = Rencontres passées
pair-no-held-sessions = Aucune rencontre notée pour l’instant.
pair-calendar-link = Ajouter vos rencontres à l’agenda de votre téléphone
session-log-title = Noter une rencontre
session-plan-title = Prévoir une rencontre
session-log-intro = Une rencontre que vous avez eue avec { $name }. Cela prend quelques secondes.
session-plan-intro = Votre prochaine rencontre avec { $name }. Elle apparaîtra dans votre agenda.
session-date = Date
session-time = Heure ({ $zone })
session-duration = Durée en minutes
session-mode = Comment vous êtes-vous rencontrés ?
session-mode-label-in_person = En présentiel
session-mode-label-online = En ligne
session-mode-label-phone = Par téléphone
session-place = Lieu (facultatif)
session-topics = De quoi avez-vous parlé ?
session-summary = Qu’avez-vous fait ? Une phrase suffit.
session-summary-planned = Que prévoyez-vous de faire ? (facultatif)
session-rating = Comment cela s’est-il passé ?
session-rating-1 = 1 · mal
session-rating-2 = 2
session-rating-3 = 3 · correct
session-rating-4 = 4
session-rating-5 = 5 · très bien
session-log-submit = Enregistrer la rencontre
session-plan-submit = Prévoir la rencontre
session-cancel = Annuler
session-saved = La rencontre est enregistrée.
session-removed = La rencontre est supprimée.
session-change-title = Modifier la rencontre
session-change-intro = Une rencontre avec { $name } : corrigez ce qui doit l’être.
session-change-submit = Enregistrer les modifications
session-call-off = Annuler cette rencontre
session-remove = Supprimer cette rencontre
session-change = Modifier ou supprimer
session-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
session-rating-of = Ressenti : { $rating } sur 5
session-logged-by-you = Notée par vous
session-logged-by = Notée par { $name }
session-logged-by-staff = Notée par l’équipe du programme
session-confirmed = Confirmée
session-confirmed-by-you = Confirmée par vous
session-confirmed-by = Confirmée par { $name }
session-confirm = Confirmer cette rencontre
error-session-future = Une rencontre passée ne peut pas être dans le futur. Pour en prévoir une, utilisez « Prévoir une rencontre ».
error-session-past = Une rencontre prévue ne peut pas être dans le passé. Pour noter une rencontre qui a eu lieu, utilisez « Noter une rencontre ».
error-session-too-far = Choisissez une date à moins d’un an d’aujourd’hui.
error-duration-invalid = Saisissez une durée de 5 à 600 minutes.
error-topics-required = Cochez au moins un sujet.
error-rating-required = Dites comment cela s’est passé, de 1 à 5.
error-rating-invalid = Choisissez un nombre de 1 à 5.
error-rating-planned = Une rencontre prévue ne peut pas encore être évaluée.
calendar-title = Votre agenda
calendar-intro = Vos rencontres prévues, dans l’agenda de votre téléphone ou de votre ordinateur.
calendar-download = Télécharger l’agenda (.ics)
calendar-feed = Lien d’agenda privé
calendar-feed-intro = Abonnez-vous à ce lien dans votre application d’agenda : vos rencontres prévues y apparaissent et restent à jour. Toute personne qui a le lien les voit : gardez-le pour vous, et renouvelez-le s’il a été partagé.
calendar-feed-new = Votre nouveau lien privé. Copiez-le dans votre application d’agenda :
calendar-feed-once = Pour protéger votre vie privée, il n’est affiché que maintenant. Si vous le perdez, renouvelez-le.
calendar-feed-since = Un lien privé est actif depuis le { $when }.
calendar-feed-none = Vous n’avez pas de lien privé.
calendar-feed-create = Créer un lien privé
calendar-feed-renew = Renouveler le lien (l’ancien ne fonctionnera plus)
calendar-feed-revoke = Supprimer le lien
calendar-name = Rencontres du binôme
calendar-event-summary = Rencontre avec { $name }
reminder-subject = Et si vous retrouviez { $other } ?
reminder-body = Bonjour { $name },

    Votre binôme avec { $other } n’a noté aucune rencontre depuis { $days } jours. Si vous vous êtes vus, notez la rencontre ; sinon, prévoyez la prochaine :

    { $link }

    Si quelque chose ne va pas, parlez-en à votre coordinateur·rice.
session-log-planned = Elle a eu lieu : la noter
programme-pairs = Binômes
enrol-buddies = Bénévoles accompagnant·es
enrol-staff = Professionnel·les et bénévoles ayant un compte
course-cohorts = Groupes
cohort-enrolled = Inscrit·es
cohort-completed = Terminé
cohort-modules = Modules obligatoires terminés
cohort-progress = { $done } sur { $total }
module-files = Fichiers
module-files-none = Aucun fichier pour l’instant.
module-file-upload = Joindre un fichier
module-file-hint = Un PDF, une image PNG ou JPEG, ou du texte brut ; { $size } Mo au plus. Les personnes inscrites le téléchargent.
module-file-submit = Envoyer le fichier
module-texts = Traductions
module-texts-intro = Le titre et le texte dans d’autres langues. Chaque personne lit sa langue, ou celle de la formation s’il n’y a pas de traduction.
module-text-language = Langue
module-text-save = Enregistrer la traduction
file-size-kb = { $size } Ko
file-size-mb = { $size } Mo
file-missing = Choisissez un fichier à envoyer.
file-unreadable = Le fichier n’a pas pu être lu. Réessayez.
file-too-large = Le fichier est trop volumineux : { $size } Mo au plus.
file-type-refused = Ce type de fichier n’est pas accepté. Envoyez un PDF, une image PNG ou JPEG, ou du texte brut.
learn-files = Fichiers à télécharger
cohort-name = Groupe
module-file-delete = Retirer

## Accès et portabilité : l'export des données d'une personne, le journal des accès
export-link = Exporter toutes ses données
export-mine-link = Télécharger toutes mes données
export-json-link = Télécharger en fichier (JSON)
export-title-of = Données détenues sur { $name }
export-title-mine = Toutes mes données
export-generated = Établi le { $date }. Imprimez cette page pour la garder sur papier.
export-staff-note = Ce document est affiché en { $language }, la langue de la personne, pour que vous puissiez le lui remettre.
export-account = Compte
export-name = Nom
export-email = Courriel
export-language = Langue
export-roles = Rôles
export-programme = Programme
export-profile = Profil et inscription
export-answers = Réponses aux questionnaires
export-training = Formation
export-enrolled-on = Inscrit·e le { $date }
export-completed-on = Terminée le { $date }
export-pairs = Binômes et rencontres
export-pair-with = Avec { $name } ({ $role })
export-started-on = Commencé le
export-agreement-written = Rédigée, pas encore acceptée
export-decline-reason = Motif du refus
access-link = Qui a consulté ce dossier
erase-link = Effacer les données de cette personne
erase-title = Effacer les données de { $name }
erase-warning = L’effacement est définitif. Exportez d’abord les données si la personne en veut une copie.
erase-what-goes = Ce qui sera effacé
erase-what-stays = Ce qui reste
erase-item-record = La fiche de { $name } : nom, coordonnées, langues, origine, année de naissance, disponibilités, ce qu’elle a écrit à l’inscription
erase-item-notes = Les notes confidentielles (santé, situation juridique)
erase-item-consents = { $count ->
    [one] un consentement
   *[other] { $count } consentements
}
erase-item-reasons = { $count ->
    [one] le motif d’un changement de statut
   *[other] les motifs de { $count } changements de statut
}
erase-item-answers = { $count ->
    [one] les réponses à un questionnaire
   *[other] les réponses à { $count } questionnaires
}
erase-item-goals = { $count ->
    [one] l’intitulé d’un objectif
   *[other] les intitulés de { $count } objectifs
}
erase-item-pairs = { $count ->
    [one] les notes, motifs, lieu de rencontre et accord d’un binôme
   *[other] les notes, motifs, lieux de rencontre et accords de { $count } binômes
}
erase-item-sessions = { $count ->
    [one] le résumé et le lieu d’une rencontre
   *[other] les résumés et lieux de { $count } rencontres
}
erase-item-marks = { $count ->
    [one] le motif d’une décision d’appariement
   *[other] les motifs de { $count } décisions d’appariement
}
erase-item-invitations = { $count ->
    [one] une invitation
   *[other] { $count } invitations
}
erase-item-messages = { $count ->
    [one] un message qui lui a été envoyé ou qui la nomme
   *[other] { $count } messages qui lui ont été envoyés ou qui la nomment
}
erase-item-account = son compte { $email }, avec son mot de passe, ses sessions et sa connexion en deux étapes
erase-item-account-kept = Son compte reste, sans lien avec cette fiche : il a un autre rôle ou une autre fiche.
erase-kept = Une fiche sans nom reste pour que les chiffres gardent leurs totaux : binôme ou nouvel arrivant, programme, étape, statut et dates. L’autre membre d’un binôme garde son propre historique, sans le nom de cette personne. Le journal d’audit garde ses lignes, qui ne contiennent que des numéros et des codes.
erase-confirm = J’ai vérifié que cette personne a demandé l’effacement, ou que ses données n’ont plus à être conservées
erase-submit = Effacer maintenant
erase-cancel = Annuler et revenir à la fiche
erase-confirm-needed = Cochez la case pour confirmer l’effacement.
erase-done-title = Données effacées
erase-done = Les données de la personne ont été effacées. La fiche ne s’ouvre plus.
erase-back = Retour au programme
nav-retention = Conservation
retention-title = Durée de conservation des fiches
retention-intro = Quand une personne a quitté le programme (ancienne, refusée ou retirée) et n’a plus de binôme ouvert, ses données sont effacées un certain nombre de mois après la dernière activité de sa fiche. m4m le fait chaque jour ; cette page liste ce qui arrive à échéance dans les 30 prochains jours, pour que vous puissiez le vérifier.
retention-period-default = Les fiches closes sont effacées { $months } mois après leur dernière activité (valeur par défaut).
retention-period = Les fiches closes sont effacées { $months } mois après leur dernière activité.
retention-months = Mois de conservation des fiches closes
retention-save = Enregistrer
retention-saved = La durée de conservation a été enregistrée.
retention-due-title = À échéance dans les 30 prochains jours
retention-none-due = Rien n’arrive à échéance dans les 30 prochains jours.
retention-col-name = Personne
retention-col-why = Pourquoi
retention-col-when = Effacée le
retention-why = { $status }, dernière activité le { $date }
error-retention-months = Indiquez un nombre entier de mois entre 1 et 120.
access-title = Qui a consulté les données
access-title-of = Qui a consulté le dossier de { $name }
access-intro = Chaque fois que quelqu'un a lu, modifié ou exporté ce dossier, du plus récent au plus ancien.
access-empty = Personne n'a encore consulté ce dossier.
access-back = Retour au dossier
access-when = Quand
access-who = Qui
access-what = Quoi
access-system = m4m lui-même
audit-other = Autre action ({ $code })
audit-participant-read = A lu le dossier
audit-participant-answers_read = A lu les réponses à un questionnaire
audit-participant-access_log = A lu qui a consulté le dossier
audit-participant-export = A exporté les données
audit-participant-register = Inscription
audit-participant-status = A changé le statut
audit-participant-keep_apart = A distingué d'un doublon possible
audit-participant-merge = A fusionné un doublon dans le dossier
audit-programme-export = A exporté la liste du programme, avec ce dossier
audit-programme-export_xlsx = A exporté la liste du programme, avec ce dossier (Excel, .xlsx)
audit-response-complete = A terminé un questionnaire
audit-matching-mark = A marqué un binôme candidat
audit-course-enrol = Inscription à une formation
audit-module-progress = A noté une progression en formation
audit-pair-read = A lu le binôme
audit-pair-propose = A proposé un binôme
audit-pair-accepted = A accepté le binôme
audit-pair-declined = A refusé le binôme
audit-pair-start = A démarré le binôme
audit-pair-first_meeting = A fixé la première rencontre
audit-pair-first_meeting_held = A noté la première rencontre
audit-pair-agreement = A rédigé la convention
audit-pair-agreement_signed = A accepté la convention
audit-pair-reminder = A envoyé un rappel
audit-peer_session-planned = A prévu une rencontre
audit-peer_session-held = A noté une rencontre
audit-peer_session-confirm = A confirmé une rencontre
audit-user-create = A créé le compte
audit-user-activate = A réactivé le compte
audit-user-deactivate = A désactivé le compte
audit-user-export = A exporté les données du compte
audit-invitation-accept = A accepté l'invitation
audit-login = Connexion
audit-login-failed = Connexion échouée
audit-login-throttled = Connexion bloquée après trop d'échecs
audit-logout = Déconnexion
audit-calendar_feed-open = A ouvert un flux d'agenda
audit-calendar_feed-revoke = A révoqué le flux d'agenda
audit-access-denied = S'est vu refuser l'accès

# The pair's life (first meeting shown to both, refusals)
pair-first-meeting = Votre première rencontre
pair-open = Ouvrir la page de votre binôme
pair-meeting-not-yet = La première rencontre n'a pas encore eu lieu : enregistrez-la une fois sa date venue.
pair-already-answered = Cette proposition a déjà reçu une réponse.
pair-not-started = Les séances pourront être enregistrées une fois le binôme commencé.
home-pending-first-meeting = Première rencontre : { $meeting }
calendar-first-meeting-summary = Première rencontre avec { $name }

# Concerns (step 8)
concern-severity = C’est grave à quel point ?
concern-severity-low = Faible : bon à savoir
concern-severity-medium = Moyen : demande une discussion
concern-severity-high = Élevé : demande une action rapide
concern-severity-urgent = Urgent : la sécurité de quelqu’un est en jeu
concern-status-open = Ouverte
concern-status-acknowledged = Prise en compte
concern-status-action_taken = Action menée
concern-status-closed = Close
concern-error-move = Choisissez l’une des étapes proposées.
concern-error-severity = Choisissez le degré de gravité.
concern-new-title = Signaler une inquiétude
concern-about-my-pair = votre binôme avec { $name }
concern-about-me = vous-même
concern-intro-about = Au sujet de : { $about }.
concern-intro-who = Seul·es les coordinateur·rices de votre organisation la liront. Vous pourrez la suivre ici.
concern-intro-other = { $name } n’en sera pas informé·e.
concern-intro-urgent = Si quelqu’un est en danger en ce moment, appelez d’abord le numéro d’urgence (112).
concern-summary = En quelques mots
concern-text = Ce qui s’est passé (facultatif)
concern-send = Envoyer aux coordinateur·rices
concern-title = Inquiétude signalée
concern-sent = Votre signalement a été envoyé aux coordinateur·rices.
concern-moved = Le signalement a été mis à jour.
concern-open-subject = Ouvrir
concern-history = Ce qui a été fait
concern-no-moves = Pas encore lu par un·e coordinateur·rice.
concern-next = Étape suivante
concern-move-legend = Passer à
concern-move-note = Note (ce qui a été fait, pour le registre)
concern-move-submit = Enregistrer
concern-move-to-acknowledged = Prise en compte : nous l’avons lue
concern-move-to-action_taken = Action menée
concern-move-to-closed = Close
concern-move-line = { $date } : { $status } ({ $name })
concern-raised-by = Signalée le { $date } par { $name }
concern-raised-on = Signalée le { $date }
concern-mail-subject = Signalement urgent dans m4m
concern-mail-body = Un signalement urgent a été fait dans votre organisation. Lisez-le et prenez-le en compte dès que possible : { $link }
concerns-title = Signalements · { $programme }
concerns-intro = Tous les signalements de ce programme, les ouverts d’abord, les plus urgents en haut.
concerns-none = Aucun signalement dans ce programme.
concerns-link = Signalements
home-concerns = Signalements à suivre
home-concerns-more = Les { $count } plus urgents sont affichés ici ; tous les signalements sont dans le registre de leur programme :
home-raise-concern = Quelque chose vous inquiète ? Dites-le aux coordinateur·rices
home-your-concerns = Vos signalements
pair-raise-concern = Signaler une inquiétude sur ce binôme
person-raise-concern = Signaler une inquiétude sur cette personne
audit-concern-raise = A signalé une inquiétude
audit-concern-move = A fait avancer un signalement
audit-concern-read = A lu un signalement

# Supervision (step 8)
supervision-title = Supervision
supervision-new-title = Enregistrer une supervision
supervision-intro = Une rencontre avec un·e bénévole ou un groupe : ce dont vous avez parlé, vos notes, et ce que chacun·e fera ensuite. Les bénévoles voient qu’elle a eu lieu et les actions qui leur reviennent, jamais vos notes.
supervision-no-buddies = Aucun·e bénévole ne vous a encore pour superviseur·e : demandez à un·e coordinateur·rice de vous les confier, ou enregistrez-la depuis la fiche du ou de la bénévole.
supervision-format = Format
supervision-format-one_to_one = Individuelle
supervision-format-group = En groupe
supervision-held-on = Date
supervision-buddies = Bénévoles présent·es
supervision-topics = Sujets
supervision-topic-boundaries = Limites du rôle
supervision-topic-wellbeing = Bien-être du ou de la bénévole
supervision-topic-cultural = Différences culturelles
supervision-topic-practical = Questions pratiques et administratives
supervision-topic-difficult_situation = Une situation difficile
supervision-topic-motivation = Motivation et disponibilité
supervision-topic-safeguarding = Protection
supervision-topics-text = Autres sujets
supervision-notes = Notes
supervision-notes-hint = Lues seulement par les superviseur·es des bénévoles et les coordinateur·rices.
supervision-actions = Actions de suivi
supervision-action-text = Action
supervision-action-owner = Qui
supervision-action-due = Pour le
supervision-owner-me = Moi
supervision-save = Enregistrer la supervision
supervision-saved = La supervision a été enregistrée.
supervision-when = { $date } · { $format }
supervision-recorded-by = Enregistrée par { $name }
supervision-due = pour le { $date }
supervision-done-on = faite le { $date }
supervision-your-actions = Vos actions
supervision-no-actions = Aucune action.
supervision-mark-done = Fait
supervision-add-action = Ajouter une action
supervision-error-format = Choisissez individuelle ou en groupe.
supervision-error-future = La date ne peut pas être dans le futur.
supervision-error-buddy = Choisissez parmi les bénévoles proposé·es.
supervision-error-no-buddy = Cochez au moins un·e bénévole.
supervision-error-one = Une supervision individuelle concerne un·e seul·e bénévole.
supervision-error-topic = Choisissez parmi les sujets proposés.
supervision-error-owner = Une action revient à un·e bénévole présent·e, ou à vous.
home-open-actions = { $count ->
    [0] aucune action en cours
    [one] une action en cours
   *[other] { $count } actions en cours
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] un·e bénévole
   *[other] { $count } bénévoles
}
home-last-supervision = Dernière supervision
home-no-supervision-yet = aucune encore
home-recorded-supervisions = Supervisions que vous avez enregistrées
home-my-supervision = Supervision
audit-supervision-record = A enregistré une supervision
audit-supervision-action = A ajouté une action de supervision
audit-supervision-action_done = A marqué une action de supervision comme faite
audit-supervision-read = A lu une supervision

# Needs you today (step 9)
attention-title = À faire aujourd’hui
attention-intro = Chaque binôme à risque, avec ses raisons, et ce qui attend quelqu’un : chaque ligne mène à ce qu’il faut faire.
attention-none = Rien ne vous attend aujourd’hui.
attention-at-risk = Binômes à risque
attention-waiting = En attente de quelqu’un
attention-see-all = Voir toute la liste
risk-urgent-concern = Un signalement urgent est ouvert
risk-open-concern = { $count ->
    [one] Un signalement est ouvert
   *[other] { $count } signalements sont ouverts
}
risk-no-session = Aucune rencontre depuis { $days } jours
risk-first-meeting-overdue = Première rencontre prévue le { $date }, non enregistrée
risk-agreement-ends = L’engagement se termine le { $date }
waiting-answer = Proposition sans réponse pour l’instant
waiting-signature = Engagement pas encore accepté par les deux
waiting-confirmation = { $count ->
    [one] Une rencontre attend sa confirmation depuis plus d’une semaine
   *[other] { $count } rencontres attendent leur confirmation depuis plus d’une semaine
}

# Goals of the pair (step 9)
goals-title = Objectifs du binôme
goals-intro = Les objectifs sur lesquels vous vous êtes engagé·es. Dites où en est chacun, par rapport à ce que vous attendiez : chaque réponse est gardée, pour voir le chemin parcouru.
goals-none = Pas encore d’objectif : ils viennent de l’engagement quand le binôme démarre.
goals-history = Où il en était
goals-when = Date
goals-score = Où il en est
goals-by = Par
goals-comment = Commentaire (facultatif)
goals-where = Où en est-il maintenant ?
goals-save = Enregistrer
goals-saved = Enregistré. Merci.
goal-error-score = Choisissez un point de l’échelle, de −2 à +2.
gas-much-less = bien moins que prévu
gas-less = moins que prévu
gas-expected = comme prévu
gas-more = plus que prévu
gas-much-more = bien plus que prévu
audit-goal-progress = A noté où en est un objectif
home-goal-not-rated = pas encore évalué
home-goal-record = Dire où il en est

# Check-ins (step 9)
checkin-title = Comment ça se passe ?
checkin-intro = Quelques questions sur vos rencontres avec { $name }. Cela prend une minute ; seule l’équipe du programme lit vos réponses.
checkin-satisfaction = Êtes-vous content·e de vos rencontres ?
checkin-satisfaction-1 = 1 · pas du tout
checkin-satisfaction-2 = 2 · pas vraiment
checkin-satisfaction-3 = 3 · moyennement
checkin-satisfaction-4 = 4 · content·e
checkin-satisfaction-5 = 5 · très content·e
checkin-satisfaction-short = Satisfaction
checkin-met = À quelle fréquence vous êtes-vous vu·es ces derniers temps ?
checkin-met-short = Rencontres
checkin-met-weekly = Chaque semaine
checkin-met-fortnightly = Toutes les deux semaines
checkin-met-monthly = Une fois par mois
checkin-met-less = Moins souvent
checkin-met-never = Pas du tout
checkin-helped = Qu’est-ce qui a aidé ? (facultatif)
checkin-difficult = Qu’est-ce qui est difficile ? (facultatif)
checkin-send = Envoyer
checkin-thanks = Merci : l’équipe a bien reçu vos réponses.
checkin-nothing-due = Aucun point d’étape n’est prévu maintenant. Nous reviendrons vers vous plus tard.
checkin-error-satisfaction = Choisissez de 1 à 5.
checkin-error-met = Choisissez à quelle fréquence vous vous êtes vu·es.
home-pending-checkin = Comment ça se passe avec { $name } ? (une minute)
pair-checkins = Points d’étape
risk-low-satisfaction = Satisfaction à { $score } sur 5
risk-missed-checkin = Le point d’étape prévu le { $date } est sans réponse
audit-checkin-answer = A répondu à un point d’étape
baseline-done-on = Auto-évaluation faite le { $date }.

# Staff contacts (step 9)
contacts-title = Contacts de l’équipe
contacts-intro = Vos appels, visites et messages à ce binôme : deux fois le premier mois, puis une fois par mois.
contacts-kind = Comment
contacts-note = Note (facultative)
contacts-save = Enregistrer le contact
contact-kind-call = Appel
contact-kind-visit = Visite
contact-kind-message = Message
contact-error-kind = Choisissez appel, visite ou message.
waiting-contact = Un contact de l’équipe est à faire
audit-pair-contact = A enregistré un contact avec un binôme
checkin-mail-subject = Comment ça se passe avec { $other } ?
checkin-mail-body = Bonjour { $name }, quelques questions sur vos rencontres avec { $other } : une minute, depuis votre téléphone. Seule l’équipe du programme lit vos réponses. { $link }
attention-pager-risk = Binômes à risque { $first } à { $last } sur { $total }
attention-pager-wait = En attente { $first } à { $last } sur { $total }
pager-previous = Précédents
pager-next = Suivants
moment-initial = Au début
moment-midterm = À mi-parcours
moment-final = À la fin
baseline-change-title = Ce qui a changé depuis le début
baseline-change = Évolution
baseline-moments-chart-title = Autonomie dans chaque domaine à chaque auto-évaluation, de 1 (a besoin de beaucoup d’aide) à 5 (se débrouille seul·e)
home-midterm-due = À mi-parcours : il est temps de refaire le point, avec les mêmes questions qu’au début.
home-start-midterm = Votre auto-évaluation à mi-parcours
programme-at-step = Personnes à l’étape { $n } · { $name }
programme-all-people = Toutes les personnes du programme

# Closing a pair (step 10)
pair-status-completed = Terminé
pair-status-ended_early = Arrêté avant terme
pair-not-open = Ce binôme est déjà clos.
close-title = Clore le binôme
close-intro = Clôture du binôme de { $buddy } et { $newcomer } : dites pourquoi il prend fin, et la suite pour chacun.
close-planned-end = Sa convention court jusqu’au { $date }.
close-effect-sessions = { $count ->
    [0] Aucune rencontre prévue à annuler.
    [one] La rencontre prévue est annulée.
   *[other] Les { $count } rencontres prévues sont annulées.
}
close-effect-checkins = Les points d’étape et les rappels s’arrêtent ; tous deux reçoivent le questionnaire de fin.
close-reason = Pourquoi le binôme prend-il fin ?
close-reason-planned_end = La période convenue est terminée
close-reason-goals_reached = Objectifs atteints avant terme
close-reason-moved_away = La personne accompagnée a déménagé
close-reason-lost_contact = Contact perdu
close-reason-conflict = Conflit entre les deux
close-reason-safeguarding = Protection (sécurité d’une personne)
close-reason-other = Une autre raison
close-on = Clos le
close-meeting = Rencontre de clôture (facultatif)
close-meeting-hint = Le jour de la dernière rencontre avec les deux, s’il y en a eu une.
close-note = Note pour l’équipe
close-rematch = { $name } peut-il ou elle être de nouveau mis·e en binôme ?
close-save = Clore le binôme
close-done = Le binôme est clos.
close-error-future = Ce jour n’est pas encore venu.
close-error-before-start = C’est avant le début du binôme.
close-error-note-other = Précisez l’autre raison.
error-choose-yes-no = Choisissez oui ou non.
error-close-pairs-first = Clôturez d’abord le binôme de cette personne : sa clôture dit pourquoi il a pris fin.
pair-closed-on = Clos le { $date } : { $reason }
pair-closing-meeting-on = Rencontre de clôture le { $date }
audit-pair-close = A clos le binôme
audit-pair-exit_answer = A répondu au questionnaire de fin
exit-title = Questionnaire de fin
exit-intro-buddy = Votre accompagnement de { $name } est terminé. Quatre questions, une minute : seule l’équipe du programme lit vos réponses.
exit-intro-newcomer = Votre binôme avec { $name } est terminé. Quatre questions, une minute : seule l’équipe du programme lit vos réponses.
exit-satisfaction = Dans l’ensemble, êtes-vous satisfait·e ?
exit-recommend = Recommanderiez-vous d’avoir un binôme à quelqu’un à votre place ?
exit-recommend-short = Recommanderait
exit-changed = Où quelque chose a-t-il changé pour vous ?
exit-changed-short = Ce qui a changé
exit-comment = Autre chose à nous dire (facultatif)
exit-send = Envoyer
exit-thanks = Merci : vos réponses sont enregistrées.
exit-final-assessment = Une dernière étape : votre auto-évaluation finale
home-pending-exit = Votre binôme avec { $name } est terminé : le questionnaire de fin (une minute)
home-final-due = Votre binôme est terminé : répondez une dernière fois aux mêmes questions qu’au début, pour voir le chemin parcouru.
home-start-final = Votre auto-évaluation finale
become-buddy-title = Devenir binôme bénévole
become-buddy-home = Vous savez ce que sont les premiers mois. Votre accompagnement est terminé : vous pouvez maintenant accompagner quelqu’un qui vient d’arriver.
become-buddy-intro = Vos informations sont déjà remplies depuis votre accompagnement : vérifiez-les, dites comment vous pouvez aider, et donnez de nouveau votre consentement — c’est un nouveau rôle.
assess-done-midterm = Vos réponses sont enregistrées. Les voici à côté de celles du début ; vous répondrez une dernière fois à la fin.
assess-done-final = Vos réponses sont enregistrées. Voici le chemin parcouru depuis le début, domaine par domaine.
person-pairs = Binômes
programme-edit-title = Modifier le programme
programme-edit-intro = Ses dates, son état et ses objectifs, et le suivi de ses binômes : quand un binôme est à risque, quand viennent les points d’étape et l’auto-évaluation à mi-parcours.
programme-save = Enregistrer
programme-saved = Le programme est enregistré.
programme-field-risk-no-session = Un binôme est à risque après ce nombre de jours sans rencontre
programme-field-risk-ending = Signaler un binôme ce nombre de jours avant la fin de sa convention
programme-field-checkin-first = Premier point d’étape, en jours après le début du binôme
programme-field-checkin-every = Puis un point d’étape tous les … jours
programme-field-midterm-weeks = Auto-évaluation à mi-parcours, en semaines après le début du binôme
error-days-invalid = Saisissez un nombre entier de jours de 1 à 365 (semaines : de 1 à 104).
error-503-title = Le serveur est occupé
error-busy = Trop de demandes attendent en ce moment. Attendez quelques secondes et réessayez : rien n’a été enregistré ni perdu.
access-refused-someone = Quelqu’un sans accès
admin-volunteers-title = Comptes des binômes et des personnes accompagnées
admin-volunteers-intro = Combien par organisation : leurs noms sont pour l’équipe de leur organisation.
import-too-many-columns = Ce fichier a plus de { $columns } colonnes : gardez seulement les colonnes sur les personnes, puis réessayez.
import-too-many-rows = Ce fichier compte plus de { $rows } personnes : importez-le en plusieurs parties.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Écouter sans juger
competence-intercultural = Communiquer entre cultures
competence-boundaries = Garder les limites du rôle
competence-local_services = Connaître les services locaux
competence-encouraging_autonomy = Encourager l'autonomie
competence-reliability = Être fiable dans la durée
baseline-competence = Compétence
baseline-competences-chart-title = Aisance par compétence au départ, de 1 (pas encore à l'aise) à 5 (très à l'aise)
baseline-competences-moments-chart-title = Aisance par compétence à chaque auto-évaluation, de 1 (pas encore à l'aise) à 5 (très à l'aise)
buddy-assessment-title = Auto-évaluations de { $name }
buddy-assessment-intro = Comment la personne bénévole se sent à l'aise dans chaque compétence au départ, à mi-parcours et à la fin, selon ses propres réponses de 1 à 5.
buddy-assessment-competences = Compétences d'accompagnement
home-buddy-self-assessments = Auto-évaluations
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Rencontres par semaine
weekly-sessions-chart-title = Rencontres tenues par semaine, les { $weeks } dernières semaines
weekly-sessions-week-of = Semaine du { $date }
weekly-sessions-total = { $count ->
    [one] { $count } rencontre tenue
   *[other] { $count } rencontres tenues
} sur ces semaines, { $hours } heures en tout
weekly-sessions-week = Semaine du
weekly-sessions-count = Rencontres tenues
weekly-sessions-hours = Heures

# Étape 10 : l’évaluation globale.
evaluation-title = Évaluation des programmes
evaluation-link = Évaluation : les chiffres pour les financeurs (page, CSV, impression)
evaluation-intro = Ce que le Buddy System a permis, d’après les faits des binômes et les réponses de leurs membres. Seules les personnes dont le consentement à l’évaluation est en vigueur sont comptées ; aucun nom ni aucun dossier personnel n’apparaît ici.
evaluation-suppression-note = Un chiffre portant sur moins de 5 personnes ou binômes n’est jamais affiché : il se lit « moins de 5 ».
evaluation-suppressed = moins de 5
evaluation-scope = Chiffres de
evaluation-scope-all = Toutes les structures
evaluation-scope-mine = Tout ce que je peux voir
evaluation-from = Binômes commencés à partir du
evaluation-to = Binômes commencés jusqu’au
evaluation-cohort = Promotion (année)
evaluation-cohort-hint = L’année où le binôme a commencé, par exemple 2025.
evaluation-gender = Genre de la personne accompagnée
evaluation-age = Âge de la personne accompagnée au début du binôme
evaluation-region = Région d’origine de la personne accompagnée
evaluation-any = Toutes
evaluation-show = Afficher les chiffres
evaluation-csv = Télécharger en tableur (CSV)
evaluation-xlsx = Télécharger en classeur (Excel, .xlsx)
evaluation-age-under_25 = Moins de 25 ans
evaluation-age-25_34 = 25 à 34 ans
evaluation-age-35_49 = 35 à 49 ans
evaluation-age-50_plus = 50 ans et plus
evaluation-region-mena = Moyen-Orient et Afrique du Nord
evaluation-region-sub_saharan_africa = Afrique subsaharienne
evaluation-region-central_south_asia = Asie centrale et du Sud
evaluation-region-europe = Europe
evaluation-region-americas = Amériques
evaluation-region-other = Ailleurs ou inconnue
evaluation-pairs-title = Binômes
evaluation-pairs-formed = Binômes formés
evaluation-pairs-active = En cours
evaluation-pairs-completed = Menés à leur terme
evaluation-pairs-ended-early = Arrêtés avant terme
evaluation-reasons-title = Binômes arrêtés avant terme, par raison
evaluation-reason = Raison
evaluation-pairs = Binômes
evaluation-figure = Indicateur
evaluation-value = Valeur
evaluation-n-pairs = Sur (binômes)
evaluation-n-people = Sur (personnes)
evaluation-outcomes-title = Rétention, rencontres et objectifs
evaluation-outcomes-note = Rétention : binômes menés à leur terme parmi les binômes clos. Atteinte des objectifs : moyenne du dernier score de chaque objectif, de −2 (bien moins qu’attendu) à +2 (bien plus).
evaluation-retention = Rétention
evaluation-sessions-held = Rencontres tenues
evaluation-sessions-hours = Heures passées ensemble
evaluation-goal-attainment = Atteinte des objectifs (−2 à +2)
evaluation-areas-title = Évolution par domaine d’intégration
evaluation-areas-note = Personnes accompagnées ayant rempli la première et la dernière auto-évaluation ; scores de 1 à 5. L’intervalle est l’intervalle de confiance à 95 % de l’évolution moyenne ; la taille d’effet est le d_z de Cohen.
evaluation-areas-chart = Évolution moyenne par domaine avec son intervalle de confiance à 95 %
evaluation-areas-none = Aucune personne accompagnée n’a encore rempli à la fois la première et la dernière auto-évaluation.
evaluation-baseline-mean = Au début
evaluation-final-mean = À la fin
evaluation-mean-change = Évolution
evaluation-ci95 = Intervalle à 95 %
evaluation-effect-size = Taille d’effet
evaluation-interval = de { $low } à { $high }
evaluation-satisfaction-title = Satisfaction
evaluation-satisfaction-chart = Satisfaction moyenne de 1 à 5, d’après les points d’étape et le questionnaire de fin
evaluation-newcomers = Personnes accompagnées
evaluation-buddies = Buddies
evaluation-from-checkins = Points d’étape
evaluation-from-exit = Questionnaire de fin
evaluation-recommend = Recommanderaient un buddy
evaluation-percent = { $value } %

# First run: how the first administrator is made
login-first-run = Aucun compte n’existe encore. Créez le premier administrateur sur le serveur avec : m4m user create --email vous@example.org --name "Votre nom" (le mot de passe est demandé), puis connectez-vous ici.
# Récupération du compte : mot de passe oublié, changement de mot de passe, comptes désactivés
login-forgot-link = Mot de passe oublié ?
login-deactivated = Ce compte est désactivé. Demandez à votre coordinatrice ou coordinateur de le réactiver.
forgot-title = Mot de passe oublié
forgot-intro = Saisissez l’adresse e-mail de votre compte. Si un compte l’utilise, nous envoyons un lien pour choisir un nouveau mot de passe ; le lien fonctionne une fois, pendant une heure.
forgot-submit = Envoyer le lien
forgot-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route. Regardez dans votre boîte de réception (et dans les indésirables) ; le lien fonctionne pendant une heure.
forgot-throttled = Trop de demandes de nouveau mot de passe. Réessayez dans une heure, ou demandez à votre coordinatrice ou coordinateur.
forgot-mail-subject = Choisissez un nouveau mot de passe pour m4m
forgot-mail-body = Bonjour { $name },

    Quelqu’un, probablement vous, a demandé un nouveau mot de passe pour votre compte m4m.
    Choisissez-le avec ce lien (valable une heure, utilisable une fois) :

    { $link }

    Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.
reset-title = Choisir un nouveau mot de passe
reset-intro = Quand le nouveau mot de passe est enregistré, vos autres sessions se terminent.
reset-password = Nouveau mot de passe (au moins 8 caractères)
reset-password-again = Le même mot de passe à nouveau
reset-submit = Enregistrer le nouveau mot de passe
reset-gone = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau avec « Mot de passe oublié ? » sur la page de connexion.
reset-done = Votre nouveau mot de passe est enregistré. Connectez-vous avec.
nav-password = Mot de passe
password-title = Changer votre mot de passe
password-current = Mot de passe actuel
password-current-wrong = Ce n’est pas votre mot de passe actuel.
password-submit = Changer le mot de passe
password-changed = Votre mot de passe est changé. Vos autres sessions sont terminées.
admin-user-access = Accès
admin-user-deactivate = Désactiver
admin-user-activate = Réactiver
admin-user-deactivated = Le compte est désactivé : ses sessions sont terminées et ses jetons d’API révoqués. Ses données restent.
admin-user-activated = Le compte est de nouveau actif : son titulaire se connecte avec son mot de passe. Les jetons d’API sont à refaire.
admin-user-not-self = Vous ne pouvez pas désactiver votre propre compte.

# Envoi de la boîte d’envoi : tentatives, nouveaux essais, messages abandonnés
admin-outbox-sent = Envoyé le { $when }.
admin-outbox-waiting = En attente d’envoi.
admin-outbox-retrying = La tentative { $attempts } a échoué : { $error }. Prochaine tentative { $when }.
admin-outbox-given-up = Abandonné après { $attempts } tentative(s) : { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = Personnes { $first } à { $last } sur { $total }
programme-pairs-pager = Binômes { $first } à { $last } sur { $total }
programme-people-total = { $count ->
    [one] Une personne
   *[other] { $count } personnes
}
programme-filter-everyone = Bénévoles et personnes accompagnées
programme-filter-any-status = Tous les statuts
programme-filter-any-step = Toutes les étapes
programme-filter-any-language = Toutes les langues
programme-filter-language = Parle
programme-sort = Ordre
programme-sort-step = Par étape
programme-sort-name = Par nom
programme-sort-newest = Les plus récentes d’abord
programme-search = Rechercher
programme-search-hint = Nom, e-mail ou téléphone, avec ou sans accents
programme-search-button = Afficher
programme-people-none = Personne ne correspond à cette recherche.

# The API's pages of people
error-api-limit = limit doit être un nombre entier de 1 à 1000.
error-api-cursor = cursor doit être le next_cursor de la page précédente.
error-api-text = Envoyez ce champ sous forme de texte (une chaîne JSON), comme l’indique la description de l’API.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = Votre nom
assess-intro-buddy = Quelques questions pour voir où vous en êtes aujourd’hui. Il n’y a pas de bonne ou de mauvaise réponse. La personne que vous accompagnez ne voit pas vos réponses.
error-language-choice = Choisissez une langue.
import-host-level = Niveau dans la langue de ce pays
import-other-languages = Autres langues
home-pending-session = Confirmer la rencontre avec { $name } du { $date }

# Imports de tableurs : encodages, dates, formules
import-cell-problem = Colonne « { $column } » : { $message }
import-cell-formula = cette cellule contient une formule (elle commence par =, @, + ou -). Saisissez plutôt sa valeur.
import-cell-bom = cette cellule contient une marque d’ordre des octets invisible : plusieurs fichiers ont été collés en un seul. Supprimez-la ou enregistrez à nouveau le fichier.
import-date-ambiguous = cette date peut se lire de deux façons. Écrivez-la sous la forme année-mois-jour (2026-04-03).
import-workbook = Ce fichier est un ancien classeur Excel (.xls). Ouvrez-le et enregistrez-le en .xlsx ou en CSV, puis réessayez.
import-workbook-unreadable = Ce fichier ne peut pas être lu comme un classeur Excel (.xlsx) : il est peut-être abîmé, protégé par un mot de passe, ou d’un autre type (comme un .ods de LibreOffice). Ouvrez-le et enregistrez-le en .xlsx ou en CSV, puis réessayez.
import-workbook-too-large = Ce classeur est trop volumineux une fois décompressé. Ne gardez que la feuille des personnes, ou importez-le en plusieurs parties.
import-not-text = Ce fichier n’est pas un tableau enregistré en texte : il contient des octets qu’aucun encodage proposé ne sait lire. Enregistrez-le depuis votre tableur au format CSV et réessayez.
import-encoding = Encodage du fichier
import-encoding-hint = Deviné d’après le fichier. Si des accents ou des lettres semblent faux dans les noms ci-dessous, choisissez un autre encodage et continuez.
import-encoding-failed = Le fichier ne peut pas être lu dans l’encodage choisi : il est gardé tel qu’il était lu.

## Les binômes d'un programme, avec recherche et pages
pairs-title = Binômes de { $programme }
pairs-back = Retour au programme
pairs-link = Tous les binômes : recherche, binômes clos
pairs-search-hint = Nom, e-mail ou téléphone de la personne accompagnée ou du binôme bénévole
pairs-filter-any-status = Tous les états
pairs-filter-open = En cours (ni clos ni refusés)
pairs-filter-closed = Clos
pairs-sort-oldest = Les plus anciens d'abord
pairs-sort-newest = Les plus récents d'abord
pairs-sort-newcomer = Par nom de la personne accompagnée
pairs-total = { $count ->
    [0] Aucun binôme
    [one] Un binôme
   *[other] { $count } binômes
}
pairs-pager = Binômes { $first } à { $last } sur { $total }
pairs-all = Tous les binômes
pairs-none = Aucun binôme pour l'instant.
pairs-none-found = Aucun binôme ne correspond à cette recherche.
pairs-column-pair = Personne accompagnée ↔ bénévole
pairs-column-status = État
pairs-column-since = Depuis
pairs-column-sessions = Rencontres tenues
pairs-sessions = { $count ->
    [0] Aucune pour l'instant
    [one] Une
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] Une, le { $date }
   *[other] { $count }, la dernière le { $date }
}

## Les rencontres d'un programme, par période
sessions-title = Rencontres de { $programme }
sessions-link = Rencontres : par période, avec leurs heures
sessions-any-status = Prévues et tenues
sessions-planned = Prévue
sessions-held = Tenue
sessions-held-confirmed = Tenue, confirmée
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] Aucune rencontre
    [one] Une rencontre
   *[other] { $count } rencontres
}, { $hours ->
    [one] une heure
   *[other] { $hours } heures
} en tout
sessions-pager = Rencontres { $first } à { $last } sur { $total }
sessions-from = Du
sessions-to = Au (inclus)
sessions-recent = Les 30 derniers jours et ce qui est prévu
sessions-none = Aucune rencontre ne correspond sur cette période.
sessions-column-when = Quand
sessions-column-how = Comment

## La liste des comptes de l'équipe, pour l'administration
admin-users-search-hint = Nom ou e-mail
admin-users-any-role = Tous les rôles
admin-users-any-state = Actifs et désactivés
admin-users-active = Actif
admin-users-inactive = Désactivé
admin-users-total = { $count ->
    [0] Aucun compte d'équipe
    [one] Un compte d'équipe
   *[other] { $count } comptes d'équipe
}
admin-users-pager = Comptes { $first } à { $last } sur { $total }
admin-users-all = Tous les comptes d'équipe
admin-users-none = Aucun compte ne correspond à cette recherche.

## Pairs and sessions as spreadsheets
pairs-export = Télécharger ces binômes (tableur, CSV)
pairs-export-xlsx = Télécharger ces binômes (Excel, .xlsx)
sessions-export = Télécharger ces rencontres (tableur, CSV)
sessions-export-xlsx = Télécharger ces rencontres (Excel, .xlsx)
export-pairs-column-pair = Binôme
export-pairs-column-newcomer = Personne accompagnée
export-pairs-column-buddy = Bénévole
export-pairs-column-status = État
export-pairs-column-proposed = Proposé le
export-pairs-column-started = Commencé le
export-pairs-column-closed = Clos le
export-pairs-column-sessions = Rencontres tenues
export-pairs-column-hours = Heures tenues
export-pairs-column-last-session = Dernière rencontre
export-sessions-column-session = Rencontre
export-sessions-column-date = Date
export-sessions-column-time = Heure
export-sessions-column-pair = Binôme
export-sessions-column-newcomer = Personne accompagnée
export-sessions-column-buddy = Bénévole
export-sessions-column-minutes = Minutes
export-sessions-column-hours = Heures
export-sessions-column-mode = Comment
export-sessions-column-status = État
export-sessions-column-confirmed = Confirmée
export-progress-column-course = Formation
export-progress-column-learner = Personne inscrite
export-progress-column-cohort = Groupe
export-progress-column-enrolled = Inscription le
export-progress-column-done = Modules obligatoires faits
export-progress-column-total = Modules obligatoires
export-progress-column-completed = Terminée le
export-figures-column-figure = Indicateur
export-figures-column-key = Précision
export-figures-column-n = Sur
export-figures-column-value = Valeur
export-figures-column-suppressed = Masqué (petit groupe)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Nom, contact, e-mail ou téléphone
stakeholders-any-kind = Tous les types
stakeholders-total = { $count ->
    [0] Aucun acteur
    [one] Un acteur
   *[other] { $count } acteurs
}
stakeholders-pager = Acteurs { $first } à { $last } sur { $total }
stakeholders-all = Tous les acteurs
stakeholders-none-found = Aucun acteur ne correspond à cette recherche.
