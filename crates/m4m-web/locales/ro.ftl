# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Română. Referința este fișierul englez en.ftl: fiecare cheie de acolo
# trebuie să existe în fiecare traducere completă.

## Cadrul fiecărei pagini
app-name = m4m
app-tagline = Buddy System: persoane nou-sosite și mentori voluntari, umăr la umăr
skip-to-content = Salt la conținut
table-scroll = Tabel: derulați lateral pentru a-l citi în întregime
nav-home = Acasă
nav-organisations = Organizații
nav-users = Conturi
nav-outbox = Mesaje trimise
nav-invite = Invitați o persoană
nav-login = Autentificare
nav-logout = Ieșire din cont
language-switcher = Limba
language-choose = Alegeți această limbă
signed-in-as = Conectat(ă) ca { $name }
footer-text = m4m ajută organizațiile să desfășoare programe de mentorat între egali pentru persoanele nou-sosite. Datele dumneavoastră rămân la organizația dumneavoastră.

## Cei zece pași
step-1 = Informarea părților interesate
step-2 = Recrutare și înscriere
step-3 = Autoevaluarea inițială
step-4 = Potrivirea preliminară
step-5 = Formare
step-6 = Formarea perechilor și prima întâlnire
step-7 = Întâlniri între egali
step-8 = Supervizare
step-9 = Urmărirea progresului
step-10 = Evaluarea finală
step-number = Pasul { $number }

## Roluri
role-administrator = Administrator/oare
role-coordinator = Coordonator/oare
role-supervisor = Supervizor/oare
role-trainer = Formator/oare
role-mentor = Mentor/ă
role-mentee = Persoană nou-sosită
role-evaluator = Evaluator/oare

## Pagina de start
landing-title = Mentorat între egali pentru persoanele nou-sosite
landing-intro = Într-un Buddy System, un mentor voluntar sau o mentoră voluntară — adesea cineva care a sosit cu câțiva ani mai devreme — ajută o persoană nou-sosită să facă pași spre autonomie: să se orienteze în oraș, să găsească serviciile publice, să exerseze limba, să caute un loc de muncă sau o locuință. Asistenții sociali îi aduc împreună și îi sprijină.
landing-staff = Personalul, mentorii și persoanele nou-sosite care au un cont se conectează aici.

## Autentificare
login-title = Autentificare
login-email = Adresa de e-mail
login-password = Parola
login-submit = Conectare
login-failed = Adresa de e-mail sau parola este greșită. Verificați-le pe amândouă și încercați din nou.
login-throttled = Prea multe încercări. Așteptați 15 minute, apoi încercați din nou.
login-expired = Sesiunea dumneavoastră s-a încheiat. Vă rugăm să vă conectați din nou.
logged-out = V-ați deconectat.
two-factor-title = Autentificare în doi pași
two-factor-intro = Cu autentificarea în doi pași, parola singură nu vă deschide contul: o aplicație de pe telefon dă la fiecare 30 de secunde un cod nou din șase cifre, pe care m4m îl cere după parolă.
two-factor-step-app = Instalați o aplicație de autentificare pe telefon (de exemplu FreeOTP, Aegis, Google Authenticator sau Microsoft Authenticator).
two-factor-step-scan = În aplicație, adăugați un cont și scanați acest cod:
two-factor-step-type = Sau tastați această cheie:
two-factor-step-code = Tastați codul din șase cifre afișat de aplicație, pentru a verifica că funcționează.
two-factor-code-app = Codul din aplicație
two-factor-confirm = Activați autentificarea în doi pași
two-factor-required = Rolul dumneavoastră dă acces la datele multor persoane: trebuie să activați autentificarea în doi pași înainte de a continua.
two-factor-on = Autentificarea în doi pași este activă: după parolă, m4m cere codul din aplicație.
two-factor-codes-left = { $count ->
    [one] A mai rămas { $count } cod de recuperare.
    [few] Au mai rămas { $count } coduri de recuperare.
   *[other] Au mai rămas { $count } de coduri de recuperare.
}
two-factor-new-codes = Coduri de recuperare noi
two-factor-new-codes-intro = Codurile vechi nu vor mai funcționa. Tastați un cod din aplicație pentru a primi altele noi.
two-factor-codes-title = Păstrați aceste coduri de recuperare
two-factor-codes-intro = Fiecare cod vă permite să vă autentificați o dată dacă pierdeți telefonul. Tipăriți-le sau notați-le și păstrați-le în siguranță: sunt afișate doar acum.
two-factor-login-title = Codul de pe telefon
two-factor-login-intro = Deschideți aplicația de autentificare și tastați codul din șase cifre afișat pentru m4m.
two-factor-login-recovery = Ați pierdut telefonul? Tastați în schimb unul dintre codurile de recuperare.
two-factor-code = Cod
two-factor-verify = Autentificare
two-factor-wrong-code = Acest cod nu este corect sau a fost deja folosit. Tastați codul afișat acum de aplicație.
two-factor-log-in-again = Prea multe coduri greșite. Autentificați-vă din nou cu parola.
nav-two-factor = Autentificare în doi pași
tokens-title = Tokenuri API
tokens-intro = Un token permite unui instrument al organizației dumneavoastră să folosească API-ul JSON al m4m în numele dumneavoastră, cu drepturile dumneavoastră. Dați fiecărui instrument propriul token și revocați-l când nu mai e nevoie de el.
tokens-shown-once = Noul dumneavoastră token. Copiați-l acum: este afișat doar de această dată.
tokens-name = Nume (la ce folosește tokenul)
tokens-create = Creați un token
tokens-created = Creat
tokens-last-used = Ultima folosire
tokens-never-used = niciodată
tokens-revoked = Revocat
tokens-revoke = Revocați
tokens-openapi = Descrierea API-ului (OpenAPI)
nav-tokens = Tokenuri API
error-api-json = Corpul cererii trebuie să fie JSON, așa cum spune descrierea API-ului.

## Pagini de start
home-title = Acasă
home-welcome = Bun venit, { $name }
home-no-role = Contul dumneavoastră nu are încă un rol. Cereți echipei de coordonare să vă atribuie unul.
home-programmes = Programele dumneavoastră
home-no-programmes = Încă niciun program.
home-new-programme = Creați un program
home-people-per-step = Persoane la fiecare pas
home-people-total = { $count ->
    [0] Nimeni deocamdată
    [one] O persoană
    [few] { $count } persoane
   *[other] { $count } de persoane
}
home-mentors-of-target = Mentori: { $count } din { $target }
home-mentees-of-target = Persoane nou-sosite: { $count } din { $target }
home-open-programme = Deschideți programul
home-your-newcomers = Persoanele nou-sosite pe care le însoțiți
home-no-newcomers = Încă nu faceți pereche cu o persoană nou-sosită. Echipa de coordonare vă va anunța când este propusă o potrivire.
home-your-buddy = Mentorul dumneavoastră
home-no-buddy = Încă nu aveți un mentor. Echipa de coordonare caută unul împreună cu dumneavoastră.
home-next-sessions = Următoarele întâlniri
home-no-sessions = Nicio întâlnire planificată.
home-next-session = Următoarea întâlnire: { $when }
home-your-goals = Obiectivele dumneavoastră
home-no-goals = Încă niciun obiectiv. Le veți alege împreună cu mentorul dumneavoastră.
home-goal-progress = { $progress } % realizat
home-speaks = Vorbește: { $languages }
home-area = Zona: { $area }
home-supervised = Mentorii pe care îi supervizați
home-no-supervised = Încă nu vă este repartizat niciun mentor.
home-supervised-pairs = Perechile mentorilor dumneavoastră
home-last-session = Ultima întâlnire: { $when }
home-no-session-yet = Nicio întâlnire înregistrată încă
home-active-pairs = { $count ->
    [0] nicio pereche activă
    [one] o pereche activă
    [few] { $count } perechi active
   *[other] { $count } de perechi active
}
home-training = Mentori în formare
home-in-training = { $count ->
    [0] Nimeni în formare
    [one] Un mentor în formare
    [few] { $count } mentori în formare
   *[other] { $count } de mentori în formare
}
home-organisations = Organizații
home-accounts = { $count ->
    [0] Niciun cont
    [one] Un cont
    [few] { $count } conturi
   *[other] { $count } de conturi
}
home-figures = Cifre pentru toate organizațiile
home-figures-note = Doar totaluri: fără nume, fără date personale.

session-mode-in_person = față în față
session-mode-online = online
session-mode-phone = la telefon
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Programe
programme-title = Program
programme-status = Stare
programme-status-draft = Ciornă
programme-status-recruiting = Înscrieri deschise
programme-status-running = În desfășurare
programme-status-closed = Încheiat
programme-dates = De la { $start } până la { $end }
programme-languages = Limbi
programme-organisation = Organizație
programme-participants = Persoane din acest program
programme-no-participants = Încă nu s-a înscris nimeni.
programme-kind = Rol
programme-name = Nume
programme-origin = Țara de origine
programme-native = Prima limbă
programme-area = Zona
programme-step = Pas
programme-new-title = Program nou
programme-field-name = Numele programului
programme-field-description = Descriere
programme-field-name-in = Numele în { $language }
programme-field-description-in = Descrierea în { $language }
programme-field-languages = Limbi vorbite (coduri, separate prin virgule: fr, ar, prs)
programme-field-starts = Prima zi
programme-field-ends = Ultima zi
programme-field-target-mentors = Mentori de recrutat
programme-field-target-mentees = Persoane nou-sosite de însoțit
programme-field-organisation = Organizație
programme-create = Creați programul
programme-created = Programul a fost creat.

## Invitații
invite-title = Invitați o persoană
invite-intro = Persoana primește un link, valabil 7 zile, pentru a-și alege o parolă. O persoană poate avea mai multe roluri.
invite-email = Adresa de e-mail a persoanei
invite-name = Numele persoanei
invite-role = Rol
invite-organisation = Organizație
invite-submit = Trimiteți invitația
invite-sent = Invitația este pe drum către { $email }.
invite-link-once = Puteți transmite și dumneavoastră acest link (de exemplu prin SMS). Este afișat o singură dată:
invite-mail-subject = Invitația dumneavoastră în m4m
invite-mail-body = Bună ziua, { $name },

    { $inviter } vă invită să vă alăturați m4m ca { $role }.
    Alegeți-vă parola cu acest link (valabil 7 zile, se poate folosi o singură dată):

    { $link }
accept-title = Bun venit în m4m
accept-intro = Sunteți invitat(ă) ca { $role }. Alegeți-vă parola pentru a începe.
accept-organisation = Organizație: { $organisation }
accept-password = Alegeți o parolă (cel puțin 8 caractere)
accept-password-again = Aceeași parolă încă o dată
accept-submit = Salvați și continuați
accept-gone = Acest link de invitație a expirat sau a fost deja folosit. Cereți unul nou persoanei care v-a invitat.

