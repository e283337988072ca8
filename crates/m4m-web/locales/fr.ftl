# m4m — français. La référence est le fichier anglais en.ftl : chaque clé
# de ce fichier doit exister dans toute traduction complète.

## Le cadre de chaque page
app-name = m4m
app-tagline = Buddy System : personnes nouvellement arrivées et bénévoles accompagnant·es, côte à côte
skip-to-content = Aller au contenu
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
