# m4m — English. The reference for every other language: each key here
# must exist in every complete translation.

## The frame around every page
app-name = m4m
app-tagline = Buddy System: newcomers and volunteer buddies, side by side
skip-to-content = Skip to the content
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