## Administrare
admin-organisations-title = Organizații
admin-organisation-name = Nume
admin-organisation-country = Țara (două litere: FR, GR)
admin-organisation-languages = Limbi (coduri, separate prin virgule)
admin-organisation-time-zone = Fus orar (de exemplu Europe/Bucharest; gol: cel al țării)
admin-time-zone-save = Modifică
admin-organisation-programmes = Programe
admin-organisation-members = Conturi
admin-organisation-create = Adăugați organizația
admin-organisation-created = Organizația a fost adăugată.
admin-users-title = Conturi
admin-user-name = Nume
admin-user-email = E-mail
admin-user-roles = Roluri
admin-user-inactive = inactiv
admin-outbox-title = Mesaje trimise
admin-outbox-intro = Fără un server de e-mail, mesajele așteaptă aici. Configurați SMTP pentru a le trimite.
admin-outbox-empty = Niciun mesaj.
admin-outbox-to = Către
admin-outbox-subject = Subiect
admin-outbox-date = Data
nav-inventory = Inventarul datelor
admin-inventory-title = Inventarul datelor
admin-inventory-intro = Fiecare coloană a bazei de date: dacă conține date personale, de ce tip, pentru ce prelucrare și cât timp sunt păstrate. Pentru registrul activităților de prelucrare (articolul 30 din RGPD) și evaluarea impactului.
admin-inventory-summary = { $personal } din { $count } coloane conțin date personale.
admin-inventory-csv = Descărcați ca foaie de calcul (CSV)
admin-inventory-table = Tabel
admin-inventory-column = Coloană
admin-inventory-category = Tipul datelor
admin-inventory-purposes = Scopuri
admin-inventory-retention = Păstrare
admin-inventory-legend = Ce înseamnă tipurile și scopurile
inventory-not-personal = Nepersonale
inventory-category-identity = Identitate
inventory-category-identity-help = Nume, anul nașterii, gen.
inventory-category-contact = Contact
inventory-category-contact-help = Adrese de e-mail, numere de telefon, locul unde cineva locuiește sau se întâlnește.
inventory-category-special = Categorie specială
inventory-category-special-help = Date sensibile: origine, limbi de origine, situația migratorie, nevoi, răspunsuri care pot atinge sănătatea sau religia.
inventory-category-free_text = Text liber
inventory-category-free_text-help = Text scris de oameni: note, motive, rezumate. Poate conține orice, deci tratați-l ca sensibil.
inventory-category-profile = Profil
inventory-category-profile-help = Limbi, interese, disponibilitate, roluri, preferințe.
inventory-category-activity = Activitate
inventory-category-activity-help = Ce s-a întâmplat și când: date, stări, scoruri, decizii.
inventory-category-pseudonymous = Identificator pseudonim
inventory-category-pseudonymous-help = Un număr sau un cod care indică o persoană fără a o numi.
inventory-category-secret = Secret
inventory-category-secret-help = Parole, jetoane și factori secundari, păstrate ca hash acolo unde se poate.
inventory-purpose-programme = Derularea programului
inventory-purpose-programme-help = Înscriere, selecție, potrivire, perechi și întâlnirile lor.
inventory-purpose-training = Instruire
inventory-purpose-training-help = Instruirea voluntarilor și a personalului.
inventory-purpose-contact = Contact
inventory-purpose-contact-help = Contactarea oamenilor: e-mailuri, apeluri, mementouri.
inventory-purpose-evaluation = Evaluare
inventory-purpose-evaluation-help = Măsurarea integrării și a rezultatelor programului.
inventory-purpose-security = Securitate
inventory-purpose-security-help = Autentificare, controlul accesului, protecție împotriva abuzurilor.
inventory-purpose-accountability = Obligație legală și responsabilitate
inventory-purpose-accountability-help = Dovada consimțământului și jurnalul de audit despre cine ce a făcut.
inventory-retention-record = Cu dosarul persoanei, până la ștergerea lui
inventory-retention-account = Cu contul, până la ștergerea lui
inventory-retention-session = Până la deconectare; cel mult 12 ore, 30 de minute de inactivitate
inventory-retention-day = Șters după 24 de ore
inventory-retention-minutes = Șters la folosire sau după cinci minute
inventory-retention-audit = Păstrat pentru responsabilitate (doar adăugare; doar identificatori și coduri)
inventory-retention-organisation = Atât timp cât organizația își păstrează propriile evidențe
inventory-retention-outbox = În căsuța de ieșire; fără ștergere automată
installation-wide = întreaga instalare

figures-organisation = Organizație
figures-country = Țara
figures-programmes = Programe
figures-mentors = Mentori
figures-mentees = Persoane nou-sosite
figures-active-pairs = Perechi active

## Formulare și erori
form-fix-errors = Unele câmpuri au nevoie de atenția dumneavoastră:
form-required-mark = obligatoriu
error-required = Acest câmp este obligatoriu.
error-too-long = Textul este prea lung.
error-control-characters = Textul conține caractere care nu sunt permise.
error-email-invalid = Introduceți o adresă de e-mail, de exemplu nume@example.org.
error-email-taken = Un cont folosește deja această adresă de e-mail.
error-password-short = Parola trebuie să aibă cel puțin 8 caractere.
error-password-common = Această parolă este printre cele mai comune, pe care atacatorii le încearcă primele. Alegeți alta, de exemplu câteva cuvinte pe care le veți ține minte.
error-password-mismatch = Cele două parole nu sunt la fel.
error-country-invalid = Introduceți codul țării din două litere, de exemplu FR sau GR.
error-language-code = Introduceți coduri de limbă din două sau trei litere, separate prin virgule (fr, ar, prs).
error-date-invalid = Introduceți o dată în forma an-lună-zi, de exemplu 2026-09-01.
error-end-before-start = Ultima zi nu poate fi înaintea primei zile.
error-count-invalid = Introduceți un număr întreg de la 0 la 100.000.
error-choice-invalid = Alegeți una dintre opțiunile propuse.

error-title = Ceva nu a mers bine
error-400-title = Această cerere nu poate fi folosită
error-400-text = Ceva nu este în regulă în cerere. Reveniți și verificați ce ați introdus.
error-401-title = Vă rugăm să vă conectați
error-401-text = Trebuie să vă conectați pentru a vedea această pagină.
error-403-title = Nu este permis
error-403-text = Nu aveți permisiunea să vedeți sau să faceți acest lucru. Dacă credeți că ar trebui să o aveți, întrebați echipa de coordonare.
error-404-title = Pagina nu a fost găsită
error-404-text = Această pagină nu există sau nu aveți acces la ea.
error-405-title = Nu este posibil aici
error-405-text = Această adresă nu poate fi folosită în acest fel.
error-410-title = Nu mai este disponibil
error-413-title = Prea multe date
error-413-text = Ce ați trimis este prea mare. Trimiteți mai puține date deodată.
error-429-title = Prea multe încercări
error-500-title = Ceva nu a mers bine la noi
error-500-text = Problema a fost înregistrată. Încercați din nou peste puțin timp; dacă se repetă, anunțați echipa de coordonare.
error-csrf = Acest formular a expirat. Reveniți, reîncărcați pagina și trimiteți-l din nou.
error-unknown-language = Această limbă nu este disponibilă: { $code }. Alegeți una dintre limbile propuse.
error-back-home = Înapoi la pagina de start

## Pasul 1 — părți interesate și informare
nav-stakeholders = Părți interesate
nav-outreach = Informare
stakeholders-title = Părți interesate locale
stakeholders-intro = Actorii locali care întâlnesc persoane nou-sosite și voluntari: servicii sociale, asociații, școli, angajatori. Notați pe cine ați informat și cine trimite persoane către program.
stakeholders-empty = Nicio parte interesată înregistrată deocamdată.
stakeholder-name = Nume
stakeholder-kind = Tip
stakeholder-contact = Persoană de contact
stakeholder-email = E-mail
stakeholder-phone = Telefon
stakeholder-languages = Limbi (coduri, separate prin virgule)
stakeholder-area = Zona acoperită
stakeholder-notes = Observații
stakeholder-add = Adăugați partea interesată
stakeholder-added = Partea interesată a fost adăugată.
stakeholder-save = Salvați modificările
stakeholder-saved = Modificările au fost salvate.
stakeholder-edit = Modificați datele
stakeholder-referred = Persoane trimise: mentori { $mentors }, persoane nou-sosite { $mentees }
stakeholder-referrals-by-month = Trimiteri pe lună
stakeholder-month = Luna
stakeholder-kind-social_service = Serviciu social
stakeholder-kind-association = Asociație
stakeholder-kind-local_administration = Administrație locală
stakeholder-kind-employer = Angajator
stakeholder-kind-school = Școală
stakeholder-kind-health_service = Serviciu de sănătate
stakeholder-kind-volunteer_group = Grup de voluntari
stakeholder-kind-migrant_community = Comunitate de migranți
stakeholder-kind-other = Altele
outreach-title = Registrul acțiunilor de informare
outreach-intro = Sesiuni de informare organizate, materiale distribuite sau trimise, trimiteri primite.
outreach-empty = Nimic înregistrat deocamdată.
outreach-kind = Ce
outreach-kind-information_session = Sesiune de informare
outreach-kind-material = Materiale distribuite sau trimise
outreach-kind-referral = Trimitere primită
outreach-date = Data
outreach-stakeholder = Parte interesată
outreach-no-stakeholder = — niciuna —
outreach-place = Locul
outreach-audience = Public
outreach-reached = Persoane informate
outreach-materials = Materiale și limbile lor (sau linkuri)
outreach-notes = Observații
outreach-add = Înregistrați
outreach-added = Înregistrat.

## Pagina publică a unui program
join-organisation = Organizat de { $organisation } ({ $country })
join-how-title = Cum funcționează
join-how-text = O persoană nou-sosită și un mentor voluntar sau o mentoră voluntară se întâlnesc regulat timp de aproximativ șase luni, față în față sau online. Împreună fac pași spre autonomie: să se orienteze în oraș, să găsească serviciile, să exerseze limba, să caute un loc de muncă sau o locuință. Asistenții sociali îi aduc împreună și rămân alături de ei.
join-buddy-title = Cine poate fi mentor
join-buddy-text = Orice persoană de cel puțin 18 ani care locuiește aici, poate oferi câteva ore pe lună timp de șase luni și dorește să împărtășească ce știe. Mulți mentori au sosit și ei în țară acum câțiva ani. Veți primi formare și sprijin.
join-newcomer-title = La ce se poate aștepta o persoană nou-sosită
join-newcomer-text = O persoană care vă ascultă, vă vorbește limba dacă este posibil și vă ajută să vă găsiți propriul drum. Gratuit. Ce spuneți rămâne confidențial.
join-contact-title = Contact
join-register-buddy = Vreau să fiu mentor
join-register-newcomer = Sunt nou-sosit/ă aici și aș dori un mentor
join-closed = Acest program nu primește înscrieri în acest moment.

## Înscriere
register-title-mentor = Deveniți mentor
register-title-mentee = Găsiți un mentor
register-intro-mentor = Spuneți-ne câte ceva despre dumneavoastră. Echipa de coordonare vă va suna pentru un interviu.
register-intro-mentee = Spuneți-ne câte ceva despre dumneavoastră. Echipa de coordonare vă va contacta.
register-staff-note = Înscrieți această persoană în numele ei. Citiți-i nota de informare privind consimțământul în limba ei.
reg-about = Despre dumneavoastră
reg-first-name = Prenume
reg-last-name = Nume de familie
reg-phone = Telefon
reg-email = E-mail
reg-contact-hint = Dați cel puțin un număr de telefon sau o adresă de e-mail.
reg-languages = Limbi
reg-native-language = Prima limbă
reg-other-languages = Alte limbi pe care le vorbiți
reg-language = Limba
reg-level = Nivel
reg-choose = Alegeți…
level-basic = Câteva cuvinte
level-conversational = Pot purta o conversație
level-fluent = Fluent
level-native = Prima limbă
reg-host-level = Nivelul dumneavoastră în limba acestei țări
reg-country = Țara de origine
reg-arrival = Data sosirii în această țară
reg-area = Cartier, localitate sau cod poștal
reg-availability = Când sunteți disponibil/ă?
reg-availability-hint = Bifați momentele care vă convin de obicei.
day-1 = Luni
day-2 = Marți
day-3 = Miercuri
day-4 = Joi
day-5 = Vineri
day-6 = Sâmbătă
day-7 = Duminică
part-morning = Dimineața
part-afternoon = După-amiaza
part-evening = Seara
reg-interests = Interese
interest-sport = Sport
interest-cooking = Gătit
interest-music = Muzică
interest-reading = Lectură
interest-nature = Natură și plimbări
interest-crafts = Lucru manual
interest-games = Jocuri
interest-technology = Tehnologie
interest-arts = Arte
interest-family = Familie și copii
interest-faith = Credință
interest-volunteering = Voluntariat
reg-needs = La ce ați dori ajutor?
reg-skills = La ce puteți ajuta?
area-language = Limba
area-administration = Proceduri administrative
area-housing = Locuință
area-employment = Muncă și formare
area-health = Sănătate
area-education = Școala copiilor
area-transport = Deplasări
area-money = Bani și bancă
area-digital = Telefon și internet
area-social = Cunoașterea de oameni noi
area-wellbeing = Stare de bine
reg-experience = Experiența dumneavoastră (voluntariat, muncă, propria sosire)
reg-motivation = De ce doriți să fiți mentor?
reg-gender = Gen
gender-woman = Femeie
gender-man = Bărbat
gender-other = Altul
gender-unsaid = Prefer să nu spun
reg-gender-preference = Ați prefera ca mentorul dumneavoastră să fie…
gender-pref-none = Nicio preferință
gender-pref-woman = O femeie
gender-pref-man = Un bărbat
reg-birth-year = Anul nașterii
reg-heard-from = Cum ați aflat de program?
heard-stakeholder = De la o organizație
heard-friend = De la un prieten sau din familie
heard-social_media = De pe rețelele sociale
heard-poster = Dintr-un afiș sau pliant
heard-event = La un eveniment
heard-other = Altfel
reg-referred-by = Ce organizație?
reg-consent-title = Consimțământul dumneavoastră
consent-notice = { $organisation } păstrează ce scrieți aici pentru a derula programul: pentru a vă găsi un mentor (sau o persoană nou-sosită), pentru a vă contacta și pentru a vă urmări perechea. Doar echipa programului vede aceste date; persoana cu care faceți pereche vede doar prenumele, limbile și zona dumneavoastră. Puteți cere oricând să vă vedeți, corectați sau ștergeți datele și vă puteți retrage orice consimțământ de mai jos la fel de ușor cum l-ați dat.
consent-participation = Sunt de acord să particip la program și ca datele mele să fie folosite în acest scop (obligatoriu).
consent-contact_sms = Mă puteți contacta prin SMS.
consent-contact_email = Mă puteți contacta prin e-mail.
consent-contact_phone = Mă puteți suna.
consent-share_partners = Puteți transmite dosarul meu organizațiilor partenere ale programului.
consent-evaluation = Răspunsurile mele pot fi folosite, fără numele meu, pentru evaluarea programului.
reg-submit = Trimiteți
reg-thanks-title = Vă mulțumim
reg-thanks-text = Înscrierea dumneavoastră a fost primită. Echipa de coordonare vă va contacta în curând.
register-too-many = De la această conexiune au fost trimise prea multe înscrieri. Încercați din nou peste o oră.
error-phone-invalid = Introduceți un număr de telefon cu 6 până la 15 cifre, de exemplu +33 6 12 34 56 78.
error-contact-required = Dați un număr de telefon sau o adresă de e-mail.
error-date-future = Această dată nu poate fi în viitor.
error-year-invalid = Introduceți un an al nașterii, de exemplu 1990.
error-buddy-too-young = Mentorii trebuie să aibă cel puțin 18 ani.
error-consent-required = Pentru înscriere este nevoie de acordul dumneavoastră de a participa.
error-status-move = Această schimbare de stare nu este posibilă din starea actuală.
error-reason-required = Indicați un motiv.
error-409-title = Modificat între timp
error-conflict = Altcineva a modificat această fișă în același timp. Reîncărcați pagina și încercați din nou.
error-422-title = Deja folosit
error-taken-email = Un cont folosește deja această adresă de e-mail.
error-taken-questionnaire-version = Cineva a salvat o versiune nouă a acestui chestionar în timp ce îl editați. Este afișată mai jos împreună cu textul dumneavoastră: comparați-le, apoi salvați din nou.

