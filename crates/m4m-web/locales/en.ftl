# m4m — English. The reference for every other language: each key here
# must exist in every complete translation.

## The frame around every page
app-name = m4m
app-tagline = Buddy System: newcomers and volunteer buddies, side by side
skip-to-content = Skip to the content
table-scroll = Table: scroll sideways to read it all
nav-home = Home
nav-organisations = Organisations
nav-users = Accounts
nav-outbox = Messages sent
nav-invite = Invite someone
nav-login = Log in
nav-logout = Log out
language-switcher = Language
language-choose = Choose this language
signed-in-as = Signed in as { $name }
footer-text = m4m helps organisations run peer mentoring for newcomers. Your data stay with your organisation.

## The ten steps
step-1 = Inform stakeholders
step-2 = Recruitment and registration
step-3 = Initial self-assessment
step-4 = Pre-matching
step-5 = Training
step-6 = Matching and first meeting
step-7 = Peer sessions
step-8 = Supervision
step-9 = Progress monitoring
step-10 = Final evaluation
step-number = Step { $number }

## Roles
role-administrator = Administrator
role-coordinator = Coordinator
role-supervisor = Supervisor
role-trainer = Trainer
role-mentor = Buddy
role-mentee = Newcomer
role-evaluator = Evaluator

## Landing page
landing-title = Peer mentoring for newcomers
landing-intro = In a Buddy System, a volunteer buddy — often someone who arrived a few years earlier — helps a newcomer take steps towards autonomy: getting around, finding public services, practising the language, looking for work or housing. Social workers bring them together and support them.
landing-staff = Staff, buddies and newcomers with an account log in here.

## Log-in
login-title = Log in
login-email = E-mail address
login-password = Password
login-submit = Log in
login-failed = The e-mail address or the password is wrong. Check both and try again.
login-throttled = Too many attempts. Wait 15 minutes, then try again.
login-expired = Your session has ended. Please log in again.
logged-out = You are logged out.
two-factor-title = Two-step log-in
two-factor-intro = With two-step log-in, your password alone does not open your account: an application on your phone gives a new six-digit code every 30 seconds, which m4m asks for after the password.
two-factor-step-app = Install an authenticator application on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
two-factor-step-scan = In the application, add an account and scan this code:
two-factor-step-type = Or type this key:
two-factor-step-code = Type the six-digit code the application shows, to check that it works.
two-factor-code-app = Code from the application
two-factor-confirm = Turn on two-step log-in
two-factor-required = Your role gives you access to many people's data: you must set up two-step log-in before you continue.
two-factor-on = Two-step log-in is on: after your password, m4m asks for the code from your application.
two-factor-codes-left = { $count ->
    [one] { $count } recovery code left.
   *[other] { $count } recovery codes left.
}
two-factor-new-codes = New recovery codes
two-factor-new-codes-intro = The old codes stop working. Type a code from your application to get new ones.
two-factor-codes-title = Keep these recovery codes
two-factor-codes-intro = Each code lets you log in once if you lose your phone. Print them or write them down and keep them somewhere safe: they are shown only now.
two-factor-login-title = Code from your phone
two-factor-login-intro = Open your authenticator application and type the six-digit code it shows for m4m.
two-factor-login-recovery = Lost your phone? Type one of your recovery codes instead.
two-factor-code = Code
two-factor-verify = Log in
two-factor-wrong-code = This code is not right, or it was already used. Type the code your application shows now.
two-factor-log-in-again = Too many wrong codes. Log in again with your password.
nav-two-factor = Two-step log-in
tokens-title = API tokens
tokens-intro = A token lets a tool of your organisation use m4m's JSON API as you, with your rights. Give each tool its own token, and revoke it when the tool no longer needs it.
tokens-shown-once = Your new token. Copy it now: it is shown only this once.
tokens-name = Name (what the token is for)
tokens-create = Make a token
tokens-created = Made
tokens-last-used = Last used
tokens-never-used = never
tokens-revoked = Revoked
tokens-revoke = Revoke
tokens-openapi = The API's description (OpenAPI)
nav-tokens = API tokens
error-api-json = The request body must be JSON, as the API's description says.

## Homes
home-title = Home
home-welcome = Welcome, { $name }
home-no-role = Your account has no role yet. Ask your coordinator to give you one.
home-programmes = Your programmes
home-no-programmes = No programme yet.
home-new-programme = Create a programme
home-people-per-step = People at each step
home-people-total = { $count ->
    [0] Nobody yet
    [one] One person
   *[other] { $count } people
}
home-mentors-of-target = Buddies: { $count } of { $target }
home-mentees-of-target = Newcomers: { $count } of { $target }
home-open-programme = Open the programme
home-your-newcomers = Your newcomers
home-no-newcomers = You are not paired with a newcomer yet. Your coordinator will tell you when a match is proposed.
home-your-buddy = Your buddy
home-no-buddy = You do not have a buddy yet. Your coordinator is looking for one with you.
home-next-sessions = Next sessions
home-no-sessions = No session planned.
home-next-session = Next session: { $when }
home-your-goals = Your goals
home-no-goals = No goal yet. You will choose them with your buddy.
home-goal-progress = { $progress } % done
home-speaks = Speaks: { $languages }
home-area = Area: { $area }
home-supervised = Buddies you supervise
home-no-supervised = No buddy is assigned to you yet.
home-supervised-pairs = Pairs of your buddies
home-last-session = Last session: { $when }
home-no-session-yet = No session logged yet
home-active-pairs = { $count ->
    [0] no active pair
    [one] one active pair
   *[other] { $count } active pairs
}
home-training = Buddies in training
home-in-training = { $count ->
    [0] Nobody in training
    [one] One buddy in training
   *[other] { $count } buddies in training
}
home-organisations = Organisations
home-accounts = { $count ->
    [one] One account
   *[other] { $count } accounts
}
home-figures = Figures across organisations
home-figures-note = Counts only: no names, no personal data.

session-mode-in_person = in person
session-mode-online = online
session-mode-phone = by phone
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Programmes
programme-title = Programme
programme-status = Status
programme-status-draft = Draft
programme-status-recruiting = Recruiting
programme-status-running = Running
programme-status-closed = Closed
programme-dates = From { $start } to { $end }
programme-languages = Languages
programme-organisation = Organisation
programme-participants = People in this programme
programme-no-participants = Nobody has registered yet.
programme-kind = Role
programme-name = Name
programme-origin = Country of origin
programme-native = First language
programme-area = Area
programme-step = Step
programme-new-title = New programme
programme-field-name = Name of the programme
programme-field-description = Description
programme-field-name-in = Name in { $language }
programme-field-description-in = Description in { $language }
programme-field-languages = Languages spoken (codes, separated by commas: fr, ar, prs)
programme-field-starts = First day
programme-field-ends = Last day
programme-field-target-mentors = Buddies to recruit
programme-field-target-mentees = Newcomers to accompany
programme-field-organisation = Organisation
programme-create = Create the programme
programme-created = The programme is created.

## Invitations
invite-title = Invite someone
invite-intro = The person receives a link, valid for 7 days, to choose a password. One person can hold several roles.
invite-email = Their e-mail address
invite-name = Their name
invite-role = Role
invite-organisation = Organisation
invite-submit = Send the invitation
invite-sent = The invitation is on its way to { $email }.
invite-link-once = You can also pass this link on yourself (by SMS, for instance). It is shown only once:
invite-mail-subject = Your invitation to m4m
invite-mail-body = Hello { $name },

    { $inviter } invites you to join m4m as { $role }.
    Choose your password with this link (valid for 7 days, usable once):

    { $link }
accept-title = Welcome to m4m
accept-intro = You are invited as { $role }. Choose your password to start.
accept-organisation = Organisation: { $organisation }
accept-password = Choose a password (at least 8 characters)
accept-password-again = The same password again
accept-submit = Save and continue
accept-gone = This invitation link has expired or has already been used. Ask the person who invited you for a new one.

