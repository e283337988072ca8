# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Italiano. Il riferimento è il file inglese en.ftl: ogni sua chiave
# deve esistere in ogni traduzione completa.

## La cornice di ogni pagina
app-name = m4m
app-tagline = Buddy System: persone neoarrivate e buddy volontari, fianco a fianco
skip-to-content = Vai al contenuto
nav-home = Home
nav-organisations = Organizzazioni
nav-users = Account
nav-outbox = Messaggi inviati
nav-invite = Invita una persona
nav-login = Accedi
nav-logout = Esci
language-switcher = Lingua
language-choose = Scegli questa lingua
signed-in-as = Accesso come { $name }
footer-text = m4m aiuta le organizzazioni a gestire il mentoring tra pari per le persone neoarrivate. I tuoi dati restano presso la tua organizzazione.

## I dieci passi
step-1 = Informare i soggetti coinvolti
step-2 = Reclutamento e iscrizione
step-3 = Autovalutazione iniziale
step-4 = Pre-abbinamento
step-5 = Formazione
step-6 = Abbinamento e primo incontro
step-7 = Incontri tra pari
step-8 = Supervisione
step-9 = Monitoraggio dei progressi
step-10 = Valutazione finale
step-number = Passo { $number }

## Ruoli
role-administrator = Amministratore/trice
role-coordinator = Coordinatore/trice
role-supervisor = Supervisore/a
role-trainer = Formatore/trice
role-mentor = Buddy
role-mentee = Persona neoarrivata
role-evaluator = Valutatore/trice

## Pagina iniziale
landing-title = Mentoring tra pari per le persone neoarrivate
landing-intro = In un Buddy System, un buddy volontario o una buddy volontaria — spesso una persona arrivata qualche anno prima — aiuta una persona neoarrivata a fare passi verso l'autonomia: muoversi in città, trovare i servizi pubblici, praticare la lingua, cercare lavoro o casa. Le operatrici e gli operatori sociali li fanno incontrare e li accompagnano.
landing-staff = Operatrici e operatori, buddy e persone neoarrivate con un account accedono da qui.

## Accesso
login-title = Accedi
login-email = Indirizzo e-mail
login-password = Password
login-submit = Accedi
login-failed = L'indirizzo e-mail o la password non sono corretti. Controlla entrambi e riprova.
login-throttled = Troppi tentativi. Aspetta 15 minuti, poi riprova.
login-expired = La tua sessione è scaduta. Accedi di nuovo.
logged-out = Sei uscito/a dal tuo account.

## Pagine iniziali
home-title = Home
home-welcome = Benvenuto/a, { $name }
home-no-role = Il tuo account non ha ancora un ruolo. Chiedi alla persona che coordina il programma di assegnartene uno.
home-programmes = I tuoi programmi
home-no-programmes = Ancora nessun programma.
home-new-programme = Crea un programma
home-people-per-step = Persone in ogni passo
home-people-total = { $count ->
    [0] Ancora nessuno
    [one] Una persona
   *[other] { $count } persone
}
home-mentors-of-target = Buddy: { $count } su { $target }
home-mentees-of-target = Persone neoarrivate: { $count } su { $target }
home-open-programme = Apri il programma
home-your-newcomers = Le persone neoarrivate che accompagni
home-no-newcomers = Non sei ancora in coppia con una persona neoarrivata. Chi coordina il programma ti avviserà quando verrà proposto un abbinamento.
home-your-buddy = Il tuo buddy
home-no-buddy = Non hai ancora un buddy. Chi coordina il programma lo sta cercando insieme a te.
home-next-sessions = Prossimi incontri
home-no-sessions = Nessun incontro in programma.
home-next-session = Prossimo incontro: { $when }
home-your-goals = I tuoi obiettivi
home-no-goals = Ancora nessun obiettivo. Li sceglierai insieme al tuo buddy.
home-goal-progress = { $progress } % completato
home-speaks = Parla: { $languages }
home-area = Zona: { $area }
home-supervised = Buddy che supervisioni
home-no-supervised = Non ti è ancora stato assegnato nessun buddy.
home-active-pairs = { $count ->
    [0] nessuna coppia attiva
    [one] una coppia attiva
   *[other] { $count } coppie attive
}
home-training = Buddy in formazione
home-in-training = { $count ->
    [0] Nessuno in formazione
    [one] Un buddy in formazione
   *[other] { $count } buddy in formazione
}
home-organisations = Organizzazioni
home-accounts = { $count ->
    [0] Nessun account
    [one] Un account
   *[other] { $count } account
}
home-figures = Dati di tutte le organizzazioni
home-figures-note = Solo numeri: nessun nome, nessun dato personale.

session-mode-in_person = di persona
session-mode-online = online
session-mode-phone = al telefono
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Programmi
programme-title = Programma
programme-status = Stato
programme-status-draft = Bozza
programme-status-recruiting = Iscrizioni aperte
programme-status-running = In corso
programme-status-closed = Concluso
programme-dates = Dal { $start } al { $end }
programme-languages = Lingue
programme-organisation = Organizzazione
programme-participants = Persone in questo programma
programme-no-participants = Non si è ancora iscritto nessuno.
programme-kind = Ruolo
programme-name = Nome
programme-origin = Paese di origine
programme-native = Prima lingua
programme-area = Zona
programme-step = Passo
programme-new-title = Nuovo programma
programme-field-name = Nome del programma
programme-field-description = Descrizione
programme-field-languages = Lingue parlate (codici separati da virgole: fr, ar, prs)
programme-field-starts = Primo giorno
programme-field-ends = Ultimo giorno
programme-field-target-mentors = Buddy da reclutare
programme-field-target-mentees = Persone neoarrivate da accompagnare
programme-field-organisation = Organizzazione
programme-create = Crea il programma
programme-created = Il programma è stato creato.