## Fișa unei persoane
person-kind = Rol
person-status = Stare
person-step = Pas
person-contact = Contact
person-languages = Limbi
person-origin = Țara de origine
person-arrival = A sosit la
person-area = Zona
person-availability = Disponibilitate
person-interests = Interese
person-needs = Are nevoie de ajutor la
person-skills = Poate ajuta la
person-experience = Experiență
person-motivation = Motivație
person-gender = Gen
person-gender-preference = Preferă un mentor care să fie
person-birth-year = Anul nașterii
person-heard-from = A aflat de program
person-referred-by = Trimis/ă de
person-registration = Înscriere
person-entered-by-staff = Înscris/ă de personal la { $date }, limba: { $language }
person-self-registered = S-a înscris singur/ă la { $date }, limba: { $language }
person-consents = Consimțăminte
consent-given = Dat la { $date }, versiunea { $version } a notei, limba: { $language }
consent-recorded-by = înregistrat de { $name }
consent-withdrawn = retras la { $date }
consent-not-given = Nedat
consent-state-given = Dat la { $date }
consent-withdraw = Retrageți
consent-give = Îmi dau acordul
consents-title = Consimțămintele dumneavoastră
consents-title-of = Consimțămintele lui { $name }
consents-saved = Salvat. Se aplică de acum.
consents-intro = Aici alegeți cum vă poate contacta programul și cum vă poate folosi datele. Fiecare schimbare se aplică imediat și vă puteți răzgândi oricând.
consents-intro-staff = Modificați un consimțământ la cererea persoanei (în persoană, la telefon sau în scris). Schimbarea este înregistrată cu numele dumneavoastră și se aplică imediat.
consents-participation = Pentru a nu mai participa la program, spuneți-i coordonatorului: dosarul dumneavoastră va arăta că ați plecat.
consents-change-link = Modificați un consimțământ la cererea persoanei
consents-mine-link = Consimțămintele dumneavoastră
person-do-not-contact = Nu contactați
no-contact_sms = fără SMS
no-contact_email = fără e-mail
no-contact_phone = fără apeluri
person-screening = Selecție
person-move-to = Stare nouă
person-reason = Motiv (obligatoriu pentru respingere sau retragere)
person-move-submit = Schimbați starea
person-moved = Starea a fost schimbată.
person-no-moves = Nu mai este posibilă nicio schimbare.
person-history = Istoric
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = de { $name }
status-applied = A aplicat
status-interview = Interviu
status-references_checked = Referințe verificate
status-accepted = Acceptat/ă
status-declined = Neacceptat/ă
status-training = În formare
status-registered = Înscris/ă
status-intake = Interviu de primire
status-self_assessed = Autoevaluare făcută
status-ready = Pregătit/ă pentru potrivire
status-active = În pereche
status-alumni = Fost/ă participant/ă
status-withdrawn = Retras/ă

## Instrumentele programului pentru personal
programme-field-contact = Contact afișat pe pagina publică
programme-public-page = Pagina publică
programme-register-mentee = Înscrieți o persoană nou-sosită
programme-register-mentor = Înscrieți un mentor
programme-duplicates = Posibile dubluri
programme-export = Exportați lista (CSV)
programme-export-xlsx = Exportați lista (Excel, .xlsx)
export-column-id = Număr
export-column-kind = Buddy sau nou-venit
export-column-status = Stare
export-column-step = Etapă
export-column-first-name = Prenume
export-column-last-name = Nume
export-column-email = E-mail
export-column-phone = Telefon
export-column-native-language = Limba maternă
export-column-languages = Limbi
export-stakeholders-referred-buddies = Voluntari îndrumați
export-stakeholders-referred-newcomers = Nou-sosiți îndrumați
export-column-host-language-level = Nivel în limba țării
export-column-country-of-origin = Țara de origine
export-column-arrival-date = Data sosirii
export-column-area = Zonă
export-column-availability = Disponibilitate
export-column-interests = Interese
export-column-areas = Domenii de ajutor
export-column-gender = Gen
export-column-gender-preference = Genul dorit în pereche
export-column-birth-year = Anul nașterii
export-column-heard-from = A aflat de noi prin
export-column-registered-at = Înscris la
programme-export-codes = Codurile coloanelor pentru instrumente (CSV)
programme-import = Importați o listă (CSV)
programme-status-column = Stare

## Dubluri
duplicates-title = Posibile dubluri
duplicates-intro = Aceste fișe pot fi ale aceleiași persoane. Uniți-le în prima sau marcați-le ca persoane diferite.
duplicates-none = Nicio dublură posibilă.
duplicates-reason-email = același e-mail
duplicates-reason-phone = același telefon
duplicates-reason-name = același nume și an al nașterii
duplicates-merge = Uniți în prima
duplicates-keep = Persoane diferite
duplicates-merged = Fișele au fost unite.
duplicates-kept = Marcate ca persoane diferite.
duplicates-pager = Posibile duplicate { $first }–{ $last } din { $total }

## Import CSV
import-title = Importați o listă
import-intro = Încărcați un fișier CSV salvat dintr-un program de calcul tabelar (UTF-8, separat prin virgulă sau punct și virgulă, o persoană pe rând, cu un rând de antet la început). Veți alege ce conține fiecare coloană, veți vedea fiecare rând verificat, apoi veți importa tot sau nimic. Un registru Excel (.xlsx) este citit direct: prima sa foaie, cu date și numere.
import-file = Fișier CSV sau Excel (.xlsx)
import-kind = Aceste persoane sunt
import-next = Continuați
import-mapping-title = Ce conține fiecare coloană?
import-column-none = — nu este în fișier —
import-preview-title = Verificați înainte de import
import-row = Rând
import-row-ok = gata
import-row-skip = deja înscrisă: omisă
import-row-errors = de corectat
import-consent-confirm = Confirm că fiecare dintre aceste persoane a fost de acord să participe la program (consimțământ obținut pe hârtie sau verbal).
import-commit = { $count ->
    [one] Importați o persoană
    [few] Importați { $count } persoane
   *[other] Importați { $count } de persoane
}
import-done = { $count ->
    [0] Nicio persoană importată
    [one] O persoană importată
    [few] { $count } persoane importate
   *[other] { $count } de persoane importate
}, deja înscrise: { $skipped }.
import-empty = Fișierul nu conține niciun rând de importat.
import-bad-csv = Acest fișier nu poate fi citit ca CSV. Salvați-l din programul de calcul tabelar ca „CSV UTF-8” și încercați din nou.
import-has-errors = Unele rânduri din fișier trebuie corectate înainte de import. Nu s-a importat nimic.
import-consent-required = Confirmați că aceste persoane au fost de acord să participe.
error-number-range = Introduceți un număr întreg de la { $min } la { $max }.
error-scale-invalid = Alegeți unul dintre punctele de pe scală.

## Pasul 3 — chestionare și autoevaluarea inițială
nav-questionnaires = Chestionare
q-kind-newcomer_self_assessment = Autoevaluarea unei persoane nou-sosite
q-kind-buddy_self_assessment = Autoevaluarea unui mentor
q-kind-buddy_interview = Interviul cu un mentor
q-kind-newcomer_intake = Interviul de primire al unei persoane nou-sosite
q-done-on = Completat la { $date }
q-not-done = Încă necompletat
q-fill = Completați
q-fill-with = Completați împreună cu persoana
q-view = Vedeți răspunsurile
q-by-staff-note = Completați chestionarul împreună cu persoana sau pentru ea în timpul interviului. Acest lucru va fi menționat.
q-send = Salvați răspunsurile
q-saved = Răspunsurile au fost salvate.
questionnaires-title = Chestionare
questionnaires-intro = Chestionarele organizației dumneavoastră. Orice modificare creează o versiune nouă; răspunsurile deja date își păstrează versiunea la care au răspuns.
q-version = Versiunea { $version }
q-responses = { $count ->
    [0] niciun răspuns deocamdată
    [one] un răspuns
    [few] { $count } răspunsuri
   *[other] { $count } de răspunsuri
}
q-edit = Modificați
q-edit-intro = Definiția de mai jos este versiunea actuală, în formatul JSON descris în docs/QUESTIONNAIRES.md. Salvarea ei creează o versiune nouă.
q-definition-json = Definiție (JSON)
q-save-version = Salvați ca versiune nouă
q-new-version-saved = Versiunea { $version } a fost salvată.
q-definition-invalid = Această definiție nu poate fi folosită: { $detail }
q-preview = Cum arată
assess-title = Autoevaluarea dumneavoastră
assess-intro = Câteva întrebări pentru a vedea unde vă aflați astăzi. Nu există răspunsuri bune sau greșite. Mentorul dumneavoastră nu vă vede răspunsurile.
assess-start = Începeți
assess-continue = Continuați
assess-question-of = Întrebarea { $n } din { $total }
assess-next = Înainte
assess-back = Înapoi
assess-skip = Săriți peste această întrebare
assess-review-title = Verificați-vă răspunsurile
assess-not-answered = Fără răspuns
assess-change = Modificați
assess-send = Trimiteți răspunsurile mele
assess-missing = Unele întrebări obligatorii nu au încă răspuns.
assess-done-title = Vă mulțumim
assess-done-text = Răspunsurile dumneavoastră au fost salvate. Ele arată de unde porniți; le veți compara la sfârșitul programului.
baseline-title = Punctul de plecare
baseline-chart-title = Autonomia pe fiecare domeniu la început, de la 1 (are nevoie de mult ajutor) la 5 (se descurcă singur/ă)
baseline-area = Domeniu
baseline-score = Scor
baseline-of-five = { $score } / { $max }
baseline-none = Încă nu există o autoevaluare.
home-self-assessment = Autoevaluarea dumneavoastră
home-start-assessment = Începeți autoevaluarea
home-continue-assessment = Continuați autoevaluarea
person-space = Spațiul personal
person-has-account = Această persoană are un cont: își vede mentorul, întâlnirile și chestionarele.
person-invite-intro = Invitați această persoană să se conecteze de pe telefon: își va completa singură autoevaluarea și își va vedea mentorul și întâlnirile.
person-invite = Trimiteți invitația
person-edit-link = Corectează datele
person-edit-title = Corectează datele lui { $name }
person-edit-intro = Corectați ce a fost înregistrat la înscriere. Consimțămintele se modifică pe pagina lor.
person-edit-save = Salvează corecturile
person-edit-saved = Datele au fost corectate.
person-invite-needs-email = Pentru un cont este nevoie de o adresă de e-mail, iar această fișă nu are niciuna.
stakeholders-export = Exportați lista părților interesate (CSV)
outreach-export = Exportați registrul (CSV)