## Administration
admin-organisations-title = Organisations
admin-organisation-name = Name
admin-organisation-country = Country (two letters: FR, GR)
admin-organisation-languages = Languages (codes, separated by commas)
admin-organisation-time-zone = Time zone (such as Europe/Paris; empty: the country's)
admin-time-zone-save = Change
admin-organisation-programmes = Programmes
admin-organisation-members = Accounts
admin-organisation-create = Add the organisation
admin-organisation-created = The organisation is added.
admin-users-title = Accounts
admin-user-name = Name
admin-user-email = E-mail
admin-user-roles = Roles
admin-user-inactive = inactive
admin-outbox-title = Messages sent
admin-outbox-intro = Without a mail server, messages wait here. Configure SMTP to send them.
admin-outbox-empty = No message.
admin-outbox-to = To
admin-outbox-subject = Subject
admin-outbox-date = Date
nav-inventory = Data inventory
admin-inventory-title = Data inventory
admin-inventory-intro = Every column of the database: whether it holds personal data, of which kind, for which processing and how long it is kept. Use it for your records of processing (GDPR article 30) and your impact assessment.
admin-inventory-summary = { $personal } of { $count } columns hold personal data.
admin-inventory-csv = Download as a spreadsheet (CSV)
admin-inventory-table = Table
admin-inventory-column = Column
admin-inventory-category = Kind of data
admin-inventory-purposes = Purposes
admin-inventory-retention = Kept
admin-inventory-legend = What the kinds and purposes mean
inventory-not-personal = Not personal
inventory-category-identity = Identity
inventory-category-identity-help = Names, year of birth, gender.
inventory-category-contact = Contact
inventory-category-contact-help = E-mail addresses, phone numbers, where someone lives or meets.
inventory-category-special = Special category
inventory-category-special-help = Sensitive data: origin, languages of origin, migration situation, needs, answers that may touch health or religion.
inventory-category-free_text = Free text
inventory-category-free_text-help = Text typed by people: notes, reasons, summaries. It may hold anything, so treat it as sensitive.
inventory-category-profile = Profile
inventory-category-profile-help = Languages, interests, availability, roles, preferences.
inventory-category-activity = Activity
inventory-category-activity-help = What happened and when: dates, statuses, scores, decisions.
inventory-category-pseudonymous = Pseudonymous identifier
inventory-category-pseudonymous-help = A number or code that points to a person without naming them.
inventory-category-secret = Secret
inventory-category-secret-help = Passwords, tokens and second factors, stored only as hashes where possible.
inventory-purpose-programme = Running the programme
inventory-purpose-programme-help = Registration, screening, matching, pairs and their meetings.
inventory-purpose-training = Training
inventory-purpose-training-help = Training of buddies and staff.
inventory-purpose-contact = Contact
inventory-purpose-contact-help = Reaching people: e-mails, calls, reminders.
inventory-purpose-evaluation = Evaluation
inventory-purpose-evaluation-help = Measuring integration and the programme's results.
inventory-purpose-security = Security
inventory-purpose-security-help = Log-in, access control, protection against abuse.
inventory-purpose-accountability = Legal obligation and accountability
inventory-purpose-accountability-help = Proof of consent and the audit trail of who did what.
inventory-retention-record = With the person's record, until it is erased
inventory-retention-account = With the account, until it is erased
inventory-retention-session = Until log-out; 12 hours at most, 30 minutes idle
inventory-retention-day = Deleted after 24 hours
inventory-retention-minutes = Deleted when used or after five minutes
inventory-retention-audit = Kept for accountability (append-only; ids and codes only)
inventory-retention-organisation = As long as the organisation keeps its own records
inventory-retention-outbox = In the outbox; no automatic deletion
installation-wide = whole installation

figures-organisation = Organisation
figures-country = Country
figures-programmes = Programmes
figures-mentors = Buddies
figures-mentees = Newcomers
figures-active-pairs = Active pairs

## Forms and errors
form-fix-errors = Some fields need your attention:
form-required-mark = required
error-required = This field is required.
error-too-long = This is too long.
error-control-characters = This contains characters that are not allowed.
error-email-invalid = Enter an e-mail address such as name@example.org.
error-email-taken = An account already uses this e-mail address.
error-password-short = The password needs at least 8 characters.
error-password-common = This password is among the most common ones that attackers try first. Choose another, for example a few words you will remember.
error-password-mismatch = The two passwords are not the same.
error-country-invalid = Enter the two-letter country code, such as FR or GR.
error-language-code = Enter language codes of two or three letters, separated by commas (fr, ar, prs).
error-date-invalid = Enter a date as year-month-day, such as 2026-09-01.
error-end-before-start = The last day cannot come before the first day.
error-count-invalid = Enter a whole number from 0 to 100,000.
error-choice-invalid = Choose one of the options offered.

error-title = Something went wrong
error-400-title = This request cannot be used
error-400-text = Something in the request is not right. Go back and check what you entered.
error-401-title = Please log in
error-401-text = You need to log in to see this page.
error-403-title = Not allowed
error-403-text = You are not allowed to see or do this. If you think you should be, ask your coordinator.
error-404-title = Page not found
error-404-text = This page does not exist, or it is not yours to see.
error-405-title = Not possible here
error-405-text = This address cannot be used this way.
error-410-title = No longer available
error-413-title = Too much data
error-413-text = What you sent is too large. Send less at a time.
error-429-title = Too many attempts
error-500-title = Something went wrong on our side
error-500-text = The problem has been recorded. Try again in a moment; if it keeps happening, tell your coordinator.
error-csrf = This form has expired. Go back, reload the page and send it again.
error-unknown-language = This language is not available: { $code }. Choose one of the languages offered.
error-back-home = Back to the home page

## Step 1 — stakeholders and outreach
nav-stakeholders = Stakeholders
nav-outreach = Outreach
stakeholders-title = Local stakeholders
stakeholders-intro = The local actors who meet newcomers and volunteers: social services, associations, schools, employers. Record who you informed and who sends people to the programme.
stakeholders-empty = No stakeholder recorded yet.
stakeholder-name = Name
stakeholder-kind = Kind
stakeholder-contact = Contact person
stakeholder-email = E-mail
stakeholder-phone = Phone
stakeholder-languages = Languages (codes, separated by commas)
stakeholder-area = Area covered
stakeholder-notes = Notes
stakeholder-add = Add the stakeholder
stakeholder-added = The stakeholder is added.
stakeholder-save = Save the changes
stakeholder-saved = The changes are saved.
stakeholder-edit = Change the details
stakeholder-referred = Referred: { $mentors ->
    [one] { $mentors } buddy
   *[other] { $mentors } buddies
}, { $mentees ->
    [one] { $mentees } newcomer
   *[other] { $mentees } newcomers
}
stakeholder-referrals-by-month = Referrals per month
stakeholder-month = Month
stakeholder-kind-social_service = Social service
stakeholder-kind-association = Association
stakeholder-kind-local_administration = Local administration
stakeholder-kind-employer = Employer
stakeholder-kind-school = School
stakeholder-kind-health_service = Health service
stakeholder-kind-volunteer_group = Volunteers' group
stakeholder-kind-migrant_community = Migrant community
stakeholder-kind-other = Other
outreach-title = Outreach log
outreach-intro = Information sessions held, materials handed out or sent, referrals received.
outreach-empty = Nothing recorded yet.
outreach-kind = What
outreach-kind-information_session = Information session
outreach-kind-material = Material handed out or sent
outreach-kind-referral = Referral received
outreach-date = Date
outreach-stakeholder = Stakeholder
outreach-no-stakeholder = — none —
outreach-place = Place
outreach-audience = Audience
outreach-reached = People reached
outreach-materials = Materials and their languages (or links)
outreach-notes = Notes
outreach-add = Record it
outreach-added = Recorded.

## The public page of a programme
join-organisation = Run by { $organisation } ({ $country })
join-how-title = How it works
join-how-text = A newcomer and a volunteer buddy meet regularly for about six months, in person or online. Together they take steps towards autonomy: getting around, finding services, practising the language, looking for work or housing. Social workers bring them together and stay by their side.
join-buddy-title = Who can be a buddy
join-buddy-text = Anyone aged 18 or more who lives here, can give a few hours a month for six months, and wants to share what they know. Many buddies arrived in the country a few years ago themselves. You will be trained and supported.
join-newcomer-title = What a newcomer can expect
join-newcomer-text = A person who listens, speaks your language if possible, and helps you find your own way. Free of charge. What you tell stays confidential.
join-contact-title = Contact
join-register-buddy = I want to be a buddy
join-register-newcomer = I am new here and would like a buddy
join-closed = This programme is not taking registrations.

## Registration
register-title-mentor = Become a buddy
register-title-mentee = Find a buddy
register-intro-mentor = Tell us about yourself. A coordinator will call you for an interview.
register-intro-mentee = Tell us about yourself. A coordinator will contact you.
register-staff-note = You are registering this person on their behalf. Read the consent notice to them in their language.
reg-about = About you
reg-first-name = First name
reg-last-name = Family name
reg-phone = Phone
reg-email = E-mail
reg-contact-hint = Give at least a phone number or an e-mail address.
reg-languages = Languages
reg-native-language = First language
reg-other-languages = Other languages you speak
reg-language = Language
reg-level = Level
reg-choose = Choose…
level-basic = A few words
level-conversational = I can have a conversation
level-fluent = Fluent
level-native = First language
reg-host-level = Your level in the language of this country
reg-country = Country of origin
reg-arrival = Date of arrival in this country
reg-area = Neighbourhood, town or postcode
reg-availability = When are you available?
reg-availability-hint = Tick the times that usually suit you.
day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
day-7 = Sunday
part-morning = Morning
part-afternoon = Afternoon
part-evening = Evening
reg-interests = Interests
interest-sport = Sport
interest-cooking = Cooking
interest-music = Music
interest-reading = Reading
interest-nature = Nature and walks
interest-crafts = Crafts
interest-games = Games
interest-technology = Technology
interest-arts = Arts
interest-family = Family and children
interest-faith = Faith
interest-volunteering = Volunteering
reg-needs = Where would you like help?
reg-skills = Where can you help?
area-language = Language
area-administration = Administrative procedures
area-housing = Housing
area-employment = Work and training
area-health = Health
area-education = Children's school
area-transport = Getting around
area-money = Money and bank
area-digital = Phone and internet
area-social = Meeting people
area-wellbeing = Wellbeing
reg-experience = Your experience (volunteering, work, your own arrival)
reg-motivation = Why do you want to be a buddy?
reg-gender = Gender
gender-woman = Woman
gender-man = Man
gender-other = Other
gender-unsaid = I prefer not to say
reg-gender-preference = Would you prefer your buddy to be…
gender-pref-none = No preference
gender-pref-woman = A woman
gender-pref-man = A man
reg-birth-year = Year of birth
reg-heard-from = How did you hear about the programme?
heard-stakeholder = From an organisation
heard-friend = From a friend or family
heard-social_media = On social media
heard-poster = A poster or leaflet
heard-event = At an event
heard-other = Other
reg-referred-by = Which organisation?
reg-consent-title = Your consent
consent-notice = { $organisation } keeps what you write here to run the programme: to find you a buddy (or a newcomer), to contact you and to follow your pair. Only the programme's staff see it; your buddy sees only your first name, your languages and your area. You can ask to see, correct or delete your data at any time, and withdraw any consent below as easily as you gave it.
consent-participation = I agree to take part in the programme and that my data are used for it (required).
consent-contact_sms = You may contact me by SMS.
consent-contact_email = You may contact me by e-mail.
consent-contact_phone = You may call me.
consent-share_partners = You may share my file with the partner organisations of the programme.
consent-evaluation = My answers may be used, without my name, to evaluate the programme.
reg-submit = Send
reg-thanks-title = Thank you
reg-thanks-text = Your registration has been received. A coordinator will contact you soon.
register-too-many = Too many registrations were sent from this connection. Try again in an hour.
error-phone-invalid = Enter a phone number with 6 to 15 digits, such as +33 6 12 34 56 78.
error-contact-required = Give a phone number or an e-mail address.
error-date-future = This date cannot be in the future.
error-year-invalid = Enter a year of birth such as 1990.
error-buddy-too-young = Buddies must be at least 18 years old.
error-consent-required = Registration needs your agreement to take part.
error-status-move = This change of status is not possible from the current status.
error-reason-required = Give a reason.
error-409-title = Changed meanwhile
error-conflict = Someone changed this record at the same time. Reload the page and try again.
error-422-title = Already taken
error-taken-email = An account already uses this e-mail address.
error-taken-questionnaire-version = Someone saved a new version of this questionnaire while you were editing it. It is shown below with your text: compare them, then save again.

## A person's record
person-kind = Role
person-erased = erased person
notes-title = Confidential notes
notes-intro = Health or legal situation the coordinators must know. Only the coordinators of this organisation see these notes; they are not shown to buddies, supervisors, trainers or in any list, and are included in the person's own export.
notes-label = Notes (at most 4,000 characters)
notes-save = Save the notes
notes-saved = The confidential notes are saved.
follow-up-title = Supervision and capacity
follow-up-intro = Who supervises this buddy, and how many newcomers they accompany at the same time. Pre-matching proposes them until they have that many pairs in progress.
follow-up-supervisor = Supervisor
follow-up-nobody = Nobody yet
follow-up-capacity = Newcomers at the same time
follow-up-save = Save
follow-up-saved = The buddy's supervisor and capacity are saved.
error-supervisor-choice = Choose a supervisor from the list.
error-capacity-range = Give a whole number from 1 to 5.
error-capacity-below-pairs = This buddy already has more pairs in progress: keep a higher number, or close a pair first.
error-follow-up-changed = This buddy's pairs or the staff changed meanwhile: check and save again.
person-status = Status
person-step = Step
person-contact = Contact
person-languages = Languages
person-origin = Country of origin
person-arrival = Arrived on
person-area = Area
person-availability = Availability
person-interests = Interests
person-needs = Needs help with
person-skills = Can help with
person-experience = Experience
person-motivation = Motivation
person-gender = Gender
person-gender-preference = Prefers a buddy who is
person-birth-year = Year of birth
person-heard-from = Heard of the programme
person-referred-by = Referred by
person-registration = Registration
person-entered-by-staff = Registered by staff on { $date }, in { $language }
person-self-registered = Registered themselves on { $date }, in { $language }
person-consents = Consents
consent-given = Given on { $date }, notice version { $version }, in { $language }
consent-recorded-by = recorded by { $name }
consent-withdrawn = withdrawn on { $date }
consent-not-given = Not given
consent-state-given = Given on { $date }
consent-withdraw = Withdraw
consent-give = Give consent
consents-title = Your consents
consents-title-of = Consents of { $name }
consents-saved = Saved. It takes effect now.
consents-intro = Here you choose how the programme may contact you and use your data. Each change takes effect at once, and you can change your mind again at any time.
consents-intro-staff = Change a consent at the person's request (in person, by phone or in writing). The change is recorded with your name and takes effect at once.
consents-participation = To stop taking part in the programme, tell your coordinator: your record will show that you left.
consents-change-link = Change a consent at the person's request
consents-mine-link = Your consents
person-do-not-contact = Do not contact
no-contact_sms = no SMS
no-contact_email = no e-mail
no-contact_phone = no calls
person-screening = Screening
person-move-to = New status
person-reason = Reason (required to decline or withdraw)
person-move-submit = Change the status
person-moved = The status is changed.
person-no-moves = No further change is possible.
person-history = History
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = by { $name }
status-applied = Applied
status-interview = Interview
status-references_checked = References checked
status-accepted = Accepted
status-declined = Declined
status-training = In training
status-registered = Registered
status-intake = Intake interview
status-self_assessed = Self-assessment done
status-ready = Ready to match
status-active = In a pair
status-alumni = Alumni
status-withdrawn = Withdrawn

## Programme tools for staff
programme-field-contact = Contact shown on the public page
programme-public-page = Public page
programme-register-mentee = Register a newcomer
programme-register-mentor = Register a buddy
programme-duplicates = Possible duplicates
programme-export = Export the list (CSV)
programme-export-xlsx = Export the list (Excel, .xlsx)
export-column-id = Number
export-column-kind = Buddy or newcomer
export-column-status = Status
export-column-step = Step
export-column-first-name = First name
export-column-last-name = Last name
export-column-email = E-mail
export-column-phone = Phone
export-column-native-language = First language
export-column-languages = Languages
export-stakeholders-referred-buddies = Buddies referred
export-stakeholders-referred-newcomers = Newcomers referred
export-column-host-language-level = Level in the host language
export-column-country-of-origin = Country of origin
export-column-arrival-date = Arrival date
export-column-area = Area
export-column-availability = Availability
export-column-interests = Interests
export-column-areas = Areas of help
export-column-gender = Gender
export-column-gender-preference = Gender wished for the pair
export-column-birth-year = Year of birth
export-column-heard-from = Heard of us through
export-column-registered-at = Registered on
programme-export-codes = Column codes for tools (CSV)
programme-import = Import a list (CSV)
programme-status-column = Status

## Duplicates
duplicates-title = Possible duplicates
duplicates-intro = These records may be the same person. Merge them into the first, or mark them as different people.
duplicates-none = No possible duplicate.
duplicates-reason-email = same e-mail
duplicates-reason-phone = same phone
duplicates-reason-name = same name and year of birth
duplicates-merge = Merge into the first
duplicates-keep = Different people
duplicates-merged = The records are merged.
duplicates-kept = Marked as different people.
duplicates-pager = Possible duplicates { $first }–{ $last } of { $total }

## CSV import
import-title = Import a list
import-intro = Upload a CSV file saved from a spreadsheet (UTF-8 or Windows-1252, separated by commas, semicolons or tabs, one person per line, a header line first). You will choose which column holds what, see every row checked, then import all or nothing. An Excel workbook (.xlsx) is read as it is: its first sheet, dates and numbers included.
import-file = CSV or Excel (.xlsx) file
import-kind = These people are
import-next = Continue
import-mapping-title = Which column holds what?
import-column-none = — not in the file —
import-preview-title = Check before importing
import-row = Line
import-row-ok = ready
import-row-skip = already registered: skipped
import-row-errors = to fix
import-consent-confirm = I confirm that each of these people agreed to take part in the programme (consent collected on paper or orally).
import-commit = { $count ->
    [one] Import one person
   *[other] Import { $count } people
}
import-done = { $count ->
    [0] Nobody imported
    [one] One person imported
   *[other] { $count } people imported
}, { $skipped } already registered.
import-empty = The file holds no line to import.
import-bad-csv = This file cannot be read as CSV. Save it from your spreadsheet as "CSV UTF-8" and try again.
import-has-errors = Some lines need fixing in the file before importing. Nothing was imported.
import-consent-required = Confirm that these people agreed to take part.
error-number-range = Enter a whole number from { $min } to { $max }.
error-scale-invalid = Choose one of the points on the scale.

## Step 3 — questionnaires and the initial self-assessment
nav-questionnaires = Questionnaires
q-kind-newcomer_self_assessment = Self-assessment of a newcomer
q-kind-buddy_self_assessment = Self-assessment of a buddy
q-kind-buddy_interview = Interview of a buddy
q-kind-newcomer_intake = Intake interview of a newcomer
q-done-on = Done on { $date }
q-not-done = Not done yet
q-fill = Fill it in
q-fill-with = Fill it in with the person
q-view = See the answers
q-by-staff-note = You are filling this in with the person, or for them during the interview. It will be marked as such.
q-send = Save the answers
q-saved = The answers are saved.
questionnaires-title = Questionnaires
questionnaires-intro = The questionnaires of your organisation. A change makes a new version; answers already given keep the version they answered.
q-version = Version { $version }
q-responses = { $count ->
    [0] no answer yet
    [one] one answer
   *[other] { $count } answers
}
q-edit = Change
q-edit-intro = The definition below is the current version, in the JSON format documented in docs/QUESTIONNAIRES.md. Saving it makes a new version.
q-definition-json = Definition (JSON)
q-save-version = Save as a new version
q-new-version-saved = Version { $version } is saved.
q-definition-invalid = This definition cannot be used: { $detail }
q-preview = How it reads
assess-title = Your self-assessment
assess-intro = A few questions to see where you stand today. There is no right or wrong answer. Your buddy does not see your answers.
assess-start = Start
assess-continue = Continue
assess-question-of = Question { $n } of { $total }
assess-next = Next
assess-back = Back
assess-skip = Skip this question
assess-review-title = Check your answers
assess-not-answered = Not answered
assess-change = Change
assess-send = Send my answers
assess-missing = Some required questions have no answer yet.
assess-done-title = Thank you
assess-done-text = Your answers are saved. They show where you start; you will compare them at the end of the programme.
baseline-title = Starting point
baseline-chart-title = Autonomy per area at the start, from 1 (needs a lot of help) to 5 (manages alone)
baseline-area = Area
baseline-score = Score
baseline-of-five = { $score } / { $max }
baseline-none = No self-assessment yet.
home-self-assessment = Your self-assessment
home-start-assessment = Start your self-assessment
home-continue-assessment = Continue your self-assessment
person-space = Their own space
person-has-account = This person has an account: they see their buddy, sessions and questionnaires.
person-invite-intro = Invite this person to log in on their phone: they will fill in their self-assessment themselves and see their buddy and sessions.
person-invite = Send the invitation
person-edit-link = Correct the details
person-edit-title = Correct the details of { $name }
person-edit-intro = Correct what was recorded at registration. The consents are changed on their own page.
person-edit-save = Save the corrections
person-edit-saved = The details are corrected.
person-invite-needs-email = An account needs an e-mail address, and this record has none.
stakeholders-export = Export the directory (CSV)
outreach-export = Export the log (CSV)

## Step 5 — training
nav-training = Training
training-title = Training
training-intro = The courses of your organisation: the buddies' course and the course for professionals and volunteers. A buddy is ready to match once every mandatory module is done.
training-empty = No course yet.
course-title = Title
course-audience = For
audience-buddies = Buddies
audience-professionals = Professionals and volunteers
course-description = Description
course-create = Create the course
course-modules = Modules
course-learners = Learners
course-counts = { $modules ->
    [one] { $modules } module
   *[other] { $modules } modules
} · { $enrolled } enrolled · { $completed } completed
course-no-modules = No module yet.
course-no-learners = Nobody enrolled yet.
course-progress-xlsx = Download the learners’ progress (Excel, .xlsx)
course-completed-on = Completed on { $date }
course-in-progress = In progress: { $done } of { $total ->
    [one] { $total } mandatory module
   *[other] { $total } mandatory modules
}
module-add = Add a module
module-kind = Kind of module
module-kind-capsule = Capsule (text, file or video)
module-kind-quiz = Quiz
module-kind-session = Face-to-face session
module-title = Title
module-body = Content or programme
module-link = Link to a video or a file (https://…)
module-minutes = Learning time (minutes)
module-mandatory = Mandatory for buddies
module-quiz = Questions: one block per question, the question on the first line, one option per line, the right one starting with *
module-pass-mark = Pass mark (%)
module-date = Date
module-time = Time (HH:MM)
module-place = Place
module-capacity = Places
module-when = { $when }, { $place }
module-mandatory-mark = mandatory
module-hours = { $minutes } min
module-record = Record progress
module-record-intro = Record who went through the module, attended the session or passed the quiz.
module-record-save = Save
module-recorded = Progress saved.
module-too-many = More people attended than there are places. Check the list.
progress-not_started = Not started
progress-done = Done
progress-passed = Passed ({ $score } %)
progress-failed = Not passed yet ({ $score } %)
progress-attended = Attended
progress-absent = Absent
progress-score = Quiz score (%)
enrol-title = Enrol learners
enrol-cohort = Group (for example "Pilot France 2026")
enrol-submit = Enrol
enrol-none = Nobody to enrol: buddies appear here once accepted, staff accounts once they have a role in the organisation.
enrolled = { $count ->
    [0] Nobody enrolled
    [one] One person enrolled
   *[other] { $count } people enrolled
}
learn-title = Your training
learn-empty = You are not enrolled in a course yet.
learn-open = Open
learn-done-button = I have gone through it
learn-quiz-submit = Check my answers
learn-quiz-result = Your score: { $score } %. The pass mark is { $pass } %.
learn-session = Session on { $when } at { $place }
certificate = Certificate
certificate-title = Certificate of training
certificate-text = This certifies that { $name } completed the course “{ $course }”, { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} of learning, on { $date }.
certificate-modules = Modules completed
certificate-print = Print this page or save it as PDF from your browser.
error-quiz-format = Write each question on its own line, then its options one per line, exactly one starting with *; leave an empty line between questions.
error-link-invalid = Enter a link starting with https://
error-time-invalid = Enter a time such as 14:30.
error-time-zone-invalid = Enter a time zone such as Europe/Paris.
error-training-not-done = The buddy can be ready to match only when every mandatory module of the training is done.
home-training-own = Your training
form-yes = Yes
form-no = No

## Step 4 — pre-matching
match-title = Pre-matching
match-intro = The proposal pairs as many newcomers as possible, then with the best total score. Read each explanation, lock the pairs you have decided, exclude those that must not be, and confirm: nothing is matched until you do.
match-summary = { $matched } of { $mentees ->
    [one] { $mentees } newcomer
   *[other] { $mentees } newcomers
} paired with { $mentors ->
    [one] { $mentors } buddy
   *[other] { $mentors } buddies
} ready to match.
match-none-ready = Nobody is ready to match in this programme yet.
match-proposals = Proposed pairs
match-score = Compatibility: { $score } %
match-criterion = Criterion
match-weight = Weight
match-subscore = Score
match-why = Why
match-confirm = Confirm this pair
match-lock = Lock
match-unlock = Unlock
match-locked = locked
match-exclude = Exclude this pair
match-exclude-reason = Reason for excluding (conflict, relatives, a past pair…)
match-others = Next best buddies
match-unmatched = Left without a buddy
match-blocked = Why each buddy is not possible
match-excluded-title = Excluded pairs
match-clear = Allow again
match-weights-title = Weights of the criteria (0 to 10)
match-weights-save = Save and run again
match-weights-unreadable = The weights saved for this programme could not be read: the default weights are shown below and used for this proposal.
match-weights-unreadable-fix = Save new weights
match-manual-title = Pair by hand
match-manual-intro = Choose another pair than the one proposed, and say why: the reason is recorded.
match-manual-mentee = Newcomer
match-manual-mentor = Buddy
match-manual-reason-label = Reason
match-manual-submit = Pair them
match-manual = Paired by hand
match-manual-reason = Say why you pair them against the proposal.
match-weight-invalid = Each weight is a number from 0 to 10, and at least one is above 0.
match-done-confirmed = The pair is proposed to both people.
match-done-marked = Saved; the proposal is computed again.
match-done-weights = The weights are saved; the proposal is computed again.
criterion-needs = Needs and skills
criterion-language = Languages in common
criterion-host-language = Host language
criterion-goals = Goals
criterion-interests = Interests
criterion-expectations = Expectations
criterion-availability = Availability
criterion-place = Place
criterion-age = Age
criterion-gender = Gender
criterion-capacity = Buddy's room
match-gender-female = a woman
match-gender-male = a man
match-gender-other = another gender
match-shared-native-language = Same first language: { $language }
match-common-language = Common language: { $language } (level { $level })
match-no-common-language = No language in common at level { $level } or above
match-communicates-beyond-host-language = Can talk beyond { $language }
match-host-language-level = Level in { $language }: { $level }
match-needs-met = Can help with { $count } of { $needs ->
    [one] { $needs } need
   *[other] { $needs } needs
}: { $met }
match-needs-unknown = Needs not known
match-shared-goals = Shared goals: { $goals }
match-no-shared-goals = No goal in common
match-goals-unknown = Goals not known
match-shared-interests = Shared interests: { $interests }
match-no-shared-interests = No interest in common
match-interests-unknown = Interests not known
match-shared-expectations = Same expectations: { $expectations }
match-no-shared-expectations = Different expectations
match-expectations-unknown = Expectations not known
match-availability-overlap = { $slots ->
    [one] Once a week in common
   *[other] { $slots } times a week in common
}
match-availability-unknown = Availability not known
match-distance-km = { $km } km apart
match-same-area = Same area: { $area }
match-different-area = Different areas
match-place-unknown = Place not known
match-age-gap = { $years ->
    [one] { $years } year apart
   *[other] { $years } years apart
}
match-age-unknown = Age not known
match-same-gender = Same gender
match-different-gender = Different genders
match-gender-unknown = Gender not known
match-mentor-room = { $free } of { $capacity ->
    [one] { $capacity } place free
   *[other] { $capacity } places free
}
match-gender-preference-mentee = The newcomer prefers { $preference }
match-gender-preference-mentor = The buddy prefers { $preference }
match-excluded-by-coordinator = Excluded by the coordinator
match-mentor-at-capacity = The buddy has no place left ({ $capacity })
match-mentor-not-eligible = The buddy is not ready to match
match-no-possible-mentor = No buddy is possible for this newcomer.
match-mentors-taken = { $count ->
    [one] The only possible buddy is taken by another newcomer.
   *[other] The { $count } possible buddies are taken by other newcomers.
}

## Step 6 — matching and the first meeting
pair-mail-subject = A buddy pair is proposed to you
pair-mail-body = Hello { $name },

    The programme proposes that you meet { $other }. See who it is and answer here:

    { $link }
pair-proposal-title-mentor = A newcomer is proposed to you
pair-proposal-title-mentee = A buddy is proposed to you
pair-proposal-intro = Would you like to meet this person? If not, say why: the coordinator will look for someone else.
pair-accept = Yes, I agree
pair-decline = No, thank you
pair-decline-reason = Why not? (needed to decline)
pair-answer-accepted = You accepted. The coordinator will arrange your first meeting.
pair-answer-declined = You declined this proposal.
pair-answer-waiting = waiting for an answer
pair-status-proposed = Proposed, waiting for answers
pair-status-accepted = Accepted by both, first meeting and agreement to come
pair-status-declined = Declined
pair-status-active = Active
pair-step-meeting = First meeting
pair-step-agreement = Mentoring agreement
pair-step-signatures = Agreement accepted by both
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Save the date
pair-meeting-held = The first meeting took place
pair-meeting-invalid = Give a date (year-month-day) and a time such as 14:30.
pair-not-ready = This cannot be done yet: both must have accepted the proposal first (and the date of the first meeting be set).
pair-saved = Saved.
pair-agreement-title = Mentoring agreement
pair-goals = Goals
pair-goals-text = Goals in your own words
pair-rhythm = Rhythm of meetings
rhythm-weekly = Every week
rhythm-fortnightly = Every two weeks
rhythm-monthly = Every month
pair-months-label = Expected duration (months)
pair-months = { $months ->
    [one] one month
   *[other] { $months } months
}
pair-boundaries = Boundaries (what the buddy does not do)
pair-confidentiality = Confidentiality was explained to both: what is said stays between them and the programme's staff, except to protect someone from harm.
pair-confidentiality-short = Confidentiality
pair-confidentiality-text = What is said stays between the pair and the programme's staff, except to protect someone from harm.
pair-agreement-save = Save the agreement
pair-paper-signed = Signed on paper by both
pair-agreement-accept = I accept this agreement
pair-agreement-signed = You accepted this agreement.
pair-agreement-none = The agreement is not written yet.
home-pending = Waiting for you
home-pending-proposal = A proposal to answer
home-pending-agreement = An agreement to read and accept
error-agreement-goals = Choose at least one goal, or write one.
error-months-invalid = Enter a number of months from 1 to 24.
error-confidentiality-required = Confirm that confidentiality was explained to both.
match-in-setup = Pairs on their way
pair-checklist-accepted = accepted
pair-checklist-declined = declined
## Step 7 — peer sessions
nav-calendar = Calendar
pair-title-with = You and { $name }
pair-title-staff = { $buddy } and { $newcomer }
pair-log-session = Log a session
pair-plan-session = Plan a session
pair-all-sessions = All sessions
pair-planned-sessions = Planned sessions
pair-held-sessions = Sessions held
pair-no-held-sessions = No session logged yet.
pair-calendar-link = Add your sessions to your phone's calendar
session-log-title = Log a session
session-plan-title = Plan a session
session-log-intro = A session you had with { $name }. It takes a few seconds.
session-plan-intro = Your next meeting with { $name }. It will appear in your calendar.
session-date = Date
session-time = Time ({ $zone })
session-duration = Duration in minutes
session-mode = How did you meet?
session-mode-label-in_person = In person
session-mode-label-online = Online
session-mode-label-phone = By phone
session-place = Place (optional)
session-topics = What was it about?
session-summary = What did you do? One sentence is enough.
session-summary-planned = What do you plan to do? (optional)
session-rating = How did it go?
session-rating-1 = 1 · bad
session-rating-2 = 2
session-rating-3 = 3 · fine
session-rating-4 = 4
session-rating-5 = 5 · very good
session-log-submit = Save the session
session-plan-submit = Plan the session
session-cancel = Cancel
session-saved = The session is saved.
session-removed = The session is removed.
session-change-title = Change the session
session-change-intro = A session with { $name }: correct what needs correcting.
session-change-submit = Save the changes
session-call-off = Call off this session
session-remove = Remove this session
session-change = Change or remove
session-minutes = { $count ->
    [one] one minute
   *[other] { $count } minutes
}
session-rating-of = How it went: { $rating } out of 5
session-logged-by-you = Logged by you
session-logged-by = Logged by { $name }
session-logged-by-staff = Logged by the programme team
session-confirmed = Confirmed
session-confirmed-by-you = Confirmed by you
session-confirmed-by = Confirmed by { $name }
session-confirm = Confirm this session
error-session-future = A session held cannot be in the future. To plan one, use “Plan a session”.
error-session-past = A planned session cannot be in the past. To record one that took place, use “Log a session”.
error-session-too-far = Choose a date within a year from today.
error-duration-invalid = Enter a duration from 5 to 600 minutes.
error-topics-required = Tick at least one topic.
error-rating-required = Say how it went, from 1 to 5.
error-rating-invalid = Choose a number from 1 to 5.
error-rating-planned = A planned session cannot be rated yet.
calendar-title = Your calendar
calendar-intro = Your planned sessions, in the calendar application of your phone or computer.
calendar-download = Download the calendar (.ics)
calendar-feed = Private calendar link
calendar-feed-intro = Subscribe to this link in your calendar application: your planned sessions appear and stay up to date. Anyone who has the link sees them, so keep it to yourself; renew it if it was shared.
calendar-feed-new = Your new private link. Copy it into your calendar application:
calendar-feed-once = For your privacy it is shown only now. If you lose it, renew it.
calendar-feed-since = A private link is active since { $when }.
calendar-feed-none = You have no private link.
calendar-feed-create = Create a private link
calendar-feed-renew = Renew the link (the old one stops working)
calendar-feed-revoke = Revoke the link
calendar-name = Buddy sessions
calendar-event-summary = Buddy session with { $name }
reminder-subject = Time to meet { $other }?
reminder-body = Hello { $name },

    Your pair with { $other } has logged no session for { $days } days. If you met, log the session; if not, plan the next one:

    { $link }

    If something is wrong, tell your coordinator.
session-log-planned = It took place: log it
programme-pairs = Pairs
enrol-buddies = Buddies
enrol-staff = Professionals and volunteers with an account
course-cohorts = Groups
cohort-enrolled = Enrolled
cohort-completed = Completed
cohort-modules = Mandatory modules done
cohort-progress = { $done } of { $total }
module-files = Files
module-files-none = No file yet.
module-file-upload = Attach a file
module-file-hint = A PDF, a PNG or JPEG image, or plain text; at most { $size } MB. Learners download it.
module-file-submit = Upload
module-texts = Translations
module-texts-intro = The title and text in other languages. Learners read their own language, or the course's when there is no translation.
module-text-language = Language
module-text-save = Save the translation
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = Choose a file to upload.
file-unreadable = The file could not be read. Try again.
file-too-large = The file is too large: at most { $size } MB.
file-type-refused = This kind of file is not accepted. Send a PDF, a PNG or JPEG image, or plain text.
learn-files = Files to download
cohort-name = Group
module-file-delete = Remove

## Access and portability: the export of a person's data, the access log
export-link = Export all their data
export-mine-link = Download all my data
export-json-link = Download as a file (JSON)
export-title-of = Data held about { $name }
export-title-mine = All my data
export-generated = Made on { $date }. Print this page to keep it on paper.
export-staff-note = This document is shown in { $language }, the language of the person, so that you can hand it to them.
export-account = Account
export-name = Name
export-email = E-mail
export-language = Language
export-roles = Roles
export-programme = Programme
export-profile = Profile and registration
export-answers = Questionnaire answers
export-training = Training
export-enrolled-on = Enrolled on { $date }
export-completed-on = Completed on { $date }
export-pairs = Pairs and peer sessions
export-pair-with = With { $name } ({ $role })
export-started-on = Started on
export-agreement-written = Written, not accepted yet
export-decline-reason = Reason for declining
access-link = Who accessed this record
erase-link = Erase this person's data
erase-title = Erase the data of { $name }
erase-warning = Erasure cannot be undone. Export the data first if the person wants a copy.
erase-what-goes = What will be erased
erase-what-stays = What stays
erase-item-record = The record of { $name }: name, contact, languages, origin, birth year, availability, what they wrote at registration
erase-item-notes = The confidential notes (health, legal situation)
erase-item-consents = { $count ->
    [one] one consent
   *[other] { $count } consents
}
erase-item-reasons = { $count ->
    [one] the reason of one status change
   *[other] the reasons of { $count } status changes
}
erase-item-answers = { $count ->
    [one] the answers to one questionnaire
   *[other] the answers to { $count } questionnaires
}
erase-item-goals = { $count ->
    [one] the title of one goal
   *[other] the titles of { $count } goals
}
erase-item-pairs = { $count ->
    [one] the notes, reasons, meeting place and agreement of one pair
   *[other] the notes, reasons, meeting places and agreements of { $count } pairs
}
erase-item-sessions = { $count ->
    [one] the summary and place of one peer session
   *[other] the summaries and places of { $count } peer sessions
}
erase-item-marks = { $count ->
    [one] the reason of one matching decision
   *[other] the reasons of { $count } matching decisions
}
erase-item-invitations = { $count ->
    [one] one invitation
   *[other] { $count } invitations
}
erase-item-messages = { $count ->
    [one] one message sent to them or naming them
   *[other] { $count } messages sent to them or naming them
}
erase-item-account = their account { $email }, with its password, sessions and two-step log-in
erase-item-account-kept = Their account stays, without the link to this record: it has another role or record.
erase-kept = A nameless record stays so that figures keep their counts: buddy or newcomer, programme, step, status and dates. The other member of a pair keeps their own history without this person's name. The audit trail keeps its lines, which hold only numbers and codes.
erase-confirm = I have checked that this person asked for erasure, or that their data need not be kept
erase-submit = Erase now
erase-cancel = Cancel and go back to the record
erase-confirm-needed = Tick the box to confirm the erasure.
erase-done-title = Data erased
erase-done = The person's data were erased. The record no longer opens.
erase-back = Back to the programme
nav-retention = Retention
retention-title = How long records are kept
retention-intro = When a person has left the programme (alumni, declined or withdrawn) and has no open pair, their data are erased a number of months after the last activity of their record. m4m does it every day; this page lists what falls due in the next 30 days so that you can review it.
retention-period-default = Closed records are erased { $months ->
    [one] { $months } month
   *[other] { $months } months
} after their last activity (the default).
retention-period = Closed records are erased { $months ->
    [one] { $months } month
   *[other] { $months } months
} after their last activity.
retention-months = Months to keep closed records
retention-save = Save
retention-saved = The retention period was saved.
retention-due-title = Due in the next 30 days
retention-none-due = Nothing falls due in the next 30 days.
retention-col-name = Person
retention-col-why = Why
retention-col-when = Erased on
retention-why = { $status }, last activity on { $date }
error-retention-months = Give a whole number of months from 1 to 120.
access-title = Who accessed the data
access-title-of = Who accessed the record of { $name }
access-intro = Every time someone read, changed or exported this record, newest first.
access-empty = Nobody has accessed this record yet.
access-back = Back to the record
access-when = When
access-who = Who
access-what = What
access-system = m4m itself
audit-other = Other action ({ $code })
audit-participant-read = Read the record
audit-participant-answers_read = Read questionnaire answers
audit-participant-access_log = Read who accessed the record
audit-participant-export = Exported the data
audit-participant-register = Registered
audit-participant-status = Changed the status
audit-participant-keep_apart = Kept apart from a possible duplicate
audit-participant-merge = Merged a duplicate into the record
audit-programme-export = Exported the programme's list, with this record
audit-programme-export_xlsx = Exported the programme's list, with this record (Excel, .xlsx)
audit-response-complete = Completed a questionnaire
audit-matching-mark = Marked a candidate pair
audit-course-enrol = Enrolled in a course
audit-module-progress = Recorded training progress
audit-pair-read = Read the pair
audit-pair-propose = Proposed a pair
audit-pair-accepted = Accepted the pair
audit-pair-declined = Declined the pair
audit-pair-start = Started the pair
audit-pair-first_meeting = Scheduled the first meeting
audit-pair-first_meeting_held = Recorded the first meeting
audit-pair-agreement = Wrote the agreement
audit-pair-agreement_signed = Accepted the agreement
audit-pair-reminder = Sent a reminder
audit-peer_session-planned = Planned a session
audit-peer_session-held = Logged a session
audit-peer_session-confirm = Confirmed a session
audit-user-create = Created the account
audit-user-activate = Reactivated the account
audit-user-deactivate = Deactivated the account
audit-user-export = Exported the account's data
audit-invitation-accept = Accepted the invitation
audit-login = Logged in
audit-login-failed = Failed log-in
audit-login-throttled = Log-in blocked after too many failures
audit-logout = Logged out
audit-calendar_feed-open = Opened a calendar feed
audit-calendar_feed-revoke = Revoked the calendar feed
audit-access-denied = Was refused access

# The pair's life (first meeting shown to both, refusals)
pair-first-meeting = Your first meeting
pair-open = Open your pair's page
pair-meeting-not-yet = The first meeting has not taken place yet: record it once its date has come.
pair-already-answered = This proposal has already been answered.
pair-not-started = Sessions can be logged once the pair has started.
home-pending-first-meeting = First meeting: { $meeting }
calendar-first-meeting-summary = First meeting with { $name }

# Concerns (step 8)
concern-severity = How serious is it?
concern-severity-low = Low: worth knowing
concern-severity-medium = Medium: needs a conversation
concern-severity-high = High: needs action soon
concern-severity-urgent = Urgent: someone's safety is at risk
concern-status-open = Open
concern-status-acknowledged = Acknowledged
concern-status-action_taken = Action taken
concern-status-closed = Closed
concern-error-move = Choose one of the next steps offered.
concern-error-severity = Choose how serious it is.
concern-new-title = Raise a concern
concern-about-my-pair = your pair with { $name }
concern-about-me = yourself
concern-intro-about = About: { $about }.
concern-intro-who = Only your organisation's coordinators will read it. You can follow it here.
concern-intro-other = { $name } will not be told.
concern-intro-urgent = If someone is in danger right now, call the emergency number (112) first.
concern-summary = In a few words
concern-text = What happened (optional)
concern-send = Send to the coordinators
concern-title = Concern
concern-sent = Your concern was sent to the coordinators.
concern-moved = The concern was updated.
concern-open-subject = Open
concern-history = What was done
concern-no-moves = Not read yet by a coordinator.
concern-next = Next step
concern-move-legend = Move it to
concern-move-note = Note (what was done, for the log)
concern-move-submit = Save
concern-move-to-acknowledged = Acknowledged: we have read it
concern-move-to-action_taken = Action taken
concern-move-to-closed = Closed
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = Raised { $date } by { $name }
concern-raised-on = Raised { $date }
concern-mail-subject = Urgent concern in m4m
concern-mail-body = An urgent concern was raised in your organisation. Read it and acknowledge it as soon as you can: { $link }
concerns-title = Concerns · { $programme }
concerns-intro = Every concern raised in this programme, open ones first, the most urgent at the top.
concerns-none = No concern has been raised in this programme.
concerns-link = Concerns
home-concerns = Concerns to follow
home-concerns-more = The { $count } most pressing are shown here; every concern is in its programme's incident log:
home-raise-concern = Something worrying you? Tell the coordinators
home-your-concerns = Your concerns
pair-raise-concern = Raise a concern about this pair
person-raise-concern = Raise a concern about this person
audit-concern-raise = Raised a concern
audit-concern-move = Moved a concern on
audit-concern-read = Read a concern

# Supervision (step 8)
supervision-title = Supervision
supervision-new-title = Record a supervision
supervision-intro = A meeting with one buddy or a group: what you talked about, your notes, and what each will do next. Buddies see that it took place and the actions given to them, never your notes.
supervision-no-buddies = No buddy names you as their supervisor yet: ask a coordinator to assign them, or record it from the buddy's record.
supervision-format = Format
supervision-format-one_to_one = One-to-one
supervision-format-group = Group
supervision-held-on = Date
supervision-buddies = Buddies present
supervision-topics = Topics
supervision-topic-boundaries = Boundaries of the role
supervision-topic-wellbeing = The buddy's own well-being
supervision-topic-cultural = Cultural differences
supervision-topic-practical = Practical and administrative questions
supervision-topic-difficult_situation = A difficult situation
supervision-topic-motivation = Motivation and time
supervision-topic-safeguarding = Safeguarding
supervision-topics-text = Other topics
supervision-notes = Notes
supervision-notes-hint = Read only by the buddies' supervisors and the coordinators.
supervision-actions = Follow-up actions
supervision-action-text = Action
supervision-action-owner = Who
supervision-action-due = By
supervision-owner-me = Me
supervision-save = Save the supervision
supervision-saved = The supervision was saved.
supervision-when = { $date } · { $format }
supervision-recorded-by = Recorded by { $name }
supervision-due = due { $date }
supervision-done-on = done { $date }
supervision-your-actions = Your actions
supervision-no-actions = No action.
supervision-mark-done = Done
supervision-add-action = Add an action
supervision-error-format = Choose one-to-one or group.
supervision-error-future = The date cannot be in the future.
supervision-error-buddy = Choose among the buddies listed.
supervision-error-no-buddy = Tick at least one buddy.
supervision-error-one = A one-to-one supervision has exactly one buddy.
supervision-error-topic = Choose among the topics listed.
supervision-error-owner = An action belongs to a buddy who was there, or to you.
home-open-actions = { $count ->
    [0] no open action
    [one] one open action
   *[other] { $count } open actions
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] one buddy
   *[other] { $count } buddies
}
home-last-supervision = Last supervision
home-no-supervision-yet = none yet
home-recorded-supervisions = Supervisions you recorded
home-my-supervision = Supervision
audit-supervision-record = Recorded a supervision
audit-supervision-action = Added a supervision action
audit-supervision-action_done = Marked a supervision action done
audit-supervision-read = Read a supervision

# Needs you today (step 9)
attention-title = Needs you today
attention-intro = Every pair at risk, with its reasons, and what is waiting for someone: each leads to the thing to do.
attention-none = Nothing needs you today.
attention-at-risk = Pairs at risk
attention-waiting = Waiting for someone
attention-see-all = See the whole list
risk-urgent-concern = An urgent concern is open
risk-open-concern = { $count ->
    [one] A concern is open
   *[other] { $count } concerns are open
}
risk-no-session = No session for { $days } days
risk-first-meeting-overdue = First meeting planned on { $date }, not recorded
risk-agreement-ends = The agreement ends on { $date }
waiting-answer = Proposal not answered yet
waiting-signature = Agreement not accepted by both yet
waiting-confirmation = { $count ->
    [one] A session waits for confirmation for over a week
   *[other] { $count } sessions wait for confirmation for over a week
}

# Goals of the pair (step 9)
goals-title = Goals of the pair
goals-intro = The goals you agreed on. Say where each stands now, compared with what you expected: every answer is kept, so you can see the way you have come.
goals-none = No goal yet: they come from the agreement once the pair starts.
goals-history = Where it stood
goals-when = Date
goals-score = Where it stands
goals-by = By
goals-comment = Comment (optional)
goals-where = Where does it stand now?
goals-save = Save
goals-saved = Saved. Thank you.
goal-error-score = Choose a point on the scale, from −2 to +2.
gas-much-less = much less than expected
gas-less = less than expected
gas-expected = as expected
gas-more = more than expected
gas-much-more = much more than expected
audit-goal-progress = Recorded where a goal stands
home-goal-not-rated = not rated yet
home-goal-record = Say where it stands

# Check-ins (step 9)
checkin-title = How is it going?
checkin-intro = A few questions about your time with { $name }. It takes a minute; only the programme's team reads your answers.
checkin-satisfaction = How happy are you with your meetings?
checkin-satisfaction-1 = 1 · not at all
checkin-satisfaction-2 = 2 · not really
checkin-satisfaction-3 = 3 · so-so
checkin-satisfaction-4 = 4 · happy
checkin-satisfaction-5 = 5 · very happy
checkin-satisfaction-short = Satisfaction
checkin-met = How often did you meet lately?
checkin-met-short = Met
checkin-met-weekly = Every week
checkin-met-fortnightly = Every two weeks
checkin-met-monthly = Once a month
checkin-met-less = Less often
checkin-met-never = Not at all
checkin-helped = What helped? (optional)
checkin-difficult = What is difficult? (optional)
checkin-send = Send
checkin-thanks = Thank you: the team has your answers.
checkin-nothing-due = No check-in is due now. We will ask again in a while.
checkin-error-satisfaction = Choose from 1 to 5.
checkin-error-met = Choose how often you met.
home-pending-checkin = How is it going with { $name }? (one minute)
pair-checkins = Check-ins
risk-low-satisfaction = Satisfaction at { $score } out of 5
risk-missed-checkin = The check-in due on { $date } is unanswered
audit-checkin-answer = Answered a check-in
baseline-done-on = Self-assessment done on { $date }.

# Staff contacts (step 9)
contacts-title = Staff contacts
contacts-intro = Your calls, visits and messages to this pair: twice in its first month, then once a month.
contacts-kind = How
contacts-note = Note (optional)
contacts-save = Record the contact
contact-kind-call = Call
contact-kind-visit = Visit
contact-kind-message = Message
contact-error-kind = Choose call, visit or message.
waiting-contact = A staff contact is due
audit-pair-contact = Recorded a contact with a pair
checkin-mail-subject = How is it going with { $other }?
checkin-mail-body = Hello { $name }, a few questions about your meetings with { $other }: one minute, from your phone. Only the programme's team reads your answers. { $link }
attention-pager-risk = Pairs at risk { $first }–{ $last } of { $total }
attention-pager-wait = Waiting { $first }–{ $last } of { $total }
pager-previous = Previous
pager-next = Next
moment-initial = At the start
moment-midterm = At mid-term
moment-final = At the end
baseline-change-title = How it changed since the start
baseline-change = Change
baseline-moments-chart-title = Autonomy per area at each self-assessment, from 1 (needs a lot of help) to 5 (manages alone)
home-midterm-due = Half-way through: it is time to look at where you stand again, with the same questions as at the start.
home-start-midterm = Your mid-term self-assessment
programme-at-step = People at step { $n } · { $name }
programme-all-people = Everyone in the programme

# Closing a pair (step 10)
pair-status-completed = Completed
pair-status-ended_early = Ended early
pair-not-open = This pair has already closed.
close-title = Close the pair
close-intro = Closing the pair of { $buddy } and { $newcomer }: say why it ends, and what comes next for each of them.
close-planned-end = Its agreement runs until { $date }.
close-effect-sessions = { $count ->
    [0] No planned session to cancel.
    [one] The planned session is cancelled.
   *[other] The { $count } planned sessions are cancelled.
}
close-effect-checkins = Check-ins and reminders stop; both are asked for the exit questionnaire.
close-reason = Why does the pair end?
close-reason-planned_end = The agreed period is over
close-reason-goals_reached = Goals reached early
close-reason-moved_away = The newcomer moved away
close-reason-lost_contact = Lost contact
close-reason-conflict = Conflict between the two
close-reason-safeguarding = Safeguarding
close-reason-other = Another reason
close-on = Closed on
close-meeting = Closing meeting (optional)
close-meeting-hint = The day of the last meeting with both, if there was one.
close-note = Note for the team
close-rematch = May { $name } be matched again?
close-save = Close the pair
close-done = The pair is closed.
close-error-future = This day has not come yet.
close-error-before-start = This is before the pair started.
close-error-note-other = Say what the other reason is.
error-choose-yes-no = Choose yes or no.
error-close-pairs-first = Close this person's pair first: its closing says why it ended.
pair-closed-on = Closed on { $date }: { $reason }
pair-closing-meeting-on = Closing meeting on { $date }
audit-pair-close = Closed the pair
audit-pair-exit_answer = Answered the exit questionnaire
exit-title = Exit questionnaire
exit-intro-buddy = Your time as { $name }'s buddy has ended. Four questions, one minute: only the programme's team reads your answers.
exit-intro-newcomer = Your time with { $name } as your buddy has ended. Four questions, one minute: only the programme's team reads your answers.
exit-satisfaction = Overall, how satisfied are you?
exit-recommend = Would you recommend having a buddy to someone in your place?
exit-recommend-short = Would recommend
exit-changed = Where did something change for you?
exit-changed-short = What changed
exit-comment = Anything else you want to tell us (optional)
exit-send = Send
exit-thanks = Thank you: your answers are saved.
exit-final-assessment = One last step: your final self-assessment
home-pending-exit = Your time with { $name } has ended: the exit questionnaire (one minute)
home-final-due = Your pair has ended: answer the same questions as at the start once more, to see how far you have come.
home-start-final = Your final self-assessment
become-buddy-title = Become a buddy
become-buddy-home = You know what the first months are like. Your time as a newcomer has ended: you can now accompany someone who has just arrived.
become-buddy-intro = Your details are already filled in from your time as a newcomer: check them, add how you can help, and give your consent again — this is a new role.
assess-done-midterm = Your answers are saved. Here they are beside those of the start; you will answer once more at the end.
assess-done-final = Your answers are saved. Here is how far you have come since the start, area by area.
person-pairs = Pairs
programme-edit-title = Change the programme
programme-edit-intro = Its dates, status and targets, and how its running pairs are followed: when a pair counts as at risk, when check-ins and the mid-term self-assessment fall due.
programme-save = Save
programme-saved = The programme is saved.
programme-field-risk-no-session = A pair is at risk after this many days without a session
programme-field-risk-ending = Flag a pair this many days before its agreement ends
programme-field-checkin-first = First check-in, days after a pair starts
programme-field-checkin-every = Then a check-in every … days
programme-field-midterm-weeks = Mid-term self-assessment, weeks after a pair starts
error-days-invalid = Enter a whole number of days from 1 to 365 (weeks: 1 to 104).
error-503-title = The server is busy
error-busy = Too many requests wait at this moment. Wait a few seconds and try again: nothing was saved or lost.
access-refused-someone = Someone without access
admin-volunteers-title = Buddies' and newcomers' accounts
admin-volunteers-intro = How many per organisation: their names are for their organisation's staff.
import-too-many-columns = This file has more than { $columns } columns: keep only the columns about people, then try again.
import-too-many-rows = This file has more than { $rows } people: import it in several parts.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Listening without judging
competence-intercultural = Communicating across cultures
competence-boundaries = Keeping to the buddy's role
competence-local_services = Knowing the local services
competence-encouraging_autonomy = Encouraging autonomy
competence-reliability = Being reliable over months
baseline-competence = Competence
baseline-competences-chart-title = Confidence per competence at the start, from 1 (not confident yet) to 5 (very confident)
baseline-competences-moments-chart-title = Confidence per competence at each self-assessment, from 1 (not confident yet) to 5 (very confident)
buddy-assessment-title = Self-assessments of { $name }
buddy-assessment-intro = How confident the buddy feels in each competence at the start, mid-term and at the end, in their own words on a scale of 1 to 5.
buddy-assessment-competences = Competences as a buddy
home-buddy-self-assessments = Self-assessments
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Peer sessions per week
weekly-sessions-chart-title = Peer sessions held per week, the last { $weeks } weeks
weekly-sessions-week-of = Week of { $date }
weekly-sessions-total = { $count ->
    [one] 1 session held
   *[other] { $count } sessions held
} in these weeks, { $hours } hours in all
weekly-sessions-week = Week of
weekly-sessions-count = Sessions held
weekly-sessions-hours = Hours

# Step 10: the global evaluation.
evaluation-title = Evaluation of the programmes
evaluation-link = Evaluation: figures for funders (page, CSV, print)
evaluation-intro = What the Buddy System achieved, from the pairs' facts and their members' answers. Only people whose consent to evaluation is in force are counted; no name and no personal record appear here.
evaluation-suppression-note = A figure over fewer than 5 people or pairs is never shown: it reads "fewer than 5".
evaluation-suppressed = fewer than 5
evaluation-scope = Figures of
evaluation-scope-all = All organisations
evaluation-scope-mine = All I may see
evaluation-from = Pairs started from
evaluation-to = Pairs started until
evaluation-cohort = Cohort (year)
evaluation-cohort-hint = The year the pair started, e.g. 2025.
evaluation-gender = Newcomer's gender
evaluation-age = Newcomer's age when the pair started
evaluation-region = Newcomer's region of origin
evaluation-any = Any
evaluation-show = Show the figures
evaluation-csv = Download as a spreadsheet (CSV)
evaluation-xlsx = Download as a workbook (Excel, .xlsx)
evaluation-age-under_25 = Under 25
evaluation-age-25_34 = 25 to 34
evaluation-age-35_49 = 35 to 49
evaluation-age-50_plus = 50 and over
evaluation-region-mena = Middle East and North Africa
evaluation-region-sub_saharan_africa = Sub-Saharan Africa
evaluation-region-central_south_asia = Central and South Asia
evaluation-region-europe = Europe
evaluation-region-americas = Americas
evaluation-region-other = Elsewhere or unknown
evaluation-pairs-title = Pairs
evaluation-pairs-formed = Pairs formed
evaluation-pairs-active = Still running
evaluation-pairs-completed = Completed
evaluation-pairs-ended-early = Ended early
evaluation-reasons-title = Pairs ended early, by reason
evaluation-reason = Reason
evaluation-pairs = Pairs
evaluation-figure = Figure
evaluation-value = Value
evaluation-n-pairs = Over (pairs)
evaluation-n-people = Over (people)
evaluation-outcomes-title = Retention, meetings and goals
evaluation-outcomes-note = Retention: completed pairs out of closed ones. Goal attainment: the mean of the latest score of each goal, from −2 (much less than expected) to +2 (much more).
evaluation-retention = Retention
evaluation-sessions-held = Meetings held
evaluation-sessions-hours = Hours together
evaluation-goal-attainment = Goal attainment (−2 to +2)
evaluation-areas-title = Change per integration area
evaluation-areas-note = Newcomers who filled in both the first and the last self-assessment; scores from 1 to 5. The interval is the 95 % confidence interval of the mean change; the effect size is Cohen's d_z.
evaluation-areas-chart = Mean change per area with its 95 % confidence interval
evaluation-areas-none = No newcomer has both a first and a last self-assessment yet.
evaluation-baseline-mean = At the start
evaluation-final-mean = At the end
evaluation-mean-change = Change
evaluation-ci95 = 95 % interval
evaluation-effect-size = Effect size
evaluation-interval = { $low } to { $high }
evaluation-satisfaction-title = Satisfaction
evaluation-satisfaction-chart = Mean satisfaction from 1 to 5, from the check-ins and from the exit questionnaire
evaluation-newcomers = Newcomers
evaluation-buddies = Buddies
evaluation-from-checkins = Check-ins
evaluation-from-exit = Exit questionnaire
evaluation-recommend = Would recommend a buddy
evaluation-percent = { $value }%

# First run: how the first administrator is made
login-first-run = No account exists yet. Create the first administrator on the server with: m4m user create --email you@example.org --name "Your name" (it asks for the password), then log in here.
# Account recovery: a forgotten password, changing one's password, deactivated accounts
login-forgot-link = Forgot your password?
login-deactivated = This account is deactivated. Ask your coordinator to reactivate it.
forgot-title = Forgot your password
forgot-intro = Type the e-mail address of your account. If an account uses it, we send a link to choose a new password; the link works once, for one hour.
forgot-submit = Send the link
forgot-sent = If an account uses this address, a link to choose a new password is on its way. Look in your inbox (and in the spam folder); the link works for one hour.
forgot-throttled = Too many requests for a new password. Try again in an hour, or ask your coordinator.
forgot-mail-subject = Choose a new password for m4m
forgot-mail-body = Hello { $name },

    Someone, probably you, asked for a new password for your m4m account.
    Choose it with this link (valid for one hour, usable once):

    { $link }

    If you did not ask, ignore this message: your password stays as it is.
reset-title = Choose a new password
reset-intro = When the new password is saved, your other sessions end.
reset-password = New password (at least 8 characters)
reset-password-again = The same password again
reset-submit = Save the new password
reset-gone = This link has expired or has already been used. Ask for a new one with "Forgot your password?" on the log-in page.
reset-done = Your new password is saved. Log in with it.
nav-password = Password
password-title = Change your password
password-current = Current password
password-current-wrong = This is not your current password.
password-submit = Change the password
password-changed = Your password is changed. Your other sessions have ended.
admin-user-access = Access
admin-user-deactivate = Deactivate
admin-user-activate = Reactivate
admin-user-deactivated = The account is deactivated: its sessions have ended and its API tokens are revoked. Its data stay.
admin-user-activated = The account is active again: its owner logs in with their password. API tokens must be made again.
admin-user-not-self = You cannot deactivate your own account.

# Outbox delivery: attempts, retries, given-up messages
admin-outbox-sent = Sent { $when }.
admin-outbox-waiting = Waiting to be sent.
admin-outbox-retrying = Attempt { $attempts } failed: { $error }. Next attempt { $when }.
admin-outbox-given-up = Given up after { $attempts } attempt(s): { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = People { $first }–{ $last } of { $total }
programme-pairs-pager = Pairs { $first }–{ $last } of { $total }
programme-people-total = { $count ->
    [one] One person
   *[other] { $count } people
}
programme-filter-everyone = Buddies and newcomers
programme-filter-any-status = Any status
programme-filter-any-step = Any step
programme-filter-any-language = Any language
programme-filter-language = Speaks
programme-sort = Order
programme-sort-step = By step
programme-sort-name = By name
programme-sort-newest = Newest first
programme-search = Search
programme-search-hint = Name, e-mail or phone, without accents if you like
programme-search-button = Show
programme-people-none = Nobody matches this search.

# The API's pages of people
error-api-limit = limit must be a whole number from 1 to 1000.
error-api-cursor = cursor must be the next_cursor of the page before.
error-api-text = Send this field as text (a JSON string), as the API's description says.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = Your name
assess-intro-buddy = A few questions to see where you stand today. There is no right or wrong answer. Your newcomer does not see your answers.
error-language-choice = Choose a language.
import-host-level = Level in the language of this country
import-other-languages = Other languages
home-pending-session = Confirm the session with { $name } on { $date }

# Spreadsheet imports: encodings, dates, formulas
import-cell-problem = Column “{ $column }”: { $message }
import-cell-formula = this cell holds a formula (it starts with =, @, + or -). Type its value instead.
import-cell-bom = this cell holds an invisible byte-order mark: several files were joined into one. Remove it, or save the file again.
import-date-ambiguous = this date can be read two ways. Write it as year-month-day (2026-04-03).
import-workbook = This is an older Excel workbook (.xls). Open it and save it as .xlsx or CSV, then try again.
import-workbook-unreadable = This file cannot be read as an Excel workbook (.xlsx): it may be damaged, protected by a password, or another kind of file (such as LibreOffice’s .ods). Open it and save it as .xlsx or CSV, then try again.
import-workbook-too-large = This workbook is too large once unpacked. Keep only the sheet of people, or import it in several parts.
import-not-text = This file is not a spreadsheet saved as text: it holds bytes that no encoding offered can read. Save it from your spreadsheet as CSV and try again.
import-encoding = Encoding of the file
import-encoding-hint = Guessed from the file. If accents or letters look wrong in the names below, choose another encoding and continue.
import-encoding-failed = The file cannot be read in the encoding chosen: it was kept as it was read before.

## A programme's pairs, searched and paged
pairs-title = Pairs of { $programme }
pairs-back = Back to the programme
pairs-link = Every pair: search, closed pairs
pairs-search-hint = Name, e-mail or phone of the newcomer or the buddy
pairs-filter-any-status = Any status
pairs-filter-open = Open (not closed or declined)
pairs-filter-closed = Closed
pairs-sort-oldest = Oldest first
pairs-sort-newest = Newest first
pairs-sort-newcomer = By the newcomer's name
pairs-total = { $count ->
    [0] No pairs
    [one] One pair
   *[other] { $count } pairs
}
pairs-pager = Pairs { $first }–{ $last } of { $total }
pairs-all = All pairs
pairs-none = No pairs yet.
pairs-none-found = No pair matches this search.
pairs-column-pair = Newcomer ↔ buddy
pairs-column-status = Status
pairs-column-since = Since
pairs-column-sessions = Sessions held
pairs-sessions = { $count ->
    [0] None yet
    [one] One
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] One, on { $date }
   *[other] { $count }, the last on { $date }
}

## A programme's peer sessions, by period
sessions-title = Peer sessions of { $programme }
sessions-link = Peer sessions: by period, with their hours
sessions-any-status = Planned and held
sessions-planned = Planned
sessions-held = Held
sessions-held-confirmed = Held, confirmed
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] No sessions
    [one] One session
   *[other] { $count } sessions
}, { $hours ->
    [one] one hour
   *[other] { $hours } hours
} in all
sessions-pager = Sessions { $first }–{ $last } of { $total }
sessions-from = From
sessions-to = To (included)
sessions-recent = The last 30 days and what is planned
sessions-none = No session matches in this period.
sessions-column-when = When
sessions-column-how = How

