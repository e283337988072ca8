# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Deutsch. Die Referenz ist die englische Datei en.ftl: Jeder Schlüssel
# von dort muss in jeder vollständigen Übersetzung vorhanden sein.

## Der Rahmen jeder Seite
app-name = m4m
app-tagline = Buddy System: Neuangekommene und ehrenamtliche Buddys, Seite an Seite
skip-to-content = Zum Inhalt springen
table-scroll = Tabelle: zur Seite scrollen, um alles zu lesen
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
two-factor-title = Anmeldung in zwei Schritten
two-factor-intro = Mit der Anmeldung in zwei Schritten öffnet Ihr Passwort allein Ihr Konto nicht: Eine App auf Ihrem Telefon zeigt alle 30 Sekunden einen neuen sechsstelligen Code, den m4m nach dem Passwort abfragt.
two-factor-step-app = Installieren Sie eine Authenticator-App auf Ihrem Telefon (zum Beispiel FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator).
two-factor-step-scan = Fügen Sie in der App ein Konto hinzu und scannen Sie diesen Code:
two-factor-step-type = Oder geben Sie diesen Schlüssel ein:
two-factor-step-code = Geben Sie den sechsstelligen Code aus der App ein, um zu prüfen, dass es funktioniert.
two-factor-code-app = Code aus der App
two-factor-confirm = Anmeldung in zwei Schritten einschalten
two-factor-required = Ihre Rolle gibt Zugang zu den Daten vieler Menschen: Richten Sie die Anmeldung in zwei Schritten ein, bevor Sie fortfahren.
two-factor-on = Die Anmeldung in zwei Schritten ist eingeschaltet: Nach dem Passwort fragt m4m den Code aus Ihrer App ab.
two-factor-codes-left = { $count ->
    [one] Noch { $count } Wiederherstellungscode.
   *[other] Noch { $count } Wiederherstellungscodes.
}
two-factor-new-codes = Neue Wiederherstellungscodes
two-factor-new-codes-intro = Die alten Codes gelten dann nicht mehr. Geben Sie einen Code aus Ihrer App ein, um neue zu erhalten.
two-factor-codes-title = Bewahren Sie diese Wiederherstellungscodes auf
two-factor-codes-intro = Mit jedem Code können Sie sich einmal anmelden, wenn Sie Ihr Telefon verlieren. Drucken oder notieren Sie sie und bewahren Sie sie sicher auf: Sie werden nur jetzt angezeigt.
two-factor-login-title = Code von Ihrem Telefon
two-factor-login-intro = Öffnen Sie Ihre Authenticator-App und geben Sie den sechsstelligen Code für m4m ein.
two-factor-login-recovery = Telefon verloren? Geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.
two-factor-code = Code
two-factor-verify = Anmelden
two-factor-wrong-code = Dieser Code stimmt nicht oder wurde schon verwendet. Geben Sie den Code ein, den Ihre App jetzt zeigt.
two-factor-log-in-again = Zu viele falsche Codes. Melden Sie sich erneut mit Ihrem Passwort an.
nav-two-factor = Anmeldung in zwei Schritten
tokens-title = API-Token
tokens-intro = Ein Token erlaubt einem Werkzeug Ihrer Organisation, die JSON-API von m4m in Ihrem Namen und mit Ihren Rechten zu nutzen. Geben Sie jedem Werkzeug ein eigenes Token und widerrufen Sie es, wenn es nicht mehr gebraucht wird.
tokens-shown-once = Ihr neues Token. Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.
tokens-name = Name (wofür das Token ist)
tokens-create = Token erstellen
tokens-created = Erstellt
tokens-last-used = Zuletzt benutzt
tokens-never-used = nie
tokens-revoked = Widerrufen
tokens-revoke = Widerrufen
tokens-openapi = Die Beschreibung der API (OpenAPI)
nav-tokens = API-Token
error-api-json = Der Inhalt der Anfrage muss JSON sein, wie es die Beschreibung der API sagt.

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
home-supervised-pairs = Tandems Ihrer Buddys
home-last-session = Letztes Treffen: { $when }
home-no-session-yet = Noch kein Treffen eingetragen
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
programme-field-name-in = Name auf { $language }
programme-field-description-in = Beschreibung auf { $language }
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
admin-organisation-time-zone = Zeitzone (z. B. Europe/Berlin; leer: die des Landes)
admin-time-zone-save = Ändern
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
nav-inventory = Dateninventar
admin-inventory-title = Dateninventar
admin-inventory-intro = Jede Spalte der Datenbank: ob sie personenbezogene Daten enthält, welcher Art, für welche Verarbeitung und wie lange sie aufbewahrt werden. Für Ihr Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) und Ihre Datenschutz-Folgenabschätzung.
admin-inventory-summary = { $personal } von { $count } Spalten enthalten personenbezogene Daten.
admin-inventory-csv = Als Tabelle herunterladen (CSV)
admin-inventory-table = Tabelle
admin-inventory-column = Spalte
admin-inventory-category = Datenart
admin-inventory-purposes = Zwecke
admin-inventory-retention = Aufbewahrung
admin-inventory-legend = Was die Arten und Zwecke bedeuten
inventory-not-personal = Nicht personenbezogen
inventory-category-identity = Identität
inventory-category-identity-help = Namen, Geburtsjahr, Geschlecht.
inventory-category-contact = Kontakt
inventory-category-contact-help = E-Mail-Adressen, Telefonnummern, Wohn- oder Treffpunkt.
inventory-category-special = Besondere Kategorie
inventory-category-special-help = Sensible Daten: Herkunft, Herkunftssprachen, Migrationssituation, Bedarfe, Antworten, die Gesundheit oder Religion berühren können.
inventory-category-free_text = Freitext
inventory-category-free_text-help = Von Menschen eingegebener Text: Notizen, Begründungen, Zusammenfassungen. Er kann alles enthalten – als sensibel behandeln.
inventory-category-profile = Profil
inventory-category-profile-help = Sprachen, Interessen, Verfügbarkeit, Rollen, Vorlieben.
inventory-category-activity = Aktivität
inventory-category-activity-help = Was wann geschah: Daten, Status, Punktzahlen, Entscheidungen.
inventory-category-pseudonymous = Pseudonyme Kennung
inventory-category-pseudonymous-help = Eine Nummer oder ein Code, der auf eine Person verweist, ohne sie zu nennen.
inventory-category-secret = Geheimnis
inventory-category-secret-help = Passwörter, Token und zweite Faktoren, wo möglich nur als Hash gespeichert.
inventory-purpose-programme = Durchführung des Programms
inventory-purpose-programme-help = Anmeldung, Auswahl, Matching, Tandems und ihre Treffen.
inventory-purpose-training = Schulung
inventory-purpose-training-help = Schulung von Buddys und Mitarbeitenden.
inventory-purpose-contact = Kontakt
inventory-purpose-contact-help = Menschen erreichen: E-Mails, Anrufe, Erinnerungen.
inventory-purpose-evaluation = Evaluation
inventory-purpose-evaluation-help = Integration und Ergebnisse des Programms messen.
inventory-purpose-security = Sicherheit
inventory-purpose-security-help = Anmeldung, Zugriffskontrolle, Schutz vor Missbrauch.
inventory-purpose-accountability = Rechtliche Pflicht und Rechenschaft
inventory-purpose-accountability-help = Nachweis der Einwilligung und Prüfprotokoll, wer was getan hat.
inventory-retention-record = Mit der Akte der Person, bis sie gelöscht wird
inventory-retention-account = Mit dem Konto, bis es gelöscht wird
inventory-retention-session = Bis zur Abmeldung; höchstens 12 Stunden, 30 Minuten Inaktivität
inventory-retention-day = Nach 24 Stunden gelöscht
inventory-retention-minutes = Bei Verwendung oder nach fünf Minuten gelöscht
inventory-retention-audit = Zur Rechenschaft aufbewahrt (nur anfügbar; nur Kennungen und Codes)
inventory-retention-organisation = Solange die Organisation ihre eigenen Unterlagen aufbewahrt
inventory-retention-outbox = Im Postausgang; keine automatische Löschung
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
error-password-common = Dieses Passwort gehört zu den häufigsten, die Angreifer zuerst ausprobieren. Wählen Sie ein anderes, zum Beispiel einige Wörter, die Sie sich merken können.
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

## Schritt 1 — Beteiligte und Öffentlichkeitsarbeit
nav-stakeholders = Beteiligte
nav-outreach = Öffentlichkeitsarbeit
stakeholders-title = Beteiligte vor Ort
stakeholders-intro = Die Akteure vor Ort, die Neuangekommene und Ehrenamtliche treffen: soziale Dienste, Vereine, Schulen, Arbeitgeber. Halten Sie fest, wen Sie informiert haben und wer Menschen an das Programm vermittelt.
stakeholders-empty = Noch keine Beteiligten erfasst.
stakeholder-name = Name
stakeholder-kind = Art
stakeholder-contact = Ansprechperson
stakeholder-email = E-Mail
stakeholder-phone = Telefon
stakeholder-languages = Sprachen (Kürzel, durch Kommas getrennt)
stakeholder-area = Einzugsgebiet
stakeholder-notes = Notizen
stakeholder-add = Beteiligte hinzufügen
stakeholder-added = Der Eintrag ist hinzugefügt.
stakeholder-save = Änderungen speichern
stakeholder-saved = Die Änderungen sind gespeichert.
stakeholder-edit = Angaben ändern
stakeholder-referred = Vermittelt: { $mentors ->
    [one] { $mentors } Buddy
   *[other] { $mentors } Buddys
}, { $mentees ->
    [one] { $mentees } neu angekommene Person
   *[other] { $mentees } Neuangekommene
}
stakeholder-referrals-by-month = Vermittlungen pro Monat
stakeholder-month = Monat
stakeholder-kind-social_service = Sozialer Dienst
stakeholder-kind-association = Verein
stakeholder-kind-local_administration = Kommunalverwaltung
stakeholder-kind-employer = Arbeitgeber
stakeholder-kind-school = Schule
stakeholder-kind-health_service = Gesundheitsdienst
stakeholder-kind-volunteer_group = Ehrenamtsgruppe
stakeholder-kind-migrant_community = Migrantische Community
stakeholder-kind-other = Sonstiges
outreach-title = Protokoll der Öffentlichkeitsarbeit
outreach-intro = Durchgeführte Infoveranstaltungen, verteilte oder verschickte Materialien, erhaltene Vermittlungen.
outreach-empty = Noch nichts erfasst.
outreach-kind = Was
outreach-kind-information_session = Infoveranstaltung
outreach-kind-material = Material verteilt oder verschickt
outreach-kind-referral = Vermittlung erhalten
outreach-date = Datum
outreach-stakeholder = Beteiligte
outreach-no-stakeholder = — keine —
outreach-place = Ort
outreach-audience = Zielgruppe
outreach-reached = Erreichte Personen
outreach-materials = Materialien und ihre Sprachen (oder Links)
outreach-notes = Notizen
outreach-add = Erfassen
outreach-added = Erfasst.

## Die öffentliche Seite eines Programms
join-organisation = Durchgeführt von { $organisation } ({ $country })
join-how-title = So funktioniert es
join-how-text = Eine neu angekommene Person und ein ehrenamtlicher Buddy treffen sich etwa sechs Monate lang regelmäßig, vor Ort oder online. Gemeinsam gehen sie Schritte in Richtung Selbstständigkeit: sich zurechtfinden, Dienste finden, die Sprache üben, Arbeit oder eine Wohnung suchen. Fachkräfte der Sozialen Arbeit bringen sie zusammen und stehen ihnen zur Seite.
join-buddy-title = Wer Buddy werden kann
join-buddy-text = Alle ab 18 Jahren, die hier leben, sechs Monate lang ein paar Stunden im Monat schenken können und ihr Wissen teilen möchten. Viele Buddys sind selbst vor einigen Jahren in dieses Land gekommen. Sie werden geschult und begleitet.
join-newcomer-title = Was eine neu angekommene Person erwarten kann
join-newcomer-text = Einen Menschen, der Ihnen zuhört, wenn möglich Ihre Sprache spricht und Ihnen hilft, Ihren eigenen Weg zu finden. Kostenlos. Was Sie erzählen, bleibt vertraulich.
join-contact-title = Kontakt
join-register-buddy = Ich möchte Buddy werden
join-register-newcomer = Ich bin neu hier und hätte gern einen Buddy
join-closed = Für dieses Programm sind zurzeit keine Anmeldungen möglich.

