# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Ελληνικά. Αναφορά είναι το αγγλικό αρχείο en.ftl: κάθε κλειδί του
# πρέπει να υπάρχει σε κάθε πλήρη μετάφραση.

## Το πλαίσιο κάθε σελίδας
app-name = m4m
app-tagline = Buddy System: νεοαφιχθέντα άτομα και εθελοντές μέντορες, δίπλα δίπλα
skip-to-content = Μετάβαση στο περιεχόμενο
table-scroll = Πίνακας: κυλήστε οριζόντια για να τον διαβάσετε ολόκληρο
nav-home = Αρχική
nav-organisations = Οργανισμοί
nav-users = Λογαριασμοί
nav-outbox = Απεσταλμένα μηνύματα
nav-invite = Πρόσκληση ατόμου
nav-login = Σύνδεση
nav-logout = Αποσύνδεση
language-switcher = Γλώσσα
language-choose = Επιλογή αυτής της γλώσσας
signed-in-as = Έχετε συνδεθεί ως { $name }
footer-text = Το m4m βοηθά τους οργανισμούς να οργανώνουν την καθοδήγηση από ομοτίμους για νεοαφιχθέντα άτομα. Τα δεδομένα σας μένουν στον οργανισμό σας.

## Τα δέκα βήματα
step-1 = Ενημέρωση των εμπλεκόμενων φορέων
step-2 = Προσέλκυση και εγγραφή
step-3 = Αρχική αυτοαξιολόγηση
step-4 = Προκαταρκτική αντιστοίχιση
step-5 = Εκπαίδευση
step-6 = Αντιστοίχιση και πρώτη συνάντηση
step-7 = Συναντήσεις ομοτίμων
step-8 = Εποπτεία
step-9 = Παρακολούθηση της προόδου
step-10 = Τελική αξιολόγηση
step-number = Βήμα { $number }

## Ρόλοι
role-administrator = Διαχειριστής/τρια
role-coordinator = Συντονιστής/τρια
role-supervisor = Επόπτης/τρια
role-trainer = Εκπαιδευτής/τρια
role-mentor = Μέντορας
role-mentee = Νεοαφιχθέν άτομο
role-evaluator = Αξιολογητής/τρια

## Αρχική σελίδα
landing-title = Καθοδήγηση από ομοτίμους για νεοαφιχθέντα άτομα
landing-intro = Σε ένα Buddy System, ένας εθελοντής ή μια εθελόντρια μέντορας — συχνά κάποιος που ήρθε λίγα χρόνια νωρίτερα — βοηθά ένα νεοαφιχθέν άτομο να κάνει βήματα προς την αυτονομία: να μετακινείται, να βρίσκει τις δημόσιες υπηρεσίες, να εξασκεί τη γλώσσα, να ψάχνει δουλειά ή κατοικία. Οι κοινωνικοί λειτουργοί τους φέρνουν σε επαφή και τους στηρίζουν.
landing-staff = Το προσωπικό, οι μέντορες και τα νεοαφιχθέντα άτομα που έχουν λογαριασμό συνδέονται εδώ.

## Σύνδεση
login-title = Σύνδεση
login-email = Διεύθυνση e-mail
login-password = Κωδικός πρόσβασης
login-submit = Σύνδεση
login-failed = Η διεύθυνση e-mail ή ο κωδικός πρόσβασης είναι λάθος. Ελέγξτε τα και δοκιμάστε ξανά.
login-throttled = Πάρα πολλές προσπάθειες. Περιμένετε 15 λεπτά και δοκιμάστε ξανά.
login-expired = Η σύνδεσή σας έληξε. Συνδεθείτε ξανά.
logged-out = Έχετε αποσυνδεθεί.
two-factor-title = Σύνδεση δύο βημάτων
two-factor-intro = Με τη σύνδεση δύο βημάτων, ο κωδικός πρόσβασης μόνος του δεν ανοίγει τον λογαριασμό σας: μια εφαρμογή στο τηλέφωνό σας δίνει νέο εξαψήφιο κωδικό κάθε 30 δευτερόλεπτα, που το m4m ζητά μετά τον κωδικό πρόσβασης.
two-factor-step-app = Εγκαταστήστε μια εφαρμογή ελέγχου ταυτότητας στο τηλέφωνό σας (π.χ. FreeOTP, Aegis, Google Authenticator ή Microsoft Authenticator).
two-factor-step-scan = Στην εφαρμογή, προσθέστε λογαριασμό και σαρώστε αυτόν τον κωδικό:
two-factor-step-type = Ή πληκτρολογήστε αυτό το κλειδί:
two-factor-step-code = Πληκτρολογήστε τον εξαψήφιο κωδικό της εφαρμογής, για να ελέγξετε ότι λειτουργεί.
two-factor-code-app = Κωδικός από την εφαρμογή
two-factor-confirm = Ενεργοποίηση σύνδεσης δύο βημάτων
two-factor-required = Ο ρόλος σας δίνει πρόσβαση σε δεδομένα πολλών ανθρώπων: ενεργοποιήστε τη σύνδεση δύο βημάτων πριν συνεχίσετε.
two-factor-on = Η σύνδεση δύο βημάτων είναι ενεργή: μετά τον κωδικό πρόσβασης, το m4m ζητά τον κωδικό της εφαρμογής σας.
two-factor-codes-left = { $count ->
    [one] Απομένει { $count } κωδικός ανάκτησης.
   *[other] Απομένουν { $count } κωδικοί ανάκτησης.
}
two-factor-new-codes = Νέοι κωδικοί ανάκτησης
two-factor-new-codes-intro = Οι παλιοί κωδικοί παύουν να ισχύουν. Πληκτρολογήστε έναν κωδικό της εφαρμογής σας για να πάρετε νέους.
two-factor-codes-title = Φυλάξτε αυτούς τους κωδικούς ανάκτησης
two-factor-codes-intro = Κάθε κωδικός σας επιτρέπει να συνδεθείτε μία φορά αν χάσετε το τηλέφωνό σας. Τυπώστε ή σημειώστε τους και φυλάξτε τους ασφαλώς: εμφανίζονται μόνο τώρα.
two-factor-login-title = Κωδικός από το τηλέφωνό σας
two-factor-login-intro = Ανοίξτε την εφαρμογή ελέγχου ταυτότητας και πληκτρολογήστε τον εξαψήφιο κωδικό για το m4m.
two-factor-login-recovery = Χάσατε το τηλέφωνο; Πληκτρολογήστε έναν από τους κωδικούς ανάκτησης.
two-factor-code = Κωδικός
two-factor-verify = Σύνδεση
two-factor-wrong-code = Ο κωδικός δεν είναι σωστός ή έχει ήδη χρησιμοποιηθεί. Πληκτρολογήστε τον κωδικό που δείχνει τώρα η εφαρμογή.
two-factor-log-in-again = Πάρα πολλοί λάθος κωδικοί. Συνδεθείτε ξανά με τον κωδικό πρόσβασης.
nav-two-factor = Σύνδεση δύο βημάτων
tokens-title = Διακριτικά API
tokens-intro = Ένα διακριτικό επιτρέπει σε ένα εργαλείο του οργανισμού σας να χρησιμοποιεί το JSON API του m4m εκ μέρους σας, με τα δικαιώματά σας. Δώστε σε κάθε εργαλείο το δικό του διακριτικό και ανακαλέστε το όταν δεν το χρειάζεται πια.
tokens-shown-once = Το νέο σας διακριτικό. Αντιγράψτε το τώρα: εμφανίζεται μόνο αυτή τη φορά.
tokens-name = Όνομα (σε τι χρησιμεύει)
tokens-create = Δημιουργία διακριτικού
tokens-created = Δημιουργήθηκε
tokens-last-used = Τελευταία χρήση
tokens-never-used = ποτέ
tokens-revoked = Ανακλήθηκε
tokens-revoke = Ανάκληση
tokens-openapi = Η περιγραφή του API (OpenAPI)
nav-tokens = Διακριτικά API
error-api-json = Το σώμα του αιτήματος πρέπει να είναι JSON, όπως λέει η περιγραφή του API.

## Αρχικές σελίδες
home-title = Αρχική
home-welcome = Καλώς ήρθατε, { $name }
home-no-role = Ο λογαριασμός σας δεν έχει ακόμη ρόλο. Ζητήστε από τον συντονιστή ή τη συντονίστριά σας να σας δώσει έναν.
home-programmes = Τα προγράμματά σας
home-no-programmes = Δεν υπάρχει ακόμη πρόγραμμα.
home-new-programme = Δημιουργία προγράμματος
home-people-per-step = Άτομα σε κάθε βήμα
home-people-total = { $count ->
    [0] Κανείς ακόμη
    [one] Ένα άτομο
   *[other] { $count } άτομα
}
home-mentors-of-target = Μέντορες: { $count } από { $target }
home-mentees-of-target = Νεοαφιχθέντα άτομα: { $count } από { $target }
home-open-programme = Άνοιγμα του προγράμματος
home-your-newcomers = Τα νεοαφιχθέντα άτομα που συνοδεύετε
home-no-newcomers = Δεν έχετε ακόμη ζευγάρι με νεοαφιχθέν άτομο. Ο συντονισμός θα σας ενημερώσει όταν προταθεί μια αντιστοίχιση.
home-your-buddy = Ο/Η μέντοράς σας
home-no-buddy = Δεν έχετε ακόμη μέντορα. Ο συντονισμός ψάχνει μαζί σας.
home-next-sessions = Επόμενες συναντήσεις
home-no-sessions = Δεν έχει προγραμματιστεί συνάντηση.
home-next-session = Επόμενη συνάντηση: { $when }
home-your-goals = Οι στόχοι σας
home-no-goals = Δεν υπάρχει ακόμη στόχος. Θα τους επιλέξετε μαζί με τον/τη μέντορά σας.
home-goal-progress = { $progress } % ολοκληρώθηκε
home-speaks = Μιλά: { $languages }
home-area = Περιοχή: { $area }
home-supervised = Μέντορες που εποπτεύετε
home-no-supervised = Δεν σας έχει ανατεθεί ακόμη μέντορας.
home-supervised-pairs = Τα ζευγάρια των μεντόρων σας
home-last-session = Τελευταία συνάντηση: { $when }
home-no-session-yet = Δεν έχει καταγραφεί ακόμη συνάντηση
home-active-pairs = { $count ->
    [0] κανένα ενεργό ζευγάρι
    [one] ένα ενεργό ζευγάρι
   *[other] { $count } ενεργά ζευγάρια
}
home-training = Μέντορες σε εκπαίδευση
home-in-training = { $count ->
    [0] Κανείς σε εκπαίδευση
    [one] Ένας/μία μέντορας σε εκπαίδευση
   *[other] { $count } μέντορες σε εκπαίδευση
}
home-organisations = Οργανισμοί
home-accounts = { $count ->
    [0] Κανένας λογαριασμός
    [one] Ένας λογαριασμός
   *[other] { $count } λογαριασμοί
}
home-figures = Αριθμοί για όλους τους οργανισμούς
home-figures-note = Μόνο αριθμοί: χωρίς ονόματα, χωρίς προσωπικά δεδομένα.

session-mode-in_person = δια ζώσης
session-mode-online = διαδικτυακά
session-mode-phone = τηλεφωνικά
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Προγράμματα
programme-title = Πρόγραμμα
programme-status = Κατάσταση
programme-status-draft = Πρόχειρο
programme-status-recruiting = Σε φάση προσέλκυσης
programme-status-running = Σε εξέλιξη
programme-status-closed = Ολοκληρωμένο
programme-dates = Από { $start } έως { $end }
programme-languages = Γλώσσες
programme-organisation = Οργανισμός
programme-participants = Άτομα σε αυτό το πρόγραμμα
programme-no-participants = Δεν έχει εγγραφεί κανείς ακόμη.
programme-kind = Ρόλος
programme-name = Όνομα
programme-origin = Χώρα καταγωγής
programme-native = Πρώτη γλώσσα
programme-area = Περιοχή
programme-step = Βήμα
programme-new-title = Νέο πρόγραμμα
programme-field-name = Όνομα του προγράμματος
programme-field-description = Περιγραφή
programme-field-name-in = Όνομα στα { $language }
programme-field-description-in = Περιγραφή στα { $language }
programme-field-languages = Γλώσσες που ομιλούνται (κωδικοί, χωρισμένοι με κόμμα: fr, ar, prs)
programme-field-starts = Πρώτη ημέρα
programme-field-ends = Τελευταία ημέρα
programme-field-target-mentors = Μέντορες προς προσέλκυση
programme-field-target-mentees = Νεοαφιχθέντα άτομα προς συνοδεία
programme-field-organisation = Οργανισμός
programme-create = Δημιουργία του προγράμματος
programme-created = Το πρόγραμμα δημιουργήθηκε.

## Προσκλήσεις
invite-title = Πρόσκληση ατόμου
invite-intro = Το άτομο λαμβάνει έναν σύνδεσμο, που ισχύει για 7 ημέρες, για να επιλέξει κωδικό πρόσβασης. Ένα άτομο μπορεί να έχει περισσότερους από έναν ρόλους.
invite-email = Η διεύθυνση e-mail του ατόμου
invite-name = Το όνομα του ατόμου
invite-role = Ρόλος
invite-organisation = Οργανισμός
invite-submit = Αποστολή της πρόσκλησης
invite-sent = Η πρόσκληση στέλνεται στη διεύθυνση { $email }.
invite-link-once = Μπορείτε επίσης να δώσετε αυτόν τον σύνδεσμο μόνοι σας (για παράδειγμα με SMS). Εμφανίζεται μόνο μία φορά:
invite-mail-subject = Η πρόσκλησή σας στο m4m
invite-mail-body = Γεια σας { $name },

    { $inviter } σας προσκαλεί να συμμετάσχετε στο m4m ως { $role }.
    Επιλέξτε τον κωδικό πρόσβασής σας με αυτόν τον σύνδεσμο (ισχύει για 7 ημέρες, μόνο για μία χρήση):

    { $link }
accept-title = Καλώς ήρθατε στο m4m
accept-intro = Έχετε προσκληθεί ως { $role }. Επιλέξτε κωδικό πρόσβασης για να ξεκινήσετε.
accept-organisation = Οργανισμός: { $organisation }
accept-password = Επιλέξτε κωδικό πρόσβασης (τουλάχιστον 8 χαρακτήρες)
accept-password-again = Ο ίδιος κωδικός πρόσβασης ξανά
accept-submit = Αποθήκευση και συνέχεια
accept-gone = Αυτός ο σύνδεσμος πρόσκλησης έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Ζητήστε έναν νέο από το άτομο που σας προσκάλεσε.