## The administrator's list of staff accounts
admin-users-search-hint = Name or e-mail
admin-users-any-role = Any role
admin-users-any-state = Active and deactivated
admin-users-active = Active
admin-users-inactive = Deactivated
admin-users-total = { $count ->
    [0] No staff accounts
    [one] One staff account
   *[other] { $count } staff accounts
}
admin-users-pager = Accounts { $first }–{ $last } of { $total }
admin-users-all = All staff accounts
admin-users-none = No account matches this search.

## Pairs and sessions as spreadsheets
pairs-export = Download these pairs (spreadsheet, CSV)
pairs-export-xlsx = Download these pairs (Excel, .xlsx)
sessions-export = Download these sessions (spreadsheet, CSV)
sessions-export-xlsx = Download these sessions (Excel, .xlsx)
export-pairs-column-pair = Pair
export-pairs-column-newcomer = Newcomer
export-pairs-column-buddy = Buddy
export-pairs-column-status = Status
export-pairs-column-proposed = Proposed on
export-pairs-column-started = Started on
export-pairs-column-closed = Closed on
export-pairs-column-sessions = Sessions held
export-pairs-column-hours = Hours held
export-pairs-column-last-session = Last session
export-sessions-column-session = Session
export-sessions-column-date = Date
export-sessions-column-time = Time
export-sessions-column-pair = Pair
export-sessions-column-newcomer = Newcomer
export-sessions-column-buddy = Buddy
export-sessions-column-minutes = Minutes
export-sessions-column-hours = Hours
export-sessions-column-mode = How
export-sessions-column-status = Status
export-sessions-column-confirmed = Confirmed
export-progress-column-course = Course
export-progress-column-learner = Learner
export-progress-column-cohort = Group
export-progress-column-enrolled = Enrolled on
export-progress-column-done = Mandatory modules done
export-progress-column-total = Mandatory modules
export-progress-column-completed = Completed on
export-figures-column-figure = Figure
export-figures-column-key = About
export-figures-column-n = Out of
export-figures-column-value = Value
export-figures-column-suppressed = Withheld (small group)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Name, contact, e-mail or phone
stakeholders-any-kind = Every kind
stakeholders-total = { $count ->
    [0] No stakeholders
    [one] One stakeholder
   *[other] { $count } stakeholders
}
stakeholders-pager = Stakeholders { $first }–{ $last } of { $total }
stakeholders-all = All stakeholders
stakeholders-none-found = No stakeholder matches this search.