## Registrierung
register-title-mentor = Buddy werden
register-title-mentee = Einen Buddy finden
register-intro-mentor = Erzählen Sie uns von sich. Eine Koordinatorin oder ein Koordinator ruft Sie für ein Gespräch an.
register-intro-mentee = Erzählen Sie uns von sich. Eine Koordinatorin oder ein Koordinator meldet sich bei Ihnen.
register-staff-note = Sie melden diese Person in ihrem Namen an. Lesen Sie ihr die Datenschutzhinweise in ihrer Sprache vor.
reg-about = Über Sie
reg-first-name = Vorname
reg-last-name = Familienname
reg-phone = Telefon
reg-email = E-Mail
reg-contact-hint = Geben Sie mindestens eine Telefonnummer oder eine E-Mail-Adresse an.
reg-languages = Sprachen
reg-native-language = Erstsprache
reg-other-languages = Weitere Sprachen, die Sie sprechen
reg-language = Sprache
reg-level = Niveau
reg-choose = Bitte wählen…
level-basic = Ein paar Wörter
level-conversational = Ich kann mich unterhalten
level-fluent = Fließend
level-native = Erstsprache
reg-host-level = Ihr Niveau in der Sprache dieses Landes
reg-country = Herkunftsland
reg-arrival = Ankunftsdatum in diesem Land
reg-area = Stadtteil, Ort oder Postleitzahl
reg-availability = Wann haben Sie Zeit?
reg-availability-hint = Kreuzen Sie die Zeiten an, die Ihnen normalerweise passen.
day-1 = Montag
day-2 = Dienstag
day-3 = Mittwoch
day-4 = Donnerstag
day-5 = Freitag
day-6 = Samstag
day-7 = Sonntag
part-morning = Vormittag
part-afternoon = Nachmittag
part-evening = Abend
reg-interests = Interessen
interest-sport = Sport
interest-cooking = Kochen
interest-music = Musik
interest-reading = Lesen
interest-nature = Natur und Spaziergänge
interest-crafts = Handarbeit und Basteln
interest-games = Spiele
interest-technology = Technik
interest-arts = Kunst
interest-family = Familie und Kinder
interest-faith = Glaube
interest-volunteering = Ehrenamt
reg-needs = Wobei hätten Sie gern Hilfe?
reg-skills = Wobei können Sie helfen?
area-language = Sprache
area-administration = Behördengänge
area-housing = Wohnen
area-employment = Arbeit und Ausbildung
area-health = Gesundheit
area-education = Schule der Kinder
area-transport = Unterwegs sein
area-money = Geld und Bank
area-digital = Handy und Internet
area-social = Leute kennenlernen
area-wellbeing = Wohlbefinden
reg-experience = Ihre Erfahrung (Ehrenamt, Arbeit, Ihre eigene Ankunft)
reg-motivation = Warum möchten Sie Buddy werden?
reg-gender = Geschlecht
gender-woman = Frau
gender-man = Mann
gender-other = Divers
gender-unsaid = Möchte ich nicht sagen
reg-gender-preference = Wäre Ihnen als Buddy lieber …
gender-pref-none = Keine Vorliebe
gender-pref-woman = Eine Frau
gender-pref-man = Ein Mann
reg-birth-year = Geburtsjahr
reg-heard-from = Wie haben Sie von dem Programm erfahren?
heard-stakeholder = Über eine Organisation
heard-friend = Über Freunde oder Familie
heard-social_media = Über soziale Medien
heard-poster = Plakat oder Flyer
heard-event = Bei einer Veranstaltung
heard-other = Anders
reg-referred-by = Welche Organisation?
reg-consent-title = Ihre Einwilligung
consent-notice = { $organisation } speichert, was Sie hier angeben, um das Programm durchzuführen: um für Sie einen Buddy (oder eine neu angekommene Person) zu finden, um Sie zu kontaktieren und um Ihr Tandem zu begleiten. Nur die Mitarbeitenden des Programms sehen diese Angaben; Ihr Tandem-Partner oder Ihre Tandem-Partnerin sieht nur Ihren Vornamen, Ihre Sprachen und Ihr Gebiet. Sie können jederzeit verlangen, Ihre Daten einzusehen, zu berichtigen oder zu löschen, und jede Einwilligung unten so einfach widerrufen, wie Sie sie gegeben haben.
consent-participation = Ich möchte am Programm teilnehmen und bin einverstanden, dass meine Daten dafür verwendet werden (Pflichtfeld).
consent-contact_sms = Sie dürfen mich per SMS kontaktieren.
consent-contact_email = Sie dürfen mich per E-Mail kontaktieren.
consent-contact_phone = Sie dürfen mich anrufen.
consent-share_partners = Sie dürfen meine Angaben an die Partnerorganisationen des Programms weitergeben.
consent-evaluation = Meine Antworten dürfen ohne meinen Namen zur Auswertung des Programms verwendet werden.
reg-submit = Senden
reg-thanks-title = Vielen Dank
reg-thanks-text = Ihre Anmeldung ist angekommen. Eine Koordinatorin oder ein Koordinator meldet sich bald bei Ihnen.
register-too-many = Von dieser Verbindung wurden zu viele Anmeldungen gesendet. Versuchen Sie es in einer Stunde noch einmal.
error-phone-invalid = Geben Sie eine Telefonnummer mit 6 bis 15 Ziffern ein, zum Beispiel +33 6 12 34 56 78.
error-contact-required = Geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.
error-date-future = Dieses Datum darf nicht in der Zukunft liegen.
error-year-invalid = Geben Sie ein Geburtsjahr ein, zum Beispiel 1990.
error-buddy-too-young = Buddys müssen mindestens 18 Jahre alt sein.
error-consent-required = Für die Anmeldung brauchen wir Ihr Einverständnis zur Teilnahme.
error-status-move = Dieser Statuswechsel ist vom aktuellen Status aus nicht möglich.
error-reason-required = Geben Sie einen Grund an.
error-409-title = Inzwischen geändert
error-conflict = Jemand hat diesen Eintrag gleichzeitig geändert. Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-422-title = Bereits vergeben
error-taken-email = Ein Konto verwendet diese E-Mail-Adresse bereits.
error-taken-questionnaire-version = Jemand hat eine neue Version dieses Fragebogens gespeichert, während Sie ihn bearbeitet haben. Sie wird unten mit Ihrem Text angezeigt: Vergleichen Sie beide und speichern Sie erneut.

## Die Akte einer Person
person-kind = Rolle
person-status = Status
person-step = Schritt
person-contact = Kontakt
person-languages = Sprachen
person-origin = Herkunftsland
person-arrival = Angekommen am
person-area = Gebiet
person-availability = Verfügbarkeit
person-interests = Interessen
person-needs = Braucht Hilfe bei
person-skills = Kann helfen bei
person-experience = Erfahrung
person-motivation = Motivation
person-gender = Geschlecht
person-gender-preference = Wunsch zum Buddy
person-birth-year = Geburtsjahr
person-heard-from = Vom Programm erfahren
person-referred-by = Vermittelt durch
person-registration = Anmeldung
person-entered-by-staff = Von Mitarbeitenden angemeldet am { $date }, Sprache: { $language }
person-self-registered = Selbst angemeldet am { $date }, Sprache: { $language }
person-consents = Einwilligungen
consent-given = Erteilt am { $date }, Fassung { $version } der Hinweise, Sprache: { $language }
consent-recorded-by = erfasst von { $name }
consent-withdrawn = widerrufen am { $date }
consent-not-given = Nicht erteilt
consent-state-given = Erteilt am { $date }
consent-withdraw = Widerrufen
consent-give = Zustimmen
consents-title = Ihre Einwilligungen
consents-title-of = Einwilligungen von { $name }
consents-saved = Gespeichert. Es gilt ab sofort.
consents-intro = Hier wählen Sie, wie das Programm Sie kontaktieren und Ihre Daten nutzen darf. Jede Änderung gilt sofort, und Sie können es sich jederzeit anders überlegen.
consents-intro-staff = Ändern Sie eine Einwilligung auf Wunsch der Person (persönlich, telefonisch oder schriftlich). Die Änderung wird mit Ihrem Namen gespeichert und gilt sofort.
consents-participation = Um nicht mehr am Programm teilzunehmen, sagen Sie es Ihrer Koordinatorin oder Ihrem Koordinator: Ihre Akte zeigt dann, dass Sie ausgeschieden sind.
consents-change-link = Eine Einwilligung auf Wunsch der Person ändern
consents-mine-link = Ihre Einwilligungen
person-do-not-contact = Nicht kontaktieren
no-contact_sms = keine SMS
no-contact_email = keine E-Mail
no-contact_phone = keine Anrufe
person-screening = Auswahlverfahren
person-move-to = Neuer Status
person-reason = Grund (Pflicht bei Absage oder Rückzug)
person-move-submit = Status ändern
person-moved = Der Status ist geändert.
person-no-moves = Keine weitere Änderung möglich.
person-history = Verlauf
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = von { $name }
status-applied = Beworben
status-interview = Gespräch
status-references_checked = Referenzen geprüft
status-accepted = Angenommen
status-declined = Abgelehnt
status-training = In der Schulung
status-registered = Angemeldet
status-intake = Erstgespräch
status-self_assessed = Selbsteinschätzung erledigt
status-ready = Bereit für ein Tandem
status-active = Im Tandem
status-alumni = Ehemalige
status-withdrawn = Zurückgezogen

## Programmwerkzeuge für Mitarbeitende
programme-field-contact = Kontakt auf der öffentlichen Seite
programme-public-page = Öffentliche Seite
programme-register-mentee = Neu angekommene Person anmelden
programme-register-mentor = Buddy anmelden
programme-duplicates = Mögliche Dubletten
programme-export = Liste exportieren (CSV)
programme-export-xlsx = Liste exportieren (Excel, .xlsx)
export-column-id = Nummer
export-column-kind = Buddy oder Neuankömmling
export-column-status = Status
export-column-step = Schritt
export-column-first-name = Vorname
export-column-last-name = Nachname
export-column-email = E-Mail
export-column-phone = Telefon
export-column-native-language = Erstsprache
export-column-languages = Sprachen
export-stakeholders-referred-buddies = Vermittelte Buddys
export-stakeholders-referred-newcomers = Vermittelte Neuangekommene
export-column-host-language-level = Niveau in der Landessprache
export-column-country-of-origin = Herkunftsland
export-column-arrival-date = Ankunftsdatum
export-column-area = Stadtteil
export-column-availability = Verfügbarkeit
export-column-interests = Interessen
export-column-areas = Hilfebereiche
export-column-gender = Geschlecht
export-column-gender-preference = Gewünschtes Geschlecht im Tandem
export-column-birth-year = Geburtsjahr
export-column-heard-from = Von uns gehört durch
export-column-registered-at = Angemeldet am
programme-export-codes = Spaltencodes für Programme (CSV)
programme-import = Liste importieren (CSV)
programme-status-column = Status

## Dubletten
duplicates-title = Mögliche Dubletten
duplicates-intro = Diese Einträge könnten dieselbe Person betreffen. Führen Sie sie im ersten Eintrag zusammen oder markieren Sie sie als verschiedene Personen.
duplicates-none = Keine möglichen Dubletten.
duplicates-reason-email = gleiche E-Mail
duplicates-reason-phone = gleiches Telefon
duplicates-reason-name = gleicher Name und gleiches Geburtsjahr
duplicates-merge = Im ersten zusammenführen
duplicates-keep = Verschiedene Personen
duplicates-merged = Die Einträge sind zusammengeführt.
duplicates-kept = Als verschiedene Personen markiert.
duplicates-pager = Mögliche Duplikate { $first }–{ $last } von { $total }