## Διαχείριση
admin-organisations-title = Οργανισμοί
admin-organisation-name = Όνομα
admin-organisation-country = Χώρα (δύο γράμματα: FR, GR)
admin-organisation-languages = Γλώσσες (κωδικοί, χωρισμένοι με κόμμα)
admin-organisation-time-zone = Ζώνη ώρας (π.χ. Europe/Athens· κενό: της χώρας)
admin-time-zone-save = Αλλαγή
admin-organisation-programmes = Προγράμματα
admin-organisation-members = Λογαριασμοί
admin-organisation-create = Προσθήκη του οργανισμού
admin-organisation-created = Ο οργανισμός προστέθηκε.
admin-users-title = Λογαριασμοί
admin-user-name = Όνομα
admin-user-email = E-mail
admin-user-roles = Ρόλοι
admin-user-inactive = ανενεργός
admin-outbox-title = Απεσταλμένα μηνύματα
admin-outbox-intro = Χωρίς διακομιστή αλληλογραφίας, τα μηνύματα περιμένουν εδώ. Ρυθμίστε το SMTP για να αποσταλούν.
admin-outbox-empty = Κανένα μήνυμα.
admin-outbox-to = Προς
admin-outbox-subject = Θέμα
admin-outbox-date = Ημερομηνία
nav-inventory = Απογραφή δεδομένων
admin-inventory-title = Απογραφή δεδομένων
admin-inventory-intro = Κάθε στήλη της βάσης δεδομένων: αν περιέχει προσωπικά δεδομένα, τι είδους, για ποια επεξεργασία και για πόσο διατηρούνται. Για το αρχείο δραστηριοτήτων επεξεργασίας (άρθρο 30 ΓΚΠΔ) και την εκτίμηση αντικτύπου.
admin-inventory-summary = { $personal } από { $count } στήλες περιέχουν προσωπικά δεδομένα.
admin-inventory-csv = Λήψη ως υπολογιστικό φύλλο (CSV)
admin-inventory-table = Πίνακας
admin-inventory-column = Στήλη
admin-inventory-category = Είδος δεδομένων
admin-inventory-purposes = Σκοποί
admin-inventory-retention = Διατήρηση
admin-inventory-legend = Τι σημαίνουν τα είδη και οι σκοποί
inventory-not-personal = Μη προσωπικά
inventory-category-identity = Ταυτότητα
inventory-category-identity-help = Ονόματα, έτος γέννησης, φύλο.
inventory-category-contact = Επικοινωνία
inventory-category-contact-help = Διευθύνσεις e-mail, αριθμοί τηλεφώνου, τόπος διαμονής ή συνάντησης.
inventory-category-special = Ειδική κατηγορία
inventory-category-special-help = Ευαίσθητα δεδομένα: καταγωγή, γλώσσες καταγωγής, μεταναστευτική κατάσταση, ανάγκες, απαντήσεις που μπορεί να αφορούν υγεία ή θρησκεία.
inventory-category-free_text = Ελεύθερο κείμενο
inventory-category-free_text-help = Κείμενο που πληκτρολόγησαν άνθρωποι: σημειώσεις, αιτιολογίες, περιλήψεις. Μπορεί να περιέχει οτιδήποτε· να θεωρείται ευαίσθητο.
inventory-category-profile = Προφίλ
inventory-category-profile-help = Γλώσσες, ενδιαφέροντα, διαθεσιμότητα, ρόλοι, προτιμήσεις.
inventory-category-activity = Δραστηριότητα
inventory-category-activity-help = Τι συνέβη και πότε: ημερομηνίες, καταστάσεις, βαθμολογίες, αποφάσεις.
inventory-category-pseudonymous = Ψευδωνυμικό αναγνωριστικό
inventory-category-pseudonymous-help = Αριθμός ή κωδικός που δείχνει ένα πρόσωπο χωρίς να το κατονομάζει.
inventory-category-secret = Μυστικό
inventory-category-secret-help = Κωδικοί πρόσβασης, διακριτικά και δεύτεροι παράγοντες, αποθηκευμένα ως κατακερματισμοί όπου είναι δυνατό.
inventory-purpose-programme = Λειτουργία του προγράμματος
inventory-purpose-programme-help = Εγγραφή, αξιολόγηση, αντιστοίχιση, ζεύγη και οι συναντήσεις τους.
inventory-purpose-training = Εκπαίδευση
inventory-purpose-training-help = Εκπαίδευση εθελοντών και προσωπικού.
inventory-purpose-contact = Επικοινωνία
inventory-purpose-contact-help = Επικοινωνία με ανθρώπους: e-mail, κλήσεις, υπενθυμίσεις.
inventory-purpose-evaluation = Αξιολόγηση
inventory-purpose-evaluation-help = Μέτρηση της ένταξης και των αποτελεσμάτων του προγράμματος.
inventory-purpose-security = Ασφάλεια
inventory-purpose-security-help = Σύνδεση, έλεγχος πρόσβασης, προστασία από κατάχρηση.
inventory-purpose-accountability = Νομική υποχρέωση και λογοδοσία
inventory-purpose-accountability-help = Απόδειξη συγκατάθεσης και ίχνος ελέγχου για το ποιος έκανε τι.
inventory-retention-record = Με τον φάκελο του προσώπου, μέχρι τη διαγραφή του
inventory-retention-account = Με τον λογαριασμό, μέχρι τη διαγραφή του
inventory-retention-session = Μέχρι την αποσύνδεση· έως 12 ώρες, 30 λεπτά αδράνειας
inventory-retention-day = Διαγράφεται μετά από 24 ώρες
inventory-retention-minutes = Διαγράφεται με τη χρήση ή μετά από πέντε λεπτά
inventory-retention-audit = Διατηρείται για λογοδοσία (μόνο προσθήκη· μόνο αναγνωριστικά και κωδικοί)
inventory-retention-organisation = Όσο ο οργανισμός διατηρεί τα δικά του αρχεία
inventory-retention-outbox = Στα εξερχόμενα· χωρίς αυτόματη διαγραφή
installation-wide = ολόκληρη η εγκατάσταση

figures-organisation = Οργανισμός
figures-country = Χώρα
figures-programmes = Προγράμματα
figures-mentors = Μέντορες
figures-mentees = Νεοαφιχθέντα άτομα
figures-active-pairs = Ενεργά ζευγάρια

## Φόρμες και σφάλματα
form-fix-errors = Κάποια πεδία χρειάζονται την προσοχή σας:
form-required-mark = υποχρεωτικό
error-required = Αυτό το πεδίο είναι υποχρεωτικό.
error-too-long = Είναι πολύ μεγάλο.
error-control-characters = Περιέχει χαρακτήρες που δεν επιτρέπονται.
error-email-invalid = Γράψτε μια διεύθυνση e-mail όπως name@example.org.
error-email-taken = Αυτή η διεύθυνση e-mail χρησιμοποιείται ήδη από έναν λογαριασμό.
error-password-short = Ο κωδικός πρόσβασης χρειάζεται τουλάχιστον 8 χαρακτήρες.
error-password-common = Αυτός ο κωδικός είναι από τους πιο συνηθισμένους, που δοκιμάζουν πρώτους οι επιτιθέμενοι. Διαλέξτε άλλον, για παράδειγμα μερικές λέξεις που θα θυμάστε.
error-password-mismatch = Οι δύο κωδικοί πρόσβασης δεν είναι ίδιοι.
error-country-invalid = Γράψτε τον κωδικό χώρας με δύο γράμματα, όπως FR ή GR.
error-language-code = Γράψτε κωδικούς γλώσσας με δύο ή τρία γράμματα, χωρισμένους με κόμμα (fr, ar, prs).
error-date-invalid = Γράψτε την ημερομηνία ως έτος-μήνας-ημέρα, όπως 2026-09-01.
error-end-before-start = Η τελευταία ημέρα δεν μπορεί να είναι πριν από την πρώτη.
error-count-invalid = Γράψτε έναν ακέραιο αριθμό από 0 έως 100.000.
error-choice-invalid = Επιλέξτε μία από τις προτεινόμενες επιλογές.

error-title = Κάτι πήγε στραβά
error-400-title = Αυτό το αίτημα δεν μπορεί να χρησιμοποιηθεί
error-400-text = Κάτι δεν είναι σωστό στο αίτημα. Επιστρέψτε και ελέγξτε τι γράψατε.
error-401-title = Συνδεθείτε
error-401-text = Πρέπει να συνδεθείτε για να δείτε αυτή τη σελίδα.
error-403-title = Δεν επιτρέπεται
error-403-text = Δεν έχετε άδεια να το δείτε ή να το κάνετε. Αν πιστεύετε ότι θα έπρεπε, ρωτήστε τον συντονισμό.
error-404-title = Η σελίδα δεν βρέθηκε
error-404-text = Αυτή η σελίδα δεν υπάρχει ή δεν έχετε πρόσβαση σε αυτήν.
error-405-title = Δεν είναι δυνατό εδώ
error-405-text = Αυτή η διεύθυνση δεν μπορεί να χρησιμοποιηθεί με αυτόν τον τρόπο.
error-410-title = Δεν είναι πλέον διαθέσιμο
error-413-title = Πάρα πολλά δεδομένα
error-413-text = Αυτό που στείλατε είναι πολύ μεγάλο. Στείλτε λιγότερα κάθε φορά.
error-429-title = Πάρα πολλές προσπάθειες
error-500-title = Κάτι πήγε στραβά από τη δική μας πλευρά
error-500-text = Το πρόβλημα καταγράφηκε. Δοκιμάστε ξανά σε λίγο· αν συνεχίσει, ενημερώστε τον συντονισμό.
error-csrf = Αυτή η φόρμα έληξε. Επιστρέψτε, ανανεώστε τη σελίδα και στείλτε τη ξανά.
error-unknown-language = Αυτή η γλώσσα δεν είναι διαθέσιμη: { $code }. Επιλέξτε μία από τις προτεινόμενες γλώσσες.
error-back-home = Επιστροφή στην αρχική σελίδα

## Βήμα 1 — εμπλεκόμενοι φορείς και ενημέρωση
nav-stakeholders = Φορείς
nav-outreach = Ενημέρωση
stakeholders-title = Τοπικοί εμπλεκόμενοι φορείς
stakeholders-intro = Οι τοπικοί φορείς που έρχονται σε επαφή με νεοαφιχθέντα άτομα και εθελοντές: κοινωνικές υπηρεσίες, σύλλογοι, σχολεία, εργοδότες. Καταγράψτε ποιους ενημερώσατε και ποιοι παραπέμπουν άτομα στο πρόγραμμα.
stakeholders-empty = Δεν έχει καταγραφεί ακόμη κανένας φορέας.
stakeholder-name = Όνομα
stakeholder-kind = Είδος
stakeholder-contact = Υπεύθυνος/η επικοινωνίας
stakeholder-email = E-mail
stakeholder-phone = Τηλέφωνο
stakeholder-languages = Γλώσσες (κωδικοί, χωρισμένοι με κόμμα)
stakeholder-area = Περιοχή που καλύπτει
stakeholder-notes = Σημειώσεις
stakeholder-add = Προσθήκη του φορέα
stakeholder-added = Ο φορέας προστέθηκε.
stakeholder-save = Αποθήκευση των αλλαγών
stakeholder-saved = Οι αλλαγές αποθηκεύτηκαν.
stakeholder-edit = Αλλαγή των στοιχείων
stakeholder-referred = Παραπομπές: { $mentors ->
    [one] { $mentors } μέντορας
   *[other] { $mentors } μέντορες
}, { $mentees ->
    [one] { $mentees } νεοαφιχθέν άτομο
   *[other] { $mentees } νεοαφιχθέντα άτομα
}
stakeholder-referrals-by-month = Παραπομπές ανά μήνα
stakeholder-month = Μήνας
stakeholder-kind-social_service = Κοινωνική υπηρεσία
stakeholder-kind-association = Σύλλογος
stakeholder-kind-local_administration = Τοπική αυτοδιοίκηση
stakeholder-kind-employer = Εργοδότης
stakeholder-kind-school = Σχολείο
stakeholder-kind-health_service = Υπηρεσία υγείας
stakeholder-kind-volunteer_group = Ομάδα εθελοντών
stakeholder-kind-migrant_community = Κοινότητα μεταναστών
stakeholder-kind-other = Άλλο
outreach-title = Αρχείο ενημερωτικών δράσεων
outreach-intro = Ενημερωτικές συναντήσεις που έγιναν, υλικό που μοιράστηκε ή στάλθηκε, παραπομπές που ελήφθησαν.
outreach-empty = Δεν έχει καταγραφεί τίποτα ακόμη.
outreach-kind = Τι
outreach-kind-information_session = Ενημερωτική συνάντηση
outreach-kind-material = Υλικό που μοιράστηκε ή στάλθηκε
outreach-kind-referral = Παραπομπή που ελήφθη
outreach-date = Ημερομηνία
outreach-stakeholder = Φορέας
outreach-no-stakeholder = — κανένας —
outreach-place = Τόπος
outreach-audience = Κοινό
outreach-reached = Άτομα που ενημερώθηκαν
outreach-materials = Υλικό και οι γλώσσες του (ή σύνδεσμοι)
outreach-notes = Σημειώσεις
outreach-add = Καταγραφή
outreach-added = Καταγράφηκε.

## Η δημόσια σελίδα ενός προγράμματος
join-organisation = Υλοποιείται από: { $organisation } ({ $country })
join-how-title = Πώς λειτουργεί
join-how-text = Ένα νεοαφιχθέν άτομο και ένας εθελοντής ή μια εθελόντρια μέντορας συναντιούνται τακτικά για περίπου έξι μήνες, δια ζώσης ή διαδικτυακά. Μαζί κάνουν βήματα προς την αυτονομία: να μετακινείται κανείς, να βρίσκει υπηρεσίες, να εξασκεί τη γλώσσα, να ψάχνει δουλειά ή κατοικία. Οι κοινωνικοί λειτουργοί τους φέρνουν σε επαφή και μένουν δίπλα τους.
join-buddy-title = Ποιος μπορεί να γίνει μέντορας
join-buddy-text = Όποιος είναι 18 ετών και άνω, ζει εδώ, μπορεί να διαθέσει λίγες ώρες τον μήνα για έξι μήνες και θέλει να μοιραστεί όσα ξέρει. Πολλοί μέντορες ήρθαν κι αυτοί στη χώρα πριν από λίγα χρόνια. Θα έχετε εκπαίδευση και στήριξη.
join-newcomer-title = Τι μπορεί να περιμένει ένα νεοαφιχθέν άτομο
join-newcomer-text = Έναν άνθρωπο που σας ακούει, μιλά τη γλώσσα σας αν είναι δυνατόν και σας βοηθά να βρείτε τον δικό σας δρόμο. Δωρεάν. Ό,τι λέτε μένει εμπιστευτικό.
join-contact-title = Επικοινωνία
join-register-buddy = Θέλω να γίνω μέντορας
join-register-newcomer = Είμαι καινούργιος/α εδώ και θα ήθελα έναν μέντορα
join-closed = Αυτό το πρόγραμμα δεν δέχεται εγγραφές αυτή την περίοδο.

## Εγγραφή
register-title-mentor = Γίνετε μέντορας
register-title-mentee = Βρείτε μέντορα
register-intro-mentor = Πείτε μας για εσάς. Ο συντονισμός θα σας τηλεφωνήσει για μια συνέντευξη.
register-intro-mentee = Πείτε μας για εσάς. Ο συντονισμός θα επικοινωνήσει μαζί σας.
register-staff-note = Εγγράφετε αυτό το άτομο εκ μέρους του. Διαβάστε του την ενημέρωση για τη συγκατάθεση στη γλώσσα του.
reg-about = Για εσάς
reg-first-name = Όνομα
reg-last-name = Επώνυμο
reg-phone = Τηλέφωνο
reg-email = E-mail
reg-contact-hint = Δώστε τουλάχιστον έναν αριθμό τηλεφώνου ή μια διεύθυνση e-mail.
reg-languages = Γλώσσες
reg-native-language = Πρώτη γλώσσα
reg-other-languages = Άλλες γλώσσες που μιλάτε
reg-language = Γλώσσα
reg-level = Επίπεδο
reg-choose = Επιλέξτε…
level-basic = Λίγες λέξεις
level-conversational = Μπορώ να κάνω μια συζήτηση
level-fluent = Με ευχέρεια
level-native = Πρώτη γλώσσα
reg-host-level = Το επίπεδό σας στη γλώσσα αυτής της χώρας
reg-country = Χώρα καταγωγής
reg-arrival = Ημερομηνία άφιξης σε αυτή τη χώρα
reg-area = Γειτονιά, πόλη ή ταχυδρομικός κώδικας
reg-availability = Πότε είστε διαθέσιμοι;
reg-availability-hint = Σημειώστε τις ώρες που συνήθως σας βολεύουν.
day-1 = Δευτέρα
day-2 = Τρίτη
day-3 = Τετάρτη
day-4 = Πέμπτη
day-5 = Παρασκευή
day-6 = Σάββατο
day-7 = Κυριακή
part-morning = Πρωί
part-afternoon = Απόγευμα
part-evening = Βράδυ
reg-interests = Ενδιαφέροντα
interest-sport = Αθλητισμός
interest-cooking = Μαγειρική
interest-music = Μουσική
interest-reading = Διάβασμα
interest-nature = Φύση και περίπατοι
interest-crafts = Χειροτεχνία
interest-games = Παιχνίδια
interest-technology = Τεχνολογία
interest-arts = Τέχνες
interest-family = Οικογένεια και παιδιά
interest-faith = Πίστη
interest-volunteering = Εθελοντισμός
reg-needs = Σε τι θα θέλατε βοήθεια;
reg-skills = Σε τι μπορείτε να βοηθήσετε;
area-language = Γλώσσα
area-administration = Διοικητικές διαδικασίες
area-housing = Στέγαση
area-employment = Εργασία και κατάρτιση
area-health = Υγεία
area-education = Σχολείο των παιδιών
area-transport = Μετακινήσεις
area-money = Χρήματα και τράπεζα
area-digital = Κινητό και διαδίκτυο
area-social = Γνωριμίες με ανθρώπους
area-wellbeing = Ευεξία
reg-experience = Η εμπειρία σας (εθελοντισμός, εργασία, η δική σας άφιξη)
reg-motivation = Γιατί θέλετε να γίνετε μέντορας;
reg-gender = Φύλο
gender-woman = Γυναίκα
gender-man = Άνδρας
gender-other = Άλλο
gender-unsaid = Προτιμώ να μην το πω
reg-gender-preference = Θα προτιμούσατε ο/η μέντοράς σας να είναι…
gender-pref-none = Καμία προτίμηση
gender-pref-woman = Γυναίκα
gender-pref-man = Άνδρας
reg-birth-year = Έτος γέννησης
reg-heard-from = Πώς μάθατε για το πρόγραμμα;
heard-stakeholder = Από έναν οργανισμό
heard-friend = Από φίλο ή συγγενή
heard-social_media = Από τα μέσα κοινωνικής δικτύωσης
heard-poster = Από αφίσα ή φυλλάδιο
heard-event = Σε μια εκδήλωση
heard-other = Άλλο
reg-referred-by = Ποιος οργανισμός;
reg-consent-title = Η συγκατάθεσή σας
consent-notice = Ο οργανισμός { $organisation } κρατά όσα γράφετε εδώ για να λειτουργήσει το πρόγραμμα: για να σας βρει μέντορα (ή νεοαφιχθέν άτομο), για να επικοινωνεί μαζί σας και για να παρακολουθεί το ζευγάρι σας. Τα βλέπει μόνο το προσωπικό του προγράμματος· το άτομο με το οποίο κάνετε ζευγάρι βλέπει μόνο το όνομά σας, τις γλώσσες σας και την περιοχή σας. Μπορείτε οποιαδήποτε στιγμή να ζητήσετε να δείτε, να διορθώσετε ή να διαγράψετε τα δεδομένα σας, και να ανακαλέσετε κάθε συγκατάθεση παρακάτω τόσο εύκολα όσο τη δώσατε.
consent-participation = Συμφωνώ να συμμετέχω στο πρόγραμμα και να χρησιμοποιούνται τα δεδομένα μου γι' αυτό (υποχρεωτικό).
consent-contact_sms = Μπορείτε να επικοινωνείτε μαζί μου με SMS.
consent-contact_email = Μπορείτε να επικοινωνείτε μαζί μου με e-mail.
consent-contact_phone = Μπορείτε να μου τηλεφωνείτε.
consent-share_partners = Μπορείτε να μοιράζεστε τον φάκελό μου με τους συνεργαζόμενους οργανισμούς του προγράμματος.
consent-evaluation = Οι απαντήσεις μου μπορούν να χρησιμοποιηθούν, χωρίς το όνομά μου, για την αξιολόγηση του προγράμματος.
reg-submit = Αποστολή
reg-thanks-title = Ευχαριστούμε
reg-thanks-text = Η εγγραφή σας ελήφθη. Ο συντονισμός θα επικοινωνήσει σύντομα μαζί σας.
register-too-many = Στάλθηκαν πάρα πολλές εγγραφές από αυτή τη σύνδεση. Δοκιμάστε ξανά σε μία ώρα.
error-phone-invalid = Γράψτε έναν αριθμό τηλεφώνου με 6 έως 15 ψηφία, όπως +33 6 12 34 56 78.
error-contact-required = Δώστε έναν αριθμό τηλεφώνου ή μια διεύθυνση e-mail.
error-date-future = Αυτή η ημερομηνία δεν μπορεί να είναι στο μέλλον.
error-year-invalid = Γράψτε ένα έτος γέννησης, όπως 1990.
error-buddy-too-young = Οι μέντορες πρέπει να είναι τουλάχιστον 18 ετών.
error-consent-required = Για την εγγραφή χρειάζεται να συμφωνήσετε να συμμετέχετε.
error-status-move = Αυτή η αλλαγή κατάστασης δεν είναι δυνατή από την τρέχουσα κατάσταση.
error-reason-required = Γράψτε έναν λόγο.
error-409-title = Άλλαξε στο μεταξύ
error-conflict = Κάποιος άλλος άλλαξε αυτόν τον φάκελο την ίδια στιγμή. Ανανεώστε τη σελίδα και δοκιμάστε ξανά.
error-422-title = Χρησιμοποιείται ήδη
error-taken-email = Ένας λογαριασμός χρησιμοποιεί ήδη αυτή τη διεύθυνση e-mail.
error-taken-questionnaire-version = Κάποιος αποθήκευσε νέα έκδοση αυτού του ερωτηματολογίου ενώ το επεξεργαζόσασταν. Εμφανίζεται παρακάτω μαζί με το κείμενό σας: συγκρίνετέ τα και αποθηκεύστε ξανά.

