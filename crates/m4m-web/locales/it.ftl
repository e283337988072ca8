# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Italiano. Il riferimento è il file inglese en.ftl: ogni sua chiave
# deve esistere in ogni traduzione completa.

## La cornice di ogni pagina
app-name = m4m
app-tagline = Buddy System: persone neoarrivate e buddy volontari, fianco a fianco
skip-to-content = Vai al contenuto
table-scroll = Tabella: scorri di lato per leggerla tutta
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
two-factor-title = Accesso in due passaggi
two-factor-intro = Con l'accesso in due passaggi, la sola password non apre il tuo account: un'app sul telefono genera ogni 30 secondi un nuovo codice di sei cifre, che m4m chiede dopo la password.
two-factor-step-app = Installa un'app di autenticazione sul telefono (ad esempio FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator).
two-factor-step-scan = Nell'app, aggiungi un account e scansiona questo codice:
two-factor-step-type = Oppure digita questa chiave:
two-factor-step-code = Digita il codice di sei cifre mostrato dall'app, per verificare che funzioni.
two-factor-code-app = Codice dell'app
two-factor-confirm = Attiva l'accesso in due passaggi
two-factor-required = Il tuo ruolo dà accesso ai dati di molte persone: devi attivare l'accesso in due passaggi prima di continuare.
two-factor-on = L'accesso in due passaggi è attivo: dopo la password, m4m chiede il codice della tua app.
two-factor-codes-left = { $count ->
    [one] Ti resta { $count } codice di recupero.
   *[other] Ti restano { $count } codici di recupero.
}
two-factor-new-codes = Nuovi codici di recupero
two-factor-new-codes-intro = I vecchi codici smettono di funzionare. Digita un codice della tua app per averne di nuovi.
two-factor-codes-title = Conserva questi codici di recupero
two-factor-codes-intro = Ogni codice ti permette di accedere una volta se perdi il telefono. Stampali o annotali e conservali al sicuro: vengono mostrati solo ora.
two-factor-login-title = Codice dal telefono
two-factor-login-intro = Apri l'app di autenticazione e digita il codice di sei cifre mostrato per m4m.
two-factor-login-recovery = Hai perso il telefono? Digita invece uno dei tuoi codici di recupero.
two-factor-code = Codice
two-factor-verify = Accedi
two-factor-wrong-code = Questo codice non è corretto o è già stato usato. Digita il codice che l'app mostra ora.
two-factor-log-in-again = Troppi codici sbagliati. Accedi di nuovo con la password.
nav-two-factor = Accesso in due passaggi
tokens-title = Token API
tokens-intro = Un token permette a uno strumento della tua organizzazione di usare l'API JSON di m4m a tuo nome, con i tuoi diritti. Dai a ogni strumento il suo token e revocalo quando non serve più.
tokens-shown-once = Il tuo nuovo token. Copialo ora: viene mostrato solo questa volta.
tokens-name = Nome (a cosa serve il token)
tokens-create = Crea un token
tokens-created = Creato
tokens-last-used = Ultimo uso
tokens-never-used = mai
tokens-revoked = Revocato
tokens-revoke = Revoca
tokens-openapi = La descrizione dell'API (OpenAPI)
nav-tokens = Token API
error-api-json = Il corpo della richiesta deve essere JSON, come dice la descrizione dell'API.

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
home-supervised-pairs = Le coppie dei tuoi buddy
home-last-session = Ultimo incontro: { $when }
home-no-session-yet = Nessun incontro registrato finora
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
programme-field-name-in = Nome in { $language }
programme-field-description-in = Descrizione in { $language }
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
admin-organisation-time-zone = Fuso orario (ad esempio Europe/Rome; vuoto: quello del paese)
admin-time-zone-save = Modifica
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
nav-inventory = Inventario dei dati
admin-inventory-title = Inventario dei dati
admin-inventory-intro = Ogni colonna della banca dati: se contiene dati personali, di quale tipo, per quale trattamento e per quanto tempo sono conservati. Per il registro delle attività di trattamento (art. 30 GDPR) e la valutazione d’impatto.
admin-inventory-summary = { $personal } colonne su { $count } contengono dati personali.
admin-inventory-csv = Scarica come foglio di calcolo (CSV)
admin-inventory-table = Tabella
admin-inventory-column = Colonna
admin-inventory-category = Tipo di dati
admin-inventory-purposes = Finalità
admin-inventory-retention = Conservazione
admin-inventory-legend = Che cosa significano tipi e finalità
inventory-not-personal = Non personale
inventory-category-identity = Identità
inventory-category-identity-help = Nomi, anno di nascita, genere.
inventory-category-contact = Contatti
inventory-category-contact-help = Indirizzi e-mail, numeri di telefono, luogo in cui si vive o ci si incontra.
inventory-category-special = Categoria particolare
inventory-category-special-help = Dati sensibili: origine, lingue d’origine, situazione migratoria, bisogni, risposte che possono riguardare salute o religione.
inventory-category-free_text = Testo libero
inventory-category-free_text-help = Testo scritto da persone: note, motivi, resoconti. Può contenere qualsiasi cosa: trattarlo come sensibile.
inventory-category-profile = Profilo
inventory-category-profile-help = Lingue, interessi, disponibilità, ruoli, preferenze.
inventory-category-activity = Attività
inventory-category-activity-help = Che cosa è successo e quando: date, stati, punteggi, decisioni.
inventory-category-pseudonymous = Identificativo pseudonimo
inventory-category-pseudonymous-help = Un numero o un codice che indica una persona senza nominarla.
inventory-category-secret = Segreto
inventory-category-secret-help = Password, token e secondi fattori, conservati come hash dove possibile.
inventory-purpose-programme = Gestione del programma
inventory-purpose-programme-help = Iscrizione, selezione, abbinamento, coppie e i loro incontri.
inventory-purpose-training = Formazione
inventory-purpose-training-help = Formazione di volontari e personale.
inventory-purpose-contact = Contatto
inventory-purpose-contact-help = Raggiungere le persone: e-mail, chiamate, promemoria.
inventory-purpose-evaluation = Valutazione
inventory-purpose-evaluation-help = Misurare l’integrazione e i risultati del programma.
inventory-purpose-security = Sicurezza
inventory-purpose-security-help = Accesso, controllo degli accessi, protezione dagli abusi.
inventory-purpose-accountability = Obbligo legale e responsabilizzazione
inventory-purpose-accountability-help = Prova del consenso e registro di controllo di chi ha fatto cosa.
inventory-retention-record = Con la scheda della persona, fino alla sua cancellazione
inventory-retention-account = Con l’account, fino alla sua cancellazione
inventory-retention-session = Fino alla disconnessione; al massimo 12 ore, 30 minuti di inattività
inventory-retention-day = Cancellato dopo 24 ore
inventory-retention-minutes = Cancellato all’uso o dopo cinque minuti
inventory-retention-audit = Conservato per responsabilizzazione (solo aggiunta; solo identificativi e codici)
inventory-retention-organisation = Finché l’organizzazione conserva i propri archivi
inventory-retention-outbox = Nella posta in uscita; nessuna cancellazione automatica
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
error-password-common = Questa password è tra le più comuni, quelle che gli attaccanti provano per prime. Scegline un'altra, ad esempio alcune parole che ricorderai.
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

## Passo 1 — soggetti coinvolti e sensibilizzazione
nav-stakeholders = Soggetti coinvolti
nav-outreach = Sensibilizzazione
stakeholders-title = Soggetti coinvolti sul territorio
stakeholders-intro = Le realtà del territorio che incontrano persone neoarrivate e volontari: servizi sociali, associazioni, scuole, datori di lavoro. Annota chi hai informato e chi invia persone al programma.
stakeholders-empty = Nessun soggetto registrato per ora.
stakeholder-name = Nome
stakeholder-kind = Tipo
stakeholder-contact = Persona di riferimento
stakeholder-email = E-mail
stakeholder-phone = Telefono
stakeholder-languages = Lingue (codici separati da virgole)
stakeholder-area = Zona coperta
stakeholder-notes = Note
stakeholder-add = Aggiungi il soggetto
stakeholder-added = Il soggetto è stato aggiunto.
stakeholder-save = Salva le modifiche
stakeholder-saved = Le modifiche sono state salvate.
stakeholder-edit = Modifica i dati
stakeholder-referred = Persone inviate: { $mentors } buddy, { $mentees ->
    [one] { $mentees } persona neoarrivata
   *[other] { $mentees } persone neoarrivate
}
stakeholder-referrals-by-month = Invii per mese
stakeholder-month = Mese
stakeholder-kind-social_service = Servizio sociale
stakeholder-kind-association = Associazione
stakeholder-kind-local_administration = Amministrazione locale
stakeholder-kind-employer = Datore di lavoro
stakeholder-kind-school = Scuola
stakeholder-kind-health_service = Servizio sanitario
stakeholder-kind-volunteer_group = Gruppo di volontariato
stakeholder-kind-migrant_community = Comunità migrante
stakeholder-kind-other = Altro
outreach-title = Registro delle attività di sensibilizzazione
outreach-intro = Incontri informativi svolti, materiali distribuiti o inviati, segnalazioni ricevute.
outreach-empty = Ancora nulla di registrato.
outreach-kind = Cosa
outreach-kind-information_session = Incontro informativo
outreach-kind-material = Materiale distribuito o inviato
outreach-kind-referral = Segnalazione ricevuta
outreach-date = Data
outreach-stakeholder = Soggetto
outreach-no-stakeholder = — nessuno —
outreach-place = Luogo
outreach-audience = Pubblico
outreach-reached = Persone raggiunte
outreach-materials = Materiali e loro lingue (o link)
outreach-notes = Note
outreach-add = Registra
outreach-added = Registrato.

## La pagina pubblica di un programma
join-organisation = A cura di { $organisation } ({ $country })
join-how-title = Come funziona
join-how-text = Una persona neoarrivata e un buddy volontario si incontrano regolarmente per circa sei mesi, di persona o online. Insieme fanno passi verso l'autonomia: muoversi in città, trovare i servizi, praticare la lingua, cercare lavoro o casa. Le operatrici e gli operatori sociali li fanno incontrare e restano al loro fianco.
join-buddy-title = Chi può diventare buddy
join-buddy-text = Chiunque abbia almeno 18 anni, viva qui, possa dedicare qualche ora al mese per sei mesi e abbia voglia di condividere ciò che sa. Molti buddy sono arrivati anche loro in questo Paese qualche anno fa. Riceverai formazione e sostegno.
join-newcomer-title = Cosa può aspettarsi una persona neoarrivata
join-newcomer-text = Una persona che ti ascolta, parla la tua lingua se possibile e ti aiuta a trovare la tua strada. È gratuito. Ciò che racconti resta riservato.
join-contact-title = Contatti
join-register-buddy = Voglio diventare buddy
join-register-newcomer = Sono appena arrivato/a e vorrei un buddy
join-closed = Questo programma al momento non accetta iscrizioni.