## CSV-Import
import-title = Liste importieren
import-intro = Laden Sie eine CSV-Datei hoch, die aus einer Tabellenkalkulation gespeichert wurde (UTF-8, durch Komma oder Semikolon getrennt, eine Person pro Zeile, zuerst eine Kopfzeile). Sie wählen, welche Spalte was enthält, sehen jede Zeile geprüft und importieren dann alles oder nichts. Eine Excel-Arbeitsmappe (.xlsx) wird direkt gelesen: ihr erstes Blatt, mit Datumsangaben und Zahlen.
import-file = CSV- oder Excel-Datei (.xlsx)
import-kind = Diese Personen sind
import-next = Weiter
import-mapping-title = Welche Spalte enthält was?
import-column-none = — nicht in der Datei —
import-preview-title = Vor dem Import prüfen
import-row = Zeile
import-row-ok = bereit
import-row-skip = schon angemeldet: übersprungen
import-row-errors = zu korrigieren
import-consent-confirm = Ich bestätige, dass jede dieser Personen der Teilnahme am Programm zugestimmt hat (Einwilligung auf Papier oder mündlich eingeholt).
import-commit = { $count ->
    [one] Eine Person importieren
   *[other] { $count } Personen importieren
}
import-done = { $count ->
    [0] Niemand importiert
    [one] Eine Person importiert
   *[other] { $count } Personen importiert
}, { $skipped } bereits angemeldet.
import-empty = Die Datei enthält keine Zeile zum Importieren.
import-bad-csv = Diese Datei kann nicht als CSV gelesen werden. Speichern Sie sie in Ihrer Tabellenkalkulation als „CSV UTF-8“ und versuchen Sie es noch einmal.
import-has-errors = Einige Zeilen der Datei müssen vor dem Import korrigiert werden. Es wurde nichts importiert.
import-consent-required = Bestätigen Sie, dass diese Personen der Teilnahme zugestimmt haben.
error-number-range = Geben Sie eine ganze Zahl von { $min } bis { $max } ein.
error-scale-invalid = Wählen Sie einen Punkt auf der Skala.

## Schritt 3 — Fragebögen und erste Selbsteinschätzung
nav-questionnaires = Fragebögen
q-kind-newcomer_self_assessment = Selbsteinschätzung einer neu angekommenen Person
q-kind-buddy_self_assessment = Selbsteinschätzung eines Buddys
q-kind-buddy_interview = Gespräch mit einem Buddy
q-kind-newcomer_intake = Erstgespräch mit einer neu angekommenen Person
q-done-on = Ausgefüllt am { $date }
q-not-done = Noch nicht ausgefüllt
q-fill = Ausfüllen
q-fill-with = Mit der Person ausfüllen
q-view = Antworten ansehen
q-by-staff-note = Sie füllen dies mit der Person aus oder für sie während des Gesprächs. Das wird so vermerkt.
q-send = Antworten speichern
q-saved = Die Antworten sind gespeichert.
questionnaires-title = Fragebögen
questionnaires-intro = Die Fragebögen Ihrer Organisation. Jede Änderung erzeugt eine neue Fassung; bereits gegebene Antworten behalten die Fassung, auf die sie geantwortet haben.
q-version = Fassung { $version }
q-responses = { $count ->
    [0] noch keine Antwort
    [one] eine Antwort
   *[other] { $count } Antworten
}
q-edit = Ändern
q-edit-intro = Die Definition unten ist die aktuelle Fassung, im JSON-Format, das in docs/QUESTIONNAIRES.md beschrieben ist. Beim Speichern entsteht eine neue Fassung.
q-definition-json = Definition (JSON)
q-save-version = Als neue Fassung speichern
q-new-version-saved = Fassung { $version } ist gespeichert.
q-definition-invalid = Diese Definition kann nicht verwendet werden: { $detail }
q-preview = So sieht es aus
assess-title = Ihre Selbsteinschätzung
assess-intro = Ein paar Fragen, um zu sehen, wo Sie heute stehen. Es gibt keine richtigen oder falschen Antworten. Ihr Buddy sieht Ihre Antworten nicht.
assess-start = Beginnen
assess-continue = Weiter
assess-question-of = Frage { $n } von { $total }
assess-next = Weiter
assess-back = Zurück
assess-skip = Diese Frage überspringen
assess-review-title = Prüfen Sie Ihre Antworten
assess-not-answered = Nicht beantwortet
assess-change = Ändern
assess-send = Meine Antworten senden
assess-missing = Einige Pflichtfragen sind noch nicht beantwortet.
assess-done-title = Vielen Dank
assess-done-text = Ihre Antworten sind gespeichert. Sie zeigen, wo Sie beginnen; am Ende des Programms vergleichen Sie sie.
baseline-title = Ausgangspunkt
baseline-chart-title = Selbstständigkeit je Bereich zu Beginn, von 1 (braucht viel Hilfe) bis 5 (kommt allein zurecht)
baseline-area = Bereich
baseline-score = Wert
baseline-of-five = { $score } / { $max }
baseline-none = Noch keine Selbsteinschätzung.
home-self-assessment = Ihre Selbsteinschätzung
home-start-assessment = Selbsteinschätzung beginnen
home-continue-assessment = Selbsteinschätzung fortsetzen
person-space = Persönlicher Bereich
person-has-account = Diese Person hat ein Konto: Sie sieht ihren Buddy, ihre Treffen und ihre Fragebögen.
person-invite-intro = Laden Sie diese Person ein, sich auf ihrem Handy anzumelden: Dann füllt sie ihre Selbsteinschätzung selbst aus und sieht ihren Buddy und ihre Treffen.
person-invite = Einladung senden
person-edit-link = Angaben berichtigen
person-edit-title = Angaben von { $name } berichtigen
person-edit-intro = Berichtigen Sie, was bei der Anmeldung erfasst wurde. Die Einwilligungen werden auf ihrer eigenen Seite geändert.
person-edit-save = Berichtigungen speichern
person-edit-saved = Die Angaben sind berichtigt.
person-invite-needs-email = Für ein Konto braucht es eine E-Mail-Adresse, und in diesem Eintrag ist keine angegeben.
stakeholders-export = Verzeichnis exportieren (CSV)
outreach-export = Protokoll exportieren (CSV)