## Ο φάκελος ενός ατόμου
person-kind = Ρόλος
person-status = Κατάσταση
person-step = Βήμα
person-contact = Επικοινωνία
person-languages = Γλώσσες
person-origin = Χώρα καταγωγής
person-arrival = Ημερομηνία άφιξης
person-area = Περιοχή
person-availability = Διαθεσιμότητα
person-interests = Ενδιαφέροντα
person-needs = Χρειάζεται βοήθεια σε
person-skills = Μπορεί να βοηθήσει σε
person-experience = Εμπειρία
person-motivation = Κίνητρο
person-gender = Φύλο
person-gender-preference = Προτιμά μέντορα που είναι
person-birth-year = Έτος γέννησης
person-heard-from = Έμαθε για το πρόγραμμα
person-referred-by = Παραπομπή από
person-registration = Εγγραφή
person-entered-by-staff = Εγγραφή από το προσωπικό στις { $date }, γλώσσα: { $language }
person-self-registered = Εγγράφηκε μόνος/η στις { $date }, γλώσσα: { $language }
person-consents = Συγκαταθέσεις
consent-given = Δόθηκε στις { $date }, έκδοση ενημέρωσης { $version }, γλώσσα: { $language }
consent-recorded-by = καταγράφηκε από { $name }
consent-withdrawn = ανακλήθηκε στις { $date }
consent-not-given = Δεν δόθηκε
consent-state-given = Δόθηκε στις { $date }
consent-withdraw = Ανάκληση
consent-give = Δίνω τη συγκατάθεσή μου
consents-title = Οι συγκαταθέσεις σας
consents-title-of = Συγκαταθέσεις του/της { $name }
consents-saved = Αποθηκεύτηκε. Ισχύει από τώρα.
consents-intro = Εδώ επιλέγετε πώς μπορεί το πρόγραμμα να επικοινωνεί μαζί σας και να χρησιμοποιεί τα δεδομένα σας. Κάθε αλλαγή ισχύει αμέσως και μπορείτε να αλλάξετε γνώμη οποτεδήποτε.
consents-intro-staff = Αλλάξτε μια συγκατάθεση κατόπιν αιτήματος του ατόμου (αυτοπροσώπως, τηλεφωνικά ή γραπτώς). Η αλλαγή καταγράφεται με το όνομά σας και ισχύει αμέσως.
consents-participation = Για να σταματήσετε να συμμετέχετε στο πρόγραμμα, ενημερώστε τον συντονιστή σας: ο φάκελός σας θα δείχνει ότι αποχωρήσατε.
consents-change-link = Αλλαγή συγκατάθεσης κατόπιν αιτήματος του ατόμου
consents-mine-link = Οι συγκαταθέσεις σας
person-do-not-contact = Όχι επικοινωνία
no-contact_sms = όχι SMS
no-contact_email = όχι e-mail
no-contact_phone = όχι κλήσεις
person-screening = Αξιολόγηση αίτησης
person-move-to = Νέα κατάσταση
person-reason = Λόγος (υποχρεωτικός για απόρριψη ή αποχώρηση)
person-move-submit = Αλλαγή κατάστασης
person-moved = Η κατάσταση άλλαξε.
person-no-moves = Δεν είναι δυνατή άλλη αλλαγή.
person-history = Ιστορικό
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = από { $name }
status-applied = Υπέβαλε αίτηση
status-interview = Συνέντευξη
status-references_checked = Ελέγχθηκαν οι συστάσεις
status-accepted = Έγινε δεκτός/ή
status-declined = Δεν έγινε δεκτός/ή
status-training = Σε εκπαίδευση
status-registered = Εγγεγραμμένος/η
status-intake = Αρχική συνέντευξη
status-self_assessed = Ολοκλήρωσε την αυτοαξιολόγηση
status-ready = Έτοιμος/η για αντιστοίχιση
status-active = Σε ζευγάρι
status-alumni = Πρώην συμμετέχων/ουσα
status-withdrawn = Αποχώρησε

## Εργαλεία προγράμματος για το προσωπικό
programme-field-contact = Στοιχεία επικοινωνίας στη δημόσια σελίδα
programme-public-page = Δημόσια σελίδα
programme-register-mentee = Εγγραφή νεοαφιχθέντος ατόμου
programme-register-mentor = Εγγραφή μέντορα
programme-duplicates = Πιθανές διπλοεγγραφές
programme-export = Εξαγωγή της λίστας (CSV)
programme-export-xlsx = Εξαγωγή της λίστας (Excel, .xlsx)
export-column-id = Αριθμός
export-column-kind = Buddy ή νεοαφιχθείς
export-column-status = Κατάσταση
export-column-step = Βήμα
export-column-first-name = Όνομα
export-column-last-name = Επώνυμο
export-column-email = E-mail
export-column-phone = Τηλέφωνο
export-column-native-language = Μητρική γλώσσα
export-column-languages = Γλώσσες
export-stakeholders-referred-buddies = Εθελοντές που παραπέμφθηκαν
export-stakeholders-referred-newcomers = Νεοαφιχθέντες που παραπέμφθηκαν
export-column-host-language-level = Επίπεδο στη γλώσσα της χώρας
export-column-country-of-origin = Χώρα καταγωγής
export-column-arrival-date = Ημερομηνία άφιξης
export-column-area = Περιοχή
export-column-availability = Διαθεσιμότητα
export-column-interests = Ενδιαφέροντα
export-column-areas = Τομείς βοήθειας
export-column-gender = Φύλο
export-column-gender-preference = Επιθυμητό φύλο στο ζεύγος
export-column-birth-year = Έτος γέννησης
export-column-heard-from = Μας γνώρισε μέσω
export-column-registered-at = Εγγραφή στις
programme-export-codes = Κωδικοί στηλών για εργαλεία (CSV)
programme-import = Εισαγωγή λίστας (CSV)
programme-status-column = Κατάσταση

## Διπλοεγγραφές
duplicates-title = Πιθανές διπλοεγγραφές
duplicates-intro = Αυτοί οι φάκελοι ίσως αφορούν το ίδιο άτομο. Συγχωνεύστε τους στον πρώτο ή σημειώστε ότι πρόκειται για διαφορετικά άτομα.
duplicates-none = Καμία πιθανή διπλοεγγραφή.
duplicates-reason-email = ίδιο e-mail
duplicates-reason-phone = ίδιο τηλέφωνο
duplicates-reason-name = ίδιο όνομα και έτος γέννησης
duplicates-merge = Συγχώνευση στον πρώτο
duplicates-keep = Διαφορετικά άτομα
duplicates-merged = Οι φάκελοι συγχωνεύτηκαν.
duplicates-kept = Σημειώθηκαν ως διαφορετικά άτομα.
duplicates-pager = Πιθανά διπλότυπα { $first }–{ $last } από { $total }

## Εισαγωγή CSV
import-title = Εισαγωγή λίστας
import-intro = Ανεβάστε ένα αρχείο CSV αποθηκευμένο από υπολογιστικό φύλλο (UTF-8, χωρισμένο με κόμμα ή ερωτηματικό, ένα άτομο ανά γραμμή, με γραμμή επικεφαλίδων πρώτη). Θα επιλέξετε τι περιέχει κάθε στήλη, θα δείτε κάθε γραμμή ελεγμένη και μετά θα εισαγάγετε όλα ή τίποτα. Ένα βιβλίο εργασίας Excel (.xlsx) διαβάζεται όπως είναι: το πρώτο του φύλλο, μαζί με ημερομηνίες και αριθμούς.
import-file = Αρχείο CSV ή Excel (.xlsx)
import-kind = Αυτά τα άτομα είναι
import-next = Συνέχεια
import-mapping-title = Τι περιέχει κάθε στήλη;
import-column-none = — δεν υπάρχει στο αρχείο —
import-preview-title = Έλεγχος πριν από την εισαγωγή
import-row = Γραμμή
import-row-ok = έτοιμη
import-row-skip = ήδη εγγεγραμμένο: παραλείπεται
import-row-errors = προς διόρθωση
import-consent-confirm = Επιβεβαιώνω ότι κάθε άτομο από αυτά συμφώνησε να συμμετέχει στο πρόγραμμα (συγκατάθεση σε χαρτί ή προφορικά).
import-commit = { $count ->
    [one] Εισαγωγή ενός ατόμου
   *[other] Εισαγωγή { $count } ατόμων
}
import-done = { $count ->
    [0] Δεν εισήχθη κανείς
    [one] Εισήχθη ένα άτομο
   *[other] Εισήχθησαν { $count } άτομα
}, ήδη εγγεγραμμένα: { $skipped }.
import-empty = Το αρχείο δεν έχει καμία γραμμή για εισαγωγή.
import-bad-csv = Αυτό το αρχείο δεν διαβάζεται ως CSV. Αποθηκεύστε το από το υπολογιστικό σας φύλλο ως «CSV UTF-8» και δοκιμάστε ξανά.
import-has-errors = Ορισμένες γραμμές του αρχείου πρέπει να διορθωθούν πριν από την εισαγωγή. Δεν εισήχθη τίποτα.
import-consent-required = Επιβεβαιώστε ότι αυτά τα άτομα συμφώνησαν να συμμετέχουν.
error-number-range = Γράψτε έναν ακέραιο αριθμό από { $min } έως { $max }.
error-scale-invalid = Επιλέξτε ένα από τα σημεία της κλίμακας.

## Βήμα 3 — ερωτηματολόγια και αρχική αυτοαξιολόγηση
nav-questionnaires = Ερωτηματολόγια
q-kind-newcomer_self_assessment = Αυτοαξιολόγηση νεοαφιχθέντος ατόμου
q-kind-buddy_self_assessment = Αυτοαξιολόγηση μέντορα
q-kind-buddy_interview = Συνέντευξη μέντορα
q-kind-newcomer_intake = Αρχική συνέντευξη νεοαφιχθέντος ατόμου
q-done-on = Συμπληρώθηκε στις { $date }
q-not-done = Δεν έχει συμπληρωθεί ακόμη
q-fill = Συμπλήρωση
q-fill-with = Συμπλήρωση μαζί με το άτομο
q-view = Προβολή των απαντήσεων
q-by-staff-note = Συμπληρώνετε το ερωτηματολόγιο μαζί με το άτομο ή για λογαριασμό του κατά τη συνέντευξη. Αυτό θα σημειωθεί.
q-send = Αποθήκευση των απαντήσεων
q-saved = Οι απαντήσεις αποθηκεύτηκαν.
questionnaires-title = Ερωτηματολόγια
questionnaires-intro = Τα ερωτηματολόγια του οργανισμού σας. Κάθε αλλαγή δημιουργεί νέα έκδοση· οι απαντήσεις που έχουν ήδη δοθεί κρατούν την έκδοση στην οποία απάντησαν.
q-version = Έκδοση { $version }
q-responses = { $count ->
    [0] καμία απάντηση ακόμη
    [one] μία απάντηση
   *[other] { $count } απαντήσεις
}
q-edit = Αλλαγή
q-edit-intro = Ο παρακάτω ορισμός είναι η τρέχουσα έκδοση, σε μορφή JSON όπως περιγράφεται στο docs/QUESTIONNAIRES.md. Η αποθήκευσή του δημιουργεί νέα έκδοση.
q-definition-json = Ορισμός (JSON)
q-save-version = Αποθήκευση ως νέα έκδοση
q-new-version-saved = Η έκδοση { $version } αποθηκεύτηκε.
q-definition-invalid = Αυτός ο ορισμός δεν μπορεί να χρησιμοποιηθεί: { $detail }
q-preview = Πώς φαίνεται
assess-title = Η αυτοαξιολόγησή σας
assess-intro = Λίγες ερωτήσεις για να δούμε πού βρίσκεστε σήμερα. Δεν υπάρχει σωστή ή λάθος απάντηση. Ο/Η μέντοράς σας δεν βλέπει τις απαντήσεις σας.
assess-start = Έναρξη
assess-continue = Συνέχεια
assess-question-of = Ερώτηση { $n } από { $total }
assess-next = Επόμενη
assess-back = Πίσω
assess-skip = Παράλειψη αυτής της ερώτησης
assess-review-title = Ελέγξτε τις απαντήσεις σας
assess-not-answered = Χωρίς απάντηση
assess-change = Αλλαγή
assess-send = Αποστολή των απαντήσεών μου
assess-missing = Ορισμένες υποχρεωτικές ερωτήσεις δεν έχουν ακόμη απάντηση.
assess-done-title = Ευχαριστούμε
assess-done-text = Οι απαντήσεις σας αποθηκεύτηκαν. Δείχνουν από πού ξεκινάτε· θα τις συγκρίνετε στο τέλος του προγράμματος.
baseline-title = Σημείο εκκίνησης
baseline-chart-title = Αυτονομία ανά τομέα στην αρχή, από 1 (χρειάζεται πολλή βοήθεια) έως 5 (τα καταφέρνει μόνος/η)
baseline-area = Τομέας
baseline-score = Βαθμός
baseline-of-five = { $score } / { $max }
baseline-none = Δεν υπάρχει ακόμη αυτοαξιολόγηση.
home-self-assessment = Η αυτοαξιολόγησή σας
home-start-assessment = Ξεκινήστε την αυτοαξιολόγησή σας
home-continue-assessment = Συνεχίστε την αυτοαξιολόγησή σας
person-space = Προσωπικός χώρος
person-has-account = Αυτό το άτομο έχει λογαριασμό: βλέπει τον/τη μέντορά του, τις συναντήσεις και τα ερωτηματολόγιά του.
person-invite-intro = Προσκαλέστε αυτό το άτομο να συνδέεται από το κινητό του: θα συμπληρώσει μόνο του την αυτοαξιολόγησή του και θα βλέπει τον/τη μέντορά του και τις συναντήσεις του.
person-invite = Αποστολή της πρόσκλησης
person-edit-link = Διόρθωση στοιχείων
person-edit-title = Διόρθωση των στοιχείων του/της { $name }
person-edit-intro = Διορθώστε ό,τι καταγράφηκε κατά την εγγραφή. Οι συγκαταθέσεις αλλάζουν στη δική τους σελίδα.
person-edit-save = Αποθήκευση διορθώσεων
person-edit-saved = Τα στοιχεία διορθώθηκαν.
person-invite-needs-email = Για λογαριασμό χρειάζεται διεύθυνση e-mail, και αυτός ο φάκελος δεν έχει.
stakeholders-export = Εξαγωγή του καταλόγου (CSV)
outreach-export = Εξαγωγή του αρχείου (CSV)