## Iscrizione
register-title-mentor = Diventa buddy
register-title-mentee = Trova un buddy
register-intro-mentor = Raccontaci qualcosa di te. Chi coordina il programma ti chiamerà per un colloquio.
register-intro-mentee = Raccontaci qualcosa di te. Chi coordina il programma ti contatterà.
register-staff-note = Stai iscrivendo questa persona per suo conto. Leggile l'informativa sul consenso nella sua lingua.
reg-about = Su di te
reg-first-name = Nome
reg-last-name = Cognome
reg-phone = Telefono
reg-email = E-mail
reg-contact-hint = Indica almeno un numero di telefono o un indirizzo e-mail.
reg-languages = Lingue
reg-native-language = Prima lingua
reg-other-languages = Altre lingue che parli
reg-language = Lingua
reg-level = Livello
reg-choose = Scegli…
level-basic = Qualche parola
level-conversational = Riesco a fare una conversazione
level-fluent = Fluente
level-native = Prima lingua
reg-host-level = Il tuo livello nella lingua di questo Paese
reg-country = Paese di origine
reg-arrival = Data di arrivo in questo Paese
reg-area = Quartiere, città o CAP
reg-availability = Quando sei disponibile?
reg-availability-hint = Seleziona i momenti che di solito ti vanno bene.
day-1 = Lunedì
day-2 = Martedì
day-3 = Mercoledì
day-4 = Giovedì
day-5 = Venerdì
day-6 = Sabato
day-7 = Domenica
part-morning = Mattina
part-afternoon = Pomeriggio
part-evening = Sera
reg-interests = Interessi
interest-sport = Sport
interest-cooking = Cucina
interest-music = Musica
interest-reading = Lettura
interest-nature = Natura e passeggiate
interest-crafts = Lavori manuali
interest-games = Giochi
interest-technology = Tecnologia
interest-arts = Arte
interest-family = Famiglia e bambini
interest-faith = Fede
interest-volunteering = Volontariato
reg-needs = In cosa vorresti aiuto?
reg-skills = In cosa puoi aiutare?
area-language = Lingua
area-administration = Pratiche burocratiche
area-housing = Casa
area-employment = Lavoro e formazione
area-health = Salute
area-education = Scuola dei figli
area-transport = Spostarsi
area-money = Soldi e banca
area-digital = Telefono e internet
area-social = Conoscere persone
area-wellbeing = Benessere
reg-experience = La tua esperienza (volontariato, lavoro, il tuo arrivo)
reg-motivation = Perché vuoi diventare buddy?
reg-gender = Genere
gender-woman = Donna
gender-man = Uomo
gender-other = Altro
gender-unsaid = Preferisco non dirlo
reg-gender-preference = Preferiresti che il tuo buddy fosse…
gender-pref-none = Nessuna preferenza
gender-pref-woman = Una donna
gender-pref-man = Un uomo
reg-birth-year = Anno di nascita
reg-heard-from = Come hai saputo del programma?
heard-stakeholder = Da un'organizzazione
heard-friend = Da amici o familiari
heard-social_media = Sui social network
heard-poster = Da un manifesto o un volantino
heard-event = A un evento
heard-other = Altro
reg-referred-by = Quale organizzazione?
reg-consent-title = Il tuo consenso
consent-notice = { $organisation } conserva ciò che scrivi qui per gestire il programma: per trovarti un buddy (o una persona neoarrivata), per contattarti e per seguire la tua coppia. Lo vede solo il personale del programma; la persona con cui sei in coppia vede solo il tuo nome, le tue lingue e la tua zona. Puoi chiedere in qualsiasi momento di vedere, correggere o cancellare i tuoi dati, e ritirare ogni consenso qui sotto con la stessa facilità con cui l'hai dato.
consent-participation = Accetto di partecipare al programma e che i miei dati siano usati a questo scopo (obbligatorio).
consent-contact_sms = Potete contattarmi via SMS.
consent-contact_email = Potete contattarmi via e-mail.
consent-contact_phone = Potete telefonarmi.
consent-share_partners = Potete condividere la mia scheda con le organizzazioni partner del programma.
consent-evaluation = Le mie risposte possono essere usate, senza il mio nome, per valutare il programma.
reg-submit = Invia
reg-thanks-title = Grazie
reg-thanks-text = La tua iscrizione è arrivata. Chi coordina il programma ti contatterà presto.
register-too-many = Da questa connessione sono state inviate troppe iscrizioni. Riprova tra un'ora.
error-phone-invalid = Inserisci un numero di telefono da 6 a 15 cifre, come +33 6 12 34 56 78.
error-contact-required = Indica un numero di telefono o un indirizzo e-mail.
error-date-future = Questa data non può essere nel futuro.
error-year-invalid = Inserisci un anno di nascita, come 1990.
error-buddy-too-young = I buddy devono avere almeno 18 anni.
error-consent-required = Per iscriverti serve il tuo consenso a partecipare.
error-status-move = Questo cambio di stato non è possibile dallo stato attuale.
error-reason-required = Indica un motivo.
error-409-title = Modificato nel frattempo
error-conflict = Qualcuno ha modificato questa scheda nello stesso momento. Ricarica la pagina e riprova.
error-422-title = Già in uso
error-taken-email = Un account usa già questo indirizzo e-mail.
error-taken-questionnaire-version = Qualcuno ha salvato una nuova versione di questo questionario mentre lo modificavi. È mostrata qui sotto con il tuo testo: confrontali, poi salva di nuovo.

## La scheda di una persona
person-kind = Ruolo
person-status = Stato
person-step = Passo
person-contact = Contatti
person-languages = Lingue
person-origin = Paese di origine
person-arrival = Arrivo il
person-area = Zona
person-availability = Disponibilità
person-interests = Interessi
person-needs = Ha bisogno di aiuto per
person-skills = Può aiutare per
person-experience = Esperienza
person-motivation = Motivazione
person-gender = Genere
person-gender-preference = Preferisce un buddy che sia
person-birth-year = Anno di nascita
person-heard-from = Ha saputo del programma
person-referred-by = Inviato/a da
person-registration = Iscrizione
person-entered-by-staff = Iscritto/a dal personale il { $date }, lingua: { $language }
person-self-registered = Iscritto/a in autonomia il { $date }, lingua: { $language }
person-consents = Consensi
consent-given = Dato il { $date }, informativa versione { $version }, lingua: { $language }
consent-recorded-by = registrato da { $name }
consent-withdrawn = ritirato il { $date }
consent-not-given = Non dato
consent-state-given = Dato il { $date }
consent-withdraw = Revoca
consent-give = Do il consenso
consents-title = I tuoi consensi
consents-title-of = Consensi di { $name }
consents-saved = Salvato. Vale da subito.
consents-intro = Qui scegli come il programma può contattarti e usare i tuoi dati. Ogni modifica vale subito e puoi cambiare idea in qualsiasi momento.
consents-intro-staff = Modifica un consenso su richiesta della persona (di persona, per telefono o per iscritto). La modifica è registrata con il tuo nome e vale subito.
consents-participation = Per smettere di partecipare al programma, dillo al tuo coordinatore: la tua scheda mostrerà che hai lasciato.
consents-change-link = Modifica un consenso su richiesta della persona
consents-mine-link = I tuoi consensi
person-do-not-contact = Non contattare
no-contact_sms = niente SMS
no-contact_email = niente e-mail
no-contact_phone = niente chiamate
person-screening = Selezione
person-move-to = Nuovo stato
person-reason = Motivo (obbligatorio per non accettare o ritirare)
person-move-submit = Cambia lo stato
person-moved = Lo stato è stato cambiato.
person-no-moves = Non sono possibili altri cambiamenti.
person-history = Storico
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = da { $name }
status-applied = Candidatura inviata
status-interview = Colloquio
status-references_checked = Referenze verificate
status-accepted = Accettato/a
status-declined = Non accettato/a
status-training = In formazione
status-registered = Iscritto/a
status-intake = Colloquio di accoglienza
status-self_assessed = Autovalutazione fatta
status-ready = Pronto/a per l'abbinamento
status-active = In coppia
status-alumni = Ex partecipante
status-withdrawn = Ritirato/a

## Strumenti del programma per il personale
programme-field-contact = Contatto mostrato nella pagina pubblica
programme-public-page = Pagina pubblica
programme-register-mentee = Iscrivi una persona neoarrivata
programme-register-mentor = Iscrivi un buddy
programme-duplicates = Possibili duplicati
programme-export = Esporta l'elenco (CSV)
programme-export-xlsx = Esporta l'elenco (Excel, .xlsx)
export-column-id = Numero
export-column-kind = Buddy o nuovo arrivato
export-column-status = Stato
export-column-step = Fase
export-column-first-name = Nome
export-column-last-name = Cognome
export-column-email = E-mail
export-column-phone = Telefono
export-column-native-language = Lingua madre
export-column-languages = Lingue
export-stakeholders-referred-buddies = Volontari segnalati
export-stakeholders-referred-newcomers = Nuovi arrivati segnalati
export-column-host-language-level = Livello nella lingua del paese
export-column-country-of-origin = Paese di origine
export-column-arrival-date = Data di arrivo
export-column-area = Zona
export-column-availability = Disponibilità
export-column-interests = Interessi
export-column-areas = Ambiti di aiuto
export-column-gender = Genere
export-column-gender-preference = Genere desiderato per la coppia
export-column-birth-year = Anno di nascita
export-column-heard-from = Ci ha conosciuti tramite
export-column-registered-at = Iscritto il
programme-export-codes = Codici delle colonne per strumenti (CSV)
programme-import = Importa un elenco (CSV)
programme-status-column = Stato

## Duplicati
duplicates-title = Possibili duplicati
duplicates-intro = Queste schede potrebbero riguardare la stessa persona. Uniscile nella prima, oppure segnala che sono persone diverse.
duplicates-none = Nessun possibile duplicato.
duplicates-reason-email = stessa e-mail
duplicates-reason-phone = stesso telefono
duplicates-reason-name = stesso nome e anno di nascita
duplicates-merge = Unisci nella prima
duplicates-keep = Persone diverse
duplicates-merged = Le schede sono state unite.
duplicates-kept = Segnalate come persone diverse.
duplicates-pager = Possibili duplicati { $first }–{ $last } di { $total }