## Schritt 5 — Schulung
nav-training = Schulung
training-title = Schulung
training-intro = Die Schulungen Ihrer Organisation: die Schulung für Buddys und die Schulung für Fachkräfte und Ehrenamtliche. Ein Buddy ist bereit für ein Tandem, sobald alle Pflichtmodule abgeschlossen sind.
training-empty = Noch keine Schulung.
course-title = Titel
course-audience = Für
audience-buddies = Buddys
audience-professionals = Fachkräfte und Ehrenamtliche
course-description = Beschreibung
course-create = Schulung anlegen
course-modules = Module
course-learners = Teilnehmende
course-counts = Module: { $modules } · Angemeldet: { $enrolled } · Abgeschlossen: { $completed }
course-no-modules = Noch kein Modul.
course-no-learners = Noch niemand angemeldet.
course-progress-xlsx = Fortschritt der Teilnehmenden herunterladen (Excel, .xlsx)
course-completed-on = Abgeschlossen am { $date }
course-in-progress = Läuft: { $done } von { $total ->
    [one] { $total } Pflichtmodul
   *[other] { $total } Pflichtmodulen
} erledigt
module-add = Modul hinzufügen
module-kind = Art des Moduls
module-kind-capsule = Lernkapsel (Text, Datei oder Video)
module-kind-quiz = Quiz
module-kind-session = Präsenztermin
module-title = Titel
module-body = Inhalt oder Ablauf
module-link = Link zu einem Video oder einer Datei (https://…)
module-minutes = Lernzeit (Minuten)
module-mandatory = Pflicht für Buddys
module-quiz = Fragen: ein Block pro Frage, die Frage in der ersten Zeile, eine Antwortmöglichkeit pro Zeile, die richtige beginnt mit *
module-pass-mark = Bestehensgrenze (%)
module-date = Datum
module-time = Uhrzeit (HH:MM)
module-place = Ort
module-capacity = Plätze
module-when = { $when }, { $place }
module-mandatory-mark = Pflicht
module-hours = { $minutes } Min.
module-record = Fortschritt erfassen
module-record-intro = Halten Sie fest, wer das Modul durchgearbeitet, am Termin teilgenommen oder das Quiz bestanden hat.
module-record-save = Speichern
module-recorded = Der Fortschritt ist gespeichert.
module-too-many = Es waren mehr Personen da, als es Plätze gibt. Prüfen Sie die Liste.
progress-not_started = Nicht begonnen
progress-done = Erledigt
progress-passed = Bestanden ({ $score } %)
progress-failed = Noch nicht bestanden ({ $score } %)
progress-attended = Teilgenommen
progress-absent = Nicht teilgenommen
progress-score = Ergebnis im Quiz (%)
enrol-title = Lernende anmelden
enrol-cohort = Gruppe (zum Beispiel „Pilot Frankreich 2026“)
enrol-submit = Anmelden
enrol-none = Niemand zum Anmelden: Buddys erscheinen hier, sobald sie angenommen sind, Konten des Teams, sobald sie eine Rolle in der Organisation haben.
enrolled = { $count ->
    [0] Niemand angemeldet
    [one] Eine Person angemeldet
   *[other] { $count } Personen angemeldet
}
learn-title = Ihre Schulung
learn-empty = Sie sind noch für keine Schulung angemeldet.
learn-open = Öffnen
learn-done-button = Ich habe es durchgearbeitet
learn-quiz-submit = Meine Antworten prüfen
learn-quiz-result = Ihr Ergebnis: { $score } %. Zum Bestehen braucht es { $pass } %.
learn-session = Termin am { $when }, Ort: { $place }
certificate = Bescheinigung
certificate-title = Schulungsbescheinigung
certificate-text = Hiermit wird bescheinigt, dass { $name } die Schulung „{ $course }“ mit { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
} Lernzeit am { $date } abgeschlossen hat.
certificate-modules = Abgeschlossene Module
certificate-print = Drucken Sie diese Seite aus oder speichern Sie sie in Ihrem Browser als PDF.
error-quiz-format = Schreiben Sie jede Frage in eine eigene Zeile, danach ihre Antwortmöglichkeiten, eine pro Zeile, von denen genau eine mit * beginnt; lassen Sie zwischen den Fragen eine Zeile frei.
error-link-invalid = Geben Sie einen Link ein, der mit https:// beginnt.
error-time-invalid = Geben Sie eine Uhrzeit ein, zum Beispiel 14:30.
error-time-zone-invalid = Geben Sie eine Zeitzone wie Europe/Berlin ein.
error-training-not-done = Ein Buddy kann erst bereit für ein Tandem sein, wenn alle Pflichtmodule der Schulung abgeschlossen sind.
home-training-own = Ihre Schulung
form-yes = Ja
form-no = Nein

## Schritt 4 — Vorauswahl der Tandems
match-title = Vorauswahl der Tandems
match-intro = Der Vorschlag bringt möglichst viele Neuangekommene in ein Tandem und wählt dann die beste Gesamtbewertung. Lesen Sie jede Begründung, fixieren Sie die Tandems, über die Sie entschieden haben, schließen Sie die aus, die nicht zustande kommen dürfen, und bestätigen Sie: Bis dahin wird niemand zugeordnet.
match-summary = Neuangekommene im Tandem: { $matched } von { $mentees }. Buddys bereit für ein Tandem: { $mentors }.
match-none-ready = In diesem Programm ist noch niemand bereit für ein Tandem.
match-proposals = Vorgeschlagene Tandems
match-score = Passung: { $score } %
match-criterion = Kriterium
match-weight = Gewichtung
match-subscore = Wert
match-why = Begründung
match-confirm = Dieses Tandem bestätigen
match-lock = Fixieren
match-unlock = Fixierung lösen
match-locked = fixiert
match-exclude = Dieses Tandem ausschließen
match-exclude-reason = Grund für den Ausschluss (Konflikt, Verwandtschaft, früheres Tandem …)
match-others = Nächstbeste Buddys
match-unmatched = Ohne Buddy geblieben
match-blocked = Warum die einzelnen Buddys nicht infrage kommen
match-excluded-title = Ausgeschlossene Tandems
match-clear = Wieder zulassen
match-weights-title = Gewichtung der Kriterien (0 bis 10)
match-weights-save = Speichern und neu berechnen
match-weights-unreadable = Die für dieses Programm gespeicherten Gewichtungen konnten nicht gelesen werden: Unten stehen die Standardgewichtungen, die für diesen Vorschlag gelten.
match-weights-unreadable-fix = Neue Gewichtungen speichern
match-manual-title = Tandem von Hand bilden
match-manual-intro = Wählen Sie ein anderes Tandem als das vorgeschlagene und geben Sie den Grund an: Er wird gespeichert.
match-manual-mentee = Neu angekommene Person
match-manual-mentor = Buddy
match-manual-reason-label = Grund
match-manual-submit = Tandem bilden
match-manual = Von Hand gebildet
match-manual-reason = Geben Sie an, warum Sie dieses Tandem abweichend vom Vorschlag bilden.
match-weight-invalid = Jede Gewichtung ist eine Zahl von 0 bis 10, und mindestens eine muss größer als 0 sein.
match-done-confirmed = Das Tandem wird beiden Personen vorgeschlagen.
match-done-marked = Gespeichert; der Vorschlag wird neu berechnet.
match-done-weights = Die Gewichtungen sind gespeichert; der Vorschlag wird neu berechnet.
criterion-needs = Bedarf und Fähigkeiten
criterion-language = Gemeinsame Sprachen
criterion-host-language = Landessprache
criterion-goals = Ziele
criterion-interests = Interessen
criterion-expectations = Erwartungen
criterion-availability = Verfügbarkeit
criterion-place = Ort
criterion-age = Alter
criterion-gender = Geschlecht
criterion-capacity = Freie Plätze beim Buddy
match-gender-female = eine Frau
match-gender-male = einen Mann
match-gender-other = eine Person anderen Geschlechts
match-shared-native-language = Gleiche Erstsprache: { $language }
match-common-language = Gemeinsame Sprache: { $language } (Niveau { $level })
match-no-common-language = Keine gemeinsame Sprache auf Niveau { $level } oder höher
match-communicates-beyond-host-language = Verständigung auch außerhalb von { $language } möglich
match-host-language-level = Niveau in { $language }: { $level }
match-needs-met = Abgedeckter Bedarf ({ $count } von { $needs }): { $met }
match-needs-unknown = Bedarf unbekannt
match-shared-goals = Gemeinsame Ziele: { $goals }
match-no-shared-goals = Kein gemeinsames Ziel
match-goals-unknown = Ziele unbekannt
match-shared-interests = Gemeinsame Interessen: { $interests }
match-no-shared-interests = Kein gemeinsames Interesse
match-interests-unknown = Interessen unbekannt
match-shared-expectations = Gleiche Erwartungen: { $expectations }
match-no-shared-expectations = Unterschiedliche Erwartungen
match-expectations-unknown = Erwartungen unbekannt
match-availability-overlap = Gemeinsame Zeitfenster pro Woche: { $slots }
match-availability-unknown = Verfügbarkeit unbekannt
match-distance-km = Entfernung: { $km } km
match-same-area = Gleiches Gebiet: { $area }
match-different-area = Verschiedene Gebiete
match-place-unknown = Ort unbekannt
match-age-gap = Altersunterschied in Jahren: { $years }
match-age-unknown = Alter unbekannt
match-same-gender = Gleiches Geschlecht
match-different-gender = Unterschiedliches Geschlecht
match-gender-unknown = Geschlecht unbekannt
match-mentor-room = Freie Plätze: { $free } von { $capacity }
match-gender-preference-mentee = Die neu angekommene Person bevorzugt { $preference }
match-gender-preference-mentor = Der Buddy bevorzugt { $preference }
match-excluded-by-coordinator = Von der Koordination ausgeschlossen
match-mentor-at-capacity = Der Buddy hat keinen freien Platz mehr (Plätze: { $capacity })
match-mentor-not-eligible = Der Buddy ist noch nicht bereit für ein Tandem
match-no-possible-mentor = Für diese Person kommt kein Buddy infrage.
match-mentors-taken = { $count ->
    [one] Der einzige mögliche Buddy ist bereits einer anderen neu angekommenen Person zugeordnet.
   *[other] Alle { $count } möglichen Buddys sind bereits anderen Neuangekommenen zugeordnet.
}

## Schritt 6 — Tandembildung und erstes Treffen
pair-mail-subject = Ihnen wird ein Tandem vorgeschlagen
pair-mail-body = Hallo { $name },

    das Programm schlägt Ihnen ein Treffen mit { $other } vor. Sehen Sie nach, wer das ist, und antworten Sie hier:

    { $link }
pair-proposal-title-mentor = Ihnen wird eine neu angekommene Person vorgeschlagen
pair-proposal-title-mentee = Ihnen wird ein Buddy vorgeschlagen
pair-proposal-intro = Möchten Sie diese Person kennenlernen? Wenn nicht, sagen Sie uns bitte, warum: Die Koordination sucht dann jemand anderen.
pair-accept = Ja, einverstanden
pair-decline = Nein, danke
pair-decline-reason = Warum nicht? (nötig für eine Absage)
pair-answer-accepted = Sie haben zugesagt. Die Koordination vereinbart Ihr erstes Treffen.
pair-answer-declined = Sie haben diesen Vorschlag abgelehnt.
pair-answer-waiting = Antwort steht noch aus
pair-status-proposed = Vorgeschlagen, Antworten stehen aus
pair-status-accepted = Von beiden angenommen; erstes Treffen und Vereinbarung folgen
pair-status-declined = Abgelehnt
pair-status-active = Aktiv
pair-step-meeting = Erstes Treffen
pair-step-agreement = Tandemvereinbarung
pair-step-signatures = Vereinbarung von beiden angenommen
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Termin speichern
pair-meeting-held = Das erste Treffen hat stattgefunden
pair-meeting-invalid = Geben Sie ein Datum (Jahr-Monat-Tag) und eine Uhrzeit wie 14:30 ein.
pair-not-ready = Das geht noch nicht: Zuerst müssen beide den Vorschlag angenommen haben (und der Termin des ersten Treffens muss feststehen).
pair-saved = Gespeichert.
pair-agreement-title = Tandemvereinbarung
pair-goals = Ziele
pair-goals-text = Ziele in eigenen Worten
pair-rhythm = Häufigkeit der Treffen
rhythm-weekly = Jede Woche
rhythm-fortnightly = Alle zwei Wochen
rhythm-monthly = Jeden Monat
pair-months-label = Geplante Dauer (Monate)
pair-months = { $months ->
    [one] ein Monat
   *[other] { $months } Monate
}
pair-boundaries = Grenzen (was der Buddy nicht übernimmt)
pair-confidentiality = Beiden wurde die Vertraulichkeit erklärt: Was gesagt wird, bleibt zwischen ihnen und dem Programmteam, außer wenn jemand vor Schaden geschützt werden muss.
pair-confidentiality-short = Vertraulichkeit
pair-confidentiality-text = Was gesagt wird, bleibt zwischen dem Tandem und dem Programmteam, außer wenn jemand vor Schaden geschützt werden muss.
pair-agreement-save = Vereinbarung speichern
pair-paper-signed = Von beiden auf Papier unterschrieben
pair-agreement-accept = Ich nehme diese Vereinbarung an
pair-agreement-signed = Sie haben diese Vereinbarung angenommen.
pair-agreement-none = Die Vereinbarung ist noch nicht geschrieben.
home-pending = Wartet auf Sie
home-pending-proposal = Ein Vorschlag zum Beantworten
home-pending-agreement = Eine Vereinbarung zum Lesen und Annehmen
error-agreement-goals = Wählen Sie mindestens ein Ziel aus oder schreiben Sie eines auf.
error-months-invalid = Geben Sie eine Anzahl Monate von 1 bis 24 ein.
error-confidentiality-required = Bestätigen Sie, dass beiden die Vertraulichkeit erklärt wurde.
match-in-setup = Tandems im Aufbau
pair-checklist-accepted = hat zugesagt
pair-checklist-declined = hat abgesagt

## Schritt 7 — Tandemtreffen
nav-calendar = Kalender
pair-title-with = Sie und { $name }
pair-title-staff = { $buddy } und { $newcomer }
pair-log-session = Treffen eintragen
pair-plan-session = Treffen planen
pair-all-sessions = Alle Treffen
pair-planned-sessions = Geplante Treffen
pair-held-sessions = Stattgefundene Treffen
pair-no-held-sessions = Noch kein Treffen eingetragen.
pair-calendar-link = Ihre Treffen in den Kalender Ihres Handys übernehmen
session-log-title = Treffen eintragen
session-plan-title = Treffen planen
session-log-intro = Ein Treffen, das Sie mit { $name } hatten. Das dauert nur ein paar Sekunden.
session-plan-intro = Ihr nächstes Treffen mit { $name }. Es erscheint in Ihrem Kalender.
session-date = Datum
session-time = Uhrzeit ({ $zone })
session-duration = Dauer in Minuten
session-mode = Wie haben Sie sich getroffen?
session-mode-label-in_person = Vor Ort
session-mode-label-online = Online
session-mode-label-phone = Telefonisch
session-place = Ort (optional)
session-topics = Worum ging es?
session-summary = Was haben Sie gemacht? Ein Satz genügt.
session-summary-planned = Was haben Sie vor? (optional)
session-rating = Wie ist es gelaufen?
session-rating-1 = 1 · schlecht
session-rating-2 = 2
session-rating-3 = 3 · in Ordnung
session-rating-4 = 4
session-rating-5 = 5 · sehr gut
session-log-submit = Treffen speichern
session-plan-submit = Treffen planen
session-cancel = Abbrechen
session-saved = Das Treffen ist gespeichert.
session-removed = Das Treffen wurde gelöscht.
session-change-title = Treffen ändern
session-change-intro = Ein Treffen mit { $name }: Korrigieren Sie, was nötig ist.
session-change-submit = Änderungen speichern
session-call-off = Dieses Treffen absagen
session-remove = Dieses Treffen löschen
session-change = Ändern oder löschen
session-minutes = { $count ->
    [one] eine Minute
   *[other] { $count } Minuten
}
session-rating-of = Wie es gelaufen ist: { $rating } von 5
session-logged-by-you = Von Ihnen eingetragen
session-logged-by = Eingetragen von { $name }
session-logged-by-staff = Vom Programmteam eingetragen
session-confirmed = Bestätigt
session-confirmed-by-you = Von Ihnen bestätigt
session-confirmed-by = Bestätigt von { $name }
session-confirm = Dieses Treffen bestätigen
error-session-future = Ein Treffen, das stattgefunden hat, kann nicht in der Zukunft liegen. Um ein Treffen zu planen, nutzen Sie „Treffen planen“.
error-session-past = Ein geplantes Treffen kann nicht in der Vergangenheit liegen. Um ein Treffen einzutragen, das stattgefunden hat, nutzen Sie „Treffen eintragen“.
error-session-too-far = Wählen Sie ein Datum, das höchstens ein Jahr von heute entfernt ist.
error-duration-invalid = Geben Sie eine Dauer von 5 bis 600 Minuten ein.
error-topics-required = Kreuzen Sie mindestens ein Thema an.
error-rating-required = Geben Sie an, wie es gelaufen ist, von 1 bis 5.
error-rating-invalid = Wählen Sie eine Zahl von 1 bis 5.
error-rating-planned = Ein geplantes Treffen kann noch nicht bewertet werden.
calendar-title = Ihr Kalender
calendar-intro = Ihre geplanten Treffen in der Kalender-App Ihres Handys oder Computers.
calendar-download = Kalender herunterladen (.ics)
calendar-feed = Privater Kalenderlink
calendar-feed-intro = Abonnieren Sie diesen Link in Ihrer Kalender-App: Ihre geplanten Treffen erscheinen dort und bleiben aktuell. Wer den Link hat, sieht sie. Behalten Sie ihn also für sich und erneuern Sie ihn, wenn er weitergegeben wurde.
calendar-feed-new = Ihr neuer privater Link. Kopieren Sie ihn in Ihre Kalender-App:
calendar-feed-once = Zum Schutz Ihrer Privatsphäre wird er nur jetzt angezeigt. Wenn Sie ihn verlieren, erneuern Sie ihn.
calendar-feed-since = Ein privater Link ist seit { $when } aktiv.
calendar-feed-none = Sie haben keinen privaten Link.
calendar-feed-create = Privaten Link erstellen
calendar-feed-renew = Link erneuern (der alte funktioniert dann nicht mehr)
calendar-feed-revoke = Link widerrufen
calendar-name = Buddy-Treffen
calendar-event-summary = Buddy-Treffen mit { $name }
reminder-subject = Zeit für ein Treffen mit { $other }?
reminder-body = Hallo { $name },

    Ihr Tandem mit { $other } hat seit { $days } Tagen kein Treffen eingetragen. Wenn Sie sich getroffen haben, tragen Sie das Treffen ein; wenn nicht, planen Sie das nächste:

    { $link }

    Wenn etwas nicht stimmt, sagen Sie es Ihrer Koordination.
session-log-planned = Es hat stattgefunden: eintragen
programme-pairs = Tandems
enrol-buddies = Buddys
enrol-staff = Fachkräfte und Ehrenamtliche mit einem Konto
course-cohorts = Gruppen
cohort-enrolled = Angemeldet
cohort-completed = Abgeschlossen
cohort-modules = Erledigte Pflichtmodule
cohort-progress = { $done } von { $total }
module-files = Dateien
module-files-none = Noch keine Datei.
module-file-upload = Datei anhängen
module-file-hint = Ein PDF, ein PNG- oder JPEG-Bild oder reiner Text; höchstens { $size } MB. Die Lernenden laden es herunter.
module-file-submit = Hochladen
module-texts = Übersetzungen
module-texts-intro = Titel und Text in anderen Sprachen. Lernende lesen ihre eigene Sprache oder die des Kurses, wenn es keine Übersetzung gibt.
module-text-language = Sprache
module-text-save = Übersetzung speichern
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = Wählen Sie eine Datei zum Hochladen.
file-unreadable = Die Datei konnte nicht gelesen werden. Versuchen Sie es erneut.
file-too-large = Die Datei ist zu groß: höchstens { $size } MB.
file-type-refused = Diese Art von Datei wird nicht angenommen. Senden Sie ein PDF, ein PNG- oder JPEG-Bild oder reinen Text.
learn-files = Dateien zum Herunterladen
cohort-name = Gruppe
module-file-delete = Entfernen

## Auskunft und Übertragbarkeit: Export der Daten einer Person, Zugriffsprotokoll
export-link = Alle Daten exportieren
export-mine-link = Alle meine Daten herunterladen
export-json-link = Als Datei herunterladen (JSON)
export-title-of = Gespeicherte Daten über { $name }
export-title-mine = Alle meine Daten
export-generated = Erstellt am { $date }. Drucken Sie diese Seite, um sie auf Papier aufzubewahren.
export-staff-note = Dieses Dokument wird auf { $language } angezeigt, der Sprache der Person, damit Sie es ihr geben können.
export-account = Konto
export-name = Name
export-email = E-Mail
export-language = Sprache
export-roles = Rollen
export-programme = Programm
export-profile = Profil und Anmeldung
export-answers = Antworten auf Fragebögen
export-training = Schulung
export-enrolled-on = Angemeldet am { $date }
export-completed-on = Abgeschlossen am { $date }
export-pairs = Tandems und Treffen
export-pair-with = Mit { $name } ({ $role })
export-started-on = Begonnen am
export-agreement-written = Geschrieben, noch nicht angenommen
export-decline-reason = Grund der Ablehnung
access-link = Wer diesen Datensatz eingesehen hat
erase-link = Daten dieser Person löschen
erase-title = Daten von { $name } löschen
erase-warning = Das Löschen kann nicht rückgängig gemacht werden. Exportieren Sie die Daten vorher, wenn die Person eine Kopie möchte.
erase-what-goes = Was gelöscht wird
erase-what-stays = Was bleibt
erase-item-record = Der Eintrag von { $name }: Name, Kontakt, Sprachen, Herkunft, Geburtsjahr, Verfügbarkeit, was bei der Anmeldung geschrieben wurde
erase-item-consents = { $count ->
    [one] eine Einwilligung
   *[other] { $count } Einwilligungen
}
erase-item-reasons = { $count ->
    [one] die Begründung einer Statusänderung
   *[other] die Begründungen von { $count } Statusänderungen
}
erase-item-answers = { $count ->
    [one] die Antworten auf einen Fragebogen
   *[other] die Antworten auf { $count } Fragebögen
}
erase-item-goals = { $count ->
    [one] der Titel eines Ziels
   *[other] die Titel von { $count } Zielen
}
erase-item-pairs = { $count ->
    [one] Notizen, Gründe, Treffpunkt und Vereinbarung eines Tandems
   *[other] Notizen, Gründe, Treffpunkte und Vereinbarungen von { $count } Tandems
}
erase-item-sessions = { $count ->
    [one] Zusammenfassung und Ort eines Treffens
   *[other] Zusammenfassungen und Orte von { $count } Treffen
}
erase-item-marks = { $count ->
    [one] die Begründung einer Zuordnungsentscheidung
   *[other] die Begründungen von { $count } Zuordnungsentscheidungen
}
erase-item-invitations = { $count ->
    [one] eine Einladung
   *[other] { $count } Einladungen
}
erase-item-messages = { $count ->
    [one] eine Nachricht an die Person oder mit ihrem Namen
   *[other] { $count } Nachrichten an die Person oder mit ihrem Namen
}
erase-item-account = ihr Konto { $email } mit Passwort, Sitzungen und Zwei-Schritt-Anmeldung
erase-item-account-kept = Ihr Konto bleibt, ohne Verbindung zu diesem Eintrag: Es hat eine andere Rolle oder einen anderen Eintrag.
erase-kept = Ein Eintrag ohne Namen bleibt, damit die Zahlen stimmen: Buddy oder Neuankommende, Programm, Schritt, Status und Daten. Das andere Mitglied eines Tandems behält seinen eigenen Verlauf, ohne den Namen dieser Person. Das Prüfprotokoll behält seine Zeilen, die nur Nummern und Codes enthalten.
erase-confirm = Ich habe geprüft, dass diese Person die Löschung verlangt hat oder ihre Daten nicht mehr aufbewahrt werden müssen
erase-submit = Jetzt löschen
erase-cancel = Abbrechen und zum Eintrag zurück
erase-confirm-needed = Kreuzen Sie das Kästchen an, um die Löschung zu bestätigen.
erase-done-title = Daten gelöscht
erase-done = Die Daten der Person wurden gelöscht. Der Eintrag öffnet sich nicht mehr.
erase-back = Zurück zum Programm
nav-retention = Aufbewahrung
retention-title = Wie lange Einträge aufbewahrt werden
retention-intro = Hat eine Person das Programm verlassen (Alumni, abgelehnt oder zurückgezogen) und kein offenes Tandem mehr, werden ihre Daten einige Monate nach der letzten Aktivität gelöscht. m4m tut das täglich; diese Seite zeigt, was in den nächsten 30 Tagen fällig wird, damit Sie es prüfen können.
retention-period-default = Abgeschlossene Einträge werden { $months ->
    [one] { $months } Monat
   *[other] { $months } Monate
} nach ihrer letzten Aktivität gelöscht (Standard).
retention-period = Abgeschlossene Einträge werden { $months ->
    [one] { $months } Monat
   *[other] { $months } Monate
} nach ihrer letzten Aktivität gelöscht.
retention-months = Monate, die abgeschlossene Einträge aufbewahrt werden
retention-save = Speichern
retention-saved = Die Aufbewahrungsfrist wurde gespeichert.
retention-due-title = Fällig in den nächsten 30 Tagen
retention-none-due = In den nächsten 30 Tagen wird nichts fällig.
retention-col-name = Person
retention-col-why = Warum
retention-col-when = Gelöscht am
retention-why = { $status }, letzte Aktivität am { $date }
error-retention-months = Geben Sie eine ganze Zahl von Monaten zwischen 1 und 120 an.
access-title = Wer die Daten eingesehen hat
access-title-of = Wer den Datensatz von { $name } eingesehen hat
access-intro = Jedes Mal, wenn jemand diesen Datensatz gelesen, geändert oder exportiert hat, das Neueste zuerst.
access-empty = Noch niemand hat diesen Datensatz eingesehen.
access-back = Zurück zum Datensatz
access-when = Wann
access-who = Wer
access-what = Was
access-system = m4m selbst
audit-other = Andere Aktion ({ $code })
audit-participant-read = Hat den Datensatz gelesen
audit-participant-answers_read = Hat Antworten eines Fragebogens gelesen
audit-participant-access_log = Hat gelesen, wer den Datensatz eingesehen hat
audit-participant-export = Hat die Daten exportiert
audit-participant-register = Anmeldung
audit-participant-status = Hat den Status geändert
audit-participant-keep_apart = Von einem möglichen Duplikat getrennt gehalten
audit-participant-merge = Hat ein Duplikat in den Datensatz übernommen
audit-programme-export = Hat die Liste des Programms exportiert, mit diesem Datensatz
audit-programme-export_xlsx = Hat die Liste des Programms exportiert, mit diesem Datensatz (Excel, .xlsx)
audit-response-complete = Hat einen Fragebogen abgeschlossen
audit-matching-mark = Hat ein mögliches Tandem markiert
audit-course-enrol = Anmeldung zu einem Kurs
audit-module-progress = Hat Schulungsfortschritt eingetragen
audit-pair-read = Hat das Tandem gelesen
audit-pair-propose = Hat ein Tandem vorgeschlagen
audit-pair-accepted = Hat das Tandem angenommen
audit-pair-declined = Hat das Tandem abgelehnt
audit-pair-start = Hat das Tandem gestartet
audit-pair-first_meeting = Hat das erste Treffen angesetzt
audit-pair-first_meeting_held = Hat das erste Treffen eingetragen
audit-pair-agreement = Hat die Vereinbarung geschrieben
audit-pair-agreement_signed = Hat die Vereinbarung angenommen
audit-pair-reminder = Hat eine Erinnerung gesendet
audit-peer_session-planned = Hat ein Treffen geplant
audit-peer_session-held = Hat ein Treffen eingetragen
audit-peer_session-confirm = Hat ein Treffen bestätigt
audit-user-create = Hat das Konto angelegt
audit-user-activate = Hat das Konto wieder aktiviert
audit-user-deactivate = Hat das Konto deaktiviert
audit-user-export = Hat die Kontodaten exportiert
audit-invitation-accept = Hat die Einladung angenommen
audit-login = Anmeldung am Konto
audit-login-failed = Fehlgeschlagene Anmeldung
audit-login-throttled = Anmeldung nach zu vielen Fehlversuchen gesperrt
audit-logout = Abmeldung
audit-calendar_feed-open = Hat einen Kalender-Feed geöffnet
audit-calendar_feed-revoke = Hat den Kalender-Feed widerrufen
audit-access-denied = Zugriff wurde verweigert

# Concerns (step 8)
concern-severity = Wie ernst ist es?
concern-severity-low = Gering: gut zu wissen
concern-severity-medium = Mittel: Ein Gespräch ist nötig
concern-severity-high = Hoch: Es muss bald etwas geschehen
concern-severity-urgent = Dringend: Die Sicherheit eines Menschen ist in Gefahr
concern-status-open = Offen
concern-status-acknowledged = Zur Kenntnis genommen
concern-status-action_taken = Maßnahmen ergriffen
concern-status-closed = Abgeschlossen
concern-error-move = Wählen Sie einen der angebotenen nächsten Schritte.
concern-error-severity = Wählen Sie aus, wie ernst es ist.
concern-new-title = Eine Sorge melden
concern-about-my-pair = Ihr Tandem mit { $name }
concern-about-me = Sie selbst
concern-intro-about = Es geht um: { $about }.
concern-intro-who = Nur die Koordination Ihrer Organisation liest Ihre Meldung. Hier können Sie verfolgen, was damit geschieht.
concern-intro-other = { $name } wird darüber nicht informiert.
concern-intro-urgent = Wenn gerade jemand in Gefahr ist, rufen Sie zuerst den Notruf an (112).
concern-summary = In wenigen Worten
concern-text = Was ist passiert? (optional)
concern-send = An die Koordination senden
concern-title = Meldung
concern-sent = Ihre Meldung wurde an die Koordination gesendet.
concern-moved = Die Meldung wurde aktualisiert.
concern-open-subject = Öffnen
concern-history = Was bisher getan wurde
concern-no-moves = Noch nicht von der Koordination gelesen.
concern-next = Nächster Schritt
concern-move-legend = Neuer Status
concern-move-note = Notiz (was getan wurde, für das Protokoll)
concern-move-submit = Speichern
concern-move-to-acknowledged = Zur Kenntnis genommen: Wir haben sie gelesen
concern-move-to-action_taken = Maßnahmen ergriffen
concern-move-to-closed = Abgeschlossen
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = Gemeldet am { $date } von { $name }
concern-raised-on = Gemeldet am { $date }
concern-mail-subject = Dringende Meldung in m4m
concern-mail-body = In Ihrer Organisation wurde eine dringende Sorge gemeldet. Bitte lesen Sie die Meldung und bestätigen Sie so bald wie möglich, dass Sie sie gelesen haben: { $link }
concerns-title = Meldungen · { $programme }
concerns-intro = Alle Meldungen aus diesem Programm: offene zuerst, die dringendsten ganz oben.
concerns-none = In diesem Programm wurde noch nichts gemeldet.
concerns-link = Meldungen
home-concerns = Meldungen zum Nachverfolgen
home-concerns-more = Hier stehen die { $count } dringendsten; alle Meldungen stehen im Vorfallprotokoll ihres Programms:
home-raise-concern = Macht Ihnen etwas Sorgen? Sagen Sie es der Koordination
home-your-concerns = Ihre Meldungen
pair-raise-concern = Eine Sorge zu diesem Tandem melden
person-raise-concern = Eine Sorge zu dieser Person melden
audit-concern-raise = Hat eine Sorge gemeldet
audit-concern-move = Hat eine Meldung weiterbearbeitet
audit-concern-read = Hat eine Meldung gelesen

# Supervision (step 8)
supervision-title = Supervision
supervision-new-title = Eine Supervision eintragen
supervision-intro = Ein Treffen mit einem Buddy oder einer Gruppe: worüber Sie gesprochen haben, Ihre Notizen und was jede und jeder als Nächstes tut. Buddys sehen, dass die Supervision stattgefunden hat, und die Aufgaben, die ihnen zugeteilt wurden, aber nie Ihre Notizen.
supervision-no-buddies = Ihnen ist noch kein Buddy zur Supervision zugewiesen: Bitten Sie die Koordination darum, oder tragen Sie die Supervision über die Akte des Buddys ein.
supervision-format = Form
supervision-format-one_to_one = Einzelsupervision
supervision-format-group = Gruppensupervision
supervision-held-on = Datum
supervision-buddies = Anwesende Buddys
supervision-topics = Themen
supervision-topic-boundaries = Grenzen der Rolle
supervision-topic-wellbeing = Das eigene Wohlbefinden des Buddys
supervision-topic-cultural = Kulturelle Unterschiede
supervision-topic-practical = Praktische und administrative Fragen
supervision-topic-difficult_situation = Eine schwierige Situation
supervision-topic-motivation = Motivation und Zeit
supervision-topic-safeguarding = Schutz vor Gefährdung
supervision-topics-text = Weitere Themen
supervision-notes = Notizen
supervision-notes-hint = Nur für die Supervisor*innen der Buddys und die Koordination sichtbar.
supervision-actions = Vereinbarte Aufgaben
supervision-action-text = Aufgabe
supervision-action-owner = Wer
supervision-action-due = Bis
supervision-owner-me = Ich
supervision-save = Supervision speichern
supervision-saved = Die Supervision wurde gespeichert.
supervision-when = { $date } · { $format }
supervision-recorded-by = Eingetragen von { $name }
supervision-due = fällig am { $date }
supervision-done-on = erledigt am { $date }
supervision-your-actions = Ihre Aufgaben
supervision-no-actions = Keine Aufgabe.
supervision-mark-done = Erledigt
supervision-add-action = Eine Aufgabe hinzufügen
supervision-error-format = Wählen Sie Einzel- oder Gruppensupervision.
supervision-error-future = Das Datum darf nicht in der Zukunft liegen.
supervision-error-buddy = Wählen Sie unter den aufgeführten Buddys.
supervision-error-no-buddy = Kreuzen Sie mindestens einen Buddy an.
supervision-error-one = An einer Einzelsupervision nimmt genau ein Buddy teil.
supervision-error-topic = Wählen Sie unter den aufgeführten Themen.
supervision-error-owner = Eine Aufgabe gehört einem anwesenden Buddy oder Ihnen.
home-open-actions = { $count ->
    [0] keine offene Aufgabe
    [one] eine offene Aufgabe
   *[other] { $count } offene Aufgaben
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] ein Buddy
   *[other] { $count } Buddys
}
home-last-supervision = Letzte Supervision
home-no-supervision-yet = noch keine
home-recorded-supervisions = Von Ihnen eingetragene Supervisionen
home-my-supervision = Supervision
audit-supervision-record = Hat eine Supervision eingetragen
audit-supervision-action = Hat eine Supervisionsaufgabe hinzugefügt
audit-supervision-action_done = Hat eine Supervisionsaufgabe als erledigt markiert
audit-supervision-read = Hat eine Supervision gelesen