## Βήμα 5 — εκπαίδευση
nav-training = Εκπαίδευση
training-title = Εκπαίδευση
training-intro = Οι κύκλοι εκπαίδευσης του οργανισμού σας: ο κύκλος για τους μέντορες και ο κύκλος για επαγγελματίες και εθελοντές. Ένας/μία μέντορας είναι έτοιμος/η για αντιστοίχιση μόλις ολοκληρωθούν όλες οι υποχρεωτικές ενότητες.
training-empty = Δεν υπάρχει ακόμη κύκλος εκπαίδευσης.
course-title = Τίτλος
course-audience = Για ποιους
audience-buddies = Μέντορες
audience-professionals = Επαγγελματίες και εθελοντές
course-description = Περιγραφή
course-create = Δημιουργία του κύκλου εκπαίδευσης
course-modules = Ενότητες
course-learners = Συμμετέχοντες
course-counts = Ενότητες: { $modules } · Εγγεγραμμένοι: { $enrolled } · Ολοκλήρωσαν: { $completed }
course-no-modules = Δεν υπάρχει ακόμη ενότητα.
course-no-learners = Δεν έχει εγγραφεί κανείς ακόμη.
course-progress-xlsx = Λήψη της προόδου των εκπαιδευομένων (Excel, .xlsx)
course-completed-on = Ολοκληρώθηκε στις { $date }
course-in-progress = Σε εξέλιξη: { $done } από { $total ->
    [one] { $total } υποχρεωτική ενότητα
   *[other] { $total } υποχρεωτικές ενότητες
}
module-add = Προσθήκη ενότητας
module-kind = Είδος ενότητας
module-kind-capsule = Εκπαιδευτική κάψουλα (κείμενο, αρχείο ή βίντεο)
module-kind-quiz = Κουίζ
module-kind-session = Δια ζώσης συνάντηση
module-title = Τίτλος
module-body = Περιεχόμενο ή πρόγραμμα
module-link = Σύνδεσμος σε βίντεο ή αρχείο (https://…)
module-minutes = Χρόνος μελέτης (λεπτά)
module-mandatory = Υποχρεωτική για τους μέντορες
module-quiz = Ερωτήσεις: ένα μπλοκ ανά ερώτηση, η ερώτηση στην πρώτη γραμμή, μία επιλογή ανά γραμμή, η σωστή ξεκινά με *
module-pass-mark = Βαθμός επιτυχίας (%)
module-date = Ημερομηνία
module-time = Ώρα (HH:MM)
module-place = Τόπος
module-capacity = Θέσεις
module-when = { $when }, { $place }
module-mandatory-mark = υποχρεωτική
module-hours = { $minutes } λεπτά
module-record = Καταγραφή προόδου
module-record-intro = Καταγράψτε ποιοι ολοκλήρωσαν την ενότητα, παρακολούθησαν τη συνάντηση ή πέρασαν το κουίζ.
module-record-save = Αποθήκευση
module-recorded = Η πρόοδος αποθηκεύτηκε.
module-too-many = Παρευρέθηκαν περισσότερα άτομα από τις διαθέσιμες θέσεις. Ελέγξτε τη λίστα.
progress-not_started = Δεν ξεκίνησε
progress-done = Ολοκληρώθηκε
progress-passed = Πέρασε ({ $score } %)
progress-failed = Δεν πέρασε ακόμη ({ $score } %)
progress-attended = Παρών/ούσα
progress-absent = Απών/ούσα
progress-score = Βαθμός στο κουίζ (%)
enrol-title = Εγγραφή εκπαιδευομένων
enrol-cohort = Ομάδα (για παράδειγμα «Πιλοτικό Γαλλία 2026»)
enrol-submit = Εγγραφή
enrol-none = Δεν υπάρχει κανείς για εγγραφή: οι μέντορες εμφανίζονται εδώ μόλις γίνουν δεκτοί, οι λογαριασμοί της ομάδας μόλις έχουν ρόλο στον οργανισμό.
enrolled = { $count ->
    [0] Δεν έχει εγγραφεί κανείς
    [one] Ένα άτομο εγγεγραμμένο
   *[other] { $count } άτομα εγγεγραμμένα
}
learn-title = Η εκπαίδευσή σας
learn-empty = Δεν έχετε εγγραφεί ακόμη σε κύκλο εκπαίδευσης.
learn-open = Άνοιγμα
learn-done-button = Το ολοκλήρωσα
learn-quiz-submit = Έλεγχος των απαντήσεών μου
learn-quiz-result = Ο βαθμός σας: { $score } %. Ο βαθμός επιτυχίας είναι { $pass } %.
learn-session = Συνάντηση στις { $when }, τόπος: { $place }
certificate = Βεβαίωση
certificate-title = Βεβαίωση εκπαίδευσης
certificate-text = Βεβαιώνεται ότι ο/η { $name } ολοκλήρωσε τον κύκλο εκπαίδευσης «{ $course }», διάρκειας { $hours ->
    [one] { $hours } ώρας
   *[other] { $hours } ωρών
} μελέτης, στις { $date }.
certificate-modules = Ολοκληρωμένες ενότητες
certificate-print = Εκτυπώστε αυτή τη σελίδα ή αποθηκεύστε τη ως PDF από το πρόγραμμα περιήγησής σας.
error-quiz-format = Γράψτε κάθε ερώτηση σε δική της γραμμή και μετά τις επιλογές της, μία ανά γραμμή, από τις οποίες ακριβώς μία ξεκινά με *· αφήστε μια κενή γραμμή ανάμεσα στις ερωτήσεις.
error-link-invalid = Γράψτε έναν σύνδεσμο που ξεκινά με https://
error-time-invalid = Γράψτε μια ώρα όπως 14:30.
error-time-zone-invalid = Δώστε μια ζώνη ώρας όπως Europe/Athens.
error-training-not-done = Ο/Η μέντορας μπορεί να είναι έτοιμος/η για αντιστοίχιση μόνο όταν ολοκληρωθούν όλες οι υποχρεωτικές ενότητες της εκπαίδευσης.
home-training-own = Η εκπαίδευσή σας
form-yes = Ναι
form-no = Όχι

## Βήμα 4 — προκαταρκτική αντιστοίχιση
match-title = Προκαταρκτική αντιστοίχιση
match-intro = Η πρόταση σχηματίζει ζευγάρια για όσο το δυνατόν περισσότερα νεοαφιχθέντα άτομα και, στη συνέχεια, επιλέγει την καλύτερη συνολική βαθμολογία. Διαβάστε κάθε εξήγηση, κλειδώστε τα ζευγάρια που έχετε αποφασίσει, αποκλείστε όσα δεν πρέπει να σχηματιστούν και επιβεβαιώστε: καμία αντιστοίχιση δεν γίνεται πριν το κάνετε εσείς.
match-summary = Νεοαφιχθέντα άτομα σε ζευγάρι: { $matched } από { $mentees }. Μέντορες έτοιμοι για αντιστοίχιση: { $mentors }.
match-none-ready = Κανείς δεν είναι ακόμη έτοιμος για αντιστοίχιση σε αυτό το πρόγραμμα.
match-proposals = Προτεινόμενα ζευγάρια
match-score = Συμβατότητα: { $score } %
match-criterion = Κριτήριο
match-weight = Βάρος
match-subscore = Βαθμός
match-why = Αιτιολόγηση
match-confirm = Επιβεβαίωση αυτού του ζευγαριού
match-lock = Κλείδωμα
match-unlock = Ξεκλείδωμα
match-locked = κλειδωμένο
match-exclude = Αποκλεισμός αυτού του ζευγαριού
match-exclude-reason = Λόγος αποκλεισμού (σύγκρουση, συγγένεια, προηγούμενο ζευγάρι…)
match-others = Επόμενοι καλύτεροι μέντορες
match-unmatched = Χωρίς μέντορα
match-blocked = Γιατί αποκλείεται κάθε μέντορας
match-excluded-title = Αποκλεισμένα ζευγάρια
match-clear = Άρση αποκλεισμού
match-weights-title = Βάρη των κριτηρίων (0 έως 10)
match-weights-save = Αποθήκευση και νέος υπολογισμός
match-weights-unreadable = Τα αποθηκευμένα βάρη αυτού του προγράμματος δεν μπόρεσαν να διαβαστούν: παρακάτω εμφανίζονται τα προεπιλεγμένα βάρη, που χρησιμοποιούνται σε αυτή την πρόταση.
match-weights-unreadable-fix = Αποθήκευση νέων βαρών
match-manual-title = Χειροκίνητη αντιστοίχιση
match-manual-intro = Επιλέξτε άλλο ζευγάρι από το προτεινόμενο και εξηγήστε γιατί: ο λόγος καταγράφεται.
match-manual-mentee = Νεοαφιχθέν άτομο
match-manual-mentor = Μέντορας
match-manual-reason-label = Λόγος
match-manual-submit = Σχηματισμός ζευγαριού
match-manual = Αντιστοιχίστηκε χειροκίνητα
match-manual-reason = Εξηγήστε γιατί σχηματίζετε αυτό το ζευγάρι αντίθετα με την πρόταση.
match-weight-invalid = Κάθε βάρος είναι αριθμός από 0 έως 10 και τουλάχιστον ένα πρέπει να είναι μεγαλύτερο από 0.
match-done-confirmed = Το ζευγάρι προτείνεται και στα δύο άτομα.
match-done-marked = Αποθηκεύτηκε. Η πρόταση υπολογίζεται ξανά.
match-done-weights = Τα βάρη αποθηκεύτηκαν. Η πρόταση υπολογίζεται ξανά.
criterion-needs = Ανάγκες και δεξιότητες
criterion-language = Κοινές γλώσσες
criterion-host-language = Γλώσσα της χώρας υποδοχής
criterion-goals = Στόχοι
criterion-interests = Ενδιαφέροντα
criterion-expectations = Προσδοκίες
criterion-availability = Διαθεσιμότητα
criterion-place = Τόπος
criterion-age = Ηλικία
criterion-gender = Φύλο
criterion-capacity = Ελεύθερες θέσεις μέντορα
match-gender-female = γυναίκα
match-gender-male = άνδρα
match-gender-other = άτομο άλλου φύλου
match-shared-native-language = Ίδια πρώτη γλώσσα: { $language }
match-common-language = Κοινή γλώσσα: { $language } (επίπεδο { $level })
match-no-common-language = Καμία κοινή γλώσσα σε επίπεδο { $level } ή υψηλότερο
match-communicates-beyond-host-language = Μπορούν να επικοινωνήσουν και σε γλώσσα άλλη από { $language }
match-host-language-level = Επίπεδο στη γλώσσα { $language }: { $level }
match-needs-met = Ανάγκες που καλύπτονται ({ $count } από { $needs }): { $met }
match-needs-unknown = Οι ανάγκες δεν είναι γνωστές
match-shared-goals = Κοινοί στόχοι: { $goals }
match-no-shared-goals = Κανένας κοινός στόχος
match-goals-unknown = Οι στόχοι δεν είναι γνωστοί
match-shared-interests = Κοινά ενδιαφέροντα: { $interests }
match-no-shared-interests = Κανένα κοινό ενδιαφέρον
match-interests-unknown = Τα ενδιαφέροντα δεν είναι γνωστά
match-shared-expectations = Ίδιες προσδοκίες: { $expectations }
match-no-shared-expectations = Διαφορετικές προσδοκίες
match-expectations-unknown = Οι προσδοκίες δεν είναι γνωστές
match-availability-overlap = Κοινά διαθέσιμα διαστήματα την εβδομάδα: { $slots }
match-availability-unknown = Η διαθεσιμότητα δεν είναι γνωστή
match-distance-km = Απόσταση: { $km } χλμ.
match-same-area = Ίδια περιοχή: { $area }
match-different-area = Διαφορετικές περιοχές
match-place-unknown = Ο τόπος δεν είναι γνωστός
match-age-gap = Διαφορά ηλικίας σε έτη: { $years }
match-age-unknown = Η ηλικία δεν είναι γνωστή
match-same-gender = Ίδιο φύλο
match-different-gender = Διαφορετικό φύλο
match-gender-unknown = Το φύλο δεν είναι γνωστό
match-mentor-room = Ελεύθερες θέσεις: { $free } από { $capacity }
match-gender-preference-mentee = Το νεοαφιχθέν άτομο προτιμά { $preference }
match-gender-preference-mentor = Ο/Η μέντορας προτιμά { $preference }
match-excluded-by-coordinator = Αποκλείστηκε από τον συντονισμό
match-mentor-at-capacity = Ο/Η μέντορας δεν έχει άλλη ελεύθερη θέση (θέσεις: { $capacity })
match-mentor-not-eligible = Ο/Η μέντορας δεν είναι έτοιμος/η για αντιστοίχιση
match-no-possible-mentor = Κανένας/καμία μέντορας δεν ταιριάζει σε αυτό το νεοαφιχθέν άτομο.
match-mentors-taken = { $count ->
    [one] Ο/Η μόνος/η πιθανός/ή μέντορας έχει ήδη αντιστοιχιστεί σε άλλο νεοαφιχθέν άτομο.
   *[other] Και οι { $count } πιθανοί μέντορες έχουν ήδη αντιστοιχιστεί σε άλλα νεοαφιχθέντα άτομα.
}

## Βήμα 6 — αντιστοίχιση και πρώτη συνάντηση
pair-mail-subject = Σας προτείνεται μια αντιστοίχιση
pair-mail-body = Γεια σας { $name },

    Το πρόγραμμα σας προτείνει να γνωριστείτε με { $other }. Δείτε ποιο είναι το άτομο και απαντήστε εδώ:

    { $link }
pair-proposal-title-mentor = Σας προτείνεται ένα νεοαφιχθέν άτομο
pair-proposal-title-mentee = Σας προτείνεται ένας/μία μέντορας
pair-proposal-intro = Θα θέλατε να γνωρίσετε αυτό το άτομο; Αν όχι, πείτε μας γιατί: ο συντονισμός θα αναζητήσει κάποιο άλλο άτομο.
pair-accept = Ναι, συμφωνώ
pair-decline = Όχι, ευχαριστώ
pair-decline-reason = Γιατί όχι; (απαιτείται για να αρνηθείτε)
pair-answer-accepted = Αποδεχτήκατε. Ο συντονισμός θα οργανώσει την πρώτη σας συνάντηση.
pair-answer-declined = Αρνηθήκατε αυτή την πρόταση.
pair-answer-waiting = αναμένεται απάντηση
pair-status-proposed = Προτάθηκε, αναμένονται απαντήσεις
pair-status-accepted = Έγινε αποδεκτό και από τους δύο· ακολουθούν η πρώτη συνάντηση και η συμφωνία
pair-status-declined = Απορρίφθηκε
pair-status-active = Ενεργό
pair-step-meeting = Πρώτη συνάντηση
pair-step-agreement = Συμφωνία καθοδήγησης
pair-step-signatures = Η συμφωνία έγινε αποδεκτή και από τους δύο
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Αποθήκευση της ημερομηνίας
pair-meeting-held = Η πρώτη συνάντηση πραγματοποιήθηκε
pair-meeting-invalid = Γράψτε μια ημερομηνία (έτος-μήνας-ημέρα) και μια ώρα όπως 14:30.
pair-not-ready = Αυτό δεν μπορεί να γίνει ακόμη: πρώτα πρέπει να έχουν αποδεχτεί την πρόταση και οι δύο (και να έχει οριστεί η ημερομηνία της πρώτης συνάντησης).
pair-saved = Αποθηκεύτηκε.
pair-agreement-title = Συμφωνία καθοδήγησης
pair-goals = Στόχοι
pair-goals-text = Οι στόχοι με δικά σας λόγια
pair-rhythm = Συχνότητα συναντήσεων
rhythm-weekly = Κάθε εβδομάδα
rhythm-fortnightly = Κάθε δύο εβδομάδες
rhythm-monthly = Κάθε μήνα
pair-months-label = Αναμενόμενη διάρκεια (μήνες)
pair-months = { $months ->
    [one] ένας μήνας
   *[other] { $months } μήνες
}
pair-boundaries = Όρια (τι δεν κάνει ο/η μέντορας)
pair-confidentiality = Η εμπιστευτικότητα εξηγήθηκε και στους δύο: ό,τι λέγεται μένει ανάμεσα σε αυτούς και στο προσωπικό του προγράμματος, εκτός αν πρέπει να προστατευτεί κάποιος από κίνδυνο.
pair-confidentiality-short = Εμπιστευτικότητα
pair-confidentiality-text = Ό,τι λέγεται μένει ανάμεσα στο ζευγάρι και στο προσωπικό του προγράμματος, εκτός αν πρέπει να προστατευτεί κάποιος από κίνδυνο.
pair-agreement-save = Αποθήκευση της συμφωνίας
pair-paper-signed = Υπογράφηκε σε χαρτί και από τους δύο
pair-agreement-accept = Αποδέχομαι αυτή τη συμφωνία
pair-agreement-signed = Αποδεχτήκατε αυτή τη συμφωνία.
pair-agreement-none = Η συμφωνία δεν έχει γραφτεί ακόμη.
home-pending = Σας περιμένουν
home-pending-proposal = Μια πρόταση για απάντηση
home-pending-agreement = Μια συμφωνία για ανάγνωση και αποδοχή
error-agreement-goals = Επιλέξτε τουλάχιστον έναν στόχο ή γράψτε έναν.
error-months-invalid = Γράψτε έναν αριθμό μηνών από 1 έως 24.
error-confidentiality-required = Επιβεβαιώστε ότι η εμπιστευτικότητα εξηγήθηκε και στους δύο.
match-in-setup = Ζευγάρια που ξεκινούν
pair-checklist-accepted = αποδέχτηκε
pair-checklist-declined = αρνήθηκε

## Βήμα 7 — συναντήσεις ομοτίμων
nav-calendar = Ημερολόγιο
pair-title-with = Εσείς και { $name }
pair-title-staff = { $buddy } και { $newcomer }
pair-log-session = Καταγραφή συνάντησης
pair-plan-session = Προγραμματισμός συνάντησης
pair-all-sessions = Όλες οι συναντήσεις
pair-planned-sessions = Προγραμματισμένες συναντήσεις
pair-held-sessions = Συναντήσεις που έγιναν
pair-no-held-sessions = Δεν έχει καταγραφεί ακόμη καμία συνάντηση.
pair-calendar-link = Προσθέστε τις συναντήσεις σας στο ημερολόγιο του κινητού σας
session-log-title = Καταγραφή συνάντησης
session-plan-title = Προγραμματισμός συνάντησης
session-log-intro = Μια συνάντηση που είχατε με { $name }. Χρειάζονται μόνο λίγα δευτερόλεπτα.
session-plan-intro = Η επόμενη συνάντησή σας με { $name }. Θα εμφανιστεί στο ημερολόγιό σας.
session-date = Ημερομηνία
session-time = Ώρα ({ $zone })
session-duration = Διάρκεια σε λεπτά
session-mode = Πώς συναντηθήκατε;
session-mode-label-in_person = Δια ζώσης
session-mode-label-online = Διαδικτυακά
session-mode-label-phone = Τηλεφωνικά
session-place = Τόπος (προαιρετικό)
session-topics = Τι αφορούσε;
session-summary = Τι κάνατε; Αρκεί μία πρόταση.
session-summary-planned = Τι σκοπεύετε να κάνετε; (προαιρετικό)
session-rating = Πώς πήγε;
session-rating-1 = 1 · άσχημα
session-rating-2 = 2
session-rating-3 = 3 · εντάξει
session-rating-4 = 4
session-rating-5 = 5 · πολύ καλά
session-log-submit = Αποθήκευση της συνάντησης
session-plan-submit = Προγραμματισμός της συνάντησης
session-cancel = Ακύρωση
session-saved = Η συνάντηση αποθηκεύτηκε.
session-removed = Η συνάντηση διαγράφηκε.
session-change-title = Αλλαγή της συνάντησης
session-change-intro = Μια συνάντηση με { $name }: διορθώστε ό,τι χρειάζεται.
session-change-submit = Αποθήκευση αλλαγών
session-call-off = Ακύρωση αυτής της συνάντησης
session-remove = Διαγραφή αυτής της συνάντησης
session-change = Αλλαγή ή διαγραφή
session-minutes = { $count ->
    [one] ένα λεπτό
   *[other] { $count } λεπτά
}
session-rating-of = Πώς πήγε: { $rating } στα 5
session-logged-by-you = Καταγράφηκε από εσάς
session-logged-by = Καταγράφηκε από { $name }
session-logged-by-staff = Καταγράφηκε από την ομάδα του προγράμματος
session-confirmed = Επιβεβαιώθηκε
session-confirmed-by-you = Επιβεβαιώθηκε από εσάς
session-confirmed-by = Επιβεβαιώθηκε από { $name }
session-confirm = Επιβεβαίωση αυτής της συνάντησης
error-session-future = Μια συνάντηση που έγινε δεν μπορεί να είναι στο μέλλον. Για να προγραμματίσετε μία, χρησιμοποιήστε την επιλογή «Προγραμματισμός συνάντησης».
error-session-past = Μια προγραμματισμένη συνάντηση δεν μπορεί να είναι στο παρελθόν. Για να καταγράψετε μία που έγινε, χρησιμοποιήστε την επιλογή «Καταγραφή συνάντησης».
error-session-too-far = Επιλέξτε μια ημερομηνία μέσα σε ένα έτος από σήμερα.
error-duration-invalid = Γράψτε μια διάρκεια από 5 έως 600 λεπτά.
error-topics-required = Σημειώστε τουλάχιστον ένα θέμα.
error-rating-required = Πείτε πώς πήγε, από 1 έως 5.
error-rating-invalid = Επιλέξτε έναν αριθμό από 1 έως 5.
error-rating-planned = Μια προγραμματισμένη συνάντηση δεν μπορεί ακόμη να αξιολογηθεί.
calendar-title = Το ημερολόγιό σας
calendar-intro = Οι προγραμματισμένες συναντήσεις σας, στην εφαρμογή ημερολογίου του κινητού ή του υπολογιστή σας.
calendar-download = Λήψη του ημερολογίου (.ics)
calendar-feed = Ιδιωτικός σύνδεσμος ημερολογίου
calendar-feed-intro = Εγγραφείτε σε αυτόν τον σύνδεσμο από την εφαρμογή ημερολογίου σας: οι προγραμματισμένες συναντήσεις σας εμφανίζονται εκεί και μένουν ενημερωμένες. Όποιος έχει τον σύνδεσμο τις βλέπει, γι' αυτό κρατήστε τον για τον εαυτό σας· ανανεώστε τον αν τον έχετε μοιραστεί.
calendar-feed-new = Ο νέος ιδιωτικός σύνδεσμός σας. Αντιγράψτε τον στην εφαρμογή ημερολογίου σας:
calendar-feed-once = Για την προστασία της ιδιωτικότητάς σας, εμφανίζεται μόνο τώρα. Αν τον χάσετε, ανανεώστε τον.
calendar-feed-since = Ένας ιδιωτικός σύνδεσμος είναι ενεργός από { $when }.
calendar-feed-none = Δεν έχετε ιδιωτικό σύνδεσμο.
calendar-feed-create = Δημιουργία ιδιωτικού συνδέσμου
calendar-feed-renew = Ανανέωση του συνδέσμου (ο παλιός σταματά να λειτουργεί)
calendar-feed-revoke = Ανάκληση του συνδέσμου
calendar-name = Συναντήσεις ζευγαριού
calendar-event-summary = Συνάντηση ζευγαριού με { $name }
reminder-subject = Ώρα για συνάντηση με { $other };
reminder-body = Γεια σας { $name },

    Το ζευγάρι σας με { $other } δεν έχει καταγράψει καμία συνάντηση εδώ και { $days } ημέρες. Αν συναντηθήκατε, καταγράψτε τη συνάντηση· αν όχι, προγραμματίστε την επόμενη:

    { $link }

    Αν κάτι δεν πάει καλά, ενημερώστε τον συντονισμό.
session-log-planned = Έγινε: καταγράψτε τη
programme-pairs = Ζευγάρια
enrol-buddies = Μέντορες
enrol-staff = Επαγγελματίες και εθελοντές με λογαριασμό
course-cohorts = Ομάδες
cohort-enrolled = Εγγεγραμμένοι
cohort-completed = Ολοκλήρωσαν
cohort-modules = Ολοκληρωμένες υποχρεωτικές ενότητες
cohort-progress = { $done } από { $total }
module-files = Αρχεία
module-files-none = Κανένα αρχείο ακόμη.
module-file-upload = Επισύναψη αρχείου
module-file-hint = Ένα PDF, μια εικόνα PNG ή JPEG ή απλό κείμενο· έως { $size } MB. Οι εκπαιδευόμενοι το κατεβάζουν.
module-file-submit = Μεταφόρτωση
module-texts = Μεταφράσεις
module-texts-intro = Ο τίτλος και το κείμενο σε άλλες γλώσσες. Οι εκπαιδευόμενοι διαβάζουν στη γλώσσα τους ή στη γλώσσα του μαθήματος αν δεν υπάρχει μετάφραση.
module-text-language = Γλώσσα
module-text-save = Αποθήκευση μετάφρασης
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = Επιλέξτε ένα αρχείο για μεταφόρτωση.
file-unreadable = Δεν ήταν δυνατή η ανάγνωση του αρχείου. Δοκιμάστε ξανά.
file-too-large = Το αρχείο είναι πολύ μεγάλο: έως { $size } MB.
file-type-refused = Αυτός ο τύπος αρχείου δεν γίνεται δεκτός. Στείλτε PDF, εικόνα PNG ή JPEG ή απλό κείμενο.
learn-files = Αρχεία για λήψη
cohort-name = Ομάδα
module-file-delete = Αφαίρεση

## Πρόσβαση και φορητότητα: εξαγωγή των δεδομένων ενός προσώπου, αρχείο προσβάσεων
export-link = Εξαγωγή όλων των δεδομένων του
export-mine-link = Λήψη όλων των δεδομένων μου
export-json-link = Λήψη ως αρχείο (JSON)
export-title-of = Δεδομένα που τηρούνται για { $name }
export-title-mine = Όλα τα δεδομένα μου
export-generated = Συντάχθηκε στις { $date }. Εκτυπώστε τη σελίδα για να την κρατήσετε σε χαρτί.
export-staff-note = Το έγγραφο εμφανίζεται στα { $language }, τη γλώσσα του προσώπου, για να του το δώσετε.
export-account = Λογαριασμός
export-name = Όνομα
export-email = E-mail
export-language = Γλώσσα
export-roles = Ρόλοι
export-programme = Πρόγραμμα
export-profile = Προφίλ και εγγραφή
export-answers = Απαντήσεις σε ερωτηματολόγια
export-training = Εκπαίδευση
export-enrolled-on = Εγγραφή στις { $date }
export-completed-on = Ολοκληρώθηκε στις { $date }
export-pairs = Ζευγάρια και συναντήσεις
export-pair-with = Με { $name } ({ $role })
export-started-on = Ξεκίνησε στις
export-agreement-written = Γράφτηκε, δεν έχει γίνει ακόμη αποδεκτή
export-decline-reason = Λόγος άρνησης
access-link = Ποιος είδε αυτόν τον φάκελο
erase-link = Διαγραφή των δεδομένων αυτού του ατόμου
erase-title = Διαγραφή των δεδομένων του/της { $name }
erase-warning = Η διαγραφή δεν αναιρείται. Εξαγάγετε πρώτα τα δεδομένα αν το άτομο θέλει αντίγραφο.
erase-what-goes = Τι θα διαγραφεί
erase-what-stays = Τι μένει
erase-item-record = Η καρτέλα του/της { $name }: όνομα, επικοινωνία, γλώσσες, καταγωγή, έτος γέννησης, διαθεσιμότητα, ό,τι έγραψε κατά την εγγραφή
erase-item-consents = { $count ->
    [one] μία συγκατάθεση
   *[other] { $count } συγκαταθέσεις
}
erase-item-reasons = { $count ->
    [one] η αιτιολογία μιας αλλαγής κατάστασης
   *[other] οι αιτιολογίες { $count } αλλαγών κατάστασης
}
erase-item-answers = { $count ->
    [one] οι απαντήσεις σε ένα ερωτηματολόγιο
   *[other] οι απαντήσεις σε { $count } ερωτηματολόγια
}
erase-item-goals = { $count ->
    [one] ο τίτλος ενός στόχου
   *[other] οι τίτλοι { $count } στόχων
}
erase-item-pairs = { $count ->
    [one] σημειώσεις, αιτιολογίες, τόπος συνάντησης και συμφωνία ενός ζευγαριού
   *[other] σημειώσεις, αιτιολογίες, τόποι συνάντησης και συμφωνίες { $count } ζευγαριών
}
erase-item-sessions = { $count ->
    [one] η περίληψη και ο τόπος μιας συνάντησης
   *[other] οι περιλήψεις και οι τόποι { $count } συναντήσεων
}
erase-item-marks = { $count ->
    [one] η αιτιολογία μιας απόφασης αντιστοίχισης
   *[other] οι αιτιολογίες { $count } αποφάσεων αντιστοίχισης
}
erase-item-invitations = { $count ->
    [one] μία πρόσκληση
   *[other] { $count } προσκλήσεις
}
erase-item-messages = { $count ->
    [one] ένα μήνυμα προς το άτομο ή που το κατονομάζει
   *[other] { $count } μηνύματα προς το άτομο ή που το κατονομάζουν
}
erase-item-account = ο λογαριασμός { $email }, με τον κωδικό, τις συνδέσεις και τη σύνδεση σε δύο βήματα
erase-item-account-kept = Ο λογαριασμός μένει, χωρίς σύνδεση με αυτή την καρτέλα: έχει άλλο ρόλο ή άλλη καρτέλα.
erase-kept = Μένει μια καρτέλα χωρίς όνομα ώστε τα στοιχεία να μετρούν σωστά: buddy ή νεοαφιχθείς, πρόγραμμα, βήμα, κατάσταση και ημερομηνίες. Το άλλο μέλος ενός ζευγαριού κρατά το δικό του ιστορικό, χωρίς το όνομα αυτού του ατόμου. Το αρχείο ελέγχου κρατά τις γραμμές του, που έχουν μόνο αριθμούς και κωδικούς.
erase-confirm = Έλεγξα ότι το άτομο ζήτησε τη διαγραφή ή ότι τα δεδομένα του δεν χρειάζεται πια να φυλάσσονται
erase-submit = Διαγραφή τώρα
erase-cancel = Ακύρωση και επιστροφή στην καρτέλα
erase-confirm-needed = Επιλέξτε το πλαίσιο για να επιβεβαιώσετε τη διαγραφή.
erase-done-title = Τα δεδομένα διαγράφηκαν
erase-done = Τα δεδομένα του ατόμου διαγράφηκαν. Η καρτέλα δεν ανοίγει πια.
erase-back = Επιστροφή στο πρόγραμμα
nav-retention = Διατήρηση
retention-title = Πόσο διατηρούνται οι καρτέλες
retention-intro = Όταν ένα άτομο έχει αποχωρήσει από το πρόγραμμα (απόφοιτος, απορρίφθηκε ή αποσύρθηκε) και δεν έχει ανοιχτό ζευγάρι, τα δεδομένα του διαγράφονται μερικούς μήνες μετά την τελευταία δραστηριότητα. Το m4m το κάνει κάθε μέρα· αυτή η σελίδα δείχνει τι λήγει τις επόμενες 30 ημέρες, για να το ελέγξετε.
retention-period-default = Οι κλειστές καρτέλες διαγράφονται { $months ->
    [one] { $months } μήνα
   *[other] { $months } μήνες
} μετά την τελευταία δραστηριότητα (προεπιλογή).
retention-period = Οι κλειστές καρτέλες διαγράφονται { $months ->
    [one] { $months } μήνα
   *[other] { $months } μήνες
} μετά την τελευταία δραστηριότητα.
retention-months = Μήνες διατήρησης των κλειστών καρτελών
retention-save = Αποθήκευση
retention-saved = Η περίοδος διατήρησης αποθηκεύτηκε.
retention-due-title = Λήγουν τις επόμενες 30 ημέρες
retention-none-due = Τίποτα δεν λήγει τις επόμενες 30 ημέρες.
retention-col-name = Άτομο
retention-col-why = Γιατί
retention-col-when = Διαγραφή στις
retention-why = { $status }, τελευταία δραστηριότητα στις { $date }
error-retention-months = Δώστε ακέραιο αριθμό μηνών από 1 έως 120.
access-title = Ποιος είδε τα δεδομένα
access-title-of = Ποιος είδε τον φάκελο του/της { $name }
access-intro = Κάθε φορά που κάποιος διάβασε, άλλαξε ή εξήγαγε αυτόν τον φάκελο, τα πιο πρόσφατα πρώτα.
access-empty = Κανείς δεν έχει δει ακόμη αυτόν τον φάκελο.
access-back = Πίσω στον φάκελο
access-when = Πότε
access-who = Ποιος
access-what = Τι
access-system = το ίδιο το m4m
audit-other = Άλλη ενέργεια ({ $code })
audit-participant-read = Διάβασε τον φάκελο
audit-participant-answers_read = Διάβασε απαντήσεις ερωτηματολογίου
audit-participant-access_log = Διάβασε ποιος είδε τον φάκελο
audit-participant-export = Εξήγαγε τα δεδομένα
audit-participant-register = Εγγραφή
audit-participant-status = Άλλαξε την κατάσταση
audit-participant-keep_apart = Διέκρινε από πιθανό διπλότυπο
audit-participant-merge = Συγχώνευσε διπλότυπο στον φάκελο
audit-programme-export = Εξήγαγε τη λίστα του προγράμματος, μαζί με αυτόν τον φάκελο
audit-programme-export_xlsx = Εξήγαγε τη λίστα του προγράμματος, μαζί με αυτόν τον φάκελο (Excel, .xlsx)
audit-response-complete = Ολοκλήρωσε ερωτηματολόγιο
audit-matching-mark = Σημείωσε υποψήφιο ζευγάρι
audit-course-enrol = Εγγραφή σε μάθημα
audit-module-progress = Κατέγραψε πρόοδο εκπαίδευσης
audit-pair-read = Διάβασε το ζευγάρι
audit-pair-propose = Πρότεινε ζευγάρι
audit-pair-accepted = Αποδέχτηκε το ζευγάρι
audit-pair-declined = Αρνήθηκε το ζευγάρι
audit-pair-start = Ξεκίνησε το ζευγάρι
audit-pair-first_meeting = Όρισε την πρώτη συνάντηση
audit-pair-first_meeting_held = Κατέγραψε την πρώτη συνάντηση
audit-pair-agreement = Έγραψε τη συμφωνία
audit-pair-agreement_signed = Αποδέχτηκε τη συμφωνία
audit-pair-reminder = Έστειλε υπενθύμιση
audit-peer_session-planned = Προγραμμάτισε συνάντηση
audit-peer_session-held = Κατέγραψε συνάντηση
audit-peer_session-confirm = Επιβεβαίωσε συνάντηση
audit-user-create = Δημιούργησε τον λογαριασμό
audit-user-activate = Επανενεργοποίησε τον λογαριασμό
audit-user-deactivate = Απενεργοποίησε τον λογαριασμό
audit-user-export = Εξήγαγε τα δεδομένα του λογαριασμού
audit-invitation-accept = Αποδέχτηκε την πρόσκληση
audit-login = Σύνδεση
audit-login-failed = Αποτυχημένη σύνδεση
audit-login-throttled = Η σύνδεση μπλοκαρίστηκε μετά από πολλές αποτυχίες
audit-logout = Αποσύνδεση
audit-calendar_feed-open = Άνοιξε ροή ημερολογίου
audit-calendar_feed-revoke = Ανακάλεσε τη ροή ημερολογίου
audit-access-denied = Του αρνήθηκε η πρόσβαση

# Concerns (step 8)
concern-severity = Πόσο σοβαρό είναι;
concern-severity-low = Χαμηλή: καλό είναι να το ξέρουμε
concern-severity-medium = Μέτρια: χρειάζεται μια συζήτηση
concern-severity-high = Υψηλή: χρειάζεται δράση σύντομα
concern-severity-urgent = Επείγουσα: η ασφάλεια κάποιου ατόμου κινδυνεύει
concern-status-open = Ανοιχτή
concern-status-acknowledged = Ελήφθη υπόψη
concern-status-action_taken = Έγιναν ενέργειες
concern-status-closed = Κλειστή
concern-error-move = Επιλέξτε ένα από τα προτεινόμενα επόμενα βήματα.
concern-error-severity = Επιλέξτε πόσο σοβαρό είναι.
concern-new-title = Αναφορά ανησυχίας
concern-about-my-pair = το ζευγάρι σας με { $name }
concern-about-me = τον εαυτό σας
concern-intro-about = Αφορά: { $about }.
concern-intro-who = Θα τη διαβάσει μόνο ο συντονισμός του οργανισμού σας. Μπορείτε να την παρακολουθείτε εδώ.
concern-intro-other = { $name } δεν θα ενημερωθεί.
concern-intro-urgent = Αν κάποιος κινδυνεύει αυτή τη στιγμή, καλέστε πρώτα τον αριθμό έκτακτης ανάγκης (112).
concern-summary = Με λίγα λόγια
concern-text = Τι συνέβη (προαιρετικό)
concern-send = Αποστολή στον συντονισμό
concern-title = Αναφορά
concern-sent = Η αναφορά σας στάλθηκε στον συντονισμό.
concern-moved = Η αναφορά ενημερώθηκε.
concern-open-subject = Άνοιγμα
concern-history = Τι έχει γίνει
concern-no-moves = Ο συντονισμός δεν την έχει διαβάσει ακόμη.
concern-next = Επόμενο βήμα
concern-move-legend = Νέα κατάσταση
concern-move-note = Σημείωση (τι έγινε, για το αρχείο)
concern-move-submit = Αποθήκευση
concern-move-to-acknowledged = Ελήφθη υπόψη: τη διαβάσαμε
concern-move-to-action_taken = Έγιναν ενέργειες
concern-move-to-closed = Κλειστή
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = Υποβλήθηκε στις { $date } από { $name }
concern-raised-on = Υποβλήθηκε στις { $date }
concern-mail-subject = Επείγουσα αναφορά στο m4m
concern-mail-body = Υποβλήθηκε μια επείγουσα αναφορά στον οργανισμό σας. Διαβάστε τη και επιβεβαιώστε ότι τη λάβατε υπόψη το συντομότερο δυνατό: { $link }
concerns-title = Αναφορές · { $programme }
concerns-intro = Όλες οι αναφορές αυτού του προγράμματος: πρώτα οι ανοιχτές, οι πιο επείγουσες στην κορυφή.
concerns-none = Δεν έχει γίνει καμία αναφορά σε αυτό το πρόγραμμα.
concerns-link = Αναφορές
home-concerns = Αναφορές προς παρακολούθηση
home-concerns-more = Εδώ εμφανίζονται οι { $count } πιο επείγουσες· όλες οι αναφορές βρίσκονται στο μητρώο συμβάντων του προγράμματός τους:
home-raise-concern = Σας ανησυχεί κάτι; Πείτε το στον συντονισμό
home-your-concerns = Οι αναφορές σας
pair-raise-concern = Αναφορά ανησυχίας για αυτό το ζευγάρι
person-raise-concern = Αναφορά ανησυχίας για αυτό το άτομο
audit-concern-raise = Έκανε αναφορά ανησυχίας
audit-concern-move = Άλλαξε την κατάσταση μιας αναφοράς
audit-concern-read = Διάβασε μια αναφορά

# Supervision (step 8)
supervision-title = Εποπτεία
supervision-new-title = Καταγραφή εποπτείας
supervision-intro = Μια συνάντηση με έναν/μία μέντορα ή με μια ομάδα: τι συζητήσατε, οι σημειώσεις σας και τι θα κάνει ο καθένας και η καθεμία στη συνέχεια. Οι μέντορες βλέπουν ότι η εποπτεία πραγματοποιήθηκε και τις ενέργειες που τους ανατέθηκαν, ποτέ τις σημειώσεις σας.
supervision-no-buddies = Δεν σας έχει ανατεθεί ακόμη κανένας μέντορας για εποπτεία: ζητήστε από τον συντονισμό να σας αναθέσει, ή καταγράψτε την εποπτεία από τον φάκελο του/της μέντορα.
supervision-format = Μορφή
supervision-format-one_to_one = Ατομική
supervision-format-group = Ομαδική
supervision-held-on = Ημερομηνία
supervision-buddies = Παρόντες μέντορες
supervision-topics = Θέματα
supervision-topic-boundaries = Όρια του ρόλου
supervision-topic-wellbeing = Η ευεξία του ίδιου του/της μέντορα
supervision-topic-cultural = Πολιτισμικές διαφορές
supervision-topic-practical = Πρακτικά και διοικητικά ζητήματα
supervision-topic-difficult_situation = Μια δύσκολη κατάσταση
supervision-topic-motivation = Κίνητρο και διαθέσιμος χρόνος
supervision-topic-safeguarding = Προστασία και ασφάλεια
supervision-topics-text = Άλλα θέματα
supervision-notes = Σημειώσεις
supervision-notes-hint = Τις διαβάζουν μόνο οι επόπτες/τριες των μεντόρων και ο συντονισμός.
supervision-actions = Ενέργειες παρακολούθησης
supervision-action-text = Ενέργεια
supervision-action-owner = Ποιος/ποια
supervision-action-due = Έως
supervision-owner-me = Εγώ
supervision-save = Αποθήκευση της εποπτείας
supervision-saved = Η εποπτεία αποθηκεύτηκε.
supervision-when = { $date } · { $format }
supervision-recorded-by = Καταγράφηκε από { $name }
supervision-due = έως τις { $date }
supervision-done-on = έγινε στις { $date }
supervision-your-actions = Οι ενέργειές σας
supervision-no-actions = Καμία ενέργεια.
supervision-mark-done = Έγινε
supervision-add-action = Προσθήκη ενέργειας
supervision-error-format = Επιλέξτε ατομική ή ομαδική.
supervision-error-future = Η ημερομηνία δεν μπορεί να είναι στο μέλλον.
supervision-error-buddy = Επιλέξτε ανάμεσα στους μέντορες της λίστας.
supervision-error-no-buddy = Σημειώστε τουλάχιστον έναν/μία μέντορα.
supervision-error-one = Μια ατομική εποπτεία αφορά ακριβώς έναν/μία μέντορα.
supervision-error-topic = Επιλέξτε ανάμεσα στα θέματα της λίστας.
supervision-error-owner = Μια ενέργεια ανατίθεται σε μέντορα που ήταν παρών/παρούσα ή σε εσάς.
home-open-actions = { $count ->
    [0] καμία ανοιχτή ενέργεια
    [one] μία ανοιχτή ενέργεια
   *[other] { $count } ανοιχτές ενέργειες
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] ένας/μία μέντορας
   *[other] { $count } μέντορες
}
home-last-supervision = Τελευταία εποπτεία
home-no-supervision-yet = καμία ακόμη
home-recorded-supervisions = Εποπτείες που καταγράψατε
home-my-supervision = Εποπτεία
audit-supervision-record = Κατέγραψε μια εποπτεία
audit-supervision-action = Πρόσθεσε μια ενέργεια εποπτείας
audit-supervision-action_done = Σημείωσε μια ενέργεια εποπτείας ως ολοκληρωμένη
audit-supervision-read = Διάβασε μια εποπτεία

