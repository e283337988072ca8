# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Deutsch. Die Referenz ist die englische Datei en.ftl: Jeder Schlüssel
# von dort muss in jeder vollständigen Übersetzung vorhanden sein.

## Der Rahmen jeder Seite
app-name = m4m
app-tagline = Buddy System: Neuangekommene und ehrenamtliche Buddys, Seite an Seite
skip-to-content = Zum Inhalt springen
nav-home = Startseite
nav-organisations = Organisationen
nav-users = Konten
nav-outbox = Gesendete Nachrichten
nav-invite = Jemanden einladen
nav-login = Anmelden
nav-logout = Abmelden
language-switcher = Sprache
language-choose = Diese Sprache wählen
signed-in-as = Angemeldet als { $name }
footer-text = m4m hilft Organisationen, Peer-Mentoring für Neuangekommene zu organisieren. Ihre Daten bleiben bei Ihrer Organisation.

## Die zehn Schritte
step-1 = Beteiligte informieren
step-2 = Gewinnung und Anmeldung
step-3 = Erste Selbsteinschätzung
step-4 = Vorauswahl der Tandems
step-5 = Schulung
step-6 = Tandembildung und erstes Treffen
step-7 = Tandemtreffen
step-8 = Supervision
step-9 = Begleitung der Fortschritte
step-10 = Abschlussbewertung
step-number = Schritt { $number }

## Rollen
role-administrator = Administrator*in
role-coordinator = Koordinator*in
role-supervisor = Supervisor*in
role-trainer = Trainer*in
role-mentor = Buddy
role-mentee = Neu angekommene Person
role-evaluator = Evaluator*in

## Startseite
landing-title = Peer-Mentoring für Neuangekommene
landing-intro = In einem Buddy System hilft ein ehrenamtlicher Buddy – oft jemand, der selbst vor einigen Jahren angekommen ist – einer neu angekommenen Person, Schritt für Schritt selbstständiger zu werden: sich zurechtfinden, Behörden und öffentliche Dienste finden, die Sprache üben, Arbeit oder eine Wohnung suchen. Fachkräfte der Sozialen Arbeit bringen sie zusammen und begleiten sie.
landing-staff = Mitarbeitende, Buddys und Neuangekommene mit einem Konto melden sich hier an.

## Anmeldung
login-title = Anmelden
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-failed = Die E-Mail-Adresse oder das Passwort ist falsch. Prüfen Sie beides und versuchen Sie es noch einmal.
login-throttled = Zu viele Versuche. Warten Sie 15 Minuten und versuchen Sie es dann noch einmal.
login-expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
logged-out = Sie sind abgemeldet.

## Startseiten
home-title = Startseite
home-welcome = Willkommen, { $name }
home-no-role = Ihr Konto hat noch keine Rolle. Bitten Sie Ihre Koordination, Ihnen eine zuzuweisen.
home-programmes = Ihre Programme
home-no-programmes = Noch kein Programm.
home-new-programme = Ein Programm anlegen
home-people-per-step = Personen in jedem Schritt
home-people-total = { $count ->
    [0] Noch niemand
    [one] Eine Person
   *[other] { $count } Personen
}
home-mentors-of-target = Buddys: { $count } von { $target }
home-mentees-of-target = Neuangekommene: { $count } von { $target }
home-open-programme = Programm öffnen
home-your-newcomers = Ihre Neuangekommenen
home-no-newcomers = Sie bilden noch kein Tandem mit einer neu angekommenen Person. Ihre Koordination sagt Ihnen Bescheid, sobald ein Tandem vorgeschlagen wird.
home-your-buddy = Ihr Buddy
home-no-buddy = Sie haben noch keinen Buddy. Ihre Koordination sucht gemeinsam mit Ihnen danach.
home-next-sessions = Nächste Treffen
home-no-sessions = Kein Treffen geplant.
home-next-session = Nächstes Treffen: { $when }
home-your-goals = Ihre Ziele
home-no-goals = Noch keine Ziele. Sie wählen sie gemeinsam mit Ihrem Buddy aus.
home-goal-progress = { $progress } % erreicht
home-speaks = Spricht: { $languages }
home-area = Gebiet: { $area }
home-supervised = Buddys in Ihrer Supervision
home-no-supervised = Ihnen ist noch kein Buddy zugewiesen.
home-active-pairs = { $count ->
    [0] kein aktives Tandem
    [one] ein aktives Tandem
   *[other] { $count } aktive Tandems
}
home-training = Buddys in der Schulung
home-in-training = { $count ->
    [0] Niemand in der Schulung
    [one] Ein Buddy in der Schulung
   *[other] { $count } Buddys in der Schulung
}
home-organisations = Organisationen
home-accounts = { $count ->
    [0] Kein Konto
    [one] Ein Konto
   *[other] { $count } Konten
}
home-figures = Zahlen aller Organisationen
home-figures-note = Nur Zahlen: keine Namen, keine persönlichen Daten.

session-mode-in_person = vor Ort
session-mode-online = online
session-mode-phone = telefonisch
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Programme
programme-title = Programm
programme-status = Status
programme-status-draft = Entwurf
programme-status-recruiting = Anmeldung läuft
programme-status-running = Läuft
programme-status-closed = Abgeschlossen
programme-dates = Vom { $start } bis zum { $end }
programme-languages = Sprachen
programme-organisation = Organisation
programme-participants = Personen in diesem Programm
programme-no-participants = Es hat sich noch niemand angemeldet.
programme-kind = Rolle
programme-name = Name
programme-origin = Herkunftsland
programme-native = Erstsprache
programme-area = Gebiet
programme-step = Schritt
programme-new-title = Neues Programm
programme-field-name = Name des Programms
programme-field-description = Beschreibung
programme-field-languages = Gesprochene Sprachen (Kürzel, durch Kommas getrennt: fr, ar, prs)
programme-field-starts = Erster Tag
programme-field-ends = Letzter Tag
programme-field-target-mentors = Zu gewinnende Buddys
programme-field-target-mentees = Zu begleitende Neuangekommene
programme-field-organisation = Organisation
programme-create = Programm anlegen
programme-created = Das Programm ist angelegt.