# Needs you today (step 9)
attention-title = Heute für Sie zu tun
attention-intro = Jedes gefährdete Tandem mit seinen Gründen und alles, was auf jemanden wartet: Jeder Eintrag führt direkt zu dem, was zu tun ist.
attention-none = Heute gibt es nichts für Sie zu tun.
attention-at-risk = Gefährdete Tandems
attention-waiting = Wartet auf jemanden
attention-see-all = Ganze Liste ansehen
risk-urgent-concern = Eine dringende Meldung ist offen
risk-open-concern = { $count ->
    [one] Eine Meldung ist offen
   *[other] { $count } Meldungen sind offen
}
risk-no-session = Seit { $days } Tagen kein Treffen
risk-first-meeting-overdue = Erstes Treffen am { $date } geplant, aber nicht eingetragen
risk-agreement-ends = Die Vereinbarung endet am { $date }
waiting-answer = Vorschlag noch nicht beantwortet
waiting-signature = Vereinbarung noch nicht von beiden angenommen
waiting-confirmation = { $count ->
    [one] Ein Treffen wartet seit über einer Woche auf Bestätigung
   *[other] { $count } Treffen warten seit über einer Woche auf Bestätigung
}

# Goals of the pair (step 9)
goals-title = Ziele des Tandems
goals-intro = Die Ziele, auf die Sie sich geeinigt haben. Geben Sie an, wo jedes jetzt steht, verglichen mit dem, was Sie erwartet haben: Jede Antwort wird aufbewahrt, so sehen Sie, welchen Weg Sie schon zurückgelegt haben.
goals-none = Noch keine Ziele: Sie kommen aus der Vereinbarung, sobald das Tandem beginnt.
goals-history = Bisheriger Stand
goals-when = Datum
goals-score = Stand
goals-by = Von
goals-comment = Kommentar (optional)
goals-where = Wo steht es jetzt?
goals-save = Speichern
goals-saved = Gespeichert. Danke.
goal-error-score = Wählen Sie einen Punkt auf der Skala, von −2 bis +2.
gas-much-less = viel weniger als erwartet
gas-less = weniger als erwartet
gas-expected = wie erwartet
gas-more = mehr als erwartet
gas-much-more = viel mehr als erwartet
audit-goal-progress = Hat den Stand eines Ziels eingetragen
home-goal-not-rated = noch nicht bewertet
home-goal-record = Stand angeben