# Needs you today (step 9)
attention-title = Χρειάζονται την προσοχή σας σήμερα
attention-intro = Κάθε ζευγάρι σε κίνδυνο, με τους λόγους του, και ό,τι περιμένει κάποιον: το καθένα σας οδηγεί σε ό,τι πρέπει να γίνει.
attention-none = Τίποτα δεν χρειάζεται την προσοχή σας σήμερα.
attention-at-risk = Ζευγάρια σε κίνδυνο
attention-waiting = Περιμένουν κάποιον
attention-see-all = Προβολή όλης της λίστας
risk-urgent-concern = Υπάρχει ανοιχτή επείγουσα αναφορά
risk-open-concern = { $count ->
    [one] Υπάρχει μία ανοιχτή αναφορά
   *[other] Υπάρχουν { $count } ανοιχτές αναφορές
}
risk-no-session = Καμία συνάντηση εδώ και { $days } ημέρες
risk-first-meeting-overdue = Η πρώτη συνάντηση είχε προγραμματιστεί για τις { $date } και δεν έχει καταγραφεί
risk-agreement-ends = Η συμφωνία λήγει στις { $date }
waiting-answer = Η πρόταση δεν έχει απαντηθεί ακόμη
waiting-signature = Η συμφωνία δεν έχει γίνει ακόμη αποδεκτή και από τους δύο
waiting-confirmation = { $count ->
    [one] Μία συνάντηση περιμένει επιβεβαίωση πάνω από μία εβδομάδα
   *[other] { $count } συναντήσεις περιμένουν επιβεβαίωση πάνω από μία εβδομάδα
}