## Pasul 5 — formare
nav-training = Formare
training-title = Formare
training-intro = Cursurile de formare ale organizației dumneavoastră: cursul pentru mentori și cursul pentru profesioniști și voluntari. Un mentor este pregătit pentru potrivire după ce a finalizat toate modulele obligatorii.
training-empty = Niciun curs deocamdată.
course-title = Titlu
course-audience = Pentru
audience-buddies = Mentori
audience-professionals = Profesioniști și voluntari
course-description = Descriere
course-create = Creați cursul
course-modules = Module
course-learners = Cursanți
course-counts = Module: { $modules } · Înscriși: { $enrolled } · Au finalizat: { $completed }
course-no-modules = Niciun modul deocamdată.
course-no-learners = Încă nu s-a înscris nimeni.
course-progress-xlsx = Descarcă progresul cursanților (Excel, .xlsx)
course-completed-on = Finalizat la { $date }
course-in-progress = În desfășurare: { $done } din { $total ->
    [one] { $total } modul obligatoriu
    [few] { $total } module obligatorii
   *[other] { $total } de module obligatorii
}
module-add = Adăugați un modul
module-kind = Tipul modulului
module-kind-capsule = Capsulă (text, fișier sau video)
module-kind-quiz = Quiz
module-kind-session = Sesiune față în față
module-title = Titlu
module-body = Conținut sau program
module-link = Link către un video sau un fișier (https://…)
module-minutes = Durata învățării (minute)
module-mandatory = Obligatoriu pentru mentori
module-quiz = Întrebări: câte un bloc pentru fiecare întrebare, întrebarea pe primul rând, câte o variantă pe rând, cea corectă începe cu *
module-pass-mark = Punctaj minim de promovare (%)
module-date = Data
module-time = Ora (HH:MM)
module-place = Locul
module-capacity = Locuri
module-when = { $when }, { $place }
module-mandatory-mark = obligatoriu
module-hours = { $minutes } min
module-record = Înregistrați progresul
module-record-intro = Notați cine a parcurs modulul, a participat la sesiune sau a trecut quizul.
module-record-save = Salvați
module-recorded = Progresul a fost salvat.
module-too-many = Au participat mai multe persoane decât locurile disponibile. Verificați lista.
progress-not_started = Neînceput
progress-done = Finalizat
progress-passed = Promovat ({ $score } %)
progress-failed = Încă nepromovat ({ $score } %)
progress-attended = Prezent/ă
progress-absent = Absent/ă
progress-score = Punctajul la quiz (%)
enrol-title = Înscrieți cursanți
enrol-cohort = Grup (de exemplu „Pilot Franța 2026”)
enrol-submit = Înscrieți
enrol-none = Nimeni de înscris: mentorii apar aici după ce sunt acceptați, conturile echipei când au un rol în organizație.
enrolled = { $count ->
    [0] Nicio persoană înscrisă
    [one] O persoană înscrisă
    [few] { $count } persoane înscrise
   *[other] { $count } de persoane înscrise
}
learn-title = Formarea dumneavoastră
learn-empty = Încă nu sunteți înscris(ă) la niciun curs.
learn-open = Deschideți
learn-done-button = L-am parcurs
learn-quiz-submit = Verificați-mi răspunsurile
learn-quiz-result = Punctajul dumneavoastră: { $score } %. Punctajul minim de promovare este { $pass } %.
learn-session = Sesiune: { $when }, locul: { $place }
certificate = Certificat
certificate-title = Certificat de formare
certificate-text = Se certifică faptul că { $name } a finalizat cursul „{ $course }”, cu { $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} de învățare, la data de { $date }.
certificate-modules = Module finalizate
certificate-print = Tipăriți această pagină sau salvați-o ca PDF din browser.
error-quiz-format = Scrieți fiecare întrebare pe un rând separat, apoi variantele ei, câte una pe rând, dintre care exact una începe cu *; lăsați un rând liber între întrebări.
error-link-invalid = Introduceți un link care începe cu https://
error-time-invalid = Introduceți o oră, de exemplu 14:30.
error-time-zone-invalid = Introduceți un fus orar precum Europe/Bucharest.
error-training-not-done = Mentorul poate fi pregătit pentru potrivire doar după ce a finalizat toate modulele obligatorii ale formării.
home-training-own = Formarea dumneavoastră
form-yes = Da
form-no = Nu

## Pasul 4 — potrivirea preliminară
match-title = Potrivirea preliminară
match-intro = Propunerea formează perechi pentru cât mai multe persoane nou-sosite, apoi alege cel mai bun scor total. Citiți fiecare explicație, blocați perechile asupra cărora ați decis, excludeți-le pe cele care nu trebuie formate și confirmați: nicio pereche nu este formată până nu o confirmați dumneavoastră.
match-summary = Persoane nou-sosite cu pereche: { $matched } din { $mentees }. Mentori pregătiți pentru potrivire: { $mentors }.
match-none-ready = În acest program nimeni nu este încă pregătit pentru potrivire.
match-proposals = Perechi propuse
match-score = Compatibilitate: { $score } %
match-criterion = Criteriu
match-weight = Pondere
match-subscore = Scor
match-why = De ce
match-confirm = Confirmați această pereche
match-lock = Blocați
match-unlock = Deblocați
match-locked = blocată
match-exclude = Excludeți această pereche
match-exclude-reason = Motivul excluderii (conflict, rude, o pereche anterioară…)
match-others = Următorii cei mai potriviți mentori
match-unmatched = Persoane rămase fără mentor
match-blocked = De ce nu poate fi ales fiecare mentor
match-excluded-title = Perechi excluse
match-clear = Permiteți din nou
match-weights-title = Ponderile criteriilor (de la 0 la 10)
match-weights-save = Salvați și recalculați
match-weights-unreadable = Ponderile salvate pentru acest program nu au putut fi citite: mai jos sunt afișate ponderile implicite, folosite pentru această propunere.
match-weights-unreadable-fix = Salvați ponderi noi
match-manual-title = Formarea manuală a unei perechi
match-manual-intro = Alegeți o altă pereche decât cea propusă și spuneți de ce: motivul este înregistrat.
match-manual-mentee = Persoană nou-sosită
match-manual-mentor = Mentor/ă
match-manual-reason-label = Motiv
match-manual-submit = Formați perechea
match-manual = Pereche formată manual
match-manual-reason = Spuneți de ce formați această pereche altfel decât în propunere.
match-weight-invalid = Fiecare pondere este un număr de la 0 la 10, iar cel puțin una trebuie să fie mai mare decât 0.
match-done-confirmed = Perechea este propusă ambelor persoane.
match-done-marked = Salvat; propunerea se recalculează.
match-done-weights = Ponderile sunt salvate; propunerea se recalculează.
criterion-needs = Nevoi și competențe
criterion-language = Limbi comune
criterion-host-language = Limba țării-gazdă
criterion-goals = Obiective
criterion-interests = Interese
criterion-expectations = Așteptări
criterion-availability = Disponibilitate
criterion-place = Loc
criterion-age = Vârstă
criterion-gender = Gen
criterion-capacity = Locuri libere la mentor
match-gender-female = o femeie
match-gender-male = un bărbat
match-gender-other = o persoană de alt gen
match-shared-native-language = Aceeași primă limbă: { $language }
match-common-language = Limbă comună: { $language } (nivel { $level })
match-no-common-language = Nicio limbă comună la nivelul { $level } sau peste
match-communicates-beyond-host-language = Pot comunica și într-o altă limbă decât { $language }
match-host-language-level = Nivelul în limba { $language }: { $level }
match-needs-met = Nevoi acoperite ({ $count } din { $needs }): { $met }
match-needs-unknown = Nevoi necunoscute
match-shared-goals = Obiective comune: { $goals }
match-no-shared-goals = Niciun obiectiv comun
match-goals-unknown = Obiective necunoscute
match-shared-interests = Interese comune: { $interests }
match-no-shared-interests = Niciun interes comun
match-interests-unknown = Interese necunoscute
match-shared-expectations = Aceleași așteptări: { $expectations }
match-no-shared-expectations = Așteptări diferite
match-expectations-unknown = Așteptări necunoscute
match-availability-overlap = Intervale comune pe săptămână: { $slots }
match-availability-unknown = Disponibilitate necunoscută
match-distance-km = Distanță: { $km } km
match-same-area = Aceeași zonă: { $area }
match-different-area = Zone diferite
match-place-unknown = Loc necunoscut
match-age-gap = Diferența de vârstă în ani: { $years }
match-age-unknown = Vârstă necunoscută
match-same-gender = Același gen
match-different-gender = Genuri diferite
match-gender-unknown = Gen necunoscut
match-mentor-room = Locuri libere: { $free } din { $capacity }
match-gender-preference-mentee = Persoana nou-sosită preferă { $preference }
match-gender-preference-mentor = Mentorul preferă { $preference }
match-excluded-by-coordinator = Pereche exclusă de echipa de coordonare
match-mentor-at-capacity = Mentorul nu mai are locuri libere (locuri: { $capacity })
match-mentor-not-eligible = Mentorul nu este pregătit pentru potrivire
match-no-possible-mentor = Niciun mentor nu este posibil pentru această persoană nou-sosită.
match-mentors-taken = { $count ->
    [one] Singurul mentor posibil a fost deja atribuit altei persoane nou-sosite.
    [few] Cei { $count } mentori posibili au fost deja atribuiți altor persoane nou-sosite.
   *[other] Cei { $count } de mentori posibili au fost deja atribuiți altor persoane nou-sosite.
}

## Pasul 6 — formarea perechilor și prima întâlnire
pair-mail-subject = Vi se propune o pereche
pair-mail-body = Bună ziua, { $name },

    Programul vă propune să vă întâlniți cu { $other }. Aflați cine este și răspundeți aici:

    { $link }
pair-proposal-title-mentor = Vi se propune o persoană nou-sosită
pair-proposal-title-mentee = Vi se propune un mentor
pair-proposal-intro = Doriți să cunoașteți această persoană? Dacă nu, spuneți-ne de ce: echipa de coordonare va căuta pe altcineva.
pair-accept = Da, sunt de acord
pair-decline = Nu, mulțumesc
pair-decline-reason = De ce nu? (necesar pentru a refuza)
pair-answer-accepted = Ați acceptat. Echipa de coordonare va organiza prima dumneavoastră întâlnire.
pair-answer-declined = Ați refuzat această propunere.
pair-answer-waiting = se așteaptă un răspuns
pair-status-proposed = Propusă, se așteaptă răspunsurile
pair-status-accepted = Acceptată de ambele persoane; urmează prima întâlnire și acordul
pair-status-declined = Refuzată
pair-status-active = Activă
pair-step-meeting = Prima întâlnire
pair-step-agreement = Acordul de mentorat
pair-step-signatures = Acord acceptat de ambele persoane
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Salvați data
pair-meeting-held = Prima întâlnire a avut loc
pair-meeting-invalid = Introduceți o dată (an-lună-zi) și o oră, de exemplu 14:30.
pair-not-ready = Acest lucru nu este încă posibil: mai întâi ambele persoane trebuie să fi acceptat propunerea (iar data primei întâlniri trebuie să fie stabilită).
pair-saved = Salvat.
pair-agreement-title = Acordul de mentorat
pair-goals = Obiective
pair-goals-text = Obiectivele, în cuvintele dumneavoastră
pair-rhythm = Ritmul întâlnirilor
rhythm-weekly = În fiecare săptămână
rhythm-fortnightly = O dată la două săptămâni
rhythm-monthly = În fiecare lună
pair-months-label = Durata estimată (luni)
pair-months = { $months ->
    [one] o lună
    [few] { $months } luni
   *[other] { $months } de luni
}
pair-boundaries = Limite (ce nu face mentorul)
pair-confidentiality = Confidențialitatea le-a fost explicată amândurora: ce se spune rămâne între ei și echipa programului, cu excepția situațiilor în care cineva trebuie protejat de un pericol.
pair-confidentiality-short = Confidențialitate
pair-confidentiality-text = Ce se spune rămâne între membrii perechii și echipa programului, cu excepția situațiilor în care cineva trebuie protejat de un pericol.
pair-agreement-save = Salvați acordul
pair-paper-signed = Semnat pe hârtie de ambele persoane
pair-agreement-accept = Accept acest acord
pair-agreement-signed = Ați acceptat acest acord.
pair-agreement-none = Acordul nu a fost încă redactat.
home-pending = Vă așteaptă
home-pending-proposal = O propunere la care să răspundeți
home-pending-agreement = Un acord de citit și de acceptat
error-agreement-goals = Alegeți cel puțin un obiectiv sau scrieți unul.
error-months-invalid = Introduceți un număr de luni de la 1 la 24.
error-confidentiality-required = Confirmați că le-a fost explicată amândurora confidențialitatea.
match-in-setup = Perechi în curs de formare
pair-checklist-accepted = a acceptat
pair-checklist-declined = a refuzat

## Pasul 7 — întâlniri între egali
nav-calendar = Calendar
pair-title-with = Dumneavoastră și { $name }
pair-title-staff = { $buddy } și { $newcomer }
pair-log-session = Înregistrați o întâlnire
pair-plan-session = Planificați o întâlnire
pair-all-sessions = Toate întâlnirile
pair-planned-sessions = Întâlniri planificate
pair-held-sessions = Întâlniri care au avut loc
pair-no-held-sessions = Încă nicio întâlnire înregistrată.
pair-calendar-link = Adăugați întâlnirile în calendarul telefonului dumneavoastră
session-log-title = Înregistrați o întâlnire
session-plan-title = Planificați o întâlnire
session-log-intro = O întâlnire pe care ați avut-o cu { $name }. Durează doar câteva secunde.
session-plan-intro = Următoarea dumneavoastră întâlnire cu { $name }. Va apărea în calendarul dumneavoastră.
session-date = Data
session-time = Ora ({ $zone })
session-duration = Durata în minute
session-mode = Cum v-ați întâlnit?
session-mode-label-in_person = Față în față
session-mode-label-online = Online
session-mode-label-phone = La telefon
session-place = Locul (opțional)
session-topics = Despre ce a fost vorba?
session-summary = Ce ați făcut? O propoziție este suficientă.
session-summary-planned = Ce plănuiți să faceți? (opțional)
session-rating = Cum a mers?
session-rating-1 = 1 · rău
session-rating-2 = 2
session-rating-3 = 3 · acceptabil
session-rating-4 = 4
session-rating-5 = 5 · foarte bine
session-log-submit = Salvați întâlnirea
session-plan-submit = Planificați întâlnirea
session-cancel = Anulați
session-saved = Întâlnirea a fost salvată.
session-removed = Întâlnirea a fost ștearsă.
session-change-title = Modificați întâlnirea
session-change-intro = O întâlnire cu { $name }: corectați ce trebuie corectat.
session-change-submit = Salvați modificările
session-call-off = Anulați această întâlnire
session-remove = Ștergeți această întâlnire
session-change = Modificați sau ștergeți
session-minutes = { $count ->
    [one] un minut
    [few] { $count } minute
   *[other] { $count } de minute
}
session-rating-of = Cum a mers: { $rating } din 5
session-logged-by-you = Înregistrată de dumneavoastră
session-logged-by = Înregistrată de { $name }
session-logged-by-staff = Înregistrată de echipa programului
session-confirmed = Confirmată
session-confirmed-by-you = Confirmată de dumneavoastră
session-confirmed-by = Confirmată de { $name }
session-confirm = Confirmați această întâlnire
error-session-future = O întâlnire care a avut loc nu poate fi în viitor. Pentru a planifica una, folosiți „Planificați o întâlnire”.
error-session-past = O întâlnire planificată nu poate fi în trecut. Pentru a înregistra una care a avut loc, folosiți „Înregistrați o întâlnire”.
error-session-too-far = Alegeți o dată aflată la cel mult un an de astăzi.
error-duration-invalid = Introduceți o durată de la 5 la 600 de minute.
error-topics-required = Bifați cel puțin un subiect.
error-rating-required = Spuneți cum a mers, de la 1 la 5.
error-rating-invalid = Alegeți un număr de la 1 la 5.
error-rating-planned = O întâlnire planificată nu poate fi evaluată încă.
calendar-title = Calendarul dumneavoastră
calendar-intro = Întâlnirile planificate, în aplicația de calendar a telefonului sau a computerului dumneavoastră.
calendar-download = Descărcați calendarul (.ics)
calendar-feed = Link privat de calendar
calendar-feed-intro = Abonați-vă la acest link în aplicația de calendar: întâlnirile planificate apar acolo și rămân actualizate. Oricine are linkul le poate vedea, așa că păstrați-l doar pentru dumneavoastră; reînnoiți-l dacă a fost transmis altcuiva.
calendar-feed-new = Noul dumneavoastră link privat. Copiați-l în aplicația de calendar:
calendar-feed-once = Pentru protecția vieții dumneavoastră private, este afișat doar acum. Dacă îl pierdeți, reînnoiți-l.
calendar-feed-since = Un link privat este activ din { $when }.
calendar-feed-none = Nu aveți un link privat.
calendar-feed-create = Creați un link privat
calendar-feed-renew = Reînnoiți linkul (cel vechi nu va mai funcționa)
calendar-feed-revoke = Revocați linkul
calendar-name = Întâlnirile perechii
calendar-event-summary = Întâlnire cu { $name }
reminder-subject = E timpul să vă întâlniți cu { $other }?
reminder-body = Bună ziua, { $name },

    Perechea dumneavoastră cu { $other } nu a înregistrat nicio întâlnire de { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }. Dacă v-ați întâlnit, înregistrați întâlnirea; dacă nu, planificați-o pe următoarea:

    { $link }

    Dacă ceva nu este în regulă, anunțați echipa de coordonare.
session-log-planned = A avut loc: înregistrați-o
programme-pairs = Perechi
enrol-buddies = Mentori
enrol-staff = Profesioniști și voluntari cu cont
course-cohorts = Grupuri
cohort-enrolled = Înscriși
cohort-completed = Finalizat
cohort-modules = Module obligatorii parcurse
cohort-progress = { $done } din { $total }
module-files = Fișiere
module-files-none = Niciun fișier deocamdată.
module-file-upload = Atașați un fișier
module-file-hint = Un PDF, o imagine PNG sau JPEG ori text simplu; cel mult { $size } MB. Cursanții îl descarcă.
module-file-submit = Încărcați
module-texts = Traduceri
module-texts-intro = Titlul și textul în alte limbi. Cursanții citesc în limba lor sau în cea a cursului dacă nu există traducere.
module-text-language = Limba
module-text-save = Salvați traducerea
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = Alegeți un fișier de încărcat.
file-unreadable = Fișierul nu a putut fi citit. Încercați din nou.
file-too-large = Fișierul este prea mare: cel mult { $size } MB.
file-type-refused = Acest tip de fișier nu este acceptat. Trimiteți un PDF, o imagine PNG sau JPEG ori text simplu.
learn-files = Fișiere de descărcat
cohort-name = Grup
module-file-delete = Eliminați

## Acces și portabilitate: exportul datelor unei persoane, jurnalul accesărilor
export-link = Exportă toate datele sale
export-mine-link = Descarcă toate datele mele
export-json-link = Descarcă ca fișier (JSON)
export-title-of = Date păstrate despre { $name }
export-title-mine = Toate datele mele
export-generated = Întocmit la { $date }. Tipăriți această pagină pentru a o păstra pe hârtie.
export-staff-note = Acest document este afișat în { $language }, limba persoanei, ca să i-l puteți înmâna.
export-account = Cont
export-name = Nume
export-email = E-mail
export-language = Limbă
export-roles = Roluri
export-programme = Program
export-profile = Profil și înscriere
export-answers = Răspunsuri la chestionare
export-training = Formare
export-enrolled-on = Înscris/ă la { $date }
export-completed-on = Finalizat la { $date }
export-pairs = Perechi și întâlniri
export-pair-with = Cu { $name } ({ $role })
export-started-on = Început la
export-agreement-written = Scris, încă neacceptat
export-decline-reason = Motivul refuzului
access-link = Cine a consultat această fișă
erase-link = Șterge datele acestei persoane
erase-title = Șterge datele lui { $name }
erase-warning = Ștergerea nu poate fi anulată. Exportați întâi datele dacă persoana vrea o copie.
erase-what-goes = Ce va fi șters
erase-what-stays = Ce rămâne
erase-item-record = Fișa lui { $name }: nume, contact, limbi, origine, anul nașterii, disponibilitate, ce a scris la înscriere
erase-item-consents = { $count ->
    [one] un consimțământ
   *[other] { $count } consimțăminte
}
erase-item-reasons = { $count ->
    [one] motivul unei schimbări de stare
   *[other] motivele a { $count } schimbări de stare
}
erase-item-answers = { $count ->
    [one] răspunsurile la un chestionar
   *[other] răspunsurile la { $count } chestionare
}
erase-item-goals = { $count ->
    [one] titlul unui obiectiv
   *[other] titlurile a { $count } obiective
}
erase-item-pairs = { $count ->
    [one] notele, motivele, locul întâlnirii și acordul unei perechi
   *[other] notele, motivele, locurile întâlnirilor și acordurile a { $count } perechi
}
erase-item-sessions = { $count ->
    [one] rezumatul și locul unei întâlniri
   *[other] rezumatele și locurile a { $count } întâlniri
}
erase-item-marks = { $count ->
    [one] motivul unei decizii de potrivire
   *[other] motivele a { $count } decizii de potrivire
}
erase-item-invitations = { $count ->
    [one] o invitație
   *[other] { $count } invitații
}
erase-item-messages = { $count ->
    [one] un mesaj trimis persoanei sau care o numește
   *[other] { $count } mesaje trimise persoanei sau care o numesc
}
erase-item-account = contul său { $email }, cu parola, sesiunile și autentificarea în doi pași
erase-item-account-kept = Contul său rămâne, fără legătură cu această fișă: are alt rol sau altă fișă.
erase-kept = Rămâne o fișă fără nume, pentru ca cifrele să rămână corecte: buddy sau nou-venit, program, etapă, stare și date. Celălalt membru al perechii își păstrează propriul istoric, fără numele acestei persoane. Jurnalul de audit își păstrează liniile, care conțin doar numere și coduri.
erase-confirm = Am verificat că această persoană a cerut ștergerea sau că datele sale nu mai trebuie păstrate
erase-submit = Șterge acum
erase-cancel = Renunță și întoarce-te la fișă
erase-confirm-needed = Bifați căsuța pentru a confirma ștergerea.
erase-done-title = Date șterse
erase-done = Datele persoanei au fost șterse. Fișa nu se mai deschide.
erase-back = Înapoi la program
nav-retention = Păstrare
retention-title = Cât timp se păstrează fișele
retention-intro = Când o persoană a părăsit programul (absolventă, respinsă sau retrasă) și nu mai are nicio pereche deschisă, datele sale sunt șterse la un număr de luni după ultima activitate. m4m face asta zilnic; pagina aceasta arată ce ajunge la termen în următoarele 30 de zile, ca să puteți verifica.
retention-period-default = Fișele închise sunt șterse la { $months ->
    [one] o lună
    [few] { $months } luni
   *[other] { $months } de luni
} după ultima activitate (implicit).
retention-period = Fișele închise sunt șterse la { $months ->
    [one] o lună
    [few] { $months } luni
   *[other] { $months } de luni
} după ultima activitate.
retention-months = Luni de păstrare a fișelor închise
retention-save = Salvează
retention-saved = Perioada de păstrare a fost salvată.
retention-due-title = La termen în următoarele 30 de zile
retention-none-due = Nimic nu ajunge la termen în următoarele 30 de zile.
retention-col-name = Persoana
retention-col-why = De ce
retention-col-when = Ștearsă pe
retention-why = { $status }, ultima activitate pe { $date }
error-retention-months = Introduceți un număr întreg de luni între 1 și 120.
access-title = Cine a consultat datele
access-title-of = Cine a consultat fișa lui { $name }
access-intro = De fiecare dată când cineva a citit, modificat sau exportat această fișă, cele mai recente întâi.
access-empty = Nimeni nu a consultat încă această fișă.
access-back = Înapoi la fișă
access-when = Când
access-who = Cine
access-what = Ce
access-system = m4m însuși
audit-other = Altă acțiune ({ $code })
audit-participant-read = A citit fișa
audit-participant-answers_read = A citit răspunsurile la un chestionar
audit-participant-access_log = A citit cine a consultat fișa
audit-participant-export = A exportat datele
audit-participant-register = Înscriere
audit-participant-status = A schimbat statutul
audit-participant-keep_apart = A separat de un posibil duplicat
audit-participant-merge = A unit un duplicat cu fișa
audit-programme-export = A exportat lista programului, cu această fișă
audit-programme-export_xlsx = A exportat lista programului, cu această fișă (Excel, .xlsx)
audit-response-complete = A completat un chestionar
audit-matching-mark = A marcat o pereche candidată
audit-course-enrol = Înscriere la un curs
audit-module-progress = A notat un progres la formare
audit-pair-read = A citit perechea
audit-pair-propose = A propus o pereche
audit-pair-accepted = A acceptat perechea
audit-pair-declined = A refuzat perechea
audit-pair-start = A pornit perechea
audit-pair-first_meeting = A stabilit prima întâlnire
audit-pair-first_meeting_held = A notat prima întâlnire
audit-pair-agreement = A scris acordul
audit-pair-agreement_signed = A acceptat acordul
audit-pair-reminder = A trimis o reamintire
audit-peer_session-planned = A planificat o întâlnire
audit-peer_session-held = A notat o întâlnire
audit-peer_session-confirm = A confirmat o întâlnire
audit-user-create = A creat contul
audit-user-activate = A reactivat contul
audit-user-deactivate = A dezactivat contul
audit-user-export = A exportat datele contului
audit-invitation-accept = A acceptat invitația
audit-login = Autentificare
audit-login-failed = Autentificare eșuată
audit-login-throttled = Autentificare blocată după prea multe eșecuri
audit-logout = Deconectare
audit-calendar_feed-open = A deschis un flux de calendar
audit-calendar_feed-revoke = A revocat fluxul de calendar
audit-access-denied = Accesul a fost refuzat

# Concerns (step 8)
concern-severity = Cât de grav este?
concern-severity-low = Mică: e bine de știut
concern-severity-medium = Medie: e nevoie de o discuție
concern-severity-high = Mare: trebuie acționat curând
concern-severity-urgent = Urgentă: siguranța cuiva este în pericol
concern-status-open = Deschisă
concern-status-acknowledged = Luată la cunoștință
concern-status-action_taken = S-au luat măsuri
concern-status-closed = Închisă
concern-error-move = Alegeți unul dintre pașii următori propuși.
concern-error-severity = Alegeți cât de grav este.
concern-new-title = Semnalați o îngrijorare
concern-about-my-pair = perechea dumneavoastră cu { $name }
concern-about-me = propria dumneavoastră persoană
concern-intro-about = Despre: { $about }.
concern-intro-who = O vor citi doar membrii echipei de coordonare din organizația dumneavoastră. O puteți urmări aici.
concern-intro-other = { $name } nu va fi anunțat(ă).
concern-intro-urgent = Dacă cineva este în pericol chiar acum, sunați mai întâi la numărul de urgență (112).
concern-summary = În câteva cuvinte
concern-text = Ce s-a întâmplat (opțional)
concern-send = Trimiteți echipei de coordonare
concern-title = Semnalare
concern-sent = Semnalarea dumneavoastră a fost trimisă echipei de coordonare.
concern-moved = Semnalarea a fost actualizată.
concern-open-subject = Deschideți
concern-history = Ce s-a făcut
concern-no-moves = Echipa de coordonare nu a citit-o încă.
concern-next = Pasul următor
concern-move-legend = Stare nouă
concern-move-note = Notă (ce s-a făcut, pentru registru)
concern-move-submit = Salvați
concern-move-to-acknowledged = Luată la cunoștință: am citit-o
concern-move-to-action_taken = S-au luat măsuri
concern-move-to-closed = Închisă
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = Semnalată la { $date } de { $name }
concern-raised-on = Semnalată la { $date }
concern-mail-subject = Semnalare urgentă în m4m
concern-mail-body = În organizația dumneavoastră a fost făcută o semnalare urgentă. Citiți-o și confirmați cât mai curând că ați luat-o la cunoștință: { $link }
concerns-title = Semnalări · { $programme }
concerns-intro = Toate semnalările din acest program: întâi cele deschise, cele mai urgente sus.
concerns-none = Nu există nicio semnalare în acest program.
concerns-link = Semnalări
home-concerns = Semnalări de urmărit
home-concerns-more = Aici sunt afișate cele mai urgente { $count }; toate sesizările sunt în registrul programului lor:
home-raise-concern = Vă îngrijorează ceva? Spuneți echipei de coordonare
home-your-concerns = Semnalările dumneavoastră
pair-raise-concern = Semnalați o îngrijorare despre această pereche
person-raise-concern = Semnalați o îngrijorare despre această persoană
audit-concern-raise = A semnalat o îngrijorare
audit-concern-move = A actualizat o semnalare
audit-concern-read = A citit o semnalare

# Supervision (step 8)
supervision-title = Supervizare
supervision-new-title = Înregistrați o supervizare
supervision-intro = O întâlnire cu un mentor sau cu un grup: despre ce ați vorbit, notele dumneavoastră și ce va face fiecare în continuare. Mentorii văd că supervizarea a avut loc și acțiunile care le revin, niciodată notele dumneavoastră.
supervision-no-buddies = Niciun mentor nu vă are încă drept supervizor: cereți echipei de coordonare să vi-i repartizeze sau înregistrați supervizarea din fișa mentorului.
supervision-format = Format
supervision-format-one_to_one = Individuală
supervision-format-group = De grup
supervision-held-on = Data
supervision-buddies = Mentori prezenți
supervision-topics = Subiecte
supervision-topic-boundaries = Limitele rolului
supervision-topic-wellbeing = Starea de bine a mentorului însuși
supervision-topic-cultural = Diferențe culturale
supervision-topic-practical = Chestiuni practice și administrative
supervision-topic-difficult_situation = O situație dificilă
supervision-topic-motivation = Motivație și timp
supervision-topic-safeguarding = Protecția și siguranța persoanelor
supervision-topics-text = Alte subiecte
supervision-notes = Note
supervision-notes-hint = Le citesc doar supervizorii mentorilor și echipa de coordonare.
supervision-actions = Acțiuni următoare
supervision-action-text = Acțiune
supervision-action-owner = Cine
supervision-action-due = Până la
supervision-owner-me = Eu
supervision-save = Salvați supervizarea
supervision-saved = Supervizarea a fost salvată.
supervision-when = { $date } · { $format }
supervision-recorded-by = Înregistrată de { $name }
supervision-due = până la { $date }
supervision-done-on = făcută la { $date }
supervision-your-actions = Acțiunile dumneavoastră
supervision-no-actions = Nicio acțiune.
supervision-mark-done = Gata
supervision-add-action = Adăugați o acțiune
supervision-error-format = Alegeți individuală sau de grup.
supervision-error-future = Data nu poate fi în viitor.
supervision-error-buddy = Alegeți dintre mentorii afișați.
supervision-error-no-buddy = Bifați cel puțin un mentor.
supervision-error-one = O supervizare individuală are exact un mentor.
supervision-error-topic = Alegeți dintre subiectele afișate.
supervision-error-owner = O acțiune îi revine unui mentor care a fost prezent sau dumneavoastră.
home-open-actions = { $count ->
    [0] nicio acțiune deschisă
    [one] o acțiune deschisă
    [few] { $count } acțiuni deschise
   *[other] { $count } de acțiuni deschise
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] un mentor
    [few] { $count } mentori
   *[other] { $count } de mentori
}
home-last-supervision = Ultima supervizare
home-no-supervision-yet = niciuna încă
home-recorded-supervisions = Supervizările pe care le-ați înregistrat
home-my-supervision = Supervizare
audit-supervision-record = A înregistrat o supervizare
audit-supervision-action = A adăugat o acțiune de supervizare
audit-supervision-action_done = A marcat ca făcută o acțiune de supervizare
audit-supervision-read = A citit o supervizare