# Check-ins (step 9)
checkin-title = Wie läuft es?
checkin-intro = Ein paar Fragen zu Ihrer Zeit mit { $name }. Das dauert eine Minute; nur das Programmteam liest Ihre Antworten.
checkin-satisfaction = Wie zufrieden sind Sie mit Ihren Treffen?
checkin-satisfaction-1 = 1 · gar nicht
checkin-satisfaction-2 = 2 · eher nicht
checkin-satisfaction-3 = 3 · es geht
checkin-satisfaction-4 = 4 · zufrieden
checkin-satisfaction-5 = 5 · sehr zufrieden
checkin-satisfaction-short = Zufriedenheit
checkin-met = Wie oft haben Sie sich in letzter Zeit getroffen?
checkin-met-short = Treffen
checkin-met-weekly = Jede Woche
checkin-met-fortnightly = Alle zwei Wochen
checkin-met-monthly = Einmal im Monat
checkin-met-less = Seltener
checkin-met-never = Gar nicht
checkin-helped = Was hat geholfen? (optional)
checkin-difficult = Was ist schwierig? (optional)
checkin-send = Senden
checkin-thanks = Danke: Das Team hat Ihre Antworten erhalten.
checkin-nothing-due = Gerade steht keine Kurzbefragung an. Wir fragen in einiger Zeit wieder nach.
checkin-error-satisfaction = Wählen Sie einen Wert von 1 bis 5.
checkin-error-met = Wählen Sie aus, wie oft Sie sich getroffen haben.
home-pending-checkin = Wie läuft es mit { $name }? (eine Minute)
pair-checkins = Kurzbefragungen
risk-low-satisfaction = Zufriedenheit bei { $score } von 5
risk-missed-checkin = Die Kurzbefragung vom { $date } ist unbeantwortet
audit-checkin-answer = Hat eine Kurzbefragung beantwortet
baseline-done-on = Selbsteinschätzung ausgefüllt am { $date }.

# Staff contacts (step 9)
contacts-title = Kontakte des Teams
contacts-intro = Ihre Anrufe, Besuche und Nachrichten an dieses Tandem: zweimal im ersten Monat, danach einmal im Monat.
contacts-kind = Wie
contacts-note = Notiz (optional)
contacts-save = Kontakt eintragen
contact-kind-call = Anruf
contact-kind-visit = Besuch
contact-kind-message = Nachricht
contact-error-kind = Wählen Sie Anruf, Besuch oder Nachricht.
waiting-contact = Ein Kontakt durch das Team ist fällig
audit-pair-contact = Hat einen Kontakt mit einem Tandem eingetragen
checkin-mail-subject = Wie läuft es mit { $other }?
checkin-mail-body = Hallo { $name }, ein paar Fragen zu Ihren Treffen mit { $other }: eine Minute, direkt vom Handy aus. Nur das Programmteam liest Ihre Antworten. { $link }
attention-pager-risk = Gefährdete Tandems { $first }–{ $last } von { $total }
attention-pager-wait = Wartend { $first }–{ $last } von { $total }
pager-previous = Zurück
pager-next = Weiter
moment-initial = Zu Beginn
moment-midterm = Zur Halbzeit
moment-final = Am Ende
baseline-change-title = Was sich seit Beginn verändert hat
baseline-change = Veränderung
baseline-moments-chart-title = Selbstständigkeit je Bereich bei jeder Selbsteinschätzung, von 1 (braucht viel Hilfe) bis 5 (kommt allein zurecht)
home-midterm-due = Halbzeit: Es ist Zeit, noch einmal zu schauen, wo Sie stehen, mit denselben Fragen wie zu Beginn.
home-start-midterm = Ihre Selbsteinschätzung zur Halbzeit

# Added since the last pass
person-erased = gelöschte Person
notes-title = Vertrauliche Notizen
notes-intro = Gesundheitliche oder rechtliche Situation, die die Koordination kennen muss. Nur die Koordination dieser Organisation sieht diese Notizen; sie werden weder Buddys, Supervisor*innen oder Trainer*innen noch in einer Liste angezeigt und sind im eigenen Datenexport der Person enthalten.
notes-label = Notizen (höchstens 4.000 Zeichen)
notes-save = Notizen speichern
notes-saved = Die vertraulichen Notizen sind gespeichert.
follow-up-title = Begleitung und Kapazität
follow-up-intro = Wer diesen Buddy begleitet und wie viele Neuankommende er gleichzeitig begleitet. Das Vor-Matching schlägt ihn vor, solange er weniger laufende Tandems hat.
follow-up-supervisor = Supervision durch
follow-up-nobody = Noch niemand
follow-up-capacity = Neuankommende gleichzeitig
follow-up-save = Speichern
follow-up-saved = Supervision und Kapazität des Buddys sind gespeichert.
error-supervisor-choice = Wählen Sie eine Person aus der Liste.
error-capacity-range = Geben Sie eine ganze Zahl von 1 bis 5 ein.
error-capacity-below-pairs = Dieser Buddy hat bereits mehr laufende Tandems: Behalten Sie eine höhere Zahl oder schließen Sie zuerst ein Tandem.
error-follow-up-changed = Die Tandems dieses Buddys oder das Team haben sich inzwischen geändert: Prüfen Sie und speichern Sie erneut.
erase-item-notes = Die vertraulichen Notizen (Gesundheit, rechtliche Situation)
pair-first-meeting = Ihr erstes Treffen
pair-open = Seite Ihres Tandems öffnen
pair-meeting-not-yet = Das erste Treffen hat noch nicht stattgefunden: Tragen Sie es ein, sobald der Termin gekommen ist.
pair-already-answered = Dieser Vorschlag wurde bereits beantwortet.
pair-not-started = Treffen können eingetragen werden, sobald das Tandem begonnen hat.
home-pending-first-meeting = Erstes Treffen: { $meeting }
calendar-first-meeting-summary = Erstes Treffen mit { $name }
programme-at-step = { $n } · { $name }
programme-all-people = Alle im Programm

