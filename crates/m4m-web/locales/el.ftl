# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Ελληνικά. Αναφορά είναι το αγγλικό αρχείο en.ftl: κάθε κλειδί του
# πρέπει να υπάρχει σε κάθε πλήρη μετάφραση.

## Το πλαίσιο κάθε σελίδας
app-name = m4m
app-tagline = Buddy System: νεοαφιχθέντα άτομα και εθελοντές μέντορες, δίπλα δίπλα
skip-to-content = Μετάβαση στο περιεχόμενο
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