# Goals of the pair (step 9)
goals-title = Στόχοι του ζευγαριού
goals-intro = Οι στόχοι που συμφωνήσατε. Πείτε πού βρίσκεται τώρα ο καθένας σε σύγκριση με ό,τι περιμένατε: κάθε απάντηση φυλάσσεται, ώστε να βλέπετε τον δρόμο που έχετε διανύσει.
goals-none = Δεν υπάρχει ακόμη στόχος: οι στόχοι προέρχονται από τη συμφωνία μόλις ξεκινήσει το ζευγάρι.
goals-history = Πού βρισκόταν
goals-when = Ημερομηνία
goals-score = Πού βρίσκεται
goals-by = Από
goals-comment = Σχόλιο (προαιρετικό)
goals-where = Πού βρίσκεται τώρα;
goals-save = Αποθήκευση
goals-saved = Αποθηκεύτηκε. Ευχαριστούμε.
goal-error-score = Επιλέξτε ένα σημείο της κλίμακας, από −2 έως +2.
gas-much-less = πολύ λιγότερο από το αναμενόμενο
gas-less = λιγότερο από το αναμενόμενο
gas-expected = όπως αναμενόταν
gas-more = περισσότερο από το αναμενόμενο
gas-much-more = πολύ περισσότερο από το αναμενόμενο
audit-goal-progress = Κατέγραψε πού βρίσκεται ένας στόχος
home-goal-not-rated = δεν έχει αξιολογηθεί ακόμη
home-goal-record = Πείτε πού βρίσκεται

# Check-ins (step 9)
checkin-title = Πώς πάει;
checkin-intro = Λίγες ερωτήσεις για τον χρόνο σας με { $name }. Χρειάζεται ένα λεπτό· τις απαντήσεις σας τις διαβάζει μόνο η ομάδα του προγράμματος.
checkin-satisfaction = Πόσο ικανοποιημένος/η είστε από τις συναντήσεις σας;
checkin-satisfaction-1 = 1 · καθόλου
checkin-satisfaction-2 = 2 · όχι ιδιαίτερα
checkin-satisfaction-3 = 3 · έτσι κι έτσι
checkin-satisfaction-4 = 4 · ικανοποιημένος/η
checkin-satisfaction-5 = 5 · πολύ ικανοποιημένος/η
checkin-satisfaction-short = Ικανοποίηση
checkin-met = Πόσο συχνά συναντηθήκατε τον τελευταίο καιρό;
checkin-met-short = Συναντήσεις
checkin-met-weekly = Κάθε εβδομάδα
checkin-met-fortnightly = Κάθε δύο εβδομάδες
checkin-met-monthly = Μία φορά τον μήνα
checkin-met-less = Πιο σπάνια
checkin-met-never = Καθόλου
checkin-helped = Τι βοήθησε; (προαιρετικό)
checkin-difficult = Τι είναι δύσκολο; (προαιρετικό)
checkin-send = Αποστολή
checkin-thanks = Ευχαριστούμε: η ομάδα έλαβε τις απαντήσεις σας.
checkin-nothing-due = Αυτή τη στιγμή δεν υπάρχει σύντομο ερωτηματολόγιο για συμπλήρωση. Θα σας ρωτήσουμε ξανά σε λίγο καιρό.
checkin-error-satisfaction = Επιλέξτε από 1 έως 5.
checkin-error-met = Επιλέξτε πόσο συχνά συναντηθήκατε.
home-pending-checkin = Πώς πάει με { $name }; (ένα λεπτό)
pair-checkins = Σύντομα ερωτηματολόγια
risk-low-satisfaction = Ικανοποίηση { $score } στα 5
risk-missed-checkin = Το σύντομο ερωτηματολόγιο της { $date } έμεινε αναπάντητο
audit-checkin-answer = Απάντησε σε σύντομο ερωτηματολόγιο
baseline-done-on = Η αυτοαξιολόγηση έγινε στις { $date }.