## Closing a pair (step 10)
pair-status-completed = Abgeschlossen
pair-status-ended_early = Vorzeitig beendet
pair-not-open = Dieses Tandem ist bereits abgeschlossen.
close-title = Tandem abschließen
close-intro = Abschluss des Tandems von { $buddy } und { $newcomer }: Sagen Sie, warum es endet und wie es für beide weitergeht.
close-planned-end = Die Vereinbarung läuft bis { $date }.
close-effect-sessions = { $count ->
    [0] Kein geplantes Treffen zu streichen.
    [one] Das geplante Treffen wird gestrichen.
   *[other] Die { $count } geplanten Treffen werden gestrichen.
}
close-effect-checkins = Rückmeldungen und Erinnerungen enden; beide erhalten den Abschlussfragebogen.
close-reason = Warum endet das Tandem?
close-reason-planned_end = Der vereinbarte Zeitraum ist vorbei
close-reason-goals_reached = Ziele vorzeitig erreicht
close-reason-moved_away = Die neu angekommene Person ist weggezogen
close-reason-lost_contact = Kontakt verloren
close-reason-conflict = Konflikt zwischen beiden
close-reason-safeguarding = Schutz und Sicherheit
close-reason-other = Ein anderer Grund
close-on = Abgeschlossen am
close-meeting = Abschlusstreffen (optional)
close-meeting-hint = Der Tag des letzten Treffens mit beiden, falls es eines gab.
close-note = Notiz für das Team
close-rematch = Darf { $name } erneut vermittelt werden?
close-save = Tandem abschließen
close-done = Das Tandem ist abgeschlossen.
close-error-future = Dieser Tag ist noch nicht gekommen.
close-error-before-start = Das ist vor dem Beginn des Tandems.
close-error-note-other = Nennen Sie den anderen Grund.
error-choose-yes-no = Wählen Sie Ja oder Nein.
error-close-pairs-first = Schließen Sie zuerst das Tandem dieser Person ab: Der Abschluss sagt, warum es endete.
pair-closed-on = Abgeschlossen am { $date }: { $reason }
pair-closing-meeting-on = Abschlusstreffen am { $date }
audit-pair-close = Hat das Tandem abgeschlossen
audit-pair-exit_answer = Hat den Abschlussfragebogen beantwortet
exit-title = Abschlussfragebogen
exit-intro-buddy = Ihre Zeit als Buddy von { $name } ist zu Ende. Vier Fragen, eine Minute: Nur das Team des Programms liest Ihre Antworten.
exit-intro-newcomer = Ihre Zeit mit { $name } als Buddy ist zu Ende. Vier Fragen, eine Minute: Nur das Team des Programms liest Ihre Antworten.
exit-satisfaction = Wie zufrieden sind Sie insgesamt?
exit-recommend = Würden Sie jemandem in Ihrer Lage einen Buddy empfehlen?
exit-recommend-short = Würde empfehlen
exit-changed = Wo hat sich für Sie etwas verändert?
exit-changed-short = Was sich verändert hat
exit-comment = Möchten Sie uns noch etwas sagen? (optional)
exit-send = Senden
exit-thanks = Danke: Ihre Antworten sind gespeichert.
exit-final-assessment = Ein letzter Schritt: Ihre abschließende Selbsteinschätzung
home-pending-exit = Ihre Zeit mit { $name } ist zu Ende: der Abschlussfragebogen (eine Minute)
home-final-due = Ihr Tandem ist zu Ende: Beantworten Sie noch einmal dieselben Fragen wie am Anfang, um zu sehen, wie weit Sie gekommen sind.
home-start-final = Ihre abschließende Selbsteinschätzung
become-buddy-title = Buddy werden
become-buddy-home = Sie wissen, wie die ersten Monate sind. Ihre Zeit als Neuankömmling ist zu Ende: Jetzt können Sie jemanden begleiten, der gerade angekommen ist.
become-buddy-intro = Ihre Angaben sind aus Ihrer Zeit als Neuankömmling schon ausgefüllt: Prüfen Sie sie, sagen Sie, wie Sie helfen können, und geben Sie Ihre Einwilligung erneut — es ist eine neue Rolle.
assess-done-midterm = Ihre Antworten sind gespeichert. Hier stehen sie neben denen vom Anfang; am Ende antworten Sie noch einmal.
assess-done-final = Ihre Antworten sind gespeichert. Hier sehen Sie, wie weit Sie seit dem Anfang gekommen sind, Bereich für Bereich.
person-pairs = Tandems
programme-edit-title = Programm ändern
programme-edit-intro = Daten, Stand und Ziele sowie die Begleitung der Tandems: wann ein Tandem gefährdet ist, wann Rückmeldungen und die Selbsteinschätzung zur Halbzeit fällig sind.
programme-save = Speichern
programme-saved = Das Programm ist gespeichert.
programme-field-risk-no-session = Ein Tandem ist gefährdet nach so vielen Tagen ohne Treffen
programme-field-risk-ending = Ein Tandem so viele Tage vor Ende der Vereinbarung melden
programme-field-checkin-first = Erste Rückmeldung, Tage nach Beginn des Tandems
programme-field-checkin-every = Dann alle … Tage eine Rückmeldung
programme-field-midterm-weeks = Selbsteinschätzung zur Halbzeit, Wochen nach Beginn des Tandems
error-days-invalid = Geben Sie eine ganze Zahl von Tagen von 1 bis 365 ein (Wochen: 1 bis 104).
error-503-title = Der Server ist ausgelastet
error-busy = Gerade warten zu viele Anfragen. Warten Sie einige Sekunden und versuchen Sie es erneut: Nichts wurde gespeichert oder verloren.
access-refused-someone = Jemand ohne Zugriff
admin-volunteers-title = Konten von Buddys und Neuankömmlingen
admin-volunteers-intro = Anzahl je Organisation: Ihre Namen sind Sache des Teams ihrer Organisation.
import-too-many-columns = Diese Datei hat mehr als { $columns } Spalten: Behalten Sie nur die Spalten zu Personen und versuchen Sie es erneut.
import-too-many-rows = Diese Datei enthält mehr als { $rows } Personen: Importieren Sie sie in mehreren Teilen.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Zuhören ohne zu urteilen
competence-intercultural = Kommunikation zwischen Kulturen
competence-boundaries = Grenzen der Buddy-Rolle einhalten
competence-local_services = Die Angebote vor Ort kennen
competence-encouraging_autonomy = Selbstständigkeit fördern
competence-reliability = Über Monate verlässlich sein
baseline-competence = Kompetenz
baseline-competences-chart-title = Sicherheit je Kompetenz zu Beginn, von 1 (noch unsicher) bis 5 (sehr sicher)
baseline-competences-moments-chart-title = Sicherheit je Kompetenz bei jeder Selbsteinschätzung, von 1 (noch unsicher) bis 5 (sehr sicher)
buddy-assessment-title = Selbsteinschätzungen von { $name }
buddy-assessment-intro = Wie sicher sich der Buddy in jeder Kompetenz fühlt, zu Beginn, zur Halbzeit und am Ende, nach eigenen Angaben von 1 bis 5.
buddy-assessment-competences = Kompetenzen als Buddy
home-buddy-self-assessments = Selbsteinschätzungen
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Treffen pro Woche
weekly-sessions-chart-title = Stattgefundene Treffen pro Woche, die letzten { $weeks } Wochen
weekly-sessions-week-of = Woche vom { $date }
weekly-sessions-total = { $count ->
    [one] 1 Treffen
   *[other] { $count } Treffen
} in diesen Wochen, insgesamt { $hours } Stunden
weekly-sessions-week = Woche vom
weekly-sessions-count = Treffen
weekly-sessions-hours = Stunden

# Schritt 10: die Gesamtevaluation.
evaluation-title = Evaluation der Programme
evaluation-link = Evaluation: Zahlen für Geldgeber (Seite, CSV, Druck)
evaluation-intro = Was das Buddy-System erreicht hat, aus den Fakten der Tandems und den Antworten ihrer Mitglieder. Gezählt wird nur, wer in die Evaluation eingewilligt hat; hier erscheinen keine Namen und keine persönlichen Akten.
evaluation-suppression-note = Eine Zahl über weniger als 5 Personen oder Tandems wird nie gezeigt: dort steht „weniger als 5“.
evaluation-suppressed = weniger als 5
evaluation-scope = Zahlen von
evaluation-scope-all = Alle Organisationen
evaluation-scope-mine = Alles, was ich sehen darf
evaluation-from = Tandems begonnen ab
evaluation-to = Tandems begonnen bis
evaluation-cohort = Jahrgang (Jahr)
evaluation-cohort-hint = Das Jahr, in dem das Tandem begann, z. B. 2025.
evaluation-gender = Geschlecht der neu angekommenen Person
evaluation-age = Alter der neu angekommenen Person zu Beginn des Tandems
evaluation-region = Herkunftsregion der neu angekommenen Person
evaluation-any = Alle
evaluation-show = Zahlen zeigen
evaluation-csv = Als Tabelle herunterladen (CSV)
evaluation-xlsx = Als Arbeitsmappe herunterladen (Excel, .xlsx)
evaluation-age-under_25 = Unter 25
evaluation-age-25_34 = 25 bis 34
evaluation-age-35_49 = 35 bis 49
evaluation-age-50_plus = 50 und älter
evaluation-region-mena = Naher Osten und Nordafrika
evaluation-region-sub_saharan_africa = Afrika südlich der Sahara
evaluation-region-central_south_asia = Zentral- und Südasien
evaluation-region-europe = Europa
evaluation-region-americas = Amerika
evaluation-region-other = Anderswo oder unbekannt
evaluation-pairs-title = Tandems
evaluation-pairs-formed = Gebildete Tandems
evaluation-pairs-active = Laufen noch
evaluation-pairs-completed = Abgeschlossen
evaluation-pairs-ended-early = Vorzeitig beendet
evaluation-reasons-title = Vorzeitig beendete Tandems nach Grund
evaluation-reason = Grund
evaluation-pairs = Tandems
evaluation-figure = Kennzahl
evaluation-value = Wert
evaluation-n-pairs = Über (Tandems)
evaluation-n-people = Über (Personen)
evaluation-outcomes-title = Verbleib, Treffen und Ziele
evaluation-outcomes-note = Verbleib: abgeschlossene unter den beendeten Tandems. Zielerreichung: Mittel des letzten Werts jedes Ziels, von −2 (viel weniger als erwartet) bis +2 (viel mehr).
evaluation-retention = Verbleib
evaluation-sessions-held = Stattgefundene Treffen
evaluation-sessions-hours = Gemeinsame Stunden
evaluation-goal-attainment = Zielerreichung (−2 bis +2)
evaluation-areas-title = Veränderung je Integrationsbereich
evaluation-areas-note = Neu angekommene Personen mit erster und letzter Selbsteinschätzung; Werte von 1 bis 5. Das Intervall ist das 95-%-Konfidenzintervall der mittleren Veränderung; die Effektstärke ist Cohens d_z.
evaluation-areas-chart = Mittlere Veränderung je Bereich mit 95-%-Konfidenzintervall
evaluation-areas-none = Noch niemand hat sowohl eine erste als auch eine letzte Selbsteinschätzung.
evaluation-baseline-mean = Am Anfang
evaluation-final-mean = Am Ende
evaluation-mean-change = Veränderung
evaluation-ci95 = 95-%-Intervall
evaluation-effect-size = Effektstärke
evaluation-interval = { $low } bis { $high }
evaluation-satisfaction-title = Zufriedenheit
evaluation-satisfaction-chart = Mittlere Zufriedenheit von 1 bis 5, aus den Zwischenfragen und dem Abschlussfragebogen
evaluation-newcomers = Neu Angekommene
evaluation-buddies = Buddys
evaluation-from-checkins = Zwischenfragen
evaluation-from-exit = Abschlussfragebogen
evaluation-recommend = Würden einen Buddy empfehlen
evaluation-percent = { $value } %