## Importazione CSV
import-title = Importa un elenco
import-intro = Carica un file CSV salvato da un foglio di calcolo (UTF-8, separato da virgole o punti e virgola, una persona per riga, con una riga di intestazione all'inizio). Sceglierai cosa contiene ogni colonna, vedrai ogni riga controllata e poi importerai tutto o niente. Una cartella di lavoro Excel (.xlsx) viene letta così com'è: il suo primo foglio, con date e numeri.
import-file = File CSV o Excel (.xlsx)
import-kind = Queste persone sono
import-next = Continua
import-mapping-title = Cosa contiene ogni colonna?
import-column-none = — non presente nel file —
import-preview-title = Controlla prima di importare
import-row = Riga
import-row-ok = pronta
import-row-skip = già iscritta: saltata
import-row-errors = da correggere
import-consent-confirm = Confermo che ciascuna di queste persone ha accettato di partecipare al programma (consenso raccolto su carta o a voce).
import-commit = { $count ->
    [one] Importa una persona
   *[other] Importa { $count } persone
}
import-done = { $count ->
    [0] Nessuna persona importata
    [one] Una persona importata
   *[other] { $count } persone importate
}, già iscritte: { $skipped }.
import-empty = Il file non contiene righe da importare.
import-bad-csv = Questo file non può essere letto come CSV. Salvalo dal tuo foglio di calcolo come "CSV UTF-8" e riprova.
import-has-errors = Alcune righe del file vanno corrette prima dell'importazione. Non è stato importato nulla.
import-consent-required = Conferma che queste persone hanno accettato di partecipare.
error-number-range = Inserisci un numero intero da { $min } a { $max }.
error-scale-invalid = Scegli uno dei punti della scala.

## Passo 3 — questionari e autovalutazione iniziale
nav-questionnaires = Questionari
q-kind-newcomer_self_assessment = Autovalutazione di una persona neoarrivata
q-kind-buddy_self_assessment = Autovalutazione di un buddy
q-kind-buddy_interview = Colloquio con un buddy
q-kind-newcomer_intake = Colloquio di accoglienza di una persona neoarrivata
q-done-on = Compilato il { $date }
q-not-done = Non ancora compilato
q-fill = Compila
q-fill-with = Compila insieme alla persona
q-view = Vedi le risposte
q-by-staff-note = Stai compilando il questionario insieme alla persona, o per lei durante il colloquio. Verrà segnalato.
q-send = Salva le risposte
q-saved = Le risposte sono state salvate.
questionnaires-title = Questionari
questionnaires-intro = I questionari della tua organizzazione. Ogni modifica crea una nuova versione; le risposte già date mantengono la versione a cui hanno risposto.
q-version = Versione { $version }
q-responses = { $count ->
    [0] ancora nessuna risposta
    [one] una risposta
   *[other] { $count } risposte
}
q-edit = Modifica
q-edit-intro = La definizione qui sotto è la versione attuale, nel formato JSON descritto in docs/QUESTIONNAIRES.md. Salvarla crea una nuova versione.
q-definition-json = Definizione (JSON)
q-save-version = Salva come nuova versione
q-new-version-saved = La versione { $version } è stata salvata.
q-definition-invalid = Questa definizione non può essere usata: { $detail }
q-preview = Anteprima
assess-title = La tua autovalutazione
assess-intro = Alcune domande per capire a che punto sei oggi. Non ci sono risposte giuste o sbagliate. Il tuo buddy non vede le tue risposte.
assess-start = Inizia
assess-continue = Continua
assess-question-of = Domanda { $n } di { $total }
assess-next = Avanti
assess-back = Indietro
assess-skip = Salta questa domanda
assess-review-title = Controlla le tue risposte
assess-not-answered = Nessuna risposta
assess-change = Modifica
assess-send = Invia le mie risposte
assess-missing = Alcune domande obbligatorie non hanno ancora una risposta.
assess-done-title = Grazie
assess-done-text = Le tue risposte sono state salvate. Mostrano il tuo punto di partenza; le confronterai alla fine del programma.
baseline-title = Punto di partenza
baseline-chart-title = Autonomia in ogni ambito all'inizio, da 1 (ha bisogno di molto aiuto) a 5 (se la cava da solo/a)
baseline-area = Ambito
baseline-score = Punteggio
baseline-of-five = { $score } / { $max }
baseline-none = Ancora nessuna autovalutazione.
home-self-assessment = La tua autovalutazione
home-start-assessment = Inizia la tua autovalutazione
home-continue-assessment = Continua la tua autovalutazione
person-space = Spazio personale
person-has-account = Questa persona ha un account: vede il suo buddy, i suoi incontri e i suoi questionari.
person-invite-intro = Invita questa persona ad accedere dal suo telefono: compilerà da sola la sua autovalutazione e vedrà il suo buddy e i suoi incontri.
person-invite = Invia l'invito
person-edit-link = Correggi i dati
person-edit-title = Correggi i dati di { $name }
person-edit-intro = Correggi ciò che è stato registrato all’iscrizione. I consensi si modificano nella loro pagina.
person-edit-save = Salva le correzioni
person-edit-saved = I dati sono stati corretti.
person-invite-needs-email = Per un account serve un indirizzo e-mail, e in questa scheda non c'è.
stakeholders-export = Esporta l'elenco (CSV)
outreach-export = Esporta il registro (CSV)

## Passo 5 — formazione
nav-training = Formazione
training-title = Formazione
training-intro = I corsi di formazione della tua organizzazione: il corso per i buddy e il corso per operatrici, operatori e volontari. Un buddy è pronto per l'abbinamento quando ha completato tutti i moduli obbligatori.
training-empty = Ancora nessun corso.
course-title = Titolo
course-audience = Destinatari
audience-buddies = Buddy
audience-professionals = Operatrici, operatori e volontari
course-description = Descrizione
course-create = Crea il corso
course-modules = Moduli
course-learners = Partecipanti
course-counts = Moduli: { $modules } · Iscritti: { $enrolled } · Corso completato: { $completed }
course-no-modules = Ancora nessun modulo.
course-no-learners = Non si è ancora iscritto nessuno.
course-progress-xlsx = Scarica i progressi dei partecipanti (Excel, .xlsx)
course-completed-on = Completato il { $date }
course-in-progress = In corso: { $done } su { $total ->
    [one] { $total } modulo obbligatorio
   *[other] { $total } moduli obbligatori
}
module-add = Aggiungi un modulo
module-kind = Tipo di modulo
module-kind-capsule = Pillola formativa (testo, file o video)
module-kind-quiz = Quiz
module-kind-session = Incontro in presenza
module-title = Titolo
module-body = Contenuto o programma
module-link = Link a un video o a un file (https://…)
module-minutes = Tempo di apprendimento (minuti)
module-mandatory = Obbligatorio per i buddy
module-quiz = Domande: un blocco per domanda, la domanda sulla prima riga, un'opzione per riga, quella giusta inizia con *
module-pass-mark = Punteggio minimo per superarlo (%)
module-date = Data
module-time = Ora (HH:MM)
module-place = Luogo
module-capacity = Posti
module-when = { $when }, { $place }
module-mandatory-mark = obbligatorio
module-hours = { $minutes } min
module-record = Registra i progressi
module-record-intro = Indica chi ha seguito il modulo, ha partecipato all'incontro o ha superato il quiz.
module-record-save = Salva
module-recorded = I progressi sono stati salvati.
module-too-many = Hanno partecipato più persone dei posti disponibili. Controlla l'elenco.
progress-not_started = Non iniziato
progress-done = Completato
progress-passed = Superato ({ $score } %)
progress-failed = Non ancora superato ({ $score } %)
progress-attended = Presente
progress-absent = Assente
progress-score = Punteggio del quiz (%)
enrol-title = Iscrivi partecipanti
enrol-cohort = Gruppo (per esempio "Pilota Francia 2026")
enrol-submit = Iscrivi
enrol-none = Nessuno da iscrivere: i buddy compaiono qui una volta accettati, gli account dello staff quando hanno un ruolo nell’organizzazione.
enrolled = { $count ->
    [0] Nessuna persona iscritta
    [one] Una persona iscritta
   *[other] { $count } persone iscritte
}
learn-title = La tua formazione
learn-empty = Non sei ancora iscritto/a a nessun corso.
learn-open = Apri
learn-done-button = L'ho completato
learn-quiz-submit = Controlla le mie risposte
learn-quiz-result = Il tuo punteggio: { $score } %. Il punteggio minimo per superarlo è { $pass } %.
learn-session = Incontro il { $when }, luogo: { $place }
certificate = Attestato
certificate-title = Attestato di formazione
certificate-text = Si attesta che { $name } ha completato il corso "{ $course }", per { $hours ->
    [one] { $hours } ora
   *[other] { $hours } ore
} di formazione, il { $date }.
certificate-modules = Moduli completati
certificate-print = Stampa questa pagina o salvala come PDF dal tuo browser.
error-quiz-format = Scrivi ogni domanda su una riga a sé, poi le sue opzioni, una per riga, di cui una sola inizia con *; lascia una riga vuota tra una domanda e l'altra.
error-link-invalid = Inserisci un link che inizi con https://
error-time-invalid = Inserisci un orario come 14:30.
error-time-zone-invalid = Indica un fuso orario come Europe/Rome.
error-training-not-done = Il buddy può essere pronto per l'abbinamento solo quando ha completato tutti i moduli obbligatori della formazione.
home-training-own = La tua formazione
form-yes = Sì
form-no = No

## Passo 4 — pre-abbinamento
match-title = Pre-abbinamento
match-intro = La proposta abbina il maggior numero possibile di persone neoarrivate, poi cerca il punteggio totale migliore. Leggi ogni spiegazione, blocca le coppie che hai deciso, escludi quelle che non devono formarsi e conferma: nessun abbinamento è fatto finché non lo fai tu.
match-summary = Persone neoarrivate abbinate: { $matched } su { $mentees }. Buddy pronti per l'abbinamento: { $mentors }.
match-none-ready = In questo programma nessuno è ancora pronto per l'abbinamento.
match-proposals = Coppie proposte
match-score = Compatibilità: { $score } %
match-criterion = Criterio
match-weight = Peso
match-subscore = Punteggio
match-why = Perché
match-confirm = Conferma questa coppia
match-lock = Blocca
match-unlock = Sblocca
match-locked = bloccata
match-exclude = Escludi questa coppia
match-exclude-reason = Motivo dell'esclusione (conflitto, parentela, una coppia passata…)
match-others = Altri buddy più adatti
match-unmatched = Persone rimaste senza buddy
match-blocked = Perché i singoli buddy non sono possibili
match-excluded-title = Coppie escluse
match-clear = Consenti di nuovo
match-weights-title = Pesi dei criteri (da 0 a 10)
match-weights-save = Salva e ricalcola
match-weights-unreadable = Non è stato possibile leggere i pesi salvati per questo programma: qui sotto sono mostrati i pesi predefiniti, usati per questa proposta.
match-weights-unreadable-fix = Salva nuovi pesi
match-manual-title = Abbinamento manuale
match-manual-intro = Scegli una coppia diversa da quella proposta e spiega perché: il motivo viene registrato.
match-manual-mentee = Persona neoarrivata
match-manual-mentor = Buddy
match-manual-reason-label = Motivo
match-manual-submit = Abbinali
match-manual = Abbinamento fatto a mano
match-manual-reason = Spiega perché li abbini in modo diverso dalla proposta.
match-weight-invalid = Ogni peso è un numero da 0 a 10, e almeno uno deve essere maggiore di 0.
match-done-confirmed = La coppia viene proposta a entrambe le persone.
match-done-marked = Salvato; la proposta viene ricalcolata.
match-done-weights = I pesi sono salvati; la proposta viene ricalcolata.
criterion-needs = Bisogni e competenze
criterion-language = Lingue in comune
criterion-host-language = Lingua del Paese ospitante
criterion-goals = Obiettivi
criterion-interests = Interessi
criterion-expectations = Aspettative
criterion-availability = Disponibilità
criterion-place = Luogo
criterion-age = Età
criterion-gender = Genere
criterion-capacity = Posti liberi del buddy
match-gender-female = una donna
match-gender-male = un uomo
match-gender-other = una persona di altro genere
match-shared-native-language = Stessa prima lingua: { $language }
match-common-language = Lingua comune: { $language } (livello { $level })
match-no-common-language = Nessuna lingua in comune a livello { $level } o superiore
match-communicates-beyond-host-language = Possono comunicare anche in una lingua diversa da { $language }
match-host-language-level = Livello in { $language }: { $level }
match-needs-met = Bisogni coperti ({ $count } su { $needs }): { $met }
match-needs-unknown = Bisogni non noti
match-shared-goals = Obiettivi comuni: { $goals }
match-no-shared-goals = Nessun obiettivo in comune
match-goals-unknown = Obiettivi non noti
match-shared-interests = Interessi comuni: { $interests }
match-no-shared-interests = Nessun interesse in comune
match-interests-unknown = Interessi non noti
match-shared-expectations = Stesse aspettative: { $expectations }
match-no-shared-expectations = Aspettative diverse
match-expectations-unknown = Aspettative non note
match-availability-overlap = Fasce orarie in comune a settimana: { $slots }
match-availability-unknown = Disponibilità non nota
match-distance-km = Distanza: { $km } km
match-same-area = Stessa zona: { $area }
match-different-area = Zone diverse
match-place-unknown = Luogo non noto
match-age-gap = Differenza di età in anni: { $years }
match-age-unknown = Età non nota
match-same-gender = Stesso genere
match-different-gender = Generi diversi
match-gender-unknown = Genere non noto
match-mentor-room = Posti liberi: { $free } su { $capacity }
match-gender-preference-mentee = La persona neoarrivata preferisce { $preference }
match-gender-preference-mentor = Il buddy preferisce { $preference }
match-excluded-by-coordinator = Coppia esclusa da chi coordina il programma
match-mentor-at-capacity = Il buddy non ha più posti liberi (posti: { $capacity })
match-mentor-not-eligible = Il buddy non è pronto per l'abbinamento
match-no-possible-mentor = Nessun buddy è possibile per questa persona neoarrivata.
match-mentors-taken = { $count ->
    [one] L'unico buddy possibile è già abbinato a un'altra persona neoarrivata.
   *[other] I { $count } buddy possibili sono già abbinati ad altre persone neoarrivate.
}

## Passo 6 — abbinamento e primo incontro
pair-mail-subject = Ti viene proposto un abbinamento
pair-mail-body = Ciao { $name },

    il programma ti propone di incontrare { $other }. Scopri di chi si tratta e rispondi qui:

    { $link }
pair-proposal-title-mentor = Ti viene proposta una persona neoarrivata
pair-proposal-title-mentee = Ti viene proposto un buddy
pair-proposal-intro = Vuoi incontrare questa persona? Se no, spiega perché: chi coordina il programma cercherà qualcun altro.
pair-accept = Sì, accetto
pair-decline = No, grazie
pair-decline-reason = Perché no? (necessario per rifiutare)
pair-answer-accepted = Hai accettato. Chi coordina il programma organizzerà il vostro primo incontro.
pair-answer-declined = Hai rifiutato questa proposta.
pair-answer-waiting = in attesa di risposta
pair-status-proposed = Proposta, in attesa delle risposte
pair-status-accepted = Accettata da entrambe le persone; primo incontro e accordo ancora da fare
pair-status-declined = Rifiutata
pair-status-active = Attiva
pair-step-meeting = Primo incontro
pair-step-agreement = Accordo di accompagnamento
pair-step-signatures = Accordo accettato da entrambe le persone
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Salva la data
pair-meeting-held = Il primo incontro si è svolto
pair-meeting-invalid = Inserisci una data (anno-mese-giorno) e un orario come 14:30.
pair-not-ready = Non è ancora possibile: prima entrambe le persone devono aver accettato la proposta (e deve essere fissata la data del primo incontro).
pair-saved = Salvato.
pair-agreement-title = Accordo di accompagnamento
pair-goals = Obiettivi
pair-goals-text = Gli obiettivi con parole tue
pair-rhythm = Frequenza degli incontri
rhythm-weekly = Ogni settimana
rhythm-fortnightly = Ogni due settimane
rhythm-monthly = Ogni mese
pair-months-label = Durata prevista (mesi)
pair-months = { $months ->
    [one] un mese
   *[other] { $months } mesi
}
pair-boundaries = Limiti (cosa non fa il buddy)
pair-confidentiality = La riservatezza è stata spiegata a entrambe le persone: ciò che si dice resta tra loro e lo staff del programma, salvo per proteggere qualcuno da un danno.
pair-confidentiality-short = Riservatezza
pair-confidentiality-text = Ciò che si dice resta tra la coppia e lo staff del programma, salvo per proteggere qualcuno da un danno.
pair-agreement-save = Salva l'accordo
pair-paper-signed = Firmato su carta da entrambe le persone
pair-agreement-accept = Accetto questo accordo
pair-agreement-signed = Hai accettato questo accordo.
pair-agreement-none = L'accordo non è ancora stato scritto.
home-pending = In attesa di te
home-pending-proposal = Una proposta a cui rispondere
home-pending-agreement = Un accordo da leggere e accettare
error-agreement-goals = Scegli almeno un obiettivo, oppure scrivine uno.
error-months-invalid = Inserisci un numero di mesi da 1 a 24.
error-confidentiality-required = Conferma che la riservatezza è stata spiegata a entrambe le persone.
match-in-setup = Coppie in avvio
pair-checklist-accepted = ha accettato
pair-checklist-declined = ha rifiutato

## Passo 7 — incontri tra pari
nav-calendar = Calendario
pair-title-with = Tu e { $name }
pair-title-staff = { $buddy } e { $newcomer }
pair-log-session = Registra un incontro
pair-plan-session = Programma un incontro
pair-all-sessions = Tutti gli incontri
pair-planned-sessions = Incontri in programma
pair-held-sessions = Incontri svolti
pair-no-held-sessions = Ancora nessun incontro registrato.
pair-calendar-link = Aggiungi i tuoi incontri al calendario del telefono
session-log-title = Registra un incontro
session-plan-title = Programma un incontro
session-log-intro = Un incontro che hai avuto con { $name }. Bastano pochi secondi.
session-plan-intro = Il tuo prossimo incontro con { $name }. Comparirà nel tuo calendario.
session-date = Data
session-time = Ora ({ $zone })
session-duration = Durata in minuti
session-mode = Come vi siete incontrati?
session-mode-label-in_person = Di persona
session-mode-label-online = Online
session-mode-label-phone = Al telefono
session-place = Luogo (facoltativo)
session-topics = Di cosa si è trattato?
session-summary = Che cosa avete fatto? Basta una frase.
session-summary-planned = Che cosa pensate di fare? (facoltativo)
session-rating = Com'è andata?
session-rating-1 = 1 · male
session-rating-2 = 2
session-rating-3 = 3 · abbastanza bene
session-rating-4 = 4
session-rating-5 = 5 · molto bene
session-log-submit = Salva l'incontro
session-plan-submit = Programma l'incontro
session-cancel = Annulla
session-saved = L'incontro è stato salvato.
session-removed = L'incontro è stato eliminato.
session-change-title = Modifica l'incontro
session-change-intro = Un incontro con { $name }: correggi ciò che serve.
session-change-submit = Salva le modifiche
session-call-off = Annulla questo incontro
session-remove = Elimina questo incontro
session-change = Modifica o elimina
session-minutes = { $count ->
    [one] un minuto
   *[other] { $count } minuti
}
session-rating-of = Com'è andata: { $rating } su 5
session-logged-by-you = Registrato da te
session-logged-by = Registrato da { $name }
session-logged-by-staff = Registrato dallo staff del programma
session-confirmed = Confermato
session-confirmed-by-you = Confermato da te
session-confirmed-by = Confermato da { $name }
session-confirm = Conferma questo incontro
error-session-future = Un incontro già svolto non può essere nel futuro. Per programmarne uno, usa "Programma un incontro".
error-session-past = Un incontro in programma non può essere nel passato. Per registrarne uno che si è già svolto, usa "Registra un incontro".
error-session-too-far = Scegli una data entro un anno da oggi.
error-duration-invalid = Inserisci una durata da 5 a 600 minuti.
error-topics-required = Seleziona almeno un argomento.
error-rating-required = Indica com'è andata, da 1 a 5.
error-rating-invalid = Scegli un numero da 1 a 5.
error-rating-planned = Un incontro in programma non può ancora essere valutato.
calendar-title = Il tuo calendario
calendar-intro = I tuoi incontri in programma, nell'app calendario del tuo telefono o del tuo computer.
calendar-download = Scarica il calendario (.ics)
calendar-feed = Link privato al calendario
calendar-feed-intro = Iscriviti a questo link nella tua app calendario: i tuoi incontri in programma compaiono lì e restano aggiornati. Chiunque abbia il link può vederli, quindi tienilo per te; rinnovalo se è stato condiviso.
calendar-feed-new = Il tuo nuovo link privato. Copialo nella tua app calendario:
calendar-feed-once = Per la tua privacy viene mostrato solo adesso. Se lo perdi, rinnovalo.
calendar-feed-since = Un link privato è attivo dal { $when }.
calendar-feed-none = Non hai un link privato.
calendar-feed-create = Crea un link privato
calendar-feed-renew = Rinnova il link (quello vecchio smetterà di funzionare)
calendar-feed-revoke = Revoca il link
calendar-name = Incontri buddy
calendar-event-summary = Incontro buddy con { $name }
reminder-subject = È ora di vedere { $other }?
reminder-body = Ciao { $name },

    la tua coppia con { $other } non ha registrato nessun incontro da { $days } giorni. Se vi siete visti, registra l'incontro; altrimenti, programma il prossimo:

    { $link }

    Se qualcosa non va, parlane con chi coordina il programma.
session-log-planned = Si è svolto: registralo
programme-pairs = Coppie
enrol-buddies = Buddy
enrol-staff = Professionisti e volontari con un account
course-cohorts = Gruppi
cohort-enrolled = Iscritti
cohort-completed = Completato
cohort-modules = Moduli obbligatori svolti
cohort-progress = { $done } su { $total }
module-files = File
module-files-none = Ancora nessun file.
module-file-upload = Allega un file
module-file-hint = Un PDF, un’immagine PNG o JPEG o testo semplice; al massimo { $size } MB. I partecipanti lo scaricano.
module-file-submit = Carica
module-texts = Traduzioni
module-texts-intro = Il titolo e il testo in altre lingue. Ognuno legge nella propria lingua, o in quella del corso se manca la traduzione.
module-text-language = Lingua
module-text-save = Salva la traduzione
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = Scegli un file da caricare.
file-unreadable = Impossibile leggere il file. Riprova.
file-too-large = Il file è troppo grande: al massimo { $size } MB.
file-type-refused = Questo tipo di file non è accettato. Invia un PDF, un’immagine PNG o JPEG o testo semplice.
learn-files = File da scaricare
cohort-name = Gruppo
module-file-delete = Rimuovi

## Accesso e portabilità: l'esportazione dei dati di una persona, il registro degli accessi
export-link = Esporta tutti i suoi dati
export-mine-link = Scarica tutti i miei dati
export-json-link = Scarica come file (JSON)
export-title-of = Dati conservati su { $name }
export-title-mine = Tutti i miei dati
export-generated = Creato il { $date }. Stampa questa pagina per conservarla su carta.
export-staff-note = Questo documento è mostrato in { $language }, la lingua della persona, perché tu possa consegnarglielo.
export-account = Account
export-name = Nome
export-email = E-mail
export-language = Lingua
export-roles = Ruoli
export-programme = Programma
export-profile = Profilo e iscrizione
export-answers = Risposte ai questionari
export-training = Formazione
export-enrolled-on = Iscritto/a il { $date }
export-completed-on = Completato il { $date }
export-pairs = Coppie e incontri
export-pair-with = Con { $name } ({ $role })
export-started-on = Iniziata il
export-agreement-written = Scritto, non ancora accettato
export-decline-reason = Motivo del rifiuto
access-link = Chi ha consultato questa scheda
erase-link = Cancella i dati di questa persona
erase-title = Cancella i dati di { $name }
erase-warning = La cancellazione non si può annullare. Esporta prima i dati se la persona ne vuole una copia.
erase-what-goes = Cosa sarà cancellato
erase-what-stays = Cosa resta
erase-item-record = La scheda di { $name }: nome, contatti, lingue, origine, anno di nascita, disponibilità, ciò che ha scritto all'iscrizione
erase-item-consents = { $count ->
    [one] un consenso
   *[other] { $count } consensi
}
erase-item-reasons = { $count ->
    [one] il motivo di un cambio di stato
   *[other] i motivi di { $count } cambi di stato
}
erase-item-answers = { $count ->
    [one] le risposte a un questionario
   *[other] le risposte a { $count } questionari
}
erase-item-goals = { $count ->
    [one] il titolo di un obiettivo
   *[other] i titoli di { $count } obiettivi
}
erase-item-pairs = { $count ->
    [one] note, motivi, luogo d'incontro e accordo di una coppia
   *[other] note, motivi, luoghi d'incontro e accordi di { $count } coppie
}
erase-item-sessions = { $count ->
    [one] il riassunto e il luogo di un incontro
   *[other] i riassunti e i luoghi di { $count } incontri
}
erase-item-marks = { $count ->
    [one] il motivo di una decisione di abbinamento
   *[other] i motivi di { $count } decisioni di abbinamento
}
erase-item-invitations = { $count ->
    [one] un invito
   *[other] { $count } inviti
}
erase-item-messages = { $count ->
    [one] un messaggio inviato alla persona o che la nomina
   *[other] { $count } messaggi inviati alla persona o che la nominano
}
erase-item-account = il suo account { $email }, con password, sessioni e accesso in due passaggi
erase-item-account-kept = Il suo account resta, senza legame con questa scheda: ha un altro ruolo o un'altra scheda.
erase-kept = Resta una scheda senza nome perché i conteggi restino giusti: buddy o nuovo arrivato, programma, fase, stato e date. L'altro membro della coppia conserva la propria storia, senza il nome di questa persona. Il registro di audit conserva le sue righe, che contengono solo numeri e codici.
erase-confirm = Ho verificato che questa persona ha chiesto la cancellazione, o che i suoi dati non vanno più conservati
erase-submit = Cancella ora
erase-cancel = Annulla e torna alla scheda
erase-confirm-needed = Spunta la casella per confermare la cancellazione.
erase-done-title = Dati cancellati
erase-done = I dati della persona sono stati cancellati. La scheda non si apre più.
erase-back = Torna al programma
nav-retention = Conservazione
retention-title = Per quanto tempo si conservano le schede
retention-intro = Quando una persona ha lasciato il programma (ex partecipante, non accettata o ritirata) e non ha coppie aperte, i suoi dati sono cancellati un certo numero di mesi dopo l'ultima attività. m4m lo fa ogni giorno; questa pagina elenca ciò che scade nei prossimi 30 giorni, per poterlo controllare.
retention-period-default = Le schede chiuse sono cancellate { $months ->
    [one] { $months } mese
   *[other] { $months } mesi
} dopo l'ultima attività (predefinito).
retention-period = Le schede chiuse sono cancellate { $months ->
    [one] { $months } mese
   *[other] { $months } mesi
} dopo l'ultima attività.
retention-months = Mesi di conservazione delle schede chiuse
retention-save = Salva
retention-saved = Il periodo di conservazione è stato salvato.
retention-due-title = In scadenza nei prossimi 30 giorni
retention-none-due = Niente scade nei prossimi 30 giorni.
retention-col-name = Persona
retention-col-why = Perché
retention-col-when = Cancellata il
retention-why = { $status }, ultima attività il { $date }
error-retention-months = Indica un numero intero di mesi tra 1 e 120.
access-title = Chi ha consultato i dati
access-title-of = Chi ha consultato la scheda di { $name }
access-intro = Ogni volta che qualcuno ha letto, modificato o esportato questa scheda, dal più recente.
access-empty = Nessuno ha ancora consultato questa scheda.
access-back = Torna alla scheda
access-when = Quando
access-who = Chi
access-what = Cosa
access-system = m4m stesso
audit-other = Altra azione ({ $code })
audit-participant-read = Ha letto la scheda
audit-participant-answers_read = Ha letto le risposte a un questionario
audit-participant-access_log = Ha letto chi ha consultato la scheda
audit-participant-export = Ha esportato i dati
audit-participant-register = Iscrizione
audit-participant-status = Ha cambiato lo stato
audit-participant-keep_apart = Ha distinto da un possibile doppione
audit-participant-merge = Ha unito un doppione alla scheda
audit-programme-export = Ha esportato l'elenco del programma, con questa scheda
audit-programme-export_xlsx = Ha esportato l'elenco del programma, con questa scheda (Excel, .xlsx)
audit-response-complete = Ha completato un questionario
audit-matching-mark = Ha segnato una coppia candidata
audit-course-enrol = Iscrizione a un corso
audit-module-progress = Ha registrato un progresso nella formazione
audit-pair-read = Ha letto la coppia
audit-pair-propose = Ha proposto una coppia
audit-pair-accepted = Ha accettato la coppia
audit-pair-declined = Ha rifiutato la coppia
audit-pair-start = Ha avviato la coppia
audit-pair-first_meeting = Ha fissato il primo incontro
audit-pair-first_meeting_held = Ha registrato il primo incontro
audit-pair-agreement = Ha scritto l'accordo
audit-pair-agreement_signed = Ha accettato l'accordo
audit-pair-reminder = Ha inviato un promemoria
audit-peer_session-planned = Ha pianificato un incontro
audit-peer_session-held = Ha registrato un incontro
audit-peer_session-confirm = Ha confermato un incontro
audit-user-create = Ha creato l'account
audit-user-activate = Ha riattivato l'account
audit-user-deactivate = Ha disattivato l'account
audit-user-export = Ha esportato i dati dell'account
audit-invitation-accept = Ha accettato l'invito
audit-login = Accesso
audit-login-failed = Accesso non riuscito
audit-login-throttled = Accesso bloccato dopo troppi tentativi falliti
audit-logout = Uscita
audit-calendar_feed-open = Ha aperto un feed del calendario
audit-calendar_feed-revoke = Ha revocato il feed del calendario
audit-access-denied = Accesso negato

# Concerns (step 8)
concern-severity = Quanto è grave?
concern-severity-low = Bassa: è bene saperlo
concern-severity-medium = Media: serve parlarne
concern-severity-high = Alta: bisogna agire presto
concern-severity-urgent = Urgente: la sicurezza di qualcuno è in pericolo
concern-status-open = Aperta
concern-status-acknowledged = Presa in carico
concern-status-action_taken = Intervento effettuato
concern-status-closed = Chiusa
concern-error-move = Scegli uno dei prossimi passi proposti.
concern-error-severity = Scegli quanto è grave.
concern-new-title = Fai una segnalazione
concern-about-my-pair = la tua coppia con { $name }
concern-about-me = te stesso/a
concern-intro-about = Riguarda: { $about }.
concern-intro-who = Solo chi coordina i programmi della tua organizzazione potrà leggerla. Puoi seguirla da qui.
concern-intro-other = { $name } non ne saprà nulla.
concern-intro-urgent = Se qualcuno è in pericolo in questo momento, chiama prima il numero di emergenza (112).
concern-summary = In poche parole
concern-text = Che cosa è successo (facoltativo)
concern-send = Invia a chi coordina il programma
concern-title = Segnalazione
concern-sent = La tua segnalazione è stata inviata a chi coordina il programma.
concern-moved = La segnalazione è stata aggiornata.
concern-open-subject = Apri
concern-history = Che cosa è stato fatto
concern-no-moves = Chi coordina il programma non l'ha ancora letta.
concern-next = Prossimo passo
concern-move-legend = Nuovo stato
concern-move-note = Nota (che cosa è stato fatto, per il registro)
concern-move-submit = Salva
concern-move-to-acknowledged = Presa in carico: l'abbiamo letta
concern-move-to-action_taken = Intervento effettuato
concern-move-to-closed = Chiusa
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = Segnalata il { $date } da { $name }
concern-raised-on = Segnalata il { $date }
concern-mail-subject = Segnalazione urgente su m4m
concern-mail-body = Nella tua organizzazione è stata fatta una segnalazione urgente. Leggila e prendila in carico appena puoi: { $link }
concerns-title = Segnalazioni · { $programme }
concerns-intro = Tutte le segnalazioni di questo programma: prima quelle aperte, in alto le più urgenti.
concerns-none = Nessuna segnalazione in questo programma.
concerns-link = Segnalazioni
home-concerns = Segnalazioni da seguire
home-concerns-more = Qui sono mostrate le { $count } più urgenti; tutte le segnalazioni sono nel registro del loro programma:
home-raise-concern = Qualcosa ti preoccupa? Dillo a chi coordina il programma
home-your-concerns = Le tue segnalazioni
pair-raise-concern = Fai una segnalazione su questa coppia
person-raise-concern = Fai una segnalazione su questa persona
audit-concern-raise = Ha fatto una segnalazione
audit-concern-move = Ha aggiornato una segnalazione
audit-concern-read = Ha letto una segnalazione

# Supervision (step 8)
supervision-title = Supervisione
supervision-new-title = Registra una supervisione
supervision-intro = Un incontro con un buddy o con un gruppo: di cosa avete parlato, le tue note e che cosa farà ciascuno dopo. I buddy vedono che la supervisione si è svolta e le azioni affidate a loro, mai le tue note.
supervision-no-buddies = Nessun buddy ti ha ancora come supervisore/a: chiedi a chi coordina il programma di assegnarteli, oppure registra la supervisione dalla scheda del buddy.
supervision-format = Modalità
supervision-format-one_to_one = Individuale
supervision-format-group = Di gruppo
supervision-held-on = Data
supervision-buddies = Buddy presenti
supervision-topics = Argomenti
supervision-topic-boundaries = Limiti del ruolo
supervision-topic-wellbeing = Il benessere del buddy stesso
supervision-topic-cultural = Differenze culturali
supervision-topic-practical = Questioni pratiche e amministrative
supervision-topic-difficult_situation = Una situazione difficile
supervision-topic-motivation = Motivazione e tempo
supervision-topic-safeguarding = Tutela e protezione
supervision-topics-text = Altri argomenti
supervision-notes = Note
supervision-notes-hint = Visibili solo a chi supervisiona i buddy e a chi coordina il programma.
supervision-actions = Azioni successive
supervision-action-text = Azione
supervision-action-owner = Chi
supervision-action-due = Entro il
supervision-owner-me = Io
supervision-save = Salva la supervisione
supervision-saved = La supervisione è stata salvata.
supervision-when = { $date } · { $format }
supervision-recorded-by = Registrata da { $name }
supervision-due = entro il { $date }
supervision-done-on = fatta il { $date }
supervision-your-actions = Le tue azioni
supervision-no-actions = Nessuna azione.
supervision-mark-done = Fatto
supervision-add-action = Aggiungi un'azione
supervision-error-format = Scegli individuale o di gruppo.
supervision-error-future = La data non può essere nel futuro.
supervision-error-buddy = Scegli tra i buddy elencati.
supervision-error-no-buddy = Seleziona almeno un buddy.
supervision-error-one = Una supervisione individuale riguarda esattamente un buddy.
supervision-error-topic = Scegli tra gli argomenti elencati.
supervision-error-owner = Un'azione spetta a un buddy presente oppure a te.
home-open-actions = { $count ->
    [0] nessuna azione aperta
    [one] un'azione aperta
   *[other] { $count } azioni aperte
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] un buddy
   *[other] { $count } buddy
}
home-last-supervision = Ultima supervisione
home-no-supervision-yet = ancora nessuna
home-recorded-supervisions = Supervisioni che hai registrato
home-my-supervision = Supervisione
audit-supervision-record = Ha registrato una supervisione
audit-supervision-action = Ha aggiunto un'azione di supervisione
audit-supervision-action_done = Ha segnato come fatta un'azione di supervisione
audit-supervision-read = Ha letto una supervisione

# Needs you today (step 9)
attention-title = Da fare oggi
attention-intro = Ogni coppia a rischio, con i suoi motivi, e ciò che aspetta qualcuno: ogni voce porta a ciò che c'è da fare.
attention-none = Oggi non c'è niente che ti aspetta.
attention-at-risk = Coppie a rischio
attention-waiting = In attesa di qualcuno
attention-see-all = Vedi tutto l'elenco
risk-urgent-concern = C'è una segnalazione urgente aperta
risk-open-concern = { $count ->
    [one] C'è una segnalazione aperta
   *[other] Ci sono { $count } segnalazioni aperte
}
risk-no-session = Nessun incontro da { $days } giorni
risk-first-meeting-overdue = Primo incontro previsto il { $date }, non registrato
risk-agreement-ends = L'accordo termina il { $date }
waiting-answer = Proposta ancora senza risposta
waiting-signature = Accordo non ancora accettato da entrambe le persone
waiting-confirmation = { $count ->
    [one] Un incontro attende conferma da più di una settimana
   *[other] { $count } incontri attendono conferma da più di una settimana
}

# Goals of the pair (step 9)
goals-title = Obiettivi della coppia
goals-intro = Gli obiettivi su cui vi siete accordati. Indica a che punto è ciascuno ora, rispetto a quello che vi aspettavate: ogni risposta viene conservata, così puoi vedere la strada fatta.
goals-none = Ancora nessun obiettivo: arrivano dall'accordo quando la coppia inizia.
goals-history = A che punto era
goals-when = Data
goals-score = A che punto è
goals-by = Da
goals-comment = Commento (facoltativo)
goals-where = A che punto è adesso?
goals-save = Salva
goals-saved = Salvato. Grazie.
goal-error-score = Scegli un punto della scala, da −2 a +2.
gas-much-less = molto meno del previsto
gas-less = meno del previsto
gas-expected = come previsto
gas-more = più del previsto
gas-much-more = molto più del previsto
audit-goal-progress = Ha registrato a che punto è un obiettivo
home-goal-not-rated = non ancora valutato
home-goal-record = Indica a che punto è

# Check-ins (step 9)
checkin-title = Come sta andando?
checkin-intro = Qualche domanda sul tempo che passi con { $name }. Ci vuole un minuto; solo lo staff del programma legge le tue risposte.
checkin-satisfaction = Quanto sei soddisfatto/a dei vostri incontri?
checkin-satisfaction-1 = 1 · per niente
checkin-satisfaction-2 = 2 · non molto
checkin-satisfaction-3 = 3 · così così
checkin-satisfaction-4 = 4 · soddisfatto/a
checkin-satisfaction-5 = 5 · molto soddisfatto/a
checkin-satisfaction-short = Soddisfazione
checkin-met = Quanto spesso vi siete visti ultimamente?
checkin-met-short = Incontri
checkin-met-weekly = Ogni settimana
checkin-met-fortnightly = Ogni due settimane
checkin-met-monthly = Una volta al mese
checkin-met-less = Meno spesso
checkin-met-never = Per niente
checkin-helped = Che cosa ti ha aiutato? (facoltativo)
checkin-difficult = Che cosa è difficile? (facoltativo)
checkin-send = Invia
checkin-thanks = Grazie: lo staff ha ricevuto le tue risposte.
checkin-nothing-due = Al momento non è prevista nessuna verifica periodica. Ti faremo di nuovo qualche domanda tra un po'.
checkin-error-satisfaction = Scegli da 1 a 5.
checkin-error-met = Scegli quanto spesso vi siete visti.
home-pending-checkin = Come va con { $name }? (un minuto)
pair-checkins = Verifiche periodiche
risk-low-satisfaction = Soddisfazione a { $score } su 5
risk-missed-checkin = La verifica periodica del { $date } è rimasta senza risposta
audit-checkin-answer = Ha risposto a una verifica periodica
baseline-done-on = Autovalutazione fatta il { $date }.

# Staff contacts (step 9)
contacts-title = Contatti dello staff
contacts-intro = Le tue chiamate, visite e messaggi a questa coppia: due volte nel primo mese, poi una volta al mese.
contacts-kind = Come
contacts-note = Nota (facoltativa)
contacts-save = Registra il contatto
contact-kind-call = Chiamata
contact-kind-visit = Visita
contact-kind-message = Messaggio
contact-error-kind = Scegli chiamata, visita o messaggio.
waiting-contact = È previsto un contatto dello staff
audit-pair-contact = Ha registrato un contatto con una coppia
checkin-mail-subject = Come va con { $other }?
checkin-mail-body = Ciao { $name }, qualche domanda sui tuoi incontri con { $other }: un minuto, dal telefono. Solo lo staff del programma legge le tue risposte. { $link }
attention-pager-risk = Coppie a rischio { $first }–{ $last } di { $total }
attention-pager-wait = In attesa { $first }–{ $last } di { $total }
pager-previous = Precedenti
pager-next = Successivi
moment-initial = All'inizio
moment-midterm = A metà percorso
moment-final = Alla fine
baseline-change-title = Che cosa è cambiato dall'inizio
baseline-change = Variazione
baseline-moments-chart-title = Autonomia in ogni ambito a ogni autovalutazione, da 1 (ha bisogno di molto aiuto) a 5 (se la cava da solo/a)
home-midterm-due = Sei a metà percorso: è il momento di rivedere a che punto sei, con le stesse domande dell'inizio.
home-start-midterm = La tua autovalutazione di metà percorso

# Added since the last pass
person-erased = persona cancellata
notes-title = Note riservate
notes-intro = Situazione di salute o legale che chi coordina il programma deve conoscere. Solo chi coordina i programmi di questa organizzazione vede queste note: non sono mostrate ai buddy, a chi supervisiona, a chi fa formazione né in alcun elenco, e sono incluse nell'esportazione dei dati della persona stessa.
notes-label = Note (al massimo 4.000 caratteri)
notes-save = Salva le note
notes-saved = Le note riservate sono salvate.
follow-up-title = Supervisione e disponibilità
follow-up-intro = Chi supervisiona questo buddy e quante persone nuove arrivate accompagna contemporaneamente. Il pre-abbinamento lo propone finché ha meno coppie in corso.
follow-up-supervisor = Supervisore
follow-up-nobody = Ancora nessuno
follow-up-capacity = Persone accompagnate contemporaneamente
follow-up-save = Salva
follow-up-saved = Supervisore e disponibilità del buddy salvati.
error-supervisor-choice = Scegli un supervisore dall’elenco.
error-capacity-range = Indica un numero intero da 1 a 5.
error-capacity-below-pairs = Questo buddy ha già più coppie in corso: mantieni un numero più alto o chiudi prima una coppia.
error-follow-up-changed = Le coppie di questo buddy o lo staff sono cambiati nel frattempo: controlla e salva di nuovo.
erase-item-notes = Le note riservate (salute, situazione legale)
pair-first-meeting = Il tuo primo incontro
pair-open = Apri la pagina della tua coppia
pair-meeting-not-yet = Il primo incontro non si è ancora svolto: registralo quando arriva la sua data.
pair-already-answered = A questa proposta è già stata data una risposta.
pair-not-started = Gli incontri si possono registrare quando la coppia è iniziata.
home-pending-first-meeting = Primo incontro: { $meeting }
calendar-first-meeting-summary = Primo incontro con { $name }
programme-at-step = { $n } · { $name }
programme-all-people = Tutte le persone del programma

## Closing a pair (step 10)
pair-status-completed = Concluso
pair-status-ended_early = Terminato in anticipo
pair-not-open = Questa coppia è già chiusa.
close-title = Chiudi la coppia
close-intro = Chiusura della coppia di { $buddy } e { $newcomer }: dite perché finisce e cosa viene dopo per ciascuno.
close-planned-end = Il suo accordo vale fino al { $date }.
close-effect-sessions = { $count ->
    [0] Nessun incontro previsto da annullare.
    [one] L'incontro previsto viene annullato.
   *[other] I { $count } incontri previsti vengono annullati.
}
close-effect-checkins = Verifiche e promemoria si fermano; a entrambi viene chiesto il questionario finale.
close-reason = Perché la coppia finisce?
close-reason-planned_end = Il periodo concordato è finito
close-reason-goals_reached = Obiettivi raggiunti in anticipo
close-reason-moved_away = La persona accompagnata si è trasferita
close-reason-lost_contact = Contatto perso
close-reason-conflict = Conflitto tra i due
close-reason-safeguarding = Tutela e sicurezza
close-reason-other = Un altro motivo
close-on = Chiusa il
close-meeting = Incontro di chiusura (facoltativo)
close-meeting-hint = Il giorno dell'ultimo incontro con entrambi, se c'è stato.
close-note = Nota per il gruppo di lavoro
close-rematch = { $name } può essere abbinato/a di nuovo?
close-save = Chiudi la coppia
close-done = La coppia è chiusa.
close-error-future = Questo giorno non è ancora arrivato.
close-error-before-start = È prima dell'inizio della coppia.
close-error-note-other = Indicate l'altro motivo.
error-choose-yes-no = Scegliete sì o no.
error-close-pairs-first = Chiudete prima la coppia di questa persona: la chiusura dice perché è finita.
pair-closed-on = Chiusa il { $date }: { $reason }
pair-closing-meeting-on = Incontro di chiusura il { $date }
audit-pair-close = Ha chiuso la coppia
audit-pair-exit_answer = Ha risposto al questionario finale
exit-title = Questionario finale
exit-intro-buddy = Il vostro periodo come buddy di { $name } è finito. Quattro domande, un minuto: solo il gruppo del programma legge le vostre risposte.
exit-intro-newcomer = Il vostro periodo con { $name } come buddy è finito. Quattro domande, un minuto: solo il gruppo del programma legge le vostre risposte.
exit-satisfaction = Nel complesso, quanto siete soddisfatti?
exit-recommend = Consigliereste di avere un buddy a qualcuno al vostro posto?
exit-recommend-short = Lo consiglierebbe
exit-changed = Dove è cambiato qualcosa per voi?
exit-changed-short = Cosa è cambiato
exit-comment = Altro che volete dirci (facoltativo)
exit-send = Invia
exit-thanks = Grazie: le vostre risposte sono salvate.
exit-final-assessment = Un ultimo passo: la vostra autovalutazione finale
home-pending-exit = Il vostro periodo con { $name } è finito: il questionario finale (un minuto)
home-final-due = La vostra coppia è finita: rispondete ancora una volta alle stesse domande dell'inizio, per vedere quanta strada avete fatto.
home-start-final = La vostra autovalutazione finale
become-buddy-title = Diventa buddy
become-buddy-home = Sapete com'è il primo periodo. Il vostro accompagnamento è finito: ora potete accompagnare chi è appena arrivato.
become-buddy-intro = I vostri dati sono già compilati dal vostro periodo da persona accompagnata: controllateli, dite come potete aiutare e date di nuovo il consenso — è un nuovo ruolo.
assess-done-midterm = Le vostre risposte sono salvate. Eccole accanto a quelle dell'inizio; risponderete ancora una volta alla fine.
assess-done-final = Le vostre risposte sono salvate. Ecco la strada fatta dall'inizio, ambito per ambito.
person-pairs = Coppie
programme-edit-title = Modifica il programma
programme-edit-intro = Date, stato e obiettivi, e come vengono seguite le coppie: quando una coppia è a rischio, quando scadono le verifiche e l'autovalutazione intermedia.
programme-save = Salva
programme-saved = Il programma è salvato.
programme-field-risk-no-session = Una coppia è a rischio dopo questi giorni senza incontri
programme-field-risk-ending = Segnala una coppia questi giorni prima della fine dell'accordo
programme-field-checkin-first = Prima verifica, giorni dopo l'inizio della coppia
programme-field-checkin-every = Poi una verifica ogni … giorni
programme-field-midterm-weeks = Autovalutazione intermedia, settimane dopo l'inizio
error-days-invalid = Inserite un numero intero di giorni da 1 a 365 (settimane: da 1 a 104).
error-503-title = Il server è occupato
error-busy = Troppe richieste sono in attesa in questo momento. Attendete qualche secondo e riprovate: nulla è stato salvato né perso.
access-refused-someone = Qualcuno senza accesso
admin-volunteers-title = Account di buddy e persone accompagnate
admin-volunteers-intro = Quanti per organizzazione: i loro nomi sono per il personale della loro organizzazione.
import-too-many-columns = Questo file ha più di { $columns } colonne: tenete solo le colonne sulle persone e riprovate.
import-too-many-rows = Questo file contiene più di { $rows } persone: importatelo in più parti.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Ascoltare senza giudicare
competence-intercultural = Comunicare tra culture
competence-boundaries = Rispettare i limiti del ruolo
competence-local_services = Conoscere i servizi del territorio
competence-encouraging_autonomy = Incoraggiare l'autonomia
competence-reliability = Essere affidabili nel tempo
baseline-competence = Competenza
baseline-competences-chart-title = Sicurezza per competenza all'inizio, da 1 (non ancora sicuro/a) a 5 (molto sicuro/a)
baseline-competences-moments-chart-title = Sicurezza per competenza a ogni autovalutazione, da 1 (non ancora sicuro/a) a 5 (molto sicuro/a)
buddy-assessment-title = Autovalutazioni di { $name }
buddy-assessment-intro = Quanto il buddy si sente sicuro/a in ogni competenza all'inizio, a metà percorso e alla fine, secondo le sue risposte da 1 a 5.
buddy-assessment-competences = Competenze come buddy
home-buddy-self-assessments = Autovalutazioni
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Incontri per settimana
weekly-sessions-chart-title = Incontri svolti per settimana, le ultime { $weeks } settimane
weekly-sessions-week-of = Settimana del { $date }
weekly-sessions-total = { $count ->
    [one] 1 incontro svolto
   *[other] { $count } incontri svolti
} in queste settimane, { $hours } ore in tutto
weekly-sessions-week = Settimana del
weekly-sessions-count = Incontri svolti
weekly-sessions-hours = Ore

# Passo 10: la valutazione complessiva.
evaluation-title = Valutazione dei programmi
evaluation-link = Valutazione: i dati per i finanziatori (pagina, CSV, stampa)
evaluation-intro = Che cosa ha ottenuto il Buddy System, dai fatti delle coppie e dalle risposte dei loro membri. Si contano solo le persone il cui consenso alla valutazione è in vigore; qui non compare alcun nome né alcuna scheda personale.
evaluation-suppression-note = Un dato su meno di 5 persone o coppie non viene mai mostrato: si legge «meno di 5».
evaluation-suppressed = meno di 5
evaluation-scope = Dati di
evaluation-scope-all = Tutte le organizzazioni
evaluation-scope-mine = Tutto ciò che posso vedere
evaluation-from = Coppie iniziate dal
evaluation-to = Coppie iniziate fino al
evaluation-cohort = Coorte (anno)
evaluation-cohort-hint = L'anno in cui la coppia è iniziata, per esempio 2025.
evaluation-gender = Genere della persona nuova arrivata
evaluation-age = Età della persona nuova arrivata all'inizio della coppia
evaluation-region = Regione d'origine della persona nuova arrivata
evaluation-any = Tutti
evaluation-show = Mostra i dati
evaluation-csv = Scarica come foglio di calcolo (CSV)
evaluation-xlsx = Scarica come cartella di lavoro (Excel, .xlsx)
evaluation-age-under_25 = Meno di 25
evaluation-age-25_34 = Da 25 a 34
evaluation-age-35_49 = Da 35 a 49
evaluation-age-50_plus = 50 e oltre
evaluation-region-mena = Medio Oriente e Nord Africa
evaluation-region-sub_saharan_africa = Africa subsahariana
evaluation-region-central_south_asia = Asia centrale e meridionale
evaluation-region-europe = Europa
evaluation-region-americas = Americhe
evaluation-region-other = Altrove o sconosciuta
evaluation-pairs-title = Coppie
evaluation-pairs-formed = Coppie formate
evaluation-pairs-active = Ancora in corso
evaluation-pairs-completed = Concluse
evaluation-pairs-ended-early = Terminate in anticipo
evaluation-reasons-title = Coppie terminate in anticipo, per motivo
evaluation-reason = Motivo
evaluation-pairs = Coppie
evaluation-figure = Indicatore
evaluation-value = Valore
evaluation-n-pairs = Su (coppie)
evaluation-n-people = Su (persone)
evaluation-outcomes-title = Permanenza, incontri e obiettivi
evaluation-outcomes-note = Permanenza: coppie concluse sul totale delle chiuse. Raggiungimento degli obiettivi: media dell'ultimo punteggio di ogni obiettivo, da −2 (molto meno del previsto) a +2 (molto di più).
evaluation-retention = Permanenza
evaluation-sessions-held = Incontri svolti
evaluation-sessions-hours = Ore insieme
evaluation-goal-attainment = Raggiungimento degli obiettivi (da −2 a +2)
evaluation-areas-title = Cambiamento per area di integrazione
evaluation-areas-note = Persone nuove arrivate con la prima e l'ultima autovalutazione; punteggi da 1 a 5. L'intervallo è l'intervallo di confidenza al 95 % del cambiamento medio; la dimensione dell'effetto è il d_z di Cohen.
evaluation-areas-chart = Cambiamento medio per area con il suo intervallo di confidenza al 95 %
evaluation-areas-none = Nessuno ha ancora sia la prima sia l'ultima autovalutazione.
evaluation-baseline-mean = All'inizio
evaluation-final-mean = Alla fine
evaluation-mean-change = Cambiamento
evaluation-ci95 = Intervallo al 95 %
evaluation-effect-size = Dimensione dell'effetto
evaluation-interval = da { $low } a { $high }
evaluation-satisfaction-title = Soddisfazione
evaluation-satisfaction-chart = Soddisfazione media da 1 a 5, dai check-in e dal questionario finale
evaluation-newcomers = Persone nuove arrivate
evaluation-buddies = Buddy
evaluation-from-checkins = Check-in
evaluation-from-exit = Questionario finale
evaluation-recommend = Consiglierebbero un buddy
evaluation-percent = { $value }%

# First run: how the first administrator is made
login-first-run = Non esiste ancora alcun account. Crea il primo amministratore sul server con: m4m user create --email tu@example.org --name "Il tuo nome" (chiede la password), poi accedi qui.
# Recupero dell'account: password dimenticata, cambio della password, account disattivati
login-forgot-link = Password dimenticata?
login-deactivated = Questo account è disattivato. Chiedi alla tua coordinatrice o al tuo coordinatore di riattivarlo.
forgot-title = Password dimenticata
forgot-intro = Scrivi l'indirizzo e-mail del tuo account. Se un account lo usa, inviamo un link per scegliere una nuova password; il link funziona una volta, per un'ora.
forgot-submit = Invia il link
forgot-sent = Se un account usa questo indirizzo, un link per scegliere una nuova password è in arrivo. Guarda nella posta in arrivo (e nello spam); il link funziona per un'ora.
forgot-throttled = Troppe richieste di una nuova password. Riprova tra un'ora, o chiedi alla tua coordinatrice o al tuo coordinatore.
forgot-mail-subject = Scegli una nuova password per m4m
forgot-mail-body = Ciao { $name },

    Qualcuno, probabilmente tu, ha chiesto una nuova password per il tuo account m4m.
    Sceglila con questo link (valido un'ora, utilizzabile una volta):

    { $link }

    Se non l'hai chiesta, ignora questo messaggio: la tua password resta com'è.
reset-title = Scegli una nuova password
reset-intro = Quando la nuova password è salvata, le tue altre sessioni terminano.
reset-password = Nuova password (almeno 8 caratteri)
reset-password-again = La stessa password di nuovo
reset-submit = Salva la nuova password
reset-gone = Questo link è scaduto o è già stato usato. Chiedine uno nuovo con «Password dimenticata?» nella pagina di accesso.
reset-done = La tua nuova password è salvata. Accedi con essa.
nav-password = Password
password-title = Cambia la tua password
password-current = Password attuale
password-current-wrong = Questa non è la tua password attuale.
password-submit = Cambia la password
password-changed = La tua password è cambiata. Le tue altre sessioni sono terminate.
admin-user-access = Accesso
admin-user-deactivate = Disattiva
admin-user-activate = Riattiva
admin-user-deactivated = L'account è disattivato: le sue sessioni sono terminate e i suoi token API revocati. I suoi dati restano.
admin-user-activated = L'account è di nuovo attivo: il titolare accede con la sua password. I token API vanno creati di nuovo.
admin-user-not-self = Non puoi disattivare il tuo account.

# Invio della posta in uscita: tentativi, nuovi tentativi, messaggi abbandonati
admin-outbox-sent = Inviato { $when }.
admin-outbox-waiting = In attesa di invio.
admin-outbox-retrying = Tentativo { $attempts } fallito: { $error }. Prossimo tentativo { $when }.
admin-outbox-given-up = Abbandonato dopo { $attempts } tentativo/i: { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = Persone { $first }–{ $last } di { $total }
programme-pairs-pager = Coppie { $first }–{ $last } di { $total }
programme-people-total = { $count ->
    [one] Una persona
   *[other] { $count } persone
}
programme-filter-everyone = Buddy e nuovi arrivati
programme-filter-any-status = Qualsiasi stato
programme-filter-any-step = Qualsiasi fase
programme-filter-any-language = Qualsiasi lingua
programme-filter-language = Parla
programme-sort = Ordine
programme-sort-step = Per fase
programme-sort-name = Per nome
programme-sort-newest = Prima i più recenti
programme-search = Cerca
programme-search-hint = Nome, e-mail o telefono, anche senza accenti
programme-search-button = Mostra
programme-people-none = Nessuno corrisponde a questa ricerca.

# The API's pages of people
error-api-limit = limit deve essere un numero intero da 1 a 1000.
error-api-cursor = cursor deve essere il next_cursor della pagina precedente.
error-api-text = Invia questo campo come testo (una stringa JSON), come dice la descrizione dell'API.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = Il tuo nome
assess-intro-buddy = Alcune domande per capire a che punto sei oggi. Non ci sono risposte giuste o sbagliate. La persona neoarrivata che accompagni non vede le tue risposte.
error-language-choice = Scegli una lingua.
import-host-level = Livello nella lingua di questo Paese
import-other-languages = Altre lingue
home-pending-session = Conferma l'incontro con { $name } del { $date }

# Importazione di fogli di calcolo: codifiche, date, formule
import-cell-problem = Colonna «{ $column }»: { $message }
import-cell-formula = questa cella contiene una formula (inizia con =, @, + o -). Inserisci invece il suo valore.
import-cell-bom = questa cella contiene un segno di ordine dei byte invisibile: più file sono stati uniti in uno. Toglilo o salva di nuovo il file.
import-date-ambiguous = questa data si può leggere in due modi. Scrivila come anno-mese-giorno (2026-04-03).
import-workbook = Questa è una vecchia cartella di lavoro Excel (.xls). Aprila, salvala come .xlsx o CSV e riprova.
import-workbook-unreadable = Questo file non può essere letto come cartella di lavoro Excel (.xlsx): forse è danneggiato, protetto da password o di un altro tipo (come un .ods di LibreOffice). Aprilo, salvalo come .xlsx o CSV e riprova.
import-workbook-too-large = Questa cartella di lavoro è troppo grande una volta decompressa. Tieni solo il foglio delle persone, oppure importala in più parti.
import-not-text = Questo file non è un foglio salvato come testo: contiene byte che nessuna codifica proposta sa leggere. Salvalo dal tuo foglio di calcolo come CSV e riprova.
import-encoding = Codifica del file
import-encoding-hint = Dedotta dal file. Se accenti o lettere sembrano sbagliati nei nomi qui sotto, scegli un’altra codifica e continua.
import-encoding-failed = Il file non si può leggere nella codifica scelta: resta come era letto prima.

## Le coppie di un programma, con ricerca e pagine
pairs-title = Coppie di { $programme }
pairs-back = Torna al programma
pairs-link = Tutte le coppie: ricerca, coppie chiuse
pairs-search-hint = Nome, e-mail o telefono della persona nuova arrivata o del buddy
pairs-filter-any-status = Qualsiasi stato
pairs-filter-open = In corso (né chiuse né rifiutate)
pairs-filter-closed = Chiuse
pairs-sort-oldest = Prima le più vecchie
pairs-sort-newest = Prima le più recenti
pairs-sort-newcomer = Per nome della persona nuova arrivata
pairs-total = { $count ->
    [0] Nessuna coppia
    [one] Una coppia
   *[other] { $count } coppie
}
pairs-pager = Coppie { $first }–{ $last } di { $total }
pairs-all = Tutte le coppie
pairs-none = Ancora nessuna coppia.
pairs-none-found = Nessuna coppia corrisponde a questa ricerca.
pairs-column-pair = Nuovo arrivo ↔ buddy
pairs-column-status = Stato
pairs-column-since = Dal
pairs-column-sessions = Incontri svolti
pairs-sessions = { $count ->
    [0] Ancora nessuno
    [one] Uno
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] Uno, il { $date }
   *[other] { $count }, l'ultimo il { $date }
}

## Gli incontri di un programma, per periodo
sessions-title = Incontri di { $programme }
sessions-link = Incontri: per periodo, con le loro ore
sessions-any-status = Previsti e svolti
sessions-planned = Previsto
sessions-held = Svolto
sessions-held-confirmed = Svolto, confermato
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] Nessun incontro
    [one] Un incontro
   *[other] { $count } incontri
}, { $hours ->
    [one] un'ora
   *[other] { $hours } ore
} in tutto
sessions-pager = Incontri { $first }–{ $last } di { $total }
sessions-from = Dal
sessions-to = Al (incluso)
sessions-recent = Gli ultimi 30 giorni e ciò che è previsto
sessions-none = Nessun incontro corrisponde in questo periodo.
sessions-column-when = Quando
sessions-column-how = Come