# Staff contacts (step 9)
contacts-title = Επαφές της ομάδας
contacts-intro = Οι κλήσεις, οι επισκέψεις και τα μηνύματά σας προς αυτό το ζευγάρι: δύο φορές τον πρώτο μήνα, έπειτα μία φορά τον μήνα.
contacts-kind = Τρόπος
contacts-note = Σημείωση (προαιρετικό)
contacts-save = Καταγραφή της επαφής
contact-kind-call = Κλήση
contact-kind-visit = Επίσκεψη
contact-kind-message = Μήνυμα
contact-error-kind = Επιλέξτε κλήση, επίσκεψη ή μήνυμα.
waiting-contact = Εκκρεμεί επαφή από την ομάδα
audit-pair-contact = Κατέγραψε μια επαφή με ζευγάρι
checkin-mail-subject = Πώς πάει με { $other };
checkin-mail-body = Γεια σας { $name }, λίγες ερωτήσεις για τις συναντήσεις σας με { $other }: ένα λεπτό, από το κινητό σας. Τις απαντήσεις σας τις διαβάζει μόνο η ομάδα του προγράμματος. { $link }
attention-pager-risk = Ζευγάρια σε κίνδυνο { $first }–{ $last } από { $total }
attention-pager-wait = Σε αναμονή { $first }–{ $last } από { $total }
pager-previous = Προηγούμενα
pager-next = Επόμενα
moment-initial = Στην αρχή
moment-midterm = Στη μέση
moment-final = Στο τέλος
baseline-change-title = Τι άλλαξε από την αρχή
baseline-change = Μεταβολή
baseline-moments-chart-title = Αυτονομία ανά τομέα σε κάθε αυτοαξιολόγηση, από 1 (χρειάζεται πολλή βοήθεια) έως 5 (τα καταφέρνει μόνος/η)
home-midterm-due = Φτάσατε στη μέση: ήρθε η ώρα να δείτε ξανά πού βρίσκεστε, με τις ίδιες ερωτήσεις όπως στην αρχή.
home-start-midterm = Η ενδιάμεση αυτοαξιολόγησή σας

# Added since the last pass
person-erased = διαγραμμένο άτομο
notes-title = Εμπιστευτικές σημειώσεις
notes-intro = Κατάσταση υγείας ή νομική κατάσταση που πρέπει να γνωρίζει ο συντονισμός. Μόνο ο συντονισμός αυτού του οργανισμού βλέπει αυτές τις σημειώσεις· δεν εμφανίζονται σε μέντορες, επόπτες/τριες ή εκπαιδευτές/τριες ούτε σε καμία λίστα, και περιλαμβάνονται στην εξαγωγή των δεδομένων του ίδιου του ατόμου.
notes-label = Σημειώσεις (έως 4.000 χαρακτήρες)
notes-save = Αποθήκευση των σημειώσεων
notes-saved = Οι εμπιστευτικές σημειώσεις αποθηκεύτηκαν.
follow-up-title = Εποπτεία και διαθεσιμότητα
follow-up-intro = Ποιος εποπτεύει αυτόν τον μέντορα και πόσους νεοαφιχθέντες συνοδεύει ταυτόχρονα. Η προαντιστοίχιση τον προτείνει όσο έχει λιγότερα ενεργά ζευγάρια.
follow-up-supervisor = Επόπτης/Εποπτεύουσα
follow-up-nobody = Κανείς ακόμη
follow-up-capacity = Νεοαφιχθέντες ταυτόχρονα
follow-up-save = Αποθήκευση
follow-up-saved = Ο επόπτης και η διαθεσιμότητα του μέντορα αποθηκεύτηκαν.
error-supervisor-choice = Επιλέξτε επόπτη από τη λίστα.
error-capacity-range = Δώστε έναν ακέραιο αριθμό από 1 έως 5.
error-capacity-below-pairs = Αυτός ο μέντορας έχει ήδη περισσότερα ενεργά ζευγάρια: κρατήστε μεγαλύτερο αριθμό ή κλείστε πρώτα ένα ζευγάρι.
error-follow-up-changed = Τα ζευγάρια αυτού του μέντορα ή η ομάδα άλλαξαν στο μεταξύ: ελέγξτε και αποθηκεύστε ξανά.
erase-item-notes = Οι εμπιστευτικές σημειώσεις (υγεία, νομική κατάσταση)
pair-first-meeting = Η πρώτη σας συνάντηση
pair-open = Άνοιγμα της σελίδας του ζευγαριού σας
pair-meeting-not-yet = Η πρώτη συνάντηση δεν έχει γίνει ακόμη: καταγράψτε τη όταν έρθει η ημερομηνία της.
pair-already-answered = Σε αυτή την πρόταση έχει ήδη δοθεί απάντηση.
pair-not-started = Μπορείτε να καταγράφετε συναντήσεις μόλις ξεκινήσει το ζευγάρι.
home-pending-first-meeting = Πρώτη συνάντηση: { $meeting }
calendar-first-meeting-summary = Πρώτη συνάντηση με { $name }
programme-at-step = { $n } · { $name }
programme-all-people = Όλοι στο πρόγραμμα

## Closing a pair (step 10)
pair-status-completed = Ολοκληρώθηκε
pair-status-ended_early = Έληξε νωρίτερα
pair-not-open = Αυτό το ζεύγος έχει ήδη κλείσει.
close-title = Κλείσιμο του ζεύγους
close-intro = Κλείσιμο του ζεύγους { $buddy } και { $newcomer }: πείτε γιατί τελειώνει και τι ακολουθεί για τον καθένα.
close-planned-end = Η συμφωνία του ισχύει έως { $date }.
close-effect-sessions = { $count ->
    [0] Καμία προγραμματισμένη συνάντηση προς ακύρωση.
    [one] Η προγραμματισμένη συνάντηση ακυρώνεται.
   *[other] Οι { $count } προγραμματισμένες συναντήσεις ακυρώνονται.
}
close-effect-checkins = Οι ενημερώσεις και οι υπενθυμίσεις σταματούν· και οι δύο λαμβάνουν το τελικό ερωτηματολόγιο.
close-reason = Γιατί τελειώνει το ζεύγος;
close-reason-planned_end = Η συμφωνημένη περίοδος τελείωσε
close-reason-goals_reached = Οι στόχοι επιτεύχθηκαν νωρίτερα
close-reason-moved_away = Ο νεοαφιχθείς μετακόμισε
close-reason-lost_contact = Χάθηκε η επαφή
close-reason-conflict = Σύγκρουση μεταξύ των δύο
close-reason-safeguarding = Προστασία και ασφάλεια
close-reason-other = Άλλος λόγος
close-on = Έκλεισε στις
close-meeting = Τελική συνάντηση (προαιρετικά)
close-meeting-hint = Η ημέρα της τελευταίας συνάντησης με τους δύο, αν έγινε.
close-note = Σημείωση για την ομάδα
close-rematch = Μπορεί ο/η { $name } να μπει ξανά σε ζεύγος;
close-save = Κλείσιμο του ζεύγους
close-done = Το ζεύγος έκλεισε.
close-error-future = Αυτή η ημέρα δεν έχει έρθει ακόμη.
close-error-before-start = Αυτό είναι πριν από την έναρξη του ζεύγους.
close-error-note-other = Πείτε ποιος είναι ο άλλος λόγος.
error-choose-yes-no = Επιλέξτε ναι ή όχι.
error-close-pairs-first = Κλείστε πρώτα το ζεύγος αυτού του ατόμου: το κλείσιμο λέει γιατί τελείωσε.
pair-closed-on = Έκλεισε στις { $date }: { $reason }
pair-closing-meeting-on = Τελική συνάντηση στις { $date }
audit-pair-close = Έκλεισε το ζεύγος
audit-pair-exit_answer = Απάντησε στο τελικό ερωτηματολόγιο
exit-title = Τελικό ερωτηματολόγιο
exit-intro-buddy = Η περίοδός σας ως buddy του/της { $name } τελείωσε. Τέσσερις ερωτήσεις, ένα λεπτό: μόνο η ομάδα του προγράμματος διαβάζει τις απαντήσεις σας.
exit-intro-newcomer = Η περίοδός σας με τον/την { $name } ως buddy τελείωσε. Τέσσερις ερωτήσεις, ένα λεπτό: μόνο η ομάδα του προγράμματος διαβάζει τις απαντήσεις σας.
exit-satisfaction = Συνολικά, πόσο ικανοποιημένος/η είστε;
exit-recommend = Θα συστήνατε σε κάποιον στη θέση σας να έχει buddy;
exit-recommend-short = Θα το συνιστούσε
exit-changed = Πού άλλαξε κάτι για εσάς;
exit-changed-short = Τι άλλαξε
exit-comment = Κάτι άλλο που θέλετε να μας πείτε (προαιρετικά)
exit-send = Αποστολή
exit-thanks = Ευχαριστούμε: οι απαντήσεις σας αποθηκεύτηκαν.
exit-final-assessment = Ένα τελευταίο βήμα: η τελική αυτοαξιολόγησή σας
home-pending-exit = Η περίοδός σας με τον/την { $name } τελείωσε: το τελικό ερωτηματολόγιο (ένα λεπτό)
home-final-due = Το ζεύγος σας τελείωσε: απαντήστε άλλη μία φορά στις ίδιες ερωτήσεις με την αρχή, για να δείτε πόσο προχωρήσατε.
home-start-final = Η τελική αυτοαξιολόγησή σας
become-buddy-title = Γίνετε buddy
become-buddy-home = Ξέρετε πώς είναι οι πρώτοι μήνες. Η περίοδός σας ως νεοαφιχθείς τελείωσε: τώρα μπορείτε να συνοδεύσετε κάποιον που μόλις έφτασε.
become-buddy-intro = Τα στοιχεία σας είναι ήδη συμπληρωμένα: ελέγξτε τα, πείτε πώς μπορείτε να βοηθήσετε και δώστε ξανά τη συγκατάθεσή σας — είναι ένας νέος ρόλος.
assess-done-midterm = Οι απαντήσεις σας αποθηκεύτηκαν. Εδώ είναι δίπλα σε εκείνες της αρχής· θα απαντήσετε άλλη μία φορά στο τέλος.
assess-done-final = Οι απαντήσεις σας αποθηκεύτηκαν. Εδώ φαίνεται πόσο προχωρήσατε από την αρχή, τομέα προς τομέα.
person-pairs = Ζεύγη
programme-edit-title = Αλλαγή του προγράμματος
programme-edit-intro = Ημερομηνίες, κατάσταση και στόχοι, και η παρακολούθηση των ζευγών: πότε ένα ζεύγος κινδυνεύει, πότε οφείλονται οι ενημερώσεις και η ενδιάμεση αυτοαξιολόγηση.
programme-save = Αποθήκευση
programme-saved = Το πρόγραμμα αποθηκεύτηκε.
programme-field-risk-no-session = Ένα ζεύγος κινδυνεύει μετά από τόσες ημέρες χωρίς συνάντηση
programme-field-risk-ending = Επισήμανση ζεύγους τόσες ημέρες πριν λήξει η συμφωνία
programme-field-checkin-first = Πρώτη ενημέρωση, ημέρες μετά την έναρξη
programme-field-checkin-every = Έπειτα μία ενημέρωση κάθε … ημέρες
programme-field-midterm-weeks = Ενδιάμεση αυτοαξιολόγηση, εβδομάδες μετά την έναρξη
error-days-invalid = Δώστε ακέραιο αριθμό ημερών από 1 έως 365 (εβδομάδες: 1 έως 104).
error-503-title = Ο διακομιστής είναι απασχολημένος
error-busy = Πάρα πολλά αιτήματα περιμένουν αυτή τη στιγμή. Περιμένετε λίγα δευτερόλεπτα και δοκιμάστε ξανά: τίποτα δεν αποθηκεύτηκε ούτε χάθηκε.
access-refused-someone = Κάποιος χωρίς πρόσβαση
admin-volunteers-title = Λογαριασμοί buddies και νεοαφιχθέντων
admin-volunteers-intro = Πόσοι ανά οργανισμό: τα ονόματά τους αφορούν την ομάδα του οργανισμού τους.
import-too-many-columns = Αυτό το αρχείο έχει περισσότερες από { $columns } στήλες: κρατήστε μόνο τις στήλες για τα άτομα και δοκιμάστε ξανά.
import-too-many-rows = Αυτό το αρχείο έχει περισσότερα από { $rows } άτομα: εισαγάγετέ το σε πολλά μέρη.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Ακρόαση χωρίς κριτική
competence-intercultural = Επικοινωνία ανάμεσα σε πολιτισμούς
competence-boundaries = Τήρηση των ορίων του ρόλου
competence-local_services = Γνώση των τοπικών υπηρεσιών
competence-encouraging_autonomy = Ενθάρρυνση της αυτονομίας
competence-reliability = Συνέπεια για μήνες
baseline-competence = Δεξιότητα
baseline-competences-chart-title = Σιγουριά ανά δεξιότητα στην αρχή, από 1 (όχι ακόμα σίγουρος/η) έως 5 (πολύ σίγουρος/η)
baseline-competences-moments-chart-title = Σιγουριά ανά δεξιότητα σε κάθε αυτοαξιολόγηση, από 1 (όχι ακόμα σίγουρος/η) έως 5 (πολύ σίγουρος/η)
buddy-assessment-title = Αυτοαξιολογήσεις: { $name }
buddy-assessment-intro = Πόσο σίγουρος/η νιώθει ο/η μέντορας σε κάθε δεξιότητα στην αρχή, στη μέση και στο τέλος, με τις δικές του/της απαντήσεις από 1 έως 5.
buddy-assessment-competences = Δεξιότητες μέντορα
home-buddy-self-assessments = Αυτοαξιολογήσεις
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Συναντήσεις ανά εβδομάδα
weekly-sessions-chart-title = Συναντήσεις που έγιναν ανά εβδομάδα, τις τελευταίες { $weeks } εβδομάδες
weekly-sessions-week-of = Εβδομάδα από { $date }
weekly-sessions-total = { $count ->
    [one] 1 συνάντηση
   *[other] { $count } συναντήσεις
} σε αυτές τις εβδομάδες, { $hours } ώρες συνολικά
weekly-sessions-week = Εβδομάδα από
weekly-sessions-count = Συναντήσεις
weekly-sessions-hours = Ώρες

# Βήμα 10: η συνολική αξιολόγηση.
evaluation-title = Αξιολόγηση των προγραμμάτων
evaluation-link = Αξιολόγηση: αριθμοί για χρηματοδότες (σελίδα, CSV, εκτύπωση)
evaluation-intro = Τι πέτυχε το Buddy System, από τα στοιχεία των ζευγαριών και τις απαντήσεις των μελών τους. Μετρώνται μόνο όσοι έχουν σε ισχύ τη συγκατάθεσή τους για αξιολόγηση· εδώ δεν εμφανίζεται κανένα όνομα και κανένας προσωπικός φάκελος.
evaluation-suppression-note = Αριθμός για λιγότερα από 5 άτομα ή ζευγάρια δεν εμφανίζεται ποτέ: γράφει «λιγότερα από 5».
evaluation-suppressed = λιγότερα από 5
evaluation-scope = Αριθμοί για
evaluation-scope-all = Όλοι οι οργανισμοί
evaluation-scope-mine = Όλα όσα μπορώ να δω
evaluation-from = Ζευγάρια που ξεκίνησαν από
evaluation-to = Ζευγάρια που ξεκίνησαν έως
evaluation-cohort = Κύκλος (έτος)
evaluation-cohort-hint = Το έτος που ξεκίνησε το ζευγάρι, π.χ. 2025.
evaluation-gender = Φύλο του νεοαφιχθέντα
evaluation-age = Ηλικία του νεοαφιχθέντα στην αρχή του ζευγαριού
evaluation-region = Περιοχή καταγωγής του νεοαφιχθέντα
evaluation-any = Όλα
evaluation-show = Εμφάνιση αριθμών
evaluation-csv = Λήψη ως υπολογιστικό φύλλο (CSV)
evaluation-xlsx = Λήψη ως βιβλίο εργασίας (Excel, .xlsx)
evaluation-age-under_25 = Κάτω από 25
evaluation-age-25_34 = 25 έως 34
evaluation-age-35_49 = 35 έως 49
evaluation-age-50_plus = 50 και άνω
evaluation-region-mena = Μέση Ανατολή και Βόρεια Αφρική
evaluation-region-sub_saharan_africa = Υποσαχάρια Αφρική
evaluation-region-central_south_asia = Κεντρική και Νότια Ασία
evaluation-region-europe = Ευρώπη
evaluation-region-americas = Αμερική
evaluation-region-other = Αλλού ή άγνωστο
evaluation-pairs-title = Ζευγάρια
evaluation-pairs-formed = Ζευγάρια που σχηματίστηκαν
evaluation-pairs-active = Σε εξέλιξη
evaluation-pairs-completed = Ολοκληρώθηκαν
evaluation-pairs-ended-early = Έληξαν νωρίτερα
evaluation-reasons-title = Ζευγάρια που έληξαν νωρίτερα, ανά λόγο
evaluation-reason = Λόγος
evaluation-pairs = Ζευγάρια
evaluation-figure = Δείκτης
evaluation-value = Τιμή
evaluation-n-pairs = Σε (ζευγάρια)
evaluation-n-people = Σε (άτομα)
evaluation-outcomes-title = Παραμονή, συναντήσεις και στόχοι
evaluation-outcomes-note = Παραμονή: ολοκληρωμένα ζευγάρια επί των κλεισμένων. Επίτευξη στόχων: ο μέσος όρος της τελευταίας βαθμολογίας κάθε στόχου, από −2 (πολύ λιγότερο από το αναμενόμενο) έως +2 (πολύ περισσότερο).
evaluation-retention = Παραμονή
evaluation-sessions-held = Συναντήσεις που έγιναν
evaluation-sessions-hours = Ώρες μαζί
evaluation-goal-attainment = Επίτευξη στόχων (−2 έως +2)
evaluation-areas-title = Αλλαγή ανά τομέα ένταξης
evaluation-areas-note = Νεοαφιχθέντες με πρώτη και τελευταία αυτοαξιολόγηση· βαθμολογίες από 1 έως 5. Το διάστημα είναι το διάστημα εμπιστοσύνης 95 % της μέσης αλλαγής· το μέγεθος επίδρασης είναι το d_z του Cohen.
evaluation-areas-chart = Μέση αλλαγή ανά τομέα με το διάστημα εμπιστοσύνης 95 %
evaluation-areas-none = Κανείς δεν έχει ακόμη και πρώτη και τελευταία αυτοαξιολόγηση.
evaluation-baseline-mean = Στην αρχή
evaluation-final-mean = Στο τέλος
evaluation-mean-change = Αλλαγή
evaluation-ci95 = Διάστημα 95 %
evaluation-effect-size = Μέγεθος επίδρασης
evaluation-interval = { $low } έως { $high }
evaluation-satisfaction-title = Ικανοποίηση
evaluation-satisfaction-chart = Μέση ικανοποίηση από 1 έως 5, από τις ενδιάμεσες ερωτήσεις και το τελικό ερωτηματολόγιο
evaluation-newcomers = Νεοαφιχθέντες
evaluation-buddies = Buddies
evaluation-from-checkins = Ενδιάμεσες ερωτήσεις
evaluation-from-exit = Τελικό ερωτηματολόγιο
evaluation-recommend = Θα σύσταιναν έναν buddy
evaluation-percent = { $value } %