# Needs you today (step 9)
attention-title = Vă așteaptă azi
attention-intro = Fiecare pereche în situație de risc, cu motivele ei, și tot ce așteaptă pe cineva: fiecare rând duce la ce trebuie făcut.
attention-none = Nimic nu vă așteaptă azi.
attention-at-risk = Perechi în situație de risc
attention-waiting = Se așteaptă pe cineva
attention-see-all = Vedeți toată lista
risk-urgent-concern = Există o semnalare urgentă deschisă
risk-open-concern = { $count ->
    [one] Există o semnalare deschisă
    [few] Există { $count } semnalări deschise
   *[other] Există { $count } de semnalări deschise
}
risk-no-session = Zile fără întâlnire: { $days }
risk-first-meeting-overdue = Prima întâlnire, planificată pe { $date }, nu a fost înregistrată
risk-agreement-ends = Acordul se încheie la { $date }
waiting-answer = Propunere încă fără răspuns
waiting-signature = Acord încă neacceptat de ambele persoane
waiting-confirmation = { $count ->
    [one] O întâlnire așteaptă confirmarea de peste o săptămână
    [few] { $count } întâlniri așteaptă confirmarea de peste o săptămână
   *[other] { $count } de întâlniri așteaptă confirmarea de peste o săptămână
}