## L'elenco degli account del team, per l'amministrazione
admin-users-search-hint = Nome o e-mail
admin-users-any-role = Qualsiasi ruolo
admin-users-any-state = Attivi e disattivati
admin-users-active = Attivo
admin-users-inactive = Disattivato
admin-users-total = { $count ->
    [0] Nessun account del team
    [one] Un account del team
   *[other] { $count } account del team
}
admin-users-pager = Account { $first }–{ $last } di { $total }
admin-users-all = Tutti gli account del team
admin-users-none = Nessun account corrisponde a questa ricerca.

## Pairs and sessions as spreadsheets
pairs-export = Scarica queste coppie (foglio di calcolo, CSV)
pairs-export-xlsx = Scarica queste coppie (Excel, .xlsx)
sessions-export = Scarica questi incontri (foglio di calcolo, CSV)
sessions-export-xlsx = Scarica questi incontri (Excel, .xlsx)
export-pairs-column-pair = Coppia
export-pairs-column-newcomer = Nuovo arrivo
export-pairs-column-buddy = Buddy
export-pairs-column-status = Stato
export-pairs-column-proposed = Proposta il
export-pairs-column-started = Iniziata il
export-pairs-column-closed = Chiusa il
export-pairs-column-sessions = Incontri svolti
export-pairs-column-hours = Ore svolte
export-pairs-column-last-session = Ultimo incontro
export-sessions-column-session = Incontro
export-sessions-column-date = Data
export-sessions-column-time = Ora
export-sessions-column-pair = Coppia
export-sessions-column-newcomer = Nuovo arrivo
export-sessions-column-buddy = Buddy
export-sessions-column-minutes = Minuti
export-sessions-column-hours = Ore
export-sessions-column-mode = Come
export-sessions-column-status = Stato
export-sessions-column-confirmed = Confermato
export-progress-column-course = Corso
export-progress-column-learner = Partecipante
export-progress-column-cohort = Gruppo
export-progress-column-enrolled = Iscrizione il
export-progress-column-done = Moduli obbligatori svolti
export-progress-column-total = Moduli obbligatori
export-progress-column-completed = Completato il
export-figures-column-figure = Indicatore
export-figures-column-key = Riferimento
export-figures-column-n = Su
export-figures-column-value = Valore
export-figures-column-suppressed = Nascosto (gruppo piccolo)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Nome, contatto, e-mail o telefono
stakeholders-any-kind = Ogni tipo
stakeholders-total = { $count ->
    [0] Nessun soggetto
    [one] Un soggetto
   *[other] { $count } soggetti
}
stakeholders-pager = Soggetti { $first }–{ $last } di { $total }
stakeholders-all = Tutti i soggetti
stakeholders-none-found = Nessun soggetto corrisponde a questa ricerca.