# First run: how the first administrator is made
login-first-run = Es gibt noch kein Konto. Legen Sie den ersten Administrator auf dem Server an mit: m4m user create --email sie@example.org --name "Ihr Name" (das Passwort wird abgefragt) und melden Sie sich dann hier an.
# Kontowiederherstellung: vergessenes Passwort, Passwort ändern, deaktivierte Konten
login-forgot-link = Passwort vergessen?
login-deactivated = Dieses Konto ist deaktiviert. Bitten Sie Ihre Koordination, es wieder zu aktivieren.
forgot-title = Passwort vergessen
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wenn ein Konto sie verwendet, senden wir einen Link, um ein neues Passwort zu wählen; der Link funktioniert einmal, eine Stunde lang.
forgot-submit = Link senden
forgot-sent = Wenn ein Konto diese Adresse verwendet, ist ein Link für ein neues Passwort unterwegs. Sehen Sie in Ihrem Posteingang (und im Spam-Ordner) nach; der Link funktioniert eine Stunde lang.
forgot-throttled = Zu viele Anfragen nach einem neuen Passwort. Versuchen Sie es in einer Stunde wieder oder fragen Sie Ihre Koordination.
forgot-mail-subject = Wählen Sie ein neues Passwort für m4m
forgot-mail-body = Hallo { $name },

    Jemand, wahrscheinlich Sie, hat ein neues Passwort für Ihr m4m-Konto angefordert.
    Wählen Sie es mit diesem Link (eine Stunde gültig, einmal verwendbar):

    { $link }

    Wenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt, wie es ist.
reset-title = Neues Passwort wählen
reset-intro = Sobald das neue Passwort gespeichert ist, enden Ihre anderen Sitzungen.
reset-password = Neues Passwort (mindestens 8 Zeichen)
reset-password-again = Dasselbe Passwort noch einmal
reset-submit = Neues Passwort speichern
reset-gone = Dieser Link ist abgelaufen oder wurde schon verwendet. Fordern Sie mit „Passwort vergessen?“ auf der Anmeldeseite einen neuen an.
reset-done = Ihr neues Passwort ist gespeichert. Melden Sie sich damit an.
nav-password = Passwort
password-title = Passwort ändern
password-current = Aktuelles Passwort
password-current-wrong = Das ist nicht Ihr aktuelles Passwort.
password-submit = Passwort ändern
password-changed = Ihr Passwort ist geändert. Ihre anderen Sitzungen sind beendet.
admin-user-access = Zugang
admin-user-deactivate = Deaktivieren
admin-user-activate = Reaktivieren
admin-user-deactivated = Das Konto ist deaktiviert: Seine Sitzungen sind beendet und seine API-Tokens widerrufen. Seine Daten bleiben.
admin-user-activated = Das Konto ist wieder aktiv: Die Person meldet sich mit ihrem Passwort an. API-Tokens müssen neu erstellt werden.
admin-user-not-self = Sie können Ihr eigenes Konto nicht deaktivieren.

# Versand aus dem Postausgang: Versuche, Wiederholungen, aufgegebene Nachrichten
admin-outbox-sent = Gesendet { $when }.
admin-outbox-waiting = Wartet auf den Versand.
admin-outbox-retrying = Versuch { $attempts } fehlgeschlagen: { $error }. Nächster Versuch { $when }.
admin-outbox-given-up = Aufgegeben nach { $attempts } Versuch(en): { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = Personen { $first }–{ $last } von { $total }
programme-pairs-pager = Tandems { $first }–{ $last } von { $total }
programme-people-total = { $count ->
    [one] Eine Person
   *[other] { $count } Personen
}
programme-filter-everyone = Buddys und Neuangekommene
programme-filter-any-status = Jeder Status
programme-filter-any-step = Jeder Schritt
programme-filter-any-language = Jede Sprache
programme-filter-language = Spricht
programme-sort = Reihenfolge
programme-sort-step = Nach Schritt
programme-sort-name = Nach Name
programme-sort-newest = Neueste zuerst
programme-search = Suchen
programme-search-hint = Name, E-Mail oder Telefon, auch ohne Akzente
programme-search-button = Anzeigen
programme-people-none = Niemand entspricht dieser Suche.

# The API's pages of people
error-api-limit = limit muss eine ganze Zahl von 1 bis 1000 sein.
error-api-cursor = cursor muss der next_cursor der vorigen Seite sein.
error-api-text = Senden Sie dieses Feld als Text (eine JSON-Zeichenkette), wie es die Beschreibung der API sagt.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = Ihr Name
assess-intro-buddy = Ein paar Fragen, um zu sehen, wo Sie heute stehen. Es gibt keine richtigen oder falschen Antworten. Die neu angekommene Person, die Sie begleiten, sieht Ihre Antworten nicht.
error-language-choice = Wählen Sie eine Sprache.
import-host-level = Niveau in der Sprache dieses Landes
import-other-languages = Weitere Sprachen
home-pending-session = Das Treffen mit { $name } am { $date } bestätigen

# Tabellenimport: Kodierungen, Daten, Formeln
import-cell-problem = Spalte „{ $column }“: { $message }
import-cell-formula = diese Zelle enthält eine Formel (sie beginnt mit =, @, + oder -). Geben Sie stattdessen ihren Wert ein.
import-cell-bom = diese Zelle enthält eine unsichtbare Byte-Order-Markierung: mehrere Dateien wurden zu einer zusammengefügt. Entfernen Sie sie oder speichern Sie die Datei neu.
import-date-ambiguous = dieses Datum lässt sich auf zwei Arten lesen. Schreiben Sie es als Jahr-Monat-Tag (2026-04-03).
import-workbook = Dies ist eine ältere Excel-Arbeitsmappe (.xls). Öffnen Sie sie, speichern Sie sie als .xlsx oder CSV und versuchen Sie es erneut.
import-workbook-unreadable = Diese Datei kann nicht als Excel-Arbeitsmappe (.xlsx) gelesen werden: Sie ist vielleicht beschädigt, mit einem Passwort geschützt oder eine andere Art von Datei (etwa .ods von LibreOffice). Öffnen Sie sie, speichern Sie sie als .xlsx oder CSV und versuchen Sie es erneut.
import-workbook-too-large = Diese Arbeitsmappe ist entpackt zu groß. Behalten Sie nur das Blatt mit den Personen oder importieren Sie sie in mehreren Teilen.
import-not-text = Diese Datei ist keine als Text gespeicherte Tabelle: Sie enthält Bytes, die keine angebotene Kodierung lesen kann. Speichern Sie sie aus Ihrer Tabellenkalkulation als CSV und versuchen Sie es erneut.
import-encoding = Kodierung der Datei
import-encoding-hint = Aus der Datei erraten. Wenn Akzente oder Buchstaben in den Namen unten falsch aussehen, wählen Sie eine andere Kodierung und fahren Sie fort.
import-encoding-failed = Die Datei kann in der gewählten Kodierung nicht gelesen werden: Sie bleibt, wie sie zuvor gelesen wurde.

## Die Tandems eines Programms, mit Suche und Seiten
pairs-title = Tandems von { $programme }
pairs-back = Zurück zum Programm
pairs-link = Alle Tandems: Suche, beendete Tandems
pairs-search-hint = Name, E-Mail oder Telefon der neu angekommenen Person oder des Buddys
pairs-filter-any-status = Jeder Status
pairs-filter-open = Laufend (weder beendet noch abgelehnt)
pairs-filter-closed = Beendet
pairs-sort-oldest = Älteste zuerst
pairs-sort-newest = Neueste zuerst
pairs-sort-newcomer = Nach Name der neu angekommenen Person
pairs-total = { $count ->
    [0] Keine Tandems
    [one] Ein Tandem
   *[other] { $count } Tandems
}
pairs-pager = Tandems { $first }–{ $last } von { $total }
pairs-all = Alle Tandems
pairs-none = Noch keine Tandems.
pairs-none-found = Kein Tandem passt zu dieser Suche.
pairs-column-pair = Neu angekommen ↔ Buddy
pairs-column-status = Status
pairs-column-since = Seit
pairs-column-sessions = Treffen
pairs-sessions = { $count ->
    [0] Noch keine
    [one] Eines
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] Eines, am { $date }
   *[other] { $count }, das letzte am { $date }
}

## Die Treffen eines Programms, nach Zeitraum
sessions-title = Treffen von { $programme }
sessions-link = Treffen: nach Zeitraum, mit ihren Stunden
sessions-any-status = Geplant und stattgefunden
sessions-planned = Geplant
sessions-held = Stattgefunden
sessions-held-confirmed = Stattgefunden, bestätigt
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] Keine Treffen
    [one] Ein Treffen
   *[other] { $count } Treffen
}, { $hours ->
    [one] eine Stunde
   *[other] { $hours } Stunden
} insgesamt
sessions-pager = Treffen { $first }–{ $last } von { $total }
sessions-from = Von
sessions-to = Bis (einschließlich)
sessions-recent = Die letzten 30 Tage und was geplant ist
sessions-none = Kein Treffen in diesem Zeitraum passt.
sessions-column-when = Wann
sessions-column-how = Wie

## Die Liste der Team-Konten, für die Administration
admin-users-search-hint = Name oder E-Mail
admin-users-any-role = Jede Rolle
admin-users-any-state = Aktiv und deaktiviert
admin-users-active = Aktiv
admin-users-inactive = Deaktiviert
admin-users-total = { $count ->
    [0] Keine Team-Konten
    [one] Ein Team-Konto
   *[other] { $count } Team-Konten
}
admin-users-pager = Konten { $first }–{ $last } von { $total }
admin-users-all = Alle Team-Konten
admin-users-none = Kein Konto passt zu dieser Suche.

## Pairs and sessions as spreadsheets
pairs-export = Diese Tandems herunterladen (Tabelle, CSV)
pairs-export-xlsx = Diese Tandems herunterladen (Excel, .xlsx)
sessions-export = Diese Treffen herunterladen (Tabelle, CSV)
sessions-export-xlsx = Diese Treffen herunterladen (Excel, .xlsx)
export-pairs-column-pair = Tandem
export-pairs-column-newcomer = Neu angekommen
export-pairs-column-buddy = Buddy
export-pairs-column-status = Status
export-pairs-column-proposed = Vorgeschlagen am
export-pairs-column-started = Begonnen am
export-pairs-column-closed = Beendet am
export-pairs-column-sessions = Treffen
export-pairs-column-hours = Stunden
export-pairs-column-last-session = Letztes Treffen
export-sessions-column-session = Treffen
export-sessions-column-date = Datum
export-sessions-column-time = Uhrzeit
export-sessions-column-pair = Tandem
export-sessions-column-newcomer = Neu angekommen
export-sessions-column-buddy = Buddy
export-sessions-column-minutes = Minuten
export-sessions-column-hours = Stunden
export-sessions-column-mode = Wie
export-sessions-column-status = Status
export-sessions-column-confirmed = Bestätigt
export-progress-column-course = Kurs
export-progress-column-learner = Teilnehmende Person
export-progress-column-cohort = Gruppe
export-progress-column-enrolled = Angemeldet am
export-progress-column-done = Erledigte Pflichtmodule
export-progress-column-total = Pflichtmodule
export-progress-column-completed = Abgeschlossen am
export-figures-column-figure = Kennzahl
export-figures-column-key = Bezug
export-figures-column-n = Von
export-figures-column-value = Wert
export-figures-column-suppressed = Zurückgehalten (kleine Gruppe)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Name, Kontakt, E-Mail oder Telefon
stakeholders-any-kind = Jede Art
stakeholders-total = { $count ->
    [0] Keine Beteiligten
    [one] Ein Beteiligter
   *[other] { $count } Beteiligte
}
stakeholders-pager = Beteiligte { $first }–{ $last } von { $total }
stakeholders-all = Alle Beteiligten
stakeholders-none-found = Keine Beteiligten passen zu dieser Suche.