# Goals of the pair (step 9)
goals-title = Obiectivele perechii
goals-intro = Obiectivele asupra cărora v-ați înțeles. Spuneți unde se află acum fiecare, față de ce vă așteptați: fiecare răspuns este păstrat, ca să vedeți drumul parcurs.
goals-none = Încă niciun obiectiv: ele vin din acord când perechea începe.
goals-history = Unde se afla
goals-when = Data
goals-score = Unde se află
goals-by = De
goals-comment = Comentariu (opțional)
goals-where = Unde se află acum?
goals-save = Salvați
goals-saved = Salvat. Vă mulțumim.
goal-error-score = Alegeți un punct de pe scală, de la −2 la +2.
gas-much-less = mult mai puțin decât se aștepta
gas-less = mai puțin decât se aștepta
gas-expected = cum se aștepta
gas-more = mai mult decât se aștepta
gas-much-more = mult mai mult decât se aștepta
audit-goal-progress = A înregistrat unde se află un obiectiv
home-goal-not-rated = încă neevaluat
home-goal-record = Spuneți unde se află

# Check-ins (step 9)
checkin-title = Cum merge?
checkin-intro = Câteva întrebări despre timpul petrecut cu { $name }. Durează un minut; doar echipa programului vă citește răspunsurile.
checkin-satisfaction = Cât de mulțumit(ă) sunteți de întâlnirile dumneavoastră?
checkin-satisfaction-1 = 1 · deloc
checkin-satisfaction-2 = 2 · nu prea
checkin-satisfaction-3 = 3 · așa și așa
checkin-satisfaction-4 = 4 · mulțumit(ă)
checkin-satisfaction-5 = 5 · foarte mulțumit(ă)
checkin-satisfaction-short = Satisfacție
checkin-met = Cât de des v-ați întâlnit în ultima vreme?
checkin-met-short = Întâlniri
checkin-met-weekly = În fiecare săptămână
checkin-met-fortnightly = La două săptămâni
checkin-met-monthly = O dată pe lună
checkin-met-less = Mai rar
checkin-met-never = Deloc
checkin-helped = Ce v-a ajutat? (opțional)
checkin-difficult = Ce este dificil? (opțional)
checkin-send = Trimiteți
checkin-thanks = Vă mulțumim: echipa a primit răspunsurile dumneavoastră.
checkin-nothing-due = Acum nu este prevăzută nicio verificare periodică. Vă vom întreba din nou peste o vreme.
checkin-error-satisfaction = Alegeți de la 1 la 5.
checkin-error-met = Alegeți cât de des v-ați întâlnit.
home-pending-checkin = Cum merge cu { $name }? (un minut)
pair-checkins = Verificări periodice
risk-low-satisfaction = Satisfacție de { $score } din 5
risk-missed-checkin = Verificarea periodică din { $date } a rămas fără răspuns
audit-checkin-answer = A răspuns la o verificare periodică
baseline-done-on = Autoevaluare făcută la { $date }.