# First run: how the first administrator is made
login-first-run = Δεν υπάρχει ακόμη λογαριασμός. Δημιουργήστε τον πρώτο διαχειριστή στον διακομιστή με: m4m user create --email you@example.org --name "Το όνομά σας" (ζητά τον κωδικό πρόσβασης) και έπειτα συνδεθείτε εδώ.
# Ανάκτηση λογαριασμού: ξεχασμένος κωδικός, αλλαγή κωδικού, απενεργοποιημένοι λογαριασμοί
login-forgot-link = Ξεχάσατε τον κωδικό;
login-deactivated = Αυτός ο λογαριασμός είναι απενεργοποιημένος. Ζητήστε από τον συντονιστή σας να τον ενεργοποιήσει ξανά.
forgot-title = Ξεχάσατε τον κωδικό
forgot-intro = Γράψτε τη διεύθυνση e-mail του λογαριασμού σας. Αν τη χρησιμοποιεί κάποιος λογαριασμός, στέλνουμε σύνδεσμο για να επιλέξετε νέο κωδικό· ο σύνδεσμος λειτουργεί μία φορά, για μία ώρα.
forgot-submit = Αποστολή συνδέσμου
forgot-sent = Αν κάποιος λογαριασμός χρησιμοποιεί αυτή τη διεύθυνση, ένας σύνδεσμος για νέο κωδικό είναι καθ' οδόν. Κοιτάξτε στα εισερχόμενα (και στην ανεπιθύμητη αλληλογραφία)· ο σύνδεσμος λειτουργεί για μία ώρα.
forgot-throttled = Πάρα πολλά αιτήματα για νέο κωδικό. Δοκιμάστε ξανά σε μία ώρα ή ρωτήστε τον συντονιστή σας.
forgot-mail-subject = Επιλέξτε νέο κωδικό για το m4m
forgot-mail-body = Γεια σας { $name },

    Κάποιος, πιθανότατα εσείς, ζήτησε νέο κωδικό για τον λογαριασμό σας στο m4m.
    Επιλέξτε τον με αυτόν τον σύνδεσμο (ισχύει μία ώρα, χρησιμοποιείται μία φορά):

    { $link }

    Αν δεν το ζητήσατε, αγνοήστε αυτό το μήνυμα: ο κωδικός σας μένει ως έχει.
reset-title = Επιλέξτε νέο κωδικό
reset-intro = Μόλις αποθηκευτεί ο νέος κωδικός, οι άλλες συνεδρίες σας τερματίζονται.
reset-password = Νέος κωδικός (τουλάχιστον 8 χαρακτήρες)
reset-password-again = Ο ίδιος κωδικός ξανά
reset-submit = Αποθήκευση του νέου κωδικού
reset-gone = Αυτός ο σύνδεσμος έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Ζητήστε νέο με το «Ξεχάσατε τον κωδικό;» στη σελίδα σύνδεσης.
reset-done = Ο νέος σας κωδικός αποθηκεύτηκε. Συνδεθείτε με αυτόν.
nav-password = Κωδικός
password-title = Αλλαγή κωδικού
password-current = Τρέχων κωδικός
password-current-wrong = Αυτός δεν είναι ο τρέχων κωδικός σας.
password-submit = Αλλαγή κωδικού
password-changed = Ο κωδικός σας άλλαξε. Οι άλλες συνεδρίες σας τερματίστηκαν.
admin-user-access = Πρόσβαση
admin-user-deactivate = Απενεργοποίηση
admin-user-activate = Επανενεργοποίηση
admin-user-deactivated = Ο λογαριασμός απενεργοποιήθηκε: οι συνεδρίες του τερματίστηκαν και τα API tokens του ανακλήθηκαν. Τα δεδομένα του μένουν.
admin-user-activated = Ο λογαριασμός είναι ξανά ενεργός: ο κάτοχός του συνδέεται με τον κωδικό του. Τα API tokens πρέπει να δημιουργηθούν ξανά.
admin-user-not-self = Δεν μπορείτε να απενεργοποιήσετε τον δικό σας λογαριασμό.

# Αποστολή εξερχομένων: προσπάθειες, επαναλήψεις, μηνύματα που εγκαταλείφθηκαν
admin-outbox-sent = Στάλθηκε { $when }.
admin-outbox-waiting = Αναμένει αποστολή.
admin-outbox-retrying = Η προσπάθεια { $attempts } απέτυχε: { $error }. Επόμενη προσπάθεια { $when }.
admin-outbox-given-up = Εγκαταλείφθηκε μετά από { $attempts } προσπάθεια(ες): { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = Άτομα { $first }–{ $last } από { $total }
programme-pairs-pager = Ζεύγη { $first }–{ $last } από { $total }
programme-people-total = { $count ->
    [one] Ένα άτομο
   *[other] { $count } άτομα
}
programme-filter-everyone = Μέντορες και νεοαφιχθέντες
programme-filter-any-status = Κάθε κατάσταση
programme-filter-any-step = Κάθε βήμα
programme-filter-any-language = Κάθε γλώσσα
programme-filter-language = Μιλά
programme-sort = Σειρά
programme-sort-step = Κατά βήμα
programme-sort-name = Κατά όνομα
programme-sort-newest = Τα νεότερα πρώτα
programme-search = Αναζήτηση
programme-search-hint = Όνομα, e-mail ή τηλέφωνο, και χωρίς τόνους
programme-search-button = Εμφάνιση
programme-people-none = Κανείς δεν ταιριάζει σε αυτή την αναζήτηση.

# The API's pages of people
error-api-limit = Το limit πρέπει να είναι ακέραιος από 1 έως 1000.
error-api-cursor = Το cursor πρέπει να είναι το next_cursor της προηγούμενης σελίδας.
error-api-text = Στείλτε αυτό το πεδίο ως κείμενο (συμβολοσειρά JSON), όπως λέει η περιγραφή του API.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = Το όνομά σας
assess-intro-buddy = Λίγες ερωτήσεις για να δούμε πού βρίσκεστε σήμερα. Δεν υπάρχει σωστή ή λάθος απάντηση. Το νεοαφιχθέν άτομο που συνοδεύετε δεν βλέπει τις απαντήσεις σας.
error-language-choice = Επιλέξτε μια γλώσσα.
import-host-level = Επίπεδο στη γλώσσα αυτής της χώρας
import-other-languages = Άλλες γλώσσες
home-pending-session = Επιβεβαιώστε τη συνάντηση με { $name } στις { $date }

# Εισαγωγή υπολογιστικών φύλλων: κωδικοποιήσεις, ημερομηνίες, τύποι
import-cell-problem = Στήλη «{ $column }»: { $message }
import-cell-formula = αυτό το κελί περιέχει τύπο (αρχίζει με =, @, + ή -). Πληκτρολογήστε την τιμή του.
import-cell-bom = αυτό το κελί περιέχει αόρατο σημάδι σειράς byte: πολλά αρχεία ενώθηκαν σε ένα. Αφαιρέστε το ή αποθηκεύστε ξανά το αρχείο.
import-date-ambiguous = αυτή η ημερομηνία διαβάζεται με δύο τρόπους. Γράψτε τη ως έτος-μήνας-ημέρα (2026-04-03).
import-workbook = Αυτό είναι παλαιότερο βιβλίο εργασίας Excel (.xls). Ανοίξτε το, αποθηκεύστε το ως .xlsx ή CSV και δοκιμάστε ξανά.
import-workbook-unreadable = Αυτό το αρχείο δεν διαβάζεται ως βιβλίο εργασίας Excel (.xlsx): ίσως είναι κατεστραμμένο, προστατευμένο με κωδικό ή άλλου τύπου (όπως .ods του LibreOffice). Ανοίξτε το, αποθηκεύστε το ως .xlsx ή CSV και δοκιμάστε ξανά.
import-workbook-too-large = Αυτό το βιβλίο εργασίας είναι πολύ μεγάλο όταν αποσυμπιεστεί. Κρατήστε μόνο το φύλλο με τα άτομα ή εισαγάγετέ το σε περισσότερα μέρη.
import-not-text = Αυτό το αρχείο δεν είναι πίνακας αποθηκευμένος ως κείμενο: περιέχει byte που καμία προσφερόμενη κωδικοποίηση δεν διαβάζει. Αποθηκεύστε το ως CSV και δοκιμάστε ξανά.
import-encoding = Κωδικοποίηση του αρχείου
import-encoding-hint = Μαντεύτηκε από το αρχείο. Αν τόνοι ή γράμματα φαίνονται λάθος στα ονόματα παρακάτω, επιλέξτε άλλη κωδικοποίηση και συνεχίστε.
import-encoding-failed = Το αρχείο δεν διαβάζεται στην κωδικοποίηση που επιλέξατε: κρατήθηκε όπως διαβάστηκε πριν.

## Τα ζευγάρια ενός προγράμματος, με αναζήτηση και σελίδες
pairs-title = Ζευγάρια του { $programme }
pairs-back = Πίσω στο πρόγραμμα
pairs-link = Όλα τα ζευγάρια: αναζήτηση, ζευγάρια που έκλεισαν
pairs-search-hint = Όνομα, e-mail ή τηλέφωνο του νεοαφιχθέντα ή του μέντορα
pairs-filter-any-status = Κάθε κατάσταση
pairs-filter-open = Ενεργά (ούτε κλειστά ούτε απορριφθέντα)
pairs-filter-closed = Κλειστά
pairs-sort-oldest = Τα παλαιότερα πρώτα
pairs-sort-newest = Τα νεότερα πρώτα
pairs-sort-newcomer = Κατά όνομα του νεοαφιχθέντα
pairs-total = { $count ->
    [0] Κανένα ζευγάρι
    [one] Ένα ζευγάρι
   *[other] { $count } ζευγάρια
}
pairs-pager = Ζευγάρια { $first }–{ $last } από { $total }
pairs-all = Όλα τα ζευγάρια
pairs-none = Δεν υπάρχουν ακόμη ζευγάρια.
pairs-none-found = Κανένα ζευγάρι δεν ταιριάζει με την αναζήτηση.
pairs-column-pair = Νεοαφιχθείς ↔ μέντορας
pairs-column-status = Κατάσταση
pairs-column-since = Από
pairs-column-sessions = Συναντήσεις
pairs-sessions = { $count ->
    [0] Καμία ακόμη
    [one] Μία
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] Μία, στις { $date }
   *[other] { $count }, η τελευταία στις { $date }
}

## Οι συναντήσεις ενός προγράμματος, ανά περίοδο
sessions-title = Συναντήσεις του { $programme }
sessions-link = Συναντήσεις: ανά περίοδο, με τις ώρες τους
sessions-any-status = Προγραμματισμένες και πραγματοποιημένες
sessions-planned = Προγραμματισμένη
sessions-held = Πραγματοποιήθηκε
sessions-held-confirmed = Πραγματοποιήθηκε, επιβεβαιωμένη
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] Καμία συνάντηση
    [one] Μία συνάντηση
   *[other] { $count } συναντήσεις
}, { $hours ->
    [one] μία ώρα
   *[other] { $hours } ώρες
} συνολικά
sessions-pager = Συναντήσεις { $first }–{ $last } από { $total }
sessions-from = Από
sessions-to = Έως (συμπεριλαμβάνεται)
sessions-recent = Οι τελευταίες 30 ημέρες και όσα έχουν προγραμματιστεί
sessions-none = Καμία συνάντηση δεν ταιριάζει σε αυτή την περίοδο.
sessions-column-when = Πότε
sessions-column-how = Πώς

## Η λίστα των λογαριασμών της ομάδας, για τη διαχείριση
admin-users-search-hint = Όνομα ή e-mail
admin-users-any-role = Κάθε ρόλος
admin-users-any-state = Ενεργοί και απενεργοποιημένοι
admin-users-active = Ενεργός
admin-users-inactive = Απενεργοποιημένος
admin-users-total = { $count ->
    [0] Κανένας λογαριασμός ομάδας
    [one] Ένας λογαριασμός ομάδας
   *[other] { $count } λογαριασμοί ομάδας
}
admin-users-pager = Λογαριασμοί { $first }–{ $last } από { $total }
admin-users-all = Όλοι οι λογαριασμοί ομάδας
admin-users-none = Κανένας λογαριασμός δεν ταιριάζει με την αναζήτηση.

## Pairs and sessions as spreadsheets
pairs-export = Λήψη αυτών των ζευγαριών (υπολογιστικό φύλλο, CSV)
pairs-export-xlsx = Λήψη αυτών των ζευγαριών (Excel, .xlsx)
sessions-export = Λήψη αυτών των συναντήσεων (υπολογιστικό φύλλο, CSV)
sessions-export-xlsx = Λήψη αυτών των συναντήσεων (Excel, .xlsx)
export-pairs-column-pair = Ζευγάρι
export-pairs-column-newcomer = Νεοαφιχθείς
export-pairs-column-buddy = Μέντορας
export-pairs-column-status = Κατάσταση
export-pairs-column-proposed = Προτάθηκε
export-pairs-column-started = Ξεκίνησε
export-pairs-column-closed = Έκλεισε
export-pairs-column-sessions = Συναντήσεις
export-pairs-column-hours = Ώρες
export-pairs-column-last-session = Τελευταία συνάντηση
export-sessions-column-session = Συνάντηση
export-sessions-column-date = Ημερομηνία
export-sessions-column-time = Ώρα
export-sessions-column-pair = Ζευγάρι
export-sessions-column-newcomer = Νεοαφιχθείς
export-sessions-column-buddy = Μέντορας
export-sessions-column-minutes = Λεπτά
export-sessions-column-hours = Ώρες
export-sessions-column-mode = Πώς
export-sessions-column-status = Κατάσταση
export-sessions-column-confirmed = Επιβεβαιωμένη
export-progress-column-course = Μάθημα
export-progress-column-learner = Εκπαιδευόμενος/η
export-progress-column-cohort = Ομάδα
export-progress-column-enrolled = Εγγραφή στις
export-progress-column-done = Υποχρεωτικές ενότητες που ολοκληρώθηκαν
export-progress-column-total = Υποχρεωτικές ενότητες
export-progress-column-completed = Ολοκλήρωση στις
export-figures-column-figure = Δείκτης
export-figures-column-key = Αφορά
export-figures-column-n = Από
export-figures-column-value = Τιμή
export-figures-column-suppressed = Αποκρύπτεται (μικρή ομάδα)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Όνομα, επαφή, e-mail ή τηλέφωνο
stakeholders-any-kind = Κάθε είδος
stakeholders-total = { $count ->
    [0] Κανένας φορέας
    [one] Ένας φορέας
   *[other] { $count } φορείς
}
stakeholders-pager = Φορείς { $first }–{ $last } από { $total }
stakeholders-all = Όλοι οι φορείς
stakeholders-none-found = Κανένας φορέας δεν ταιριάζει με την αναζήτηση.