## Einladungen
invite-title = Jemanden einladen
invite-intro = Die Person erhält einen Link, 7 Tage gültig, um ein Passwort zu wählen. Eine Person kann mehrere Rollen haben.
invite-email = E-Mail-Adresse der Person
invite-name = Name der Person
invite-role = Rolle
invite-organisation = Organisation
invite-submit = Einladung senden
invite-sent = Die Einladung an { $email } ist unterwegs.
invite-link-once = Sie können diesen Link auch selbst weitergeben (zum Beispiel per SMS). Er wird nur einmal angezeigt:
invite-mail-subject = Ihre Einladung zu m4m
invite-mail-body = Hallo { $name },

    { $inviter } lädt Sie ein, m4m als { $role } beizutreten.
    Wählen Sie Ihr Passwort über diesen Link (7 Tage gültig, nur einmal nutzbar):

    { $link }
accept-title = Willkommen bei m4m
accept-intro = Sie sind als { $role } eingeladen. Wählen Sie ein Passwort, um zu beginnen.
accept-organisation = Organisation: { $organisation }
accept-password = Wählen Sie ein Passwort (mindestens 8 Zeichen)
accept-password-again = Dasselbe Passwort noch einmal
accept-submit = Speichern und weiter
accept-gone = Dieser Einladungslink ist abgelaufen oder wurde schon benutzt. Bitten Sie die Person, die Sie eingeladen hat, um einen neuen.

## Verwaltung
admin-organisations-title = Organisationen
admin-organisation-name = Name
admin-organisation-country = Land (zwei Buchstaben: FR, GR)
admin-organisation-languages = Sprachen (Kürzel, durch Kommas getrennt)
admin-organisation-programmes = Programme
admin-organisation-members = Konten
admin-organisation-create = Organisation hinzufügen
admin-organisation-created = Die Organisation ist hinzugefügt.
admin-users-title = Konten
admin-user-name = Name
admin-user-email = E-Mail
admin-user-roles = Rollen
admin-user-inactive = inaktiv
admin-outbox-title = Gesendete Nachrichten
admin-outbox-intro = Ohne Mailserver warten die Nachrichten hier. Richten Sie SMTP ein, um sie zu versenden.
admin-outbox-empty = Keine Nachricht.
admin-outbox-to = An
admin-outbox-subject = Betreff
admin-outbox-date = Datum
installation-wide = gesamte Installation

figures-organisation = Organisation
figures-country = Land
figures-programmes = Programme
figures-mentors = Buddys
figures-mentees = Neuangekommene
figures-active-pairs = Aktive Tandems

## Formulare und Fehler
form-fix-errors = Einige Felder brauchen Ihre Aufmerksamkeit:
form-required-mark = Pflichtfeld
error-required = Dieses Feld ist ein Pflichtfeld.
error-too-long = Das ist zu lang.
error-control-characters = Der Text enthält Zeichen, die nicht erlaubt sind.
error-email-invalid = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
error-email-taken = Ein Konto verwendet diese E-Mail-Adresse bereits.
error-password-short = Das Passwort braucht mindestens 8 Zeichen.
error-password-mismatch = Die beiden Passwörter sind nicht gleich.
error-country-invalid = Geben Sie das Länderkürzel mit zwei Buchstaben ein, zum Beispiel FR oder GR.
error-language-code = Geben Sie Sprachkürzel mit zwei oder drei Buchstaben ein, durch Kommas getrennt (fr, ar, prs).
error-date-invalid = Geben Sie ein Datum als Jahr-Monat-Tag ein, zum Beispiel 2026-09-01.
error-end-before-start = Der letzte Tag darf nicht vor dem ersten Tag liegen.
error-count-invalid = Geben Sie eine ganze Zahl von 0 bis 100.000 ein.
error-choice-invalid = Wählen Sie eine der angebotenen Möglichkeiten.

error-title = Etwas ist schiefgelaufen
error-400-title = Diese Anfrage kann nicht verwendet werden
error-400-text = Etwas an der Anfrage stimmt nicht. Gehen Sie zurück und prüfen Sie Ihre Eingaben.
error-401-title = Bitte melden Sie sich an
error-401-text = Sie müssen sich anmelden, um diese Seite zu sehen.
error-403-title = Nicht erlaubt
error-403-text = Sie dürfen dies nicht sehen oder tun. Wenn Sie meinen, dass Sie es dürfen sollten, fragen Sie Ihre Koordination.
error-404-title = Seite nicht gefunden
error-404-text = Diese Seite gibt es nicht, oder sie ist nicht für Sie bestimmt.
error-405-title = Hier nicht möglich
error-405-text = Diese Adresse kann so nicht verwendet werden.
error-410-title = Nicht mehr verfügbar
error-413-title = Zu viele Daten
error-413-text = Was Sie gesendet haben, ist zu groß. Senden Sie weniger auf einmal.
error-429-title = Zu viele Versuche
error-500-title = Bei uns ist etwas schiefgelaufen
error-500-text = Das Problem wurde gespeichert. Versuchen Sie es gleich noch einmal; wenn es wieder passiert, sagen Sie Ihrer Koordination Bescheid.
error-csrf = Dieses Formular ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es noch einmal.
error-unknown-language = Diese Sprache ist nicht verfügbar: { $code }. Wählen Sie eine der angebotenen Sprachen.
error-back-home = Zurück zur Startseite