# Staff contacts (step 9)
contacts-title = Contactele echipei
contacts-intro = Apelurile, vizitele și mesajele dumneavoastră către această pereche: de două ori în prima lună, apoi o dată pe lună.
contacts-kind = Cum
contacts-note = Notă (opțional)
contacts-save = Înregistrați contactul
contact-kind-call = Apel
contact-kind-visit = Vizită
contact-kind-message = Mesaj
contact-error-kind = Alegeți apel, vizită sau mesaj.
waiting-contact = Este prevăzut un contact din partea echipei
audit-pair-contact = A înregistrat un contact cu o pereche
checkin-mail-subject = Cum merge cu { $other }?
checkin-mail-body = Bună ziua, { $name }, câteva întrebări despre întâlnirile dumneavoastră cu { $other }: un minut, de pe telefon. Doar echipa programului vă citește răspunsurile. { $link }
attention-pager-risk = Perechi în situație de risc { $first }–{ $last } din { $total }
attention-pager-wait = În așteptare { $first }–{ $last } din { $total }
pager-previous = Anterioare
pager-next = Următoare
moment-initial = La început
moment-midterm = La jumătatea drumului
moment-final = La final
baseline-change-title = Ce s-a schimbat de la început
baseline-change = Evoluție
baseline-moments-chart-title = Autonomia pe fiecare domeniu la fiecare autoevaluare, de la 1 (are nevoie de mult ajutor) la 5 (se descurcă singur/ă)
home-midterm-due = Ați ajuns la jumătatea drumului: este momentul să vedeți din nou unde vă aflați, cu aceleași întrebări ca la început.
home-start-midterm = Autoevaluarea dumneavoastră de la jumătatea drumului

# Added since the last pass
person-erased = persoană ștearsă
notes-title = Note confidențiale
notes-intro = Situația medicală sau juridică pe care echipa de coordonare trebuie să o cunoască. Doar echipa de coordonare a acestei organizații vede aceste note: ele nu sunt arătate mentorilor, supervizorilor sau formatorilor și nu apar în nicio listă, dar sunt incluse în exportul datelor persoanei respective.
notes-label = Note (cel mult 4.000 de caractere)
notes-save = Salvați notele
notes-saved = Notele confidențiale sunt salvate.
follow-up-title = Supervizare și disponibilitate
follow-up-intro = Cine supervizează acest buddy și câți nou-veniți însoțește în același timp. Pre-potrivirea îl propune cât timp are mai puține perechi în desfășurare.
follow-up-supervisor = Supervizor
follow-up-nobody = Nimeni încă
follow-up-capacity = Nou-veniți în același timp
follow-up-save = Salvează
follow-up-saved = Supervizorul și disponibilitatea buddy-ului au fost salvate.
error-supervisor-choice = Alegeți un supervizor din listă.
error-capacity-range = Introduceți un număr întreg de la 1 la 5.
error-capacity-below-pairs = Acest buddy are deja mai multe perechi în desfășurare: păstrați un număr mai mare sau închideți mai întâi o pereche.
error-follow-up-changed = Perechile acestui buddy sau echipa s-au schimbat între timp: verificați și salvați din nou.
erase-item-notes = Notele confidențiale (sănătate, situație juridică)
pair-first-meeting = Prima dumneavoastră întâlnire
pair-open = Deschideți pagina perechii dumneavoastră
pair-meeting-not-yet = Prima întâlnire nu a avut loc încă: înregistrați-o după ce îi vine data.
pair-already-answered = La această propunere s-a răspuns deja.
pair-not-started = Întâlnirile pot fi înregistrate după ce perechea a început.
home-pending-first-meeting = Prima întâlnire: { $meeting }
calendar-first-meeting-summary = Prima întâlnire cu { $name }
programme-at-step = { $n } · { $name }
programme-all-people = Toate persoanele din program

## Closing a pair (step 10)
pair-status-completed = Încheiat
pair-status-ended_early = Încheiat mai devreme
pair-not-open = Această pereche este deja închisă.
close-title = Închide perechea
close-intro = Închiderea perechii { $buddy } și { $newcomer }: spuneți de ce se încheie și ce urmează pentru fiecare.
close-planned-end = Acordul este valabil până la { $date }.
close-effect-sessions = { $count ->
    [0] Nicio întâlnire planificată de anulat.
    [one] Întâlnirea planificată este anulată.
   *[other] Cele { $count } întâlniri planificate sunt anulate.
}
close-effect-checkins = Verificările și mementourile se opresc; amândoi primesc chestionarul final.
close-reason = De ce se încheie perechea?
close-reason-planned_end = Perioada convenită s-a încheiat
close-reason-goals_reached = Obiective atinse mai devreme
close-reason-moved_away = Persoana nou-sosită s-a mutat
close-reason-lost_contact = Contact pierdut
close-reason-conflict = Conflict între cei doi
close-reason-safeguarding = Protecție și siguranță
close-reason-other = Alt motiv
close-on = Închisă la
close-meeting = Întâlnire de încheiere (opțional)
close-meeting-hint = Ziua ultimei întâlniri cu amândoi, dacă a existat.
close-note = Notă pentru echipă
close-rematch = Poate { $name } să fie pus/ă din nou într-o pereche?
close-save = Închide perechea
close-done = Perechea este închisă.
close-error-future = Această zi nu a venit încă.
close-error-before-start = Este înainte de începutul perechii.
close-error-note-other = Spuneți care este celălalt motiv.
error-choose-yes-no = Alegeți da sau nu.
error-close-pairs-first = Închideți mai întâi perechea acestei persoane: închiderea spune de ce s-a încheiat.
pair-closed-on = Închisă la { $date }: { $reason }
pair-closing-meeting-on = Întâlnire de încheiere la { $date }
audit-pair-close = A închis perechea
audit-pair-exit_answer = A răspuns la chestionarul final
exit-title = Chestionar final
exit-intro-buddy = Perioada dumneavoastră ca buddy al lui { $name } s-a încheiat. Patru întrebări, un minut: doar echipa programului vă citește răspunsurile.
exit-intro-newcomer = Perioada dumneavoastră cu { $name } ca buddy s-a încheiat. Patru întrebări, un minut: doar echipa programului vă citește răspunsurile.
exit-satisfaction = În general, cât de mulțumit/ă sunteți?
exit-recommend = Ați recomanda unui om în situația dumneavoastră să aibă un buddy?
exit-recommend-short = Ar recomanda
exit-changed = Unde s-a schimbat ceva pentru dumneavoastră?
exit-changed-short = Ce s-a schimbat
exit-comment = Altceva ce vreți să ne spuneți (opțional)
exit-send = Trimite
exit-thanks = Mulțumim: răspunsurile dumneavoastră sunt salvate.
exit-final-assessment = Un ultim pas: autoevaluarea dumneavoastră finală
home-pending-exit = Perioada dumneavoastră cu { $name } s-a încheiat: chestionarul final (un minut)
home-final-due = Perechea dumneavoastră s-a încheiat: răspundeți încă o dată la aceleași întrebări ca la început, ca să vedeți cât ați progresat.
home-start-final = Autoevaluarea dumneavoastră finală
become-buddy-title = Deveniți buddy
become-buddy-home = Știți cum sunt primele luni. Perioada dumneavoastră de însoțire s-a încheiat: acum puteți însoți pe cineva abia sosit.
become-buddy-intro = Datele dumneavoastră sunt deja completate: verificați-le, spuneți cum puteți ajuta și dați din nou consimțământul — este un rol nou.
assess-done-midterm = Răspunsurile dumneavoastră sunt salvate. Iată-le alături de cele de la început; veți răspunde încă o dată la sfârșit.
assess-done-final = Răspunsurile dumneavoastră sunt salvate. Iată cât ați progresat de la început, domeniu cu domeniu.
person-pairs = Perechi
programme-edit-title = Modificați programul
programme-edit-intro = Datele, starea și țintele, și urmărirea perechilor: când o pereche e în pericol, când sunt datorate verificările și autoevaluarea intermediară.
programme-save = Salvați
programme-saved = Programul este salvat.
programme-field-risk-no-session = O pereche e în pericol după atâtea zile fără întâlnire
programme-field-risk-ending = Semnalați o pereche cu atâtea zile înainte de sfârșitul acordului
programme-field-checkin-first = Prima verificare, zile după începutul perechii
programme-field-checkin-every = Apoi o verificare la fiecare … zile
programme-field-midterm-weeks = Autoevaluarea intermediară, săptămâni după începutul perechii
error-days-invalid = Introduceți un număr întreg de zile între 1 și 365 (săptămâni: 1–104).
error-503-title = Serverul este ocupat
error-busy = Prea multe cereri așteaptă în acest moment. Așteptați câteva secunde și încercați din nou: nimic nu a fost salvat sau pierdut.
access-refused-someone = Cineva fără acces
admin-volunteers-title = Conturile buddy și ale nou-sosiților
admin-volunteers-intro = Câte pe organizație: numele lor sunt pentru echipa organizației lor.
import-too-many-columns = Acest fișier are peste { $columns } coloane: păstrați doar coloanele despre persoane și încercați din nou.
import-too-many-rows = Acest fișier are peste { $rows } persoane: importați-l în mai multe părți.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Ascultare fără judecată
competence-intercultural = Comunicare între culturi
competence-boundaries = Respectarea limitelor rolului
competence-local_services = Cunoașterea serviciilor locale
competence-encouraging_autonomy = Încurajarea autonomiei
competence-reliability = Seriozitate de-a lungul lunilor
baseline-competence = Competență
baseline-competences-chart-title = Încredere pe competență la început, de la 1 (încă nesigur(ă)) la 5 (foarte sigur(ă))
baseline-competences-moments-chart-title = Încredere pe competență la fiecare autoevaluare, de la 1 (încă nesigur(ă)) la 5 (foarte sigur(ă))
buddy-assessment-title = Autoevaluările lui { $name }
buddy-assessment-intro = Cât de sigur(ă) se simte mentorul în fiecare competență la început, la jumătate și la sfârșit, după propriile răspunsuri de la 1 la 5.
buddy-assessment-competences = Competențe de mentor
home-buddy-self-assessments = Autoevaluări
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Întâlniri pe săptămână
weekly-sessions-chart-title = Întâlniri ținute pe săptămână, ultimele { $weeks } săptămâni
weekly-sessions-week-of = Săptămâna din { $date }
weekly-sessions-total = { $count ->
    [one] 1 întâlnire ținută
   *[other] { $count } întâlniri ținute
} în aceste săptămâni, { $hours } ore în total
weekly-sessions-week = Săptămâna din
weekly-sessions-count = Întâlniri ținute
weekly-sessions-hours = Ore

# Pasul 10: evaluarea globală.
evaluation-title = Evaluarea programelor
evaluation-link = Evaluare: cifre pentru finanțatori (pagină, CSV, tipărire)
evaluation-intro = Ce a realizat Buddy System, din faptele perechilor și răspunsurile membrilor lor. Sunt numărate doar persoanele al căror consimțământ pentru evaluare este în vigoare; aici nu apare niciun nume și niciun dosar personal.
evaluation-suppression-note = O cifră despre mai puțin de 5 persoane sau perechi nu este afișată niciodată: scrie „mai puțin de 5”.
evaluation-suppressed = mai puțin de 5
evaluation-scope = Cifrele pentru
evaluation-scope-all = Toate organizațiile
evaluation-scope-mine = Tot ce am voie să văd
evaluation-from = Perechi începute de la
evaluation-to = Perechi începute până la
evaluation-cohort = Cohorta (anul)
evaluation-cohort-hint = Anul în care a început perechea, de exemplu 2025.
evaluation-gender = Genul persoanei nou-sosite
evaluation-age = Vârsta persoanei nou-sosite la începutul perechii
evaluation-region = Regiunea de origine a persoanei nou-sosite
evaluation-any = Toate
evaluation-show = Arată cifrele
evaluation-csv = Descarcă drept foaie de calcul (CSV)
evaluation-xlsx = Descarcă drept registru (Excel, .xlsx)
evaluation-age-under_25 = Sub 25
evaluation-age-25_34 = 25–34
evaluation-age-35_49 = 35–49
evaluation-age-50_plus = 50 și peste
evaluation-region-mena = Orientul Mijlociu și Africa de Nord
evaluation-region-sub_saharan_africa = Africa Subsahariană
evaluation-region-central_south_asia = Asia Centrală și de Sud
evaluation-region-europe = Europa
evaluation-region-americas = Americile
evaluation-region-other = Altundeva sau necunoscută
evaluation-pairs-title = Perechi
evaluation-pairs-formed = Perechi formate
evaluation-pairs-active = Încă în desfășurare
evaluation-pairs-completed = Încheiate
evaluation-pairs-ended-early = Oprite mai devreme
evaluation-reasons-title = Perechi oprite mai devreme, după motiv
evaluation-reason = Motiv
evaluation-pairs = Perechi
evaluation-figure = Indicator
evaluation-value = Valoare
evaluation-n-pairs = Din (perechi)
evaluation-n-people = Din (persoane)
evaluation-outcomes-title = Retenție, întâlniri și obiective
evaluation-outcomes-note = Retenție: perechile încheiate din cele închise. Atingerea obiectivelor: media ultimului scor al fiecărui obiectiv, de la −2 (mult sub așteptări) la +2 (mult peste).
evaluation-retention = Retenție
evaluation-sessions-held = Întâlniri ținute
evaluation-sessions-hours = Ore împreună
evaluation-goal-attainment = Atingerea obiectivelor (−2 până la +2)
evaluation-areas-title = Schimbarea pe domenii de integrare
evaluation-areas-note = Persoane nou-sosite cu prima și ultima autoevaluare; scoruri de la 1 la 5. Intervalul este intervalul de încredere de 95 % al schimbării medii; mărimea efectului este d_z al lui Cohen.
evaluation-areas-chart = Schimbarea medie pe domeniu cu intervalul de încredere de 95 %
evaluation-areas-none = Încă nimeni nu are și prima, și ultima autoevaluare.
evaluation-baseline-mean = La început
evaluation-final-mean = La sfârșit
evaluation-mean-change = Schimbare
evaluation-ci95 = Interval de 95 %
evaluation-effect-size = Mărimea efectului
evaluation-interval = de la { $low } la { $high }
evaluation-satisfaction-title = Satisfacție
evaluation-satisfaction-chart = Satisfacția medie de la 1 la 5, din verificările periodice și din chestionarul final
evaluation-newcomers = Persoane nou-sosite
evaluation-buddies = Buddy
evaluation-from-checkins = Verificări periodice
evaluation-from-exit = Chestionarul final
evaluation-recommend = Ar recomanda un buddy
evaluation-percent = { $value } %