## Inviti
invite-title = Invita una persona
invite-intro = La persona riceve un link, valido 7 giorni, per scegliere una password. Una persona può avere più ruoli.
invite-email = Il suo indirizzo e-mail
invite-name = Il suo nome
invite-role = Ruolo
invite-organisation = Organizzazione
invite-submit = Invia l'invito
invite-sent = L'invito sta arrivando a { $email }.
invite-link-once = Puoi anche passare questo link tu stesso/a (per esempio con un SMS). Viene mostrato una sola volta:
invite-mail-subject = Il tuo invito a m4m
invite-mail-body = Ciao { $name },

    { $inviter } ti invita a unirti a m4m come { $role }.
    Scegli la tua password con questo link (valido 7 giorni, utilizzabile una sola volta):

    { $link }
accept-title = Benvenuto/a su m4m
accept-intro = Sei invitato/a come { $role }. Scegli la tua password per iniziare.
accept-organisation = Organizzazione: { $organisation }
accept-password = Scegli una password (almeno 8 caratteri)
accept-password-again = Di nuovo la stessa password
accept-submit = Salva e continua
accept-gone = Questo link di invito è scaduto o è già stato usato. Chiedine uno nuovo alla persona che ti ha invitato.

## Amministrazione
admin-organisations-title = Organizzazioni
admin-organisation-name = Nome
admin-organisation-country = Paese (due lettere: FR, GR)
admin-organisation-languages = Lingue (codici separati da virgole)
admin-organisation-programmes = Programmi
admin-organisation-members = Account
admin-organisation-create = Aggiungi l'organizzazione
admin-organisation-created = L'organizzazione è stata aggiunta.
admin-users-title = Account
admin-user-name = Nome
admin-user-email = E-mail
admin-user-roles = Ruoli
admin-user-inactive = non attivo
admin-outbox-title = Messaggi inviati
admin-outbox-intro = Senza un server di posta, i messaggi restano in attesa qui. Configura SMTP per inviarli.
admin-outbox-empty = Nessun messaggio.
admin-outbox-to = A
admin-outbox-subject = Oggetto
admin-outbox-date = Data
installation-wide = intera installazione

figures-organisation = Organizzazione
figures-country = Paese
figures-programmes = Programmi
figures-mentors = Buddy
figures-mentees = Persone neoarrivate
figures-active-pairs = Coppie attive

## Moduli ed errori
form-fix-errors = Alcuni campi richiedono la tua attenzione:
form-required-mark = obbligatorio
error-required = Questo campo è obbligatorio.
error-too-long = Il testo è troppo lungo.
error-control-characters = Il testo contiene caratteri non consentiti.
error-email-invalid = Inserisci un indirizzo e-mail come nome@example.org.
error-email-taken = Questo indirizzo e-mail è già usato da un account.
error-password-short = La password deve avere almeno 8 caratteri.
error-password-mismatch = Le due password non sono uguali.
error-country-invalid = Inserisci il codice del paese di due lettere, come FR o GR.
error-language-code = Inserisci codici di lingua di due o tre lettere, separati da virgole (fr, ar, prs).
error-date-invalid = Inserisci una data nel formato anno-mese-giorno, come 2026-09-01.
error-end-before-start = L'ultimo giorno non può essere prima del primo giorno.
error-count-invalid = Inserisci un numero intero da 0 a 100.000.
error-choice-invalid = Scegli una delle opzioni proposte.

error-title = Qualcosa è andato storto
error-400-title = Questa richiesta non può essere usata
error-400-text = C'è qualcosa che non va nella richiesta. Torna indietro e controlla quello che hai inserito.
error-401-title = Accedi
error-401-text = Devi accedere per vedere questa pagina.
error-403-title = Non consentito
error-403-text = Non hai il permesso di vedere o fare questa cosa. Se pensi di doverlo avere, chiedi a chi coordina il programma.
error-404-title = Pagina non trovata
error-404-text = Questa pagina non esiste, oppure non hai accesso.
error-405-title = Non possibile qui
error-405-text = Questo indirizzo non può essere usato in questo modo.
error-410-title = Non più disponibile
error-413-title = Troppi dati
error-413-text = Quello che hai inviato è troppo grande. Invia meno dati alla volta.
error-429-title = Troppi tentativi
error-500-title = Qualcosa è andato storto da parte nostra
error-500-text = Il problema è stato registrato. Riprova tra poco; se succede ancora, avvisa chi coordina il programma.
error-csrf = Questo modulo è scaduto. Torna indietro, ricarica la pagina e invialo di nuovo.
error-unknown-language = Questa lingua non è disponibile: { $code }. Scegli una delle lingue proposte.
error-back-home = Torna alla home
