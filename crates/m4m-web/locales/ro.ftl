# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Română. Referința este fișierul englez en.ftl: fiecare cheie de acolo
# trebuie să existe în fiecare traducere completă.

## Cadrul fiecărei pagini
app-name = m4m
app-tagline = Buddy System: persoane nou-sosite și mentori voluntari, umăr la umăr
skip-to-content = Salt la conținut
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