# First run: how the first administrator is made
login-first-run = Nu există încă niciun cont. Creați primul administrator pe server cu: m4m user create --email dvs@example.org --name "Numele dvs." (cere parola), apoi conectați-vă aici.
# Recuperarea contului: parolă uitată, schimbarea parolei, conturi dezactivate
login-forgot-link = Ați uitat parola?
login-deactivated = Acest cont este dezactivat. Cereți coordonatorului să îl reactiveze.
forgot-title = Parolă uitată
forgot-intro = Scrieți adresa de e-mail a contului. Dacă un cont o folosește, trimitem un link pentru a alege o parolă nouă; linkul funcționează o dată, timp de o oră.
forgot-submit = Trimiteți linkul
forgot-sent = Dacă un cont folosește această adresă, un link pentru a alege o parolă nouă este pe drum. Uitați-vă în căsuța de mesaje (și în spam); linkul funcționează o oră.
forgot-throttled = Prea multe cereri de parolă nouă. Încercați din nou peste o oră sau întrebați coordonatorul.
forgot-mail-subject = Alegeți o parolă nouă pentru m4m
forgot-mail-body = Bună ziua, { $name },

    Cineva, probabil dumneavoastră, a cerut o parolă nouă pentru contul m4m.
    Alegeți-o cu acest link (valabil o oră, utilizabil o dată):

    { $link }

    Dacă nu ați cerut nimic, ignorați acest mesaj: parola rămâne aceeași.
reset-title = Alegeți o parolă nouă
reset-intro = Când parola nouă este salvată, celelalte sesiuni ale dumneavoastră se încheie.
reset-password = Parolă nouă (cel puțin 8 caractere)
reset-password-again = Aceeași parolă din nou
reset-submit = Salvați parola nouă
reset-gone = Acest link a expirat sau a fost deja folosit. Cereți unul nou cu „Ați uitat parola?” pe pagina de autentificare.
reset-done = Parola nouă este salvată. Autentificați-vă cu ea.
nav-password = Parolă
password-title = Schimbați parola
password-current = Parola actuală
password-current-wrong = Aceasta nu este parola actuală.
password-submit = Schimbați parola
password-changed = Parola a fost schimbată. Celelalte sesiuni s-au încheiat.
admin-user-access = Acces
admin-user-deactivate = Dezactivați
admin-user-activate = Reactivați
admin-user-deactivated = Contul este dezactivat: sesiunile lui s-au încheiat și tokenurile API au fost revocate. Datele rămân.
admin-user-activated = Contul este din nou activ: titularul se autentifică cu parola sa. Tokenurile API trebuie create din nou.
admin-user-not-self = Nu vă puteți dezactiva propriul cont.

# Trimiterea din căsuța de ieșire: încercări, reîncercări, mesaje abandonate
admin-outbox-sent = Trimis { $when }.
admin-outbox-waiting = Așteaptă să fie trimis.
admin-outbox-retrying = Încercarea { $attempts } a eșuat: { $error }. Următoarea încercare { $when }.
admin-outbox-given-up = Abandonat după { $attempts } încercare/încercări: { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = Persoane { $first }–{ $last } din { $total }
programme-pairs-pager = Perechi { $first }–{ $last } din { $total }
programme-people-total = { $count ->
    [one] O persoană
    [few] { $count } persoane
   *[other] { $count } de persoane
}
programme-filter-everyone = Buddy și nou-sosiți
programme-filter-any-status = Orice stare
programme-filter-any-step = Orice etapă
programme-filter-any-language = Orice limbă
programme-filter-language = Vorbește
programme-sort = Ordine
programme-sort-step = După etapă
programme-sort-name = După nume
programme-sort-newest = Cele mai noi întâi
programme-search = Caută
programme-search-hint = Nume, e-mail sau telefon, și fără diacritice
programme-search-button = Arată
programme-people-none = Nimeni nu corespunde acestei căutări.

# The API's pages of people
error-api-limit = limit trebuie să fie un număr întreg de la 1 la 1000.
error-api-cursor = cursor trebuie să fie next_cursor al paginii anterioare.
error-api-text = Trimiteți acest câmp ca text (un șir JSON), așa cum spune descrierea API-ului.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = Numele dumneavoastră
assess-intro-buddy = Câteva întrebări pentru a vedea unde vă aflați astăzi. Nu există răspunsuri bune sau greșite. Persoana nou-sosită pe care o însoțiți nu vă vede răspunsurile.
error-language-choice = Alegeți o limbă.
import-host-level = Nivelul în limba acestei țări
import-other-languages = Alte limbi
home-pending-session = Confirmați întâlnirea cu { $name } din { $date }

# Importul foilor de calcul: codificări, date, formule
import-cell-problem = Coloana „{ $column }”: { $message }
import-cell-formula = această celulă conține o formulă (începe cu =, @, + sau -). Scrieți în schimb valoarea ei.
import-cell-bom = această celulă conține un marcaj invizibil de ordine a octeților: mai multe fișiere au fost unite într-unul. Ștergeți-l sau salvați din nou fișierul.
import-date-ambiguous = această dată se poate citi în două feluri. Scrieți-o ca an-lună-zi (2026-04-03).
import-workbook = Acesta este un registru Excel mai vechi (.xls). Deschideți-l, salvați-l ca .xlsx sau CSV și încercați din nou.
import-workbook-unreadable = Acest fișier nu poate fi citit ca registru Excel (.xlsx): poate fi deteriorat, protejat cu parolă sau de alt tip (de exemplu .ods din LibreOffice). Deschideți-l, salvați-l ca .xlsx sau CSV și încercați din nou.
import-workbook-too-large = Acest registru este prea mare după dezarhivare. Păstrați doar foaia cu persoanele sau importați-l în mai multe părți.
import-not-text = Acest fișier nu este un tabel salvat ca text: conține octeți pe care nicio codificare oferită nu îi poate citi. Salvați-l ca CSV și încercați din nou.
import-encoding = Codificarea fișierului
import-encoding-hint = Ghicită din fișier. Dacă diacriticele sau literele par greșite în numele de mai jos, alegeți altă codificare și continuați.
import-encoding-failed = Fișierul nu poate fi citit în codificarea aleasă: a rămas cum fusese citit.

## Perechile unui program, cu căutare și pagini
pairs-title = Perechile din { $programme }
pairs-back = Înapoi la program
pairs-link = Toate perechile: căutare, perechi încheiate
pairs-search-hint = Numele, e-mailul sau telefonul persoanei nou-sosite sau al mentorului
pairs-filter-any-status = Orice stare
pairs-filter-open = În curs (nici încheiate, nici refuzate)
pairs-filter-closed = Încheiate
pairs-sort-oldest = Cele mai vechi întâi
pairs-sort-newest = Cele mai noi întâi
pairs-sort-newcomer = După numele persoanei nou-sosite
pairs-total = { $count ->
    [0] Nicio pereche
    [one] O pereche
   *[other] { $count } perechi
}
pairs-pager = Perechile { $first }–{ $last } din { $total }
pairs-all = Toate perechile
pairs-none = Încă nicio pereche.
pairs-none-found = Nicio pereche nu corespunde acestei căutări.
pairs-column-pair = Nou-sosit ↔ mentor
pairs-column-status = Stare
pairs-column-since = Din
pairs-column-sessions = Întâlniri avute
pairs-sessions = { $count ->
    [0] Încă niciuna
    [one] Una
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] Una, pe { $date }
   *[other] { $count }, ultima pe { $date }
}

## Întâlnirile unui program, pe perioadă
sessions-title = Întâlnirile din { $programme }
sessions-link = Întâlniri: pe perioadă, cu orele lor
sessions-any-status = Planificate și avute
sessions-planned = Planificată
sessions-held = Avută
sessions-held-confirmed = Avută, confirmată
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] Nicio întâlnire
    [one] O întâlnire
   *[other] { $count } întâlniri
}, { $hours ->
    [one] o oră
   *[other] { $hours } ore
} în total
sessions-pager = Întâlnirile { $first }–{ $last } din { $total }
sessions-from = De la
sessions-to = Până la (inclusiv)
sessions-recent = Ultimele 30 de zile și ce este planificat
sessions-none = Nicio întâlnire nu corespunde în această perioadă.
sessions-column-when = Când
sessions-column-how = Cum

## Lista conturilor echipei, pentru administrare
admin-users-search-hint = Nume sau e-mail
admin-users-any-role = Orice rol
admin-users-any-state = Active și dezactivate
admin-users-active = Activ
admin-users-inactive = Dezactivat
admin-users-total = { $count ->
    [0] Niciun cont al echipei
    [one] Un cont al echipei
   *[other] { $count } conturi ale echipei
}
admin-users-pager = Conturile { $first }–{ $last } din { $total }
admin-users-all = Toate conturile echipei
admin-users-none = Niciun cont nu corespunde acestei căutări.

## Pairs and sessions as spreadsheets
pairs-export = Descarcă aceste perechi (foaie de calcul, CSV)
pairs-export-xlsx = Descarcă aceste perechi (Excel, .xlsx)
sessions-export = Descarcă aceste întâlniri (foaie de calcul, CSV)
sessions-export-xlsx = Descarcă aceste întâlniri (Excel, .xlsx)
export-pairs-column-pair = Pereche
export-pairs-column-newcomer = Nou-sosit
export-pairs-column-buddy = Mentor
export-pairs-column-status = Stare
export-pairs-column-proposed = Propusă la
export-pairs-column-started = Începută la
export-pairs-column-closed = Încheiată la
export-pairs-column-sessions = Întâlniri avute
export-pairs-column-hours = Ore avute
export-pairs-column-last-session = Ultima întâlnire
export-sessions-column-session = Întâlnire
export-sessions-column-date = Data
export-sessions-column-time = Ora
export-sessions-column-pair = Pereche
export-sessions-column-newcomer = Nou-sosit
export-sessions-column-buddy = Mentor
export-sessions-column-minutes = Minute
export-sessions-column-hours = Ore
export-sessions-column-mode = Cum
export-sessions-column-status = Stare
export-sessions-column-confirmed = Confirmată
export-progress-column-course = Curs
export-progress-column-learner = Cursant
export-progress-column-cohort = Grup
export-progress-column-enrolled = Înscriere la
export-progress-column-done = Module obligatorii făcute
export-progress-column-total = Module obligatorii
export-progress-column-completed = Finalizat la
export-figures-column-figure = Indicator
export-figures-column-key = Privește
export-figures-column-n = Din
export-figures-column-value = Valoare
export-figures-column-suppressed = Ascuns (grup mic)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Nume, contact, e-mail sau telefon
stakeholders-any-kind = Orice tip
stakeholders-total = { $count ->
    [0] Nicio parte interesată
    [one] O parte interesată
   *[other] { $count } părți interesate
}
stakeholders-pager = Părțile interesate { $first }–{ $last } din { $total }
stakeholders-all = Toate părțile interesate
stakeholders-none-found = Nicio parte interesată nu corespunde acestei căutări.
