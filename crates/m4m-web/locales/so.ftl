# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Soomaali (so). Translated from the English reference en.ftl.

## The frame around every page
app-name = m4m
app-tagline = Buddy System: dadka cusub iyo saaxiibbo mutadawiciin ah, garab garab
skip-to-content = U bood qoraalka
table-scroll = Shax: dhinac u rog si aad dhammaan u akhrido
nav-home = Bogga hore
nav-organisations = Ururrada
nav-users = Akoonnada
nav-outbox = Fariimaha la diray
nav-invite = Casuun qof
nav-login = Gal
nav-logout = Ka bax
language-switcher = Luqadda
language-choose = Dooro luqaddan
signed-in-as = Waxaad u gashay sida { $name }
footer-text = m4m waxay ururrada ka caawisaa inay u qabtaan dadka cusub barnaamij saaxiibtinimo. Xogtaadu waxay la joogtaa ururkaaga.

## The ten steps
step-1 = Ku wargeli daneeyayaasha
step-2 = Shaqaalaysiin iyo is-diiwaangelin
step-3 = Is-qiimeyn bilow ah
step-4 = Isku-xirid hordhac ah
step-5 = Tababar
step-6 = Isku-xirid iyo kulanka koowaad
step-7 = Kulamada lammaanaha
step-8 = Kormeer
step-9 = La-socodka horumarka
step-10 = Qiimeyn kama dambays ah
step-number = Tallaabada { $number }

## Roles
role-administrator = Maamule
role-coordinator = Isku-duwe
role-supervisor = Kormeere
role-trainer = Tababare
role-mentor = Saaxiib
role-mentee = Qof cusub
role-evaluator = Qiimeeye

## Landing page
landing-title = Saaxiibtinimo lagu caawiyo dadka cusub
landing-intro = Buddy System-ka, saaxiib mutadawac ah — badanaa qof dalka yimid dhowr sano ka hor — ayaa qof cusub ka caawiya inuu is-tiirsanaan u tallaabsado: socodka magaalada, helidda adeegyada dowladda, ku celceliska luqadda, raadinta shaqo ama guri. Shaqaalaha bulshada ayaa isu keena oo taageera.
landing-staff = Shaqaalaha, saaxiibbada iyo dadka cusub ee akoon leh halkan ka gala.

## Log-in
login-title = Gal
login-email = Cinwaanka iimaylka
login-password = Erayga sirta ah
login-submit = Gal
login-failed = Cinwaanka iimaylka ama erayga sirta ah waa khalad. Labadaba hubi oo mar kale isku day.
login-throttled = Isku-dayo aad u badan. Sug 15 daqiiqo, kadib mar kale isku day.
login-expired = Wakhtigaagii gelitaanka wuu dhammaaday. Fadlan mar kale gal.
logged-out = Waad ka baxday.
two-factor-title = Gelitaan laba-tallaabo ah
two-factor-intro = Gelitaanka laba-tallaabada ah, erayga sirta ah oo keliya ma furo akoonkaaga: barnaamij ku jira telefoonkaaga ayaa 30-kii ilbiriqsi kasta ku siiya koodh cusub oo lix god ah, m4m-na wuu ku weydiiyaa erayga sirta ah kadib.
two-factor-step-app = Telefoonkaaga ku rakib barnaamij xaqiijin (tusaale FreeOTP, Aegis, Google Authenticator ama Microsoft Authenticator).
two-factor-step-scan = Barnaamijka ku dar akoon, oo iskaan garee koodhkan:
two-factor-step-type = Ama qor furahan:
two-factor-step-code = Qor koodhka lixda god ah ee barnaamijku muujiyo, si loo hubiyo inuu shaqaynayo.
two-factor-code-app = Koodhka barnaamijka
two-factor-confirm = Shid gelitaanka laba-tallaabada ah
two-factor-required = Doorkaagu wuxuu kuu furayaa xogta dad badan: waa inaad diyaarisaa gelitaanka laba-tallaabada ah ka hor intaadan sii wadin.
two-factor-on = Gelitaanka laba-tallaabada ah waa shidan yahay: erayga sirta ah kadib, m4m wuxuu ku weydiinayaa koodhka barnaamijkaaga.
two-factor-codes-left = { $count ->
    [one] { $count } koodh soo-celin ah ayaa haray.
   *[other] { $count } koodh soo-celin ah ayaa haray.
}
two-factor-new-codes = Koodhad soo-celin oo cusub
two-factor-new-codes-intro = Koodhadhkii hore way joogsanayaan. Qor koodh ka yimid barnaamijkaaga si aad u hesho kuwo cusub.
two-factor-codes-title = Kaydso koodhadhkan soo-celinta
two-factor-codes-intro = Koodh kasta wuxuu kuu oggolaanayaa inaad hal mar gasho haddii telefoonkaagu kaa lumo. Daabac ama qor oo meel ammaan ah dhig: hadda oo keliya ayaa la muujinayaa.
two-factor-login-title = Koodhka telefoonkaaga
two-factor-login-intro = Fur barnaamijkaaga xaqiijinta oo qor koodhka lixda god ah ee uu u muujiyo m4m.
two-factor-login-recovery = Telefoonkaagii ma kaa lumay? Beddelkeeda qor mid ka mid ah koodhadhkaaga soo-celinta.
two-factor-code = Koodh
two-factor-verify = Gal
two-factor-wrong-code = Koodhkani sax ma aha, ama hore ayaa loo isticmaalay. Qor koodhka barnaamijkaagu hadda muujinayo.
two-factor-log-in-again = Koodhad khaldan oo aad u badan. Mar kale ku gal erayga sirta ah.
nav-two-factor = Gelitaan laba-tallaabo ah
tokens-title = Tokenada API
tokens-intro = Token wuxuu u oggolaanayaa qalab ururkaaga ka mid ah inuu adiga oo kale u isticmaalo JSON API-ga m4m, xuquuqdaada. Qalab kasta sii token u gaar ah, oo ka noqo marka qalabku aanu u baahnayn.
tokens-shown-once = Tokenkaaga cusub. Hadda koobiyee: hal mar oo keliya ayaa la muujinayaa.
tokens-name = Magaca (waxa tokenku u yahay)
tokens-create = Samee token
tokens-created = La sameeyay
tokens-last-used = Markii ugu dambaysay la isticmaalay
tokens-never-used = weligii
tokens-revoked = Laga noqday
tokens-revoke = Ka noqo
tokens-openapi = Sharaxaadda API-ga (OpenAPI)
nav-tokens = Tokenada API
error-api-json = Jirka codsigu waa inuu ahaadaa JSON, sida sharaxaadda API-gu sheegayso.

## Homes
home-title = Bogga hore
home-welcome = Soo dhawoow, { $name }
home-no-role = Akoonkaagu weli door ma laha. Isku-duwahaaga weydii inuu mid ku siiyo.
home-programmes = Barnaamijyadaada
home-no-programmes = Weli barnaamij ma jiro.
home-new-programme = Samee barnaamij
home-people-per-step = Dadka tallaabo kasta jooga
home-people-total = { $count ->
    [0] Weli qofna ma jiro
    [one] Hal qof
   *[other] { $count } qof
}
home-mentors-of-target = Saaxiibbo: { $count } ka mid ah { $target }
home-mentees-of-target = Dad cusub: { $count } ka mid ah { $target }
home-open-programme = Fur barnaamijka
home-your-newcomers = Dadkaaga cusub
home-no-newcomers = Weli laguma lammaanin qof cusub. Isku-duwahaaga ayaa kuu sheegi doona marka isku-xirid la soo jeediyo.
home-your-buddy = Saaxiibkaaga
home-no-buddy = Weli saaxiib ma lihid. Isku-duwahaaga ayaa adiga kula raadinaya mid.
home-next-sessions = Kulamada soo socda
home-no-sessions = Kulan lama qorsheyn.
home-next-session = Kulanka xiga: { $when }
home-your-goals = Hadafyadaada
home-no-goals = Weli hadaf ma jiro. Adiga iyo saaxiibkaaga ayaa dooran doona.
home-goal-progress = { $progress } % la dhammeeyay
home-speaks = Wuxuu ku hadlaa: { $languages }
home-area = Aagga: { $area }
home-supervised = Saaxiibbada aad kormeerto
home-no-supervised = Weli saaxiib laguma soo xilsaarin.
home-supervised-pairs = Lammaanayaasha saaxiibbadaada
home-last-session = Kulankii ugu dambeeyay: { $when }
home-no-session-yet = Weli kulan lama qorin
home-active-pairs = { $count ->
    [0] lammaane firfircoon ma jiro
    [one] hal lammaane oo firfircoon
   *[other] { $count } lammaane oo firfircoon
}
home-training = Saaxiibbada tababarka ku jira
home-in-training = { $count ->
    [0] Qofna tababar kuma jiro
    [one] Hal saaxiib ayaa tababar ku jira
   *[other] { $count } saaxiib ayaa tababar ku jira
}
home-organisations = Ururrada
home-accounts = { $count ->
    [one] Hal akoon
   *[other] { $count } akoon
}
home-figures = Tirooyinka ururrada oo dhan
home-figures-note = Tirooyin oo keliya: magacyo iyo xog shakhsi ah midna ma jiro.

session-mode-in_person = fool ka fool
session-mode-online = khadka internetka
session-mode-phone = telefoon
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Programmes
programme-title = Barnaamij
programme-status = Xaaladda
programme-status-draft = Qabyo
programme-status-recruiting = Dad ayaa la raadinayaa
programme-status-running = Socda
programme-status-closed = Xiran
programme-dates = Laga bilaabo { $start } ilaa { $end }
programme-languages = Luqadaha
programme-organisation = Ururka
programme-participants = Dadka barnaamijkan ku jira
programme-no-participants = Weli qofna iska ma diiwaangelin.
programme-kind = Doorka
programme-name = Magaca
programme-origin = Dalka laga yimid
programme-native = Luqadda hooyo
programme-area = Aagga
programme-step = Tallaabada
programme-new-title = Barnaamij cusub
programme-field-name = Magaca barnaamijka
programme-field-description = Sharaxaad
programme-field-name-in = Magaca oo { $language } ah
programme-field-description-in = Sharaxaadda oo { $language } ah
programme-field-languages = Luqadaha lagu hadlo (koodhad, hakad lagu kala saaray: fr, ar, prs)
programme-field-starts = Maalinta koowaad
programme-field-ends = Maalinta ugu dambaysa
programme-field-target-mentors = Saaxiibbada la rabo in la helo
programme-field-target-mentees = Dadka cusub ee la garab istaagayo
programme-field-organisation = Ururka
programme-create = Samee barnaamijka
programme-created = Barnaamijka waa la sameeyay.

## Invitations
invite-title = Casuun qof
invite-intro = Qofku wuxuu helayaa xiriir (link), oo shaqeeya 7 maalmood, si uu u doorto erayga sirta ah. Hal qof wuxuu yeelan karaa dhowr door.
invite-email = Cinwaanka iimaylkiisa
invite-name = Magaciisa
invite-role = Doorka
invite-organisation = Ururka
invite-submit = Dir casuumadda
invite-sent = Casuumaddu waxay u socotaa { $email }.
invite-link-once = Xiriirkan adigu naftaada ayaad u gudbin kartaa (tusaale SMS). Hal mar oo keliya ayaa la muujinayaa:
invite-mail-subject = Casuumaddaada m4m
invite-mail-body = Salaan { $name },

    { $inviter } wuxuu kuu casuumayaa inaad ku biirto m4m adigoo ah { $role }.
    Erayga sirta ah ku dooro xiriirkan (wuxuu shaqaynayaa 7 maalmood, hal mar ayaa la isticmaali karaa):

    { $link }
accept-title = Ku soo dhawoow m4m
accept-intro = Waxaa laguu casuumay adigoo ah { $role }. Dooro erayga sirta ah si aad u bilowdo.
accept-organisation = Ururka: { $organisation }
accept-password = Dooro eray sir ah (ugu yaraan 8 xaraf)
accept-password-again = Isla erayga sirta ah mar kale
accept-submit = Kaydi oo sii wad
accept-gone = Xiriirkan casuumaddu wuu dhacay ama hore ayaa loo isticmaalay. Qofkii ku casuumay weydii mid cusub.

## Administration
admin-organisations-title = Ururrada
admin-organisation-name = Magaca
admin-organisation-country = Dalka (laba xaraf: FR, GR)
admin-organisation-languages = Luqadaha (koodhad, hakad lagu kala saaray)
admin-organisation-time-zone = Aagga waqtiga (sida Europe/Paris; haddii bannaan: kan dalka)
admin-time-zone-save = Beddel
admin-organisation-programmes = Barnaamijyada
admin-organisation-members = Akoonnada
admin-organisation-create = Ku dar ururka
admin-organisation-created = Ururka waa lagu daray.
admin-users-title = Akoonnada
admin-user-name = Magaca
admin-user-email = Iimayl
admin-user-roles = Doorarka
admin-user-inactive = aan firfircoonayn
admin-outbox-title = Fariimaha la diray
admin-outbox-intro = Haddii aan server iimayl jirin, fariimuhu halkan ayay ku sugaan. Habee SMTP si loo diro.
admin-outbox-empty = Fariin ma jirto.
admin-outbox-to = Loo diray
admin-outbox-subject = Mawduuca
admin-outbox-date = Taariikhda
nav-inventory = Liiska xogta
admin-inventory-title = Liiska xogta
admin-inventory-intro = Tiir kasta oo ka mid ah keydka xogta: inuu hayo xog shakhsi ah, nooceeda, ujeeddada loo isticmaalo iyo inta la hayo. U isticmaal diiwaanka hawlaha xogta (GDPR qodobka 30) iyo qiimeynta saamaynta.
admin-inventory-summary = { $personal } ka mid ah { $count } tiir ayaa haya xog shakhsi ah.
admin-inventory-csv = Soo deji sida xaashi xisaabeed (CSV)
admin-inventory-table = Shaxda
admin-inventory-column = Tiirka
admin-inventory-category = Nooca xogta
admin-inventory-purposes = Ujeeddooyinka
admin-inventory-retention = Muddada la hayo
admin-inventory-legend = Waxa noocyada iyo ujeeddooyinku ka dhigan yihiin
inventory-not-personal = Aan shakhsi ahayn
inventory-category-identity = Aqoonsi
inventory-category-identity-help = Magacyo, sanadka dhalashada, jinsi.
inventory-category-contact = Xiriir
inventory-category-contact-help = Cinwaanno iimayl, lambarro telefoon, meesha qofku ku nool yahay ama ku kulmo.
inventory-category-special = Qayb gaar ah
inventory-category-special-help = Xog xasaasi ah: asalka, luqadaha asalka, xaaladda socdaalka, baahiyaha, jawaabo taaban kara caafimaadka ama diinta.
inventory-category-free_text = Qoraal xor ah
inventory-category-free_text-help = Qoraal dadku qoreen: qoraallo, sababo, soo koobid. Wax kasta ayuu hayn karaa, sidaas darteed u qaado sida xog xasaasi ah.
inventory-category-profile = Muuqaalka qofka
inventory-category-profile-help = Luqado, xiisayaal, waqtiga bannaan, doorar, doorashooyin.
inventory-category-activity = Hawl
inventory-category-activity-help = Waxa dhacay iyo goorta: taariikho, xaalado, dhibco, go'aanno.
inventory-category-pseudonymous = Aqoonsi magac-qarsoon
inventory-category-pseudonymous-help = Lambar ama koodh tilmaamaya qof iyada oo aan magaciisa la sheegin.
inventory-category-secret = Sir
inventory-category-secret-help = Erayo sir ah, tokeno iyo tallaabada labaad, oo loo kaydiyo hash ahaan marka ay suurtagal tahay.
inventory-purpose-programme = Socodsiinta barnaamijka
inventory-purpose-programme-help = Is-diiwaangelin, baaritaan, isku-xirid, lammaanayaal iyo kulamadooda.
inventory-purpose-training = Tababar
inventory-purpose-training-help = Tababarka saaxiibbada iyo shaqaalaha.
inventory-purpose-contact = Xiriir
inventory-purpose-contact-help = La xiriirka dadka: iimaylo, wicitaanno, xusuusin.
inventory-purpose-evaluation = Qiimeyn
inventory-purpose-evaluation-help = Cabbirka is-dhexgalka iyo natiijooyinka barnaamijka.
inventory-purpose-security = Ammaan
inventory-purpose-security-help = Gelitaan, xakameynta gelitaanka, ka ilaalinta xadgudubka.
inventory-purpose-accountability = Waajib sharci iyo la-xisaabtan
inventory-purpose-accountability-help = Caddaynta oggolaanshaha iyo raadka hubinta ee cidda wax samaysay.
inventory-retention-record = Diiwaanka qofka la jira, ilaa laga tirtiro
inventory-retention-account = Akoonka la jira, ilaa laga tirtiro
inventory-retention-session = Ilaa laga baxo; ugu badnaan 12 saacadood, 30 daqiiqo oo aan hawl lahayn
inventory-retention-day = Waa la tirtiraa 24 saacadood kadib
inventory-retention-minutes = Waa la tirtiraa marka la isticmaalo ama shan daqiiqo kadib
inventory-retention-audit = Waa loo hayaa la-xisaabtanka (lagu dari karo oo keliya; aqoonsiyo iyo koodhad oo keliya)
inventory-retention-organisation = Inta ururku hayo diiwaannadiisa
inventory-retention-outbox = Sanduuqa fariimaha bixi doona; tirtir toos ah ma jiro
installation-wide = rakibaadda oo dhan

figures-organisation = Ururka
figures-country = Dalka
figures-programmes = Barnaamijyada
figures-mentors = Saaxiibbada
figures-mentees = Dadka cusub
figures-active-pairs = Lammaanayaasha firfircoon

## Forms and errors
form-fix-errors = Meelaha qaar ayaa u baahan fiiro:
form-required-mark = waa qasab
error-required = Meeshan waa qasab.
error-too-long = Tani aad ayay u dheer tahay.
error-control-characters = Tani waxay leedahay xarfo aan la oggolayn.
error-email-invalid = Geli cinwaan iimayl sida name@example.org.
error-email-taken = Akoon kale ayaa hore u isticmaalaya cinwaankan iimaylka.
error-password-short = Erayga sirta ah waa inuu lahaadaa ugu yaraan 8 xaraf.
error-password-common = Erayga sirta ahi wuxuu ka mid yahay kuwa ugu caansan ee tuugadu marka hore isku dayaan. Dooro mid kale, tusaale dhowr eray oo aad xasuusan doonto.
error-password-mismatch = Labada eray ee sirta ahi isku mid ma aha.
error-country-invalid = Geli koodhka dalka ee laba xaraf ah, sida FR ama GR.
error-language-code = Geli koodhadhka luqadaha ee laba ama saddex xaraf ah, hakad lagu kala saaray (fr, ar, prs).
error-date-invalid = Geli taariikh sida sanad-bil-maalin, tusaale 2026-09-01.
error-end-before-start = Maalinta ugu dambaysa kama horrayn karto maalinta koowaad.
error-count-invalid = Geli tiro dhan oo u dhexaysa 0 ilaa 100,000.
error-choice-invalid = Dooro mid ka mid ah doorashooyinka la bixiyay.

error-title = Wax baa khaldamay
error-400-title = Codsigan lama isticmaali karo
error-400-text = Wax ka mid ah codsiga sax ma aha. Dib u noqo oo hubi waxaad gelisay.
error-401-title = Fadlan gal
error-401-text = Waa inaad gashaa si aad u aragto boggan.
error-403-title = Lama oggola
error-403-text = Laguma oggola inaad tan aragto ama samayso. Haddii aad u malaynayso inay tahay inaad awooddo, weydii isku-duwahaaga.
error-404-title = Bogga lama helin
error-404-text = Boggani ma jiro, ama adiga laguuma oggola inaad aragto.
error-405-title = Halkan suurtagal ma aha
error-405-text = Cinwaankan sidan looma isticmaali karo.
error-410-title = Hadda lama heli karo
error-413-title = Xog aad u badan
error-413-text = Waxaad dirtay aad ayay u weyn yihiin. Mar kasta wax ka yar dir.
error-429-title = Isku-dayo aad u badan
error-500-title = Wax baa dhinacayaga ka khaldamay
error-500-text = Dhibaatada waa la diiwaangeliyay. Wax yar kadib isku day; haddii ay sii socoto, u sheeg isku-duwahaaga.
error-csrf = Foomkani wuu dhacay. Dib u noqo, bogga dib u soo deji oo mar kale dir.
error-unknown-language = Luqaddan lama heli karo: { $code }. Dooro mid ka mid ah luqadaha la bixiyay.
error-back-home = Ku noqo bogga hore

## Step 1 — stakeholders and outreach
nav-stakeholders = Daneeyayaasha
nav-outreach = Wacyigelin
stakeholders-title = Daneeyayaasha maxalliga ah
stakeholders-intro = Hay'adaha maxalliga ah ee la kulma dadka cusub iyo mutadawiciinta: adeegyada bulshada, ururro, iskuullo, shaqo-bixiyayaal. Qor cidda aad wargelisay iyo cidda dadka u soo dirta barnaamijka.
stakeholders-empty = Weli daneeye lama diiwaangelin.
stakeholder-name = Magaca
stakeholder-kind = Nooca
stakeholder-contact = Qofka xiriirka
stakeholder-email = Iimayl
stakeholder-phone = Telefoon
stakeholder-languages = Luqadaha (koodhad, hakad lagu kala saaray)
stakeholder-area = Aagga ay daboolaan
stakeholder-notes = Qoraallo
stakeholder-add = Ku dar daneeyaha
stakeholder-added = Daneeyaha waa lagu daray.
stakeholder-save = Kaydi isbeddellada
stakeholder-saved = Isbeddellada waa la kaydiyay.
stakeholder-edit = Beddel faahfaahinta
stakeholder-referred = Loo soo diray: { $mentors ->
    [one] { $mentors } saaxiib
   *[other] { $mentors } saaxiib
}, { $mentees ->
    [one] { $mentees } qof cusub
   *[other] { $mentees } qof cusub
}
stakeholder-referrals-by-month = Dadka loo soo diray bil kasta
stakeholder-month = Bisha
stakeholder-kind-social_service = Adeeg bulsho
stakeholder-kind-association = Urur
stakeholder-kind-local_administration = Maamulka deegaanka
stakeholder-kind-employer = Shaqo-bixiye
stakeholder-kind-school = Iskuul
stakeholder-kind-health_service = Adeeg caafimaad
stakeholder-kind-volunteer_group = Koox mutadawiciin ah
stakeholder-kind-migrant_community = Bulshada soo-galootiga
stakeholder-kind-other = Kale
outreach-title = Diiwaanka wacyigelinta
outreach-intro = Kulamo macluumaad oo la qabtay, agab la qaybiyay ama la diray, dad loo soo diray oo la helay.
outreach-empty = Weli waxba lama diiwaangelin.
outreach-kind = Maxay ahayd
outreach-kind-information_session = Kulan macluumaad
outreach-kind-material = Agab la qaybiyay ama la diray
outreach-kind-referral = Qof loo soo diray oo la helay
outreach-date = Taariikhda
outreach-stakeholder = Daneeyaha
outreach-no-stakeholder = — midna —
outreach-place = Goobta
outreach-audience = Dhagaystayaasha
outreach-reached = Dadka la gaaray
outreach-materials = Agabka iyo luqadahooda (ama xiriirro)
outreach-notes = Qoraallo
outreach-add = Diiwaangeli
outreach-added = Waa la diiwaangeliyay.

## The public page of a programme
join-organisation = Waxaa maamula { $organisation } ({ $country })
join-how-title = Sida ay u shaqayso
join-how-text = Qof cusub iyo saaxiib mutadawac ah ayaa si joogto ah u kulma qiyaastii lix bilood, fool ka fool ama internetka. Wada jir ayay u qaadaan tallaabooyin is-tiirsanaan: socodka magaalada, helidda adeegyada, ku celceliska luqadda, raadinta shaqo ama guri. Shaqaalaha bulshada ayaa isu keena oo garab taagan.
join-buddy-title = Yaa saaxiib noqon kara
join-buddy-text = Qof kasta oo 18 jir ama ka weyn, halkan ku nool, bishiiba dhowr saacadood bixin kara lix bilood, oo doonaya inuu la wadaago waxa uu yaqaan. Saaxiibbo badan ayaa iyagu laftoodu dalka yimid dhowr sano ka hor. Waa lagu tababari doonaa oo lagu taageeri doonaa.
join-newcomer-title = Waxa qofka cusubi filan karo
join-newcomer-text = Qof ku dhageysta, ku hadla luqaddaada haddii ay suurtagal tahay, oo kaa caawiya inaad jidkaaga hesho. Waa lacag la'aan. Waxaad sheegto waa sir.
join-contact-title = Xiriir
join-register-buddy = Waxaan doonayaa inaan saaxiib noqdo
join-register-newcomer = Halkan ayaan ku cusubahay oo waxaan jeclaan lahaa saaxiib
join-closed = Barnaamijkani hadda ma aqbalayo is-diiwaangelin.

## Registration
register-title-mentor = Noqo saaxiib
register-title-mentee = Hel saaxiib
register-intro-mentor = Naftaada wax naga sheeg. Isku-duwe ayaa kuu soo wici doona waraysi.
register-intro-mentee = Naftaada wax naga sheeg. Isku-duwe ayaa kula soo xiriiri doona.
register-staff-note = Qofkan adiga ayaa u diiwaangelinaya. U akhri ogeysiiska oggolaanshaha luqaddiisa.
reg-about = Adiga naftaada
reg-first-name = Magaca koowaad
reg-last-name = Magaca qoyska
reg-phone = Telefoon
reg-email = Iimayl
reg-contact-hint = Sii ugu yaraan lambar telefoon ama cinwaan iimayl.
reg-languages = Luqadaha
reg-native-language = Luqadda hooyo
reg-other-languages = Luqadaha kale ee aad ku hadasho
reg-language = Luqad
reg-level = Heerka
reg-choose = Dooro…
level-basic = Erayo yar
level-conversational = Waan ku sheekaysan karaa
level-fluent = Si fiican ayaan ugu hadlaa
level-native = Luqadda hooyo
reg-host-level = Heerkaaga luqadda dalkan
reg-country = Dalka aad ka timid
reg-arrival = Taariikhda aad dalkan timid
reg-area = Xaafadda, magaalada ama koodhka boostada
reg-availability = Goorma ayaad bannaan tahay?
reg-availability-hint = Calaamadee waqtiyada badanaa kuu fiican.
day-1 = Isniin
day-2 = Talaado
day-3 = Arbaco
day-4 = Khamiis
day-5 = Jimce
day-6 = Sabti
day-7 = Axad
part-morning = Subax
part-afternoon = Galab
part-evening = Fiid
reg-interests = Xiisaha
interest-sport = Isboorti
interest-cooking = Karinta cuntada
interest-music = Muusig
interest-reading = Akhris
interest-nature = Dabeecadda iyo socod
interest-crafts = Gacan-ku-samayn
interest-games = Ciyaaro
interest-technology = Tiknoolajiyad
interest-arts = Fanka
interest-family = Qoyska iyo carruurta
interest-faith = Diinta
interest-volunteering = Mutadawacnimo
reg-needs = Xaggee ayaad caawimaad ka rabtaa?
reg-skills = Xaggee ayaad wax ka caawin kartaa?
area-language = Luqadda
area-administration = Waraaqaha iyo xafiisyada
area-housing = Guriga
area-employment = Shaqo iyo tababar
area-health = Caafimaadka
area-education = Iskuulka carruurta
area-transport = Socodka iyo gaadiidka
area-money = Lacagta iyo bangiga
area-digital = Telefoonka iyo internetka
area-social = La kulanka dadka
area-wellbeing = Ladnaanta iyo niyadda
reg-experience = Khibraddaada (mutadawacnimo, shaqo, imaatinkaagii)
reg-motivation = Maxaad u doonaysaa inaad saaxiib noqoto?
reg-gender = Jinsiga
gender-woman = Haweeney
gender-man = Nin
gender-other = Kale
gender-unsaid = Waxaan door bidayaa inaanan sheegin
reg-gender-preference = Ma jeceshahay in saaxiibkaagu noqdo…
gender-pref-none = Wax doorasho ah ma lihi
gender-pref-woman = Haweeney
gender-pref-man = Nin
reg-birth-year = Sanadka dhalashada
reg-heard-from = Sidee ayaad barnaamijka ku maqashay?
heard-stakeholder = Urur ayaa ii sheegay
heard-friend = Saaxiib ama qoys ayaa ii sheegay
heard-social_media = Baraha bulshada
heard-poster = Boodhka ama warqad
heard-event = Munaasabad
heard-other = Kale
reg-referred-by = Ururkee?
reg-consent-title = Oggolaanshahaaga
consent-notice = { $organisation } wuxuu hayaa waxaad halkan ku qorto si uu u socodsiiyo barnaamijka: inuu kuu helo saaxiib (ama qof cusub), inuu kula xiriiro iyo inuu la socdo lammaanahaaga. Shaqaalaha barnaamijka oo keliya ayaa arka; saaxiibkaagu wuxuu arkaa oo keliya magacaaga koowaad, luqadahaaga iyo aaggaaga. Waqti kasta waxaad codsan kartaa inaad aragto, saxdo ama tirtirto xogtaada, oo waxaad ka noqon kartaa oggolaansho kasta oo hoose si la mid ah sidii aad u bixisay.
consent-participation = Waan oggolahay inaan ka qayb galo barnaamijka iyo in xogtayda loo isticmaalo (waa qasab).
consent-contact_sms = Waxaad igala soo xiriiri kartaan SMS.
consent-contact_email = Waxaad igala soo xiriiri kartaan iimayl.
consent-contact_phone = Waad i soo wici kartaan.
consent-share_partners = Waxaad faylkayga la wadaagi kartaan ururrada la shaqeeya barnaamijka.
consent-evaluation = Jawaabahayga, magacayga la'aan, waxaa loo isticmaali karaa qiimeynta barnaamijka.
reg-submit = Dir
reg-thanks-title = Mahadsanid
reg-thanks-text = Is-diiwaangelintaada waa la helay. Isku-duwe ayaa dhowaan kula soo xiriiri doona.
register-too-many = Is-diiwaangelinno aad u badan ayaa laga soo diray xiriirkan. Saacad kadib isku day.
error-phone-invalid = Geli lambar telefoon oo leh 6 ilaa 15 god, sida +33 6 12 34 56 78.
error-contact-required = Sii lambar telefoon ama cinwaan iimayl.
error-date-future = Taariikhdani ma noqon karto mustaqbalka.
error-year-invalid = Geli sanadka dhalashada sida 1990.
error-buddy-too-young = Saaxiibbadu waa inay ahaadaan ugu yaraan 18 jir.
error-consent-required = Is-diiwaangelintu waxay u baahan tahay oggolaanshahaaga inaad ka qayb gasho.
error-status-move = Isbeddelkan xaaladda suurtagal ma aha xaaladda hadda jirta.
error-reason-required = Sheeg sabab.
error-409-title = Waa la beddelay intii lagu jiray
error-conflict = Qof kale ayaa isla waqtigaas beddelay diiwaankan. Bogga dib u soo deji oo mar kale isku day.
error-422-title = Hore ayaa loo qaatay
error-taken-email = Akoon kale ayaa hore u isticmaalaya cinwaankan iimaylka.
error-taken-questionnaire-version = Qof kale ayaa kaydiyay nooc cusub oo liiskan su'aalaha ah intaad wax ka beddelaysay. Hoos ayaa lagu muujiyay iyo qoraalkaaga: isbarbar dhig, kadib mar kale kaydi.

## A person's record
person-kind = Doorka
person-erased = qof la tirtiray
notes-title = Qoraallo sir ah
notes-intro = Xaalad caafimaad ama sharci oo ay tahay in isku-duwayaashu ogaadaan. Isku-duwayaasha ururkan oo keliya ayaa arka qoraalladan; looma muujiyo saaxiibbada, kormeerayaasha, tababarayaasha ama liis kasta, waxayna ku jiraan xogta qofka laftiisa loo soo saaro.
notes-label = Qoraallo (ugu badnaan 4,000 xaraf)
notes-save = Kaydi qoraallada
notes-saved = Qoraallada sirta ah waa la kaydiyay.
follow-up-title = Kormeer iyo awood
follow-up-intro = Cidda kormeerta buddy-gan, iyo inta cusub ee uu mar qura la socdo. Isku-aadinta hordhaca ah ayaa soo jeedisa inta lammaanayaashiisa socdaa ka yar yihiin tiradan.
follow-up-supervisor = Kormeere
follow-up-nobody = Cidna weli
follow-up-capacity = Dadka cusub ee mar qura
follow-up-save = Kaydi
follow-up-saved = Kormeeraha iyo awoodda buddy-ga waa la kaydiyey.
error-supervisor-choice = Ka dooro kormeere liiska.
error-capacity-range = Qor tiro dhan oo u dhexeysa 1 ilaa 5.
error-capacity-below-pairs = Buddy-gan horeba wuxuu leeyahay lammaanayaal socda oo ka badan: hay tiro ka sarreysa, ama marka hore xir lammaane.
error-follow-up-changed = Lammaanayaasha buddy-gan ama shaqaaluhu way isbeddeleen inta u dhaxaysa: hubi oo mar kale kaydi.
person-status = Xaaladda
person-step = Tallaabada
person-contact = Xiriirka
person-languages = Luqadaha
person-origin = Dalka laga yimid
person-arrival = Wuxuu yimid
person-area = Aagga
person-availability = Waqtiga bannaan
person-interests = Xiisaha
person-needs = Wuxuu caawimaad ka rabaa
person-skills = Wuxuu wax ka caawin karaa
person-experience = Khibradda
person-motivation = Sababta
person-gender = Jinsiga
person-gender-preference = Wuxuu door bidayaa saaxiib ah
person-birth-year = Sanadka dhalashada
person-heard-from = Sida uu barnaamijka ku maqlay
person-referred-by = Waxaa soo diray
person-registration = Is-diiwaangelin
person-entered-by-staff = Shaqaale ayaa diiwaangeliyay { $date }, luqadda { $language }
person-self-registered = Isaga laftiisa ayaa is-diiwaangeliyay { $date }, luqadda { $language }
person-consents = Oggolaanshaha
consent-given = La bixiyay { $date }, nooca ogeysiiska { $version }, luqadda { $language }
consent-recorded-by = waxaa diiwaangeliyay { $name }
consent-withdrawn = laga noqday { $date }
consent-not-given = Lama bixin
consent-state-given = La bixiyay { $date }
consent-withdraw = Ka noqo
consent-give = Bixi oggolaansho
consents-title = Oggolaanshahaaga
consents-title-of = Oggolaanshaha { $name }
consents-saved = Waa la kaydiyay. Hadda ayuu dhaqan galayaa.
consents-intro = Halkan waxaad ku dooranaysaa sida barnaamijku kuula soo xiriiri karo iyo sida uu u isticmaali karo xogtaada. Isbeddel kasta isla markiiba wuu dhaqan galaa, waqti kastana go'aankaaga waad beddeli kartaa.
consents-intro-staff = Beddel oggolaansho marka qofku codsado (fool ka fool, telefoon ama qoraal). Isbeddelka waxaa lagu diiwaangelinayaa magacaaga, isla markiibana wuu dhaqan galaa.
consents-participation = Si aad uga baxdo barnaamijka, u sheeg isku-duwahaaga: diiwaankaaga ayaa muujin doona inaad baxday.
consents-change-link = Beddel oggolaansho marka qofku codsado
consents-mine-link = Oggolaanshahaaga
person-do-not-contact = Ha la xiriirin
no-contact_sms = SMS ma leh
no-contact_email = iimayl ma leh
no-contact_phone = wicitaan ma leh
person-screening = Baaritaan
person-move-to = Xaaladda cusub
person-reason = Sababta (waa qasab haddii la diido ama laga noqdo)
person-move-submit = Beddel xaaladda
person-moved = Xaaladda waa la beddelay.
person-no-moves = Isbeddel kale suurtagal ma aha.
person-history = Taariikhda
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = waxaa sameeyay { $name }
status-applied = Codsaday
status-interview = Waraysi
status-references_checked = Tixraacyada waa la hubiyay
status-accepted = La aqbalay
status-declined = La diiday
status-training = Tababar ku jira
status-registered = Diiwaangashan
status-intake = Waraysiga soo dhaweynta
status-self_assessed = Is-qiimeynta waa la sameeyay
status-ready = Diyaar u ah isku-xirid
status-active = Lammaane ku jira
status-alumni = Ka qalin-jabiyay
status-withdrawn = Ka baxay

## Programme tools for staff
programme-field-contact = Xiriirka lagu muujinayo bogga dadweynaha
programme-public-page = Bogga dadweynaha
programme-register-mentee = Diiwaangeli qof cusub
programme-register-mentor = Diiwaangeli saaxiib
programme-duplicates = Diiwaanno laga yaabo inay isku mid yihiin
programme-export = Soo saar liiska (CSV)
programme-export-xlsx = Soo saar liiska (Excel, .xlsx)
export-column-id = Lambarka
export-column-kind = Saaxiib ama qof cusub
export-column-status = Xaaladda
export-column-step = Tallaabada
export-column-first-name = Magaca koowaad
export-column-last-name = Magaca qoyska
export-column-email = Iimayl
export-column-phone = Telefoon
export-column-native-language = Luqadda hooyo
export-column-languages = Luqadaha
export-stakeholders-referred-buddies = Saaxiibada la soo gudbiyay
export-stakeholders-referred-newcomers = Dadka cusub ee la soo gudbiyay
export-column-host-language-level = Heerka luqadda dalka martida loo yahay
export-column-country-of-origin = Dalka laga yimid
export-column-arrival-date = Taariikhda imaatinka
export-column-area = Aagga
export-column-availability = Waqtiga bannaan
export-column-interests = Xiisaha
export-column-areas = Qaybaha caawimaadda
export-column-gender = Jinsiga
export-column-gender-preference = Jinsiga laga rabo lammaanaha
export-column-birth-year = Sanadka dhalashada
export-column-heard-from = Halka uu nagu maqlay
export-column-registered-at = La diiwaangeliyay
programme-export-codes = Koodhadhka tiirarka ee qalabka (CSV)
programme-import = Soo geli liis (CSV)
programme-status-column = Xaaladda

## Duplicates
duplicates-title = Diiwaanno laga yaabo inay isku mid yihiin
duplicates-intro = Diiwaannadan waxay noqon karaan isla qof. Ku dar kan koowaad, ama u calaamadee inay yihiin dad kala duwan.
duplicates-none = Diiwaan isku mid ah oo suurtagal ah ma jiro.
duplicates-reason-email = isku iimayl
duplicates-reason-phone = isku telefoon
duplicates-reason-name = isku magac iyo sanad dhalasho
duplicates-merge = Ku dar kan koowaad
duplicates-keep = Dad kala duwan
duplicates-merged = Diiwaannada waa la isku daray.
duplicates-kept = Waxaa loo calaamadeeyay dad kala duwan.
duplicates-pager = Diiwaanno laga yaabo inay isku mid yihiin { $first }–{ $last } ka mid ah { $total }

## CSV import
import-title = Soo geli liis
import-intro = Soo geli fayl CSV ah oo laga kaydiyay xaashi xisaabeed (UTF-8 ama Windows-1252, lagu kala saaray hakad, hakad-dhibic ama tab, hal qof saf kasta, saf cinwaan ah marka hore). Waxaad dooran doontaa tiirka waxa uu hayo, waxaad arki doontaa saf kasta oo la hubiyay, kadib waxaad soo gelin doontaa dhammaan ama waxba. Buug Excel (.xlsx) sida uu yahay ayaa loo akhriyaa: xaashidiisa ugu horreysa, taariikhaha iyo tirooyinka oo ay ku jiraan.
import-file = Fayl CSV ama Excel (.xlsx)
import-kind = Dadkani waa
import-next = Sii wad
import-mapping-title = Tiirkee ayaa haya maxay?
import-column-none = — faylka kuma jiro —
import-preview-title = Hubi ka hor intaadan soo gelin
import-row = Safka
import-row-ok = diyaar
import-row-skip = hore ayuu u diiwaangashanaa: waa laga boodday
import-row-errors = in la saxo
import-consent-confirm = Waxaan xaqiijinayaa in dadkan mid kasta uu oggolaaday inuu ka qayb galo barnaamijka (oggolaansho lagu qaaday warqad ama af).
import-commit = { $count ->
    [one] Soo geli hal qof
   *[other] Soo geli { $count } qof
}
import-done = { $count ->
    [0] Qofna lama soo gelin
    [one] Hal qof ayaa la soo geliyay
   *[other] { $count } qof ayaa la soo geliyay
}, { $skipped } hore ayay u diiwaangashanaayeen.
import-empty = Faylku ma hayo saf la soo gelin karo.
import-bad-csv = Faylkan looma akhrin karo sida CSV. Ka kaydi xaashidaada xisaabeed sida "CSV UTF-8" oo mar kale isku day.
import-has-errors = Safaf qaar ayaa u baahan in faylka lagu saxo ka hor soo gelinta. Waxba lama soo gelin.
import-consent-required = Xaqiiji in dadkani oggolaadeen inay ka qayb galaan.
error-number-range = Geli tiro dhan oo u dhexaysa { $min } ilaa { $max }.
error-scale-invalid = Dooro mid ka mid ah dhibcaha cabbirka.

## Step 3 — questionnaires and the initial self-assessment
nav-questionnaires = Liisaska su'aalaha
q-kind-newcomer_self_assessment = Is-qiimeynta qofka cusub
q-kind-buddy_self_assessment = Is-qiimeynta saaxiibka
q-kind-buddy_interview = Waraysiga saaxiibka
q-kind-newcomer_intake = Waraysiga soo dhaweynta qofka cusub
q-done-on = La sameeyay { $date }
q-not-done = Weli lama samayn
q-fill = Buuxi
q-fill-with = La buuxi qofka
q-view = Arag jawaabaha
q-by-staff-note = Waxaad tan la buuxinaysaa qofka, ama adiga ayaa u buuxinaya waraysiga dhexdiisa. Sidaas ayaa loo calaamadeyn doonaa.
q-send = Kaydi jawaabaha
q-saved = Jawaabaha waa la kaydiyay.
questionnaires-title = Liisaska su'aalaha
questionnaires-intro = Liisaska su'aalaha ee ururkaaga. Isbeddel kasta wuxuu sameeyaa nooc cusub; jawaabihii hore loo bixiyay waxay hayaan noocii ay ka jawaabeen.
q-version = Nooca { $version }
q-responses = { $count ->
    [0] weli jawaab ma jirto
    [one] hal jawaab
   *[other] { $count } jawaab
}
q-edit = Beddel
q-edit-intro = Qeexitaanka hoose waa nooca hadda, qaabka JSON ee lagu sharraxay docs/QUESTIONNAIRES.md. Kaydintiisu waxay samaynaysaa nooc cusub.
q-definition-json = Qeexitaan (JSON)
q-save-version = Kaydi sida nooc cusub
q-new-version-saved = Nooca { $version } waa la kaydiyay.
q-definition-invalid = Qeexitaankan lama isticmaali karo: { $detail }
q-preview = Sida loo akhrinayo
assess-title = Is-qiimeyntaada
assess-intro = Dhowr su'aalood si loo ogaado halka aad maanta joogto. Jawaab sax ah ama khalad ah ma jirto. Saaxiibkaagu ma arko jawaabahaaga.
assess-start = Bilow
assess-continue = Sii wad
assess-question-of = Su'aasha { $n } ka mid ah { $total }
assess-next = Xiga
assess-back = Dib u noqo
assess-skip = Ka bood su'aashan
assess-review-title = Hubi jawaabahaaga
assess-not-answered = Lagama jawaabin
assess-change = Beddel
assess-send = Dir jawaabahayga
assess-missing = Su'aalo qasab ah qaarkood weli jawaab ma laha.
assess-done-title = Mahadsanid
assess-done-text = Jawaabahaaga waa la kaydiyay. Waxay muujinayaan halka aad ka bilaabayso; dhammaadka barnaamijka ayaad isbarbar dhigi doontaa.
baseline-title = Meesha laga bilaabay
baseline-chart-title = Is-tiirsanaanta qayb kasta bilowga, 1 (caawimaad badan u baahan) ilaa 5 (keligiis wax qabsada)
baseline-area = Qaybta
baseline-score = Dhibcaha
baseline-of-five = { $score } / { $max }
baseline-none = Weli is-qiimeyn ma jirto.
home-self-assessment = Is-qiimeyntaada
home-start-assessment = Bilow is-qiimeyntaada
home-continue-assessment = Sii wad is-qiimeyntaada
person-space = Boggiisa gaarka ah
person-has-account = Qofkani akoon ayuu leeyahay: wuxuu arkaa saaxiibkiisa, kulamada iyo liisaska su'aalaha.
person-invite-intro = U casuun qofkan inuu ka galo telefoonkiisa: isaga ayaa buuxin doona is-qiimeyntiisa, wuxuuna arki doonaa saaxiibkiisa iyo kulamada.
person-invite = Dir casuumadda
person-edit-link = Sax xogta
person-edit-title = Sax xogta { $name }
person-edit-intro = Sax waxa la diiwaangeliyey markii la isdiiwaangelinayey. Oggolaanshaha waxaa lagu beddelaa boggooda gaarka ah.
person-edit-save = Kaydi saxitaannada
person-edit-saved = Xogta waa la saxay.
person-invite-needs-email = Akoon wuxuu u baahan yahay cinwaan iimayl, diiwaankanna ma laha.
stakeholders-export = Soo saar buugga daneeyayaasha (CSV)
outreach-export = Soo saar diiwaanka (CSV)

## Step 5 — training
nav-training = Tababar
training-title = Tababar
training-intro = Koorsooyinka ururkaaga: koorsada saaxiibbada iyo koorsada xirfadlayaasha iyo mutadawiciinta. Saaxiib wuxuu diyaar u noqdaa isku-xirid marka cutub kasta oo qasab ah la dhammeeyo.
training-empty = Weli koorso ma jirto.
course-title = Cinwaanka
course-audience = Loogu talagalay
audience-buddies = Saaxiibbada
audience-professionals = Xirfadlayaasha iyo mutadawiciinta
course-description = Sharaxaad
course-create = Samee koorsada
course-modules = Cutubyada
course-learners = Ardayda
course-counts = { $modules ->
    [one] { $modules } cutub
   *[other] { $modules } cutub
} · { $enrolled } is-qoray · { $completed } dhammeeyay
course-no-modules = Weli cutub ma jiro.
course-no-learners = Weli qofna iska ma qorin.
course-progress-xlsx = Soo deji horumarka ardayda (Excel, .xlsx)
course-completed-on = La dhammeeyay { $date }
course-in-progress = Socda: { $done } ka mid ah { $total ->
    [one] { $total } cutub oo qasab ah
   *[other] { $total } cutub oo qasab ah
}
module-add = Ku dar cutub
module-kind = Nooca cutubka
module-kind-capsule = Cashar gaaban (qoraal, fayl ama muuqaal)
module-kind-quiz = Imtixaan yar
module-kind-session = Kulan fool ka fool ah
module-title = Cinwaanka
module-body = Nuxurka ama jadwalka
module-link = Xiriir muuqaal ama fayl (https://…)
module-minutes = Waqtiga barashada (daqiiqado)
module-mandatory = Qasab ku ah saaxiibbada
module-quiz = Su'aalaha: qayb kasta hal su'aal, su'aasha safka koowaad, hal doorasho saf kasta, midda saxda ah waxay ku bilaabataa *
module-pass-mark = Dhibcaha gudbitaanka (%)
module-date = Taariikhda
module-time = Waqtiga (HH:MM)
module-place = Goobta
module-capacity = Kuraasta
module-when = { $when }, { $place }
module-mandatory-mark = qasab
module-hours = { $minutes } daqiiqo
module-record = Diiwaangeli horumarka
module-record-intro = Diiwaangeli cidda soo martay cutubka, ka qayb gashay kulanka ama ku gudubtay imtixaanka.
module-record-save = Kaydi
module-recorded = Horumarka waa la kaydiyay.
module-too-many = Dad ka badan kuraasta ayaa ka qayb galay. Hubi liiska.
progress-not_started = Lama bilaabin
progress-done = La dhammeeyay
progress-passed = Wuu gudbay ({ $score } %)
progress-failed = Weli ma gudbin ({ $score } %)
progress-attended = Wuu joogay
progress-absent = Ma joogin
progress-score = Dhibcaha imtixaanka (%)
enrol-title = Qor ardayda
enrol-cohort = Koox (tusaale "Pilot France 2026")
enrol-submit = Qor
enrol-none = Qof la qoro ma jiro: saaxiibbadu halkan ayay ka muuqdaan marka la aqbalo, akoonnada shaqaaluhuna marka ay door ku yeeshaan ururka.
enrolled = { $count ->
    [0] Qofna lama qorin
    [one] Hal qof ayaa la qoray
   *[other] { $count } qof ayaa la qoray
}
learn-title = Tababarkaaga
learn-empty = Weli laguma qorin koorso.
learn-open = Fur
learn-done-button = Waan soo maray
learn-quiz-submit = Hubi jawaabahayga
learn-quiz-result = Dhibcahaaga: { $score } %. Dhibcaha gudbitaanku waa { $pass } %.
learn-session = Kulan { $when } ee { $place }
certificate = Shahaado
certificate-title = Shahaadada tababarka
certificate-text = Tani waxay caddaynaysaa in { $name } uu dhammeeyay koorsada “{ $course }”, { $hours ->
    [one] { $hours } saacad
   *[other] { $hours } saacadood
} oo barasho ah, { $date }.
certificate-modules = Cutubyada la dhammeeyay
certificate-print = Daabac boggan ama ka kaydi PDF ahaan browser-kaaga.
error-quiz-format = Su'aal kasta ku qor saf u gaar ah, kadib doorashooyinkeeda hal saf kasta, mid keliya oo ku bilaabanaya *; saf bannaan dhig su'aalaha dhexdooda.
error-link-invalid = Geli xiriir ku bilaabanaya https://
error-time-invalid = Geli waqti sida 14:30.
error-time-zone-invalid = Geli aag waqti sida Europe/Paris.
error-training-not-done = Saaxiibku wuxuu diyaar u noqon karaa isku-xirid oo keliya marka cutub kasta oo qasab ah oo tababarka la dhammeeyo.
home-training-own = Tababarkaaga
form-yes = Haa
form-no = Maya

## Step 4 — pre-matching
match-title = Isku-xirid hordhac ah
match-intro = Soo jeedintu waxay isku xiraysaa dad cusub inta ugu badan ee suurtagal ah, kadib dhibcaha guud ee ugu fiican. Akhri sharraxaad kasta, xir lammaanayaasha aad go'aamisay, ka saar kuwa aan ahayn inay dhacaan, oo xaqiiji: waxba lama isku xirayo ilaa aad sidaas samayso.
match-summary = { $matched } ka mid ah { $mentees ->
    [one] { $mentees } qof cusub
   *[other] { $mentees } qof cusub
} ayaa lagu xiray { $mentors ->
    [one] { $mentors } saaxiib
   *[other] { $mentors } saaxiib
} oo diyaar u ah isku-xirid.
match-none-ready = Barnaamijkan weli qofna diyaar uma aha isku-xirid.
match-proposals = Lammaanayaasha la soo jeediyay
match-score = Is-waafajin: { $score } %
match-criterion = Shuruudda
match-weight = Culeyska
match-subscore = Dhibcaha
match-why = Sababta
match-confirm = Xaqiiji lammaanahan
match-lock = Xir
match-unlock = Fur
match-locked = xiran
match-exclude = Ka saar lammaanahan
match-exclude-reason = Sababta looga saaray (khilaaf, qaraabo, lammaane hore…)
match-others = Saaxiibbada xiga ee ugu fiican
match-unmatched = Kuwa aan saaxiib helin
match-blocked = Sababta saaxiib kasta uusan suurtagal u ahayn
match-excluded-title = Lammaanayaasha laga saaray
match-clear = Mar kale oggolow
match-weights-title = Culeyska shuruudaha (0 ilaa 10)
match-weights-save = Kaydi oo mar kale socodsii
match-weights-unreadable = Culeyska loo kaydiyay barnaamijkan lama akhrin karin: culeyska caadiga ah ayaa hoos lagu muujiyay oo loo isticmaalay soo jeedintan.
match-weights-unreadable-fix = Kaydi culeys cusub
match-manual-title = Gacanta ku isku xir
match-manual-intro = Dooro lammaane ka duwan kan la soo jeediyay, oo sheeg sababta: sababta waa la diiwaangelinayaa.
match-manual-mentee = Qof cusub
match-manual-mentor = Saaxiib
match-manual-reason-label = Sababta
match-manual-submit = Isku xir
match-manual = Gacanta lagu isku xiray
match-manual-reason = Sheeg sababta aad isugu xiraysid iyada oo ka duwan soo jeedinta.
match-weight-invalid = Culeys kastaa waa tiro 0 ilaa 10 ah, ugu yaraan midna waa inuu ka weyn yahay 0.
match-done-confirmed = Lammaanaha waxaa loo soo jeediyay labada qof.
match-done-marked = Waa la kaydiyay; soo jeedinta mar kale ayaa la xisaabinayaa.
match-done-weights = Culeyska waa la kaydiyay; soo jeedinta mar kale ayaa la xisaabinayaa.
criterion-needs = Baahiyaha iyo xirfadaha
criterion-language = Luqado la wadaago
criterion-host-language = Luqadda dalka
criterion-goals = Hadafyada
criterion-interests = Xiisaha
criterion-expectations = Filashooyinka
criterion-availability = Waqtiga bannaan
criterion-place = Goobta
criterion-age = Da'da
criterion-gender = Jinsiga
criterion-capacity = Boos saaxiibka u bannaan
match-gender-female = haweeney
match-gender-male = nin
match-gender-other = jinsi kale
match-shared-native-language = Isku luqad hooyo: { $language }
match-common-language = Luqad la wadaago: { $language } (heerka { $level })
match-no-common-language = Luqad la wadaago oo heerka { $level } ama ka sarreeya ma jirto
match-communicates-beyond-host-language = Wuxuu ku hadli karaa wax ka badan { $language }
match-host-language-level = Heerka { $language }: { $level }
match-needs-met = Wuxuu ka caawin karaa { $count } ka mid ah { $needs ->
    [one] { $needs } baahi
   *[other] { $needs } baahiyood
}: { $met }
match-needs-unknown = Baahiyaha lama yaqaan
match-shared-goals = Hadafyo la wadaago: { $goals }
match-no-shared-goals = Hadaf la wadaago ma jiro
match-goals-unknown = Hadafyada lama yaqaan
match-shared-interests = Xiisayaal la wadaago: { $interests }
match-no-shared-interests = Xiise la wadaago ma jiro
match-interests-unknown = Xiisaha lama yaqaan
match-shared-expectations = Isku filashooyin: { $expectations }
match-no-shared-expectations = Filashooyin kala duwan
match-expectations-unknown = Filashooyinka lama yaqaan
match-availability-overlap = { $slots ->
    [one] Hal mar usbuucii oo la wadaago
   *[other] { $slots } jeer usbuucii oo la wadaago
}
match-availability-unknown = Waqtiga bannaan lama yaqaan
match-distance-km = { $km } km u jira
match-same-area = Isku aag: { $area }
match-different-area = Aagag kala duwan
match-place-unknown = Goobta lama yaqaan
match-age-gap = { $years ->
    [one] { $years } sano u dhexeysa
   *[other] { $years } sano u dhexeysa
}
match-age-unknown = Da'da lama yaqaan
match-same-gender = Isku jinsi
match-different-gender = Jinsiyo kala duwan
match-gender-unknown = Jinsiga lama yaqaan
match-mentor-room = { $free } ka mid ah { $capacity ->
    [one] { $capacity } boos oo bannaan
   *[other] { $capacity } boos oo bannaan
}
match-gender-preference-mentee = Qofka cusubi wuxuu door bidayaa { $preference }
match-gender-preference-mentor = Saaxiibku wuxuu door bidayaa { $preference }
match-excluded-by-coordinator = Isku-duwaha ayaa ka saaray
match-mentor-at-capacity = Saaxiibku boos bannaan uma hadhin ({ $capacity })
match-mentor-not-eligible = Saaxiibku diyaar uma aha isku-xirid
match-no-possible-mentor = Qofkan cusub saaxiib suurtagal ah uma jiro.
match-mentors-taken = { $count ->
    [one] Saaxiibka keliya ee suurtagalka ah waxaa qaatay qof cusub oo kale.
   *[other] { $count }-da saaxiib ee suurtagalka ah waxaa qaatay dad cusub oo kale.
}

## Step 6 — matching and the first meeting
pair-mail-subject = Lammaane saaxiibtinimo ayaa laguu soo jeediyay
pair-mail-body = Salaan { $name },

    Barnaamijku wuxuu kuu soo jeedinayaa inaad la kulanto { $other }. Arag cidda uu yahay oo halkan ka jawaab:

    { $link }
pair-proposal-title-mentor = Qof cusub ayaa laguu soo jeediyay
pair-proposal-title-mentee = Saaxiib ayaa laguu soo jeediyay
pair-proposal-intro = Ma jeclaan lahayd inaad qofkan la kulanto? Haddii kale, sheeg sababta: isku-duwaha ayaa raadin doona qof kale.
pair-accept = Haa, waan oggolahay
pair-decline = Maya, mahadsanid
pair-decline-reason = Maxaa yeelay? (waa qasab si aad u diiddo)
pair-answer-accepted = Waad aqbashay. Isku-duwaha ayaa diyaarin doona kulankiinna koowaad.
pair-answer-declined = Waad diiday soo jeedintan.
pair-answer-waiting = jawaab ayaa la sugayaa
pair-status-proposed = La soo jeediyay, jawaabo ayaa la sugayaa
pair-status-accepted = Labaduba waa aqbaleen, kulanka koowaad iyo heshiiska ayaa soo socda
pair-status-declined = La diiday
pair-status-active = Firfircoon
pair-step-meeting = Kulanka koowaad
pair-step-agreement = Heshiiska saaxiibtinimada
pair-step-signatures = Heshiiska labaduba waa aqbaleen
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Kaydi taariikhda
pair-meeting-held = Kulankii koowaad wuu dhacay
pair-meeting-invalid = Sii taariikh (sanad-bil-maalin) iyo waqti sida 14:30.
pair-not-ready = Tan weli lama samayn karo: marka hore labaduba waa inay aqbalaan soo jeedinta (oo taariikhda kulanka koowaad la dejiyo).
pair-saved = Waa la kaydiyay.
pair-agreement-title = Heshiiska saaxiibtinimada
pair-goals = Hadafyada
pair-goals-text = Hadafyada oo ereyadaada ah
pair-rhythm = Inta jeer ee la kulmayo
rhythm-weekly = Usbuuc kasta
rhythm-fortnightly = Labadii usbuucba mar
rhythm-monthly = Bil kasta
pair-months-label = Muddada la filayo (bilo)
pair-months = { $months ->
    [one] hal bil
   *[other] { $months } bilood
}
pair-boundaries = Xuduudaha (waxa saaxiibku aanu samaynin)
pair-confidentiality = Sirta waa loo sharxay labadaba: waxa la yiraahdo waxay ku koobnaanayaan iyaga iyo shaqaalaha barnaamijka, marka laga reebo in qof laga ilaaliyo waxyeello.
pair-confidentiality-short = Sirta
pair-confidentiality-text = Waxa la yiraahdo waxay ku koobnaanayaan lammaanaha iyo shaqaalaha barnaamijka, marka laga reebo in qof laga ilaaliyo waxyeello.
pair-agreement-save = Kaydi heshiiska
pair-paper-signed = Labaduba warqad ayay ku saxiixeen
pair-agreement-accept = Waan aqbalay heshiiskan
pair-agreement-signed = Waad aqbashay heshiiskan.
pair-agreement-none = Heshiiska weli lama qorin.
home-pending = Adiga ayaa lagu sugayaa
home-pending-proposal = Soo jeedin aad ka jawaabto
home-pending-agreement = Heshiis aad akhrido oo aqbasho
error-agreement-goals = Dooro ugu yaraan hal hadaf, ama mid qor.
error-months-invalid = Geli tirada bilaha 1 ilaa 24.
error-confidentiality-required = Xaqiiji in sirta loo sharxay labadaba.
match-in-setup = Lammaanayaal socda
pair-checklist-accepted = la aqbalay
pair-checklist-declined = la diiday
## Step 7 — peer sessions
nav-calendar = Kalandarka
pair-title-with = Adiga iyo { $name }
pair-title-staff = { $buddy } iyo { $newcomer }
pair-log-session = Qor kulan
pair-plan-session = Qorshee kulan
pair-all-sessions = Kulamada oo dhan
pair-planned-sessions = Kulamada la qorsheeyay
pair-held-sessions = Kulamada dhacay
pair-no-held-sessions = Weli kulan lama qorin.
pair-calendar-link = Kulamadaada ku dar kalandarka telefoonkaaga
session-log-title = Qor kulan
session-plan-title = Qorshee kulan
session-log-intro = Kulan aad la yeelatay { $name }. Dhowr ilbiriqsi ayuu qaadanayaa.
session-plan-intro = Kulankaaga xiga ee { $name }. Wuxuu ka muuqan doonaa kalandarkaaga.
session-date = Taariikhda
session-time = Waqtiga ({ $zone })
session-duration = Muddada (daqiiqado)
session-mode = Sidee ayaad u kulanteen?
session-mode-label-in_person = Fool ka fool
session-mode-label-online = Internetka
session-mode-label-phone = Telefoon
session-place = Goobta (ikhtiyaari)
session-topics = Maxay ku saabsanayd?
session-summary = Maxaad qabateen? Hal weedh ayaa ku filan.
session-summary-planned = Maxaad qorshaynaysaan inaad qabataan? (ikhtiyaari)
session-rating = Sidee ayay u dhacday?
session-rating-1 = 1 · xun
session-rating-2 = 2
session-rating-3 = 3 · caadi
session-rating-4 = 4
session-rating-5 = 5 · aad u fiican
session-log-submit = Kaydi kulanka
session-plan-submit = Qorshee kulanka
session-cancel = Jooji
session-saved = Kulanka waa la kaydiyay.
session-removed = Kulanka waa la tirtiray.
session-change-title = Beddel kulanka
session-change-intro = Kulan lala yeeshay { $name }: sax waxa u baahan in la saxo.
session-change-submit = Kaydi isbeddellada
session-call-off = Baaji kulankan
session-remove = Tirtir kulankan
session-change = Beddel ama tirtir
session-minutes = { $count ->
    [one] hal daqiiqo
   *[other] { $count } daqiiqo
}
session-rating-of = Sida ay u dhacday: { $rating } ka mid ah 5
session-logged-by-you = Adiga ayaa qoray
session-logged-by = Waxaa qoray { $name }
session-logged-by-staff = Waxaa qoray kooxda barnaamijka
session-confirmed = La xaqiijiyay
session-confirmed-by-you = Adiga ayaa xaqiijiyay
session-confirmed-by = Waxaa xaqiijiyay { $name }
session-confirm = Xaqiiji kulankan
error-session-future = Kulan dhacay ma noqon karo mustaqbalka. Si aad mid u qorshayso, isticmaal “Qorshee kulan”.
error-session-past = Kulan la qorsheeyay ma noqon karo wakhti tagay. Si aad u qorto mid dhacay, isticmaal “Qor kulan”.
error-session-too-far = Dooro taariikh ku jirta hal sano laga bilaabo maanta.
error-duration-invalid = Geli muddo 5 ilaa 600 daqiiqo ah.
error-topics-required = Calaamadee ugu yaraan hal mawduuc.
error-rating-required = Sheeg sida ay u dhacday, 1 ilaa 5.
error-rating-invalid = Dooro tiro 1 ilaa 5 ah.
error-rating-planned = Kulan la qorsheeyay weli lama qiimeyn karo.
calendar-title = Kalandarkaaga
calendar-intro = Kulamadaada la qorsheeyay, barnaamijka kalandarka ee telefoonkaaga ama kombiyuutarkaaga.
calendar-download = Soo deji kalandarka (.ics)
calendar-feed = Xiriirka kalandarka gaarka ah
calendar-feed-intro = Ku qor xiriirkan barnaamijkaaga kalandarka: kulamadaada la qorsheeyay ayaa ka muuqanaya oo had iyo jeer cusub. Qof kasta oo haysta xiriirka wuu arkaa, sidaas darteed naftaada u hay; cusbooneysii haddii la wadaagay.
calendar-feed-new = Xiriirkaaga gaarka ah ee cusub. Ku koobiyee barnaamijkaaga kalandarka:
calendar-feed-once = Sirtaada darteed hadda oo keliya ayaa la muujinayaa. Haddii uu kaa lumo, cusbooneysii.
calendar-feed-since = Xiriir gaar ah ayaa shaqaynayay laga bilaabo { $when }.
calendar-feed-none = Xiriir gaar ah ma lihid.
calendar-feed-create = Samee xiriir gaar ah
calendar-feed-renew = Cusbooneysii xiriirka (kii hore wuu joogsanayaa)
calendar-feed-revoke = Ka noqo xiriirka
calendar-name = Kulamada saaxiibtinimada
calendar-event-summary = Kulan saaxiibtinimo oo lala yeelanayo { $name }
reminder-subject = Ma waqtigii aad la kulmi lahayd { $other }?
reminder-body = Salaan { $name },

    Lammaanahaaga iyo { $other } kulan ma qorin { $days } maalmood. Haddii aad kulanteen, qor kulanka; haddii kale, qorshee kan xiga:

    { $link }

    Haddii ay wax khaldan yihiin, u sheeg isku-duwahaaga.
session-log-planned = Wuu dhacay: qor
programme-pairs = Lammaanayaasha
enrol-buddies = Saaxiibbada
enrol-staff = Xirfadlayaasha iyo mutadawiciinta akoon leh
course-cohorts = Kooxaha
cohort-enrolled = Is-qoray
cohort-completed = Dhammeeyay
cohort-modules = Cutubyada qasabka ah ee la dhammeeyay
cohort-progress = { $done } ka mid ah { $total }
module-files = Faylasha
module-files-none = Weli fayl ma jiro.
module-file-upload = Ku lifaaq fayl
module-file-hint = PDF, sawir PNG ama JPEG ah, ama qoraal caadi ah; ugu badnaan { $size } MB. Ardaydu way soo dejisanayaan.
module-file-submit = Soo geli
module-texts = Turjumaadaha
module-texts-intro = Cinwaanka iyo qoraalka oo luqado kale ah. Ardaydu waxay akhriyaan luqaddooda, ama luqadda koorsada marka turjumaad la'aan tahay.
module-text-language = Luqadda
module-text-save = Kaydi turjumaadda
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = Dooro fayl aad soo geliso.
file-unreadable = Faylka lama akhrin karin. Mar kale isku day.
file-too-large = Faylku aad buu u weyn yahay: ugu badnaan { $size } MB.
file-type-refused = Faylka noocan ah lama aqbalo. Dir PDF, sawir PNG ama JPEG ah, ama qoraal caadi ah.
learn-files = Faylal la soo dejisto
cohort-name = Koox
module-file-delete = Tirtir

## Access and portability: the export of a person's data, the access log
export-link = Soo saar dhammaan xogtiisa
export-mine-link = Soo deji dhammaan xogtayda
export-json-link = Soo deji sida fayl (JSON)
export-title-of = Xogta laga hayo { $name }
export-title-mine = Dhammaan xogtayda
export-generated = La sameeyay { $date }. Daabac boggan si aad warqad ahaan u haysato.
export-staff-note = Dukumiintigan waxaa lagu muujinayaa { $language }, luqadda qofka, si aad u siiso.
export-account = Akoonka
export-name = Magaca
export-email = Iimayl
export-language = Luqadda
export-roles = Doorarka
export-programme = Barnaamijka
export-profile = Muuqaalka iyo is-diiwaangelinta
export-answers = Jawaabaha liisaska su'aalaha
export-training = Tababar
export-enrolled-on = La qoray { $date }
export-completed-on = La dhammeeyay { $date }
export-pairs = Lammaanayaasha iyo kulamada
export-pair-with = La jira { $name } ({ $role })
export-started-on = La bilaabay
export-agreement-written = La qoray, weli lama aqbalin
export-decline-reason = Sababta diidmada
access-link = Cidda gashay diiwaankan
erase-link = Tirtir xogta qofkan
erase-title = Tirtir xogta { $name }
erase-warning = Tirtiridda dib looma celin karo. Marka hore soo saar xogta haddii qofku rabo nuqul.
erase-what-goes = Waxa la tirtiri doono
erase-what-stays = Waxa haraya
erase-item-record = Diiwaanka { $name }: magaca, xiriirka, luqadaha, asalka, sanadka dhalashada, waqtiga bannaan, waxa uu qoray is-diiwaangelinta
erase-item-notes = Qoraallada sirta ah (caafimaad, xaalad sharci)
erase-item-consents = { $count ->
    [one] hal oggolaansho
   *[other] { $count } oggolaansho
}
erase-item-reasons = { $count ->
    [one] sababta hal isbeddel xaaladeed
   *[other] sababaha { $count } isbeddel xaaladeed
}
erase-item-answers = { $count ->
    [one] jawaabaha hal liis su'aalo ah
   *[other] jawaabaha { $count } liis su'aalo ah
}
erase-item-goals = { $count ->
    [one] cinwaanka hal hadaf
   *[other] cinwaannada { $count } hadaf
}
erase-item-pairs = { $count ->
    [one] qoraallada, sababaha, goobta kulanka iyo heshiiska hal lammaane
   *[other] qoraallada, sababaha, goobaha kulanka iyo heshiisyada { $count } lammaane
}
erase-item-sessions = { $count ->
    [one] soo koobidda iyo goobta hal kulan
   *[other] soo koobidda iyo goobaha { $count } kulan
}
erase-item-marks = { $count ->
    [one] sababta hal go'aan isku-xirid
   *[other] sababaha { $count } go'aan isku-xirid
}
erase-item-invitations = { $count ->
    [one] hal casuumad
   *[other] { $count } casuumad
}
erase-item-messages = { $count ->
    [one] hal fariin oo loo diray ama magaciisa ku jiro
   *[other] { $count } fariimood oo loo diray ama magaciisa ku jiro
}
erase-item-account = akoonkiisa { $email }, iyo erayga sirta ah, gelitaannada iyo gelitaanka laba-tallaabada ah
erase-item-account-kept = Akoonkiisu wuu harayaa, iyada oo aan lala xiriirin diiwaankan: wuxuu leeyahay door ama diiwaan kale.
erase-kept = Diiwaan aan magac lahayn ayaa haraya si tirooyinku u sii jiraan: saaxiib ama qof cusub, barnaamij, tallaabo, xaalad iyo taariikho. Xubinta kale ee lammaanaha waxay haysaa taariikhdeeda iyada oo aan magaca qofkan lahayn. Raadka hubintu wuxuu hayaa safafkiisa, kuwaas oo leh lambarro iyo koodhad oo keliya.
erase-confirm = Waxaan hubiyay in qofkani codsaday tirtirid, ama in xogtiisa aan loo baahnayn in la hayo
erase-submit = Hadda tirtir
erase-cancel = Jooji oo ku noqo diiwaanka
erase-confirm-needed = Calaamadee sanduuqa si aad u xaqiijiso tirtiridda.
erase-done-title = Xogta waa la tirtiray
erase-done = Xogta qofka waa la tirtiray. Diiwaanku mar dambe ma furmo.
erase-back = Ku noqo barnaamijka
nav-retention = Haynta xogta
retention-title = Inta diiwaannada la hayo
retention-intro = Marka qof uu ka baxo barnaamijka (qalin-jabiyay, la diiday ama ka baxay) oo aanu lahayn lammaane furan, xogtiisa waxaa la tirtiraa dhowr bilood kadib hawshii ugu dambaysay ee diiwaankiisa. m4m wuxuu sameeyaa maalin kasta; boggani wuxuu liis gareeyaa waxa waqtigoodu dhacayo 30-ka maalmood ee soo socda si aad dib u eegto.
retention-period-default = Diiwaannada xiran waxaa la tirtiraa { $months ->
    [one] { $months } bil
   *[other] { $months } bilood
} kadib hawshoodii ugu dambaysay (caadiga).
retention-period = Diiwaannada xiran waxaa la tirtiraa { $months ->
    [one] { $months } bil
   *[other] { $months } bilood
} kadib hawshoodii ugu dambaysay.
retention-months = Bilaha la hayo diiwaannada xiran
retention-save = Kaydi
retention-saved = Muddada haynta waa la kaydiyay.
retention-due-title = Waqtigoodu wuu dhacayaa 30-ka maalmood ee soo socda
retention-none-due = Waxba waqtigoodu ma dhacayo 30-ka maalmood ee soo socda.
retention-col-name = Qofka
retention-col-why = Sababta
retention-col-when = La tirtirayo
retention-why = { $status }, hawshii ugu dambaysay { $date }
error-retention-months = Sii tiro dhan oo bilo ah 1 ilaa 120.
access-title = Cidda gashay xogta
access-title-of = Cidda gashay diiwaanka { $name }
access-intro = Mar kasta oo qof akhriyay, beddelay ama soo saaray diiwaankan, kan ugu dambeeyay marka hore.
access-empty = Weli qofna ma gelin diiwaankan.
access-back = Ku noqo diiwaanka
access-when = Goorma
access-who = Yaa
access-what = Maxay
access-system = m4m laftiisa
audit-other = Hawl kale ({ $code })
audit-participant-read = Akhriyay diiwaanka
audit-participant-answers_read = Akhriyay jawaabaha liiska su'aalaha
audit-participant-access_log = Akhriyay cidda gashay diiwaanka
audit-participant-export = Soo saaray xogta
audit-participant-register = Diiwaangeliyay
audit-participant-status = Beddelay xaaladda
audit-participant-keep_apart = Ka kala soocay diiwaan laga yaabo inuu isku mid yahay
audit-participant-merge = Ku daray diiwaan isku mid ah diiwaanka
audit-programme-export = Soo saaray liiska barnaamijka, oo uu ku jiro diiwaankan
audit-programme-export_xlsx = Soo saaray liiska barnaamijka, oo uu ku jiro diiwaankan (Excel, .xlsx)
audit-response-complete = Dhammeeyay liis su'aalo ah
audit-matching-mark = Calaamadeeyay lammaane la tixgelinayo
audit-course-enrol = Lagu qoray koorso
audit-module-progress = Diiwaangeliyay horumarka tababarka
audit-pair-read = Akhriyay lammaanaha
audit-pair-propose = Soo jeediyay lammaane
audit-pair-accepted = Aqbalay lammaanaha
audit-pair-declined = Diiday lammaanaha
audit-pair-start = Bilaabay lammaanaha
audit-pair-first_meeting = Qorsheeyay kulanka koowaad
audit-pair-first_meeting_held = Diiwaangeliyay kulanka koowaad
audit-pair-agreement = Qoray heshiiska
audit-pair-agreement_signed = Aqbalay heshiiska
audit-pair-reminder = Diray xusuusin
audit-peer_session-planned = Qorsheeyay kulan
audit-peer_session-held = Qoray kulan
audit-peer_session-confirm = Xaqiijiyay kulan
audit-user-create = Sameeyay akoonka
audit-user-activate = Dib u furay akoonka
audit-user-deactivate = Xiray akoonka
audit-user-export = Soo saaray xogta akoonka
audit-invitation-accept = Aqbalay casuumadda
audit-login = Galay
audit-login-failed = Gelitaan fashilmay
audit-login-throttled = Gelitaanka waa la xiray kadib fashil badan
audit-logout = Ka baxay
audit-calendar_feed-open = Furay xiriir kalandar
audit-calendar_feed-revoke = Ka noqday xiriirka kalandarka
audit-access-denied = Waa loo diiday gelitaanka

# The pair's life (first meeting shown to both, refusals)
pair-first-meeting = Kulankiinna koowaad
pair-open = Fur bogga lammaanahaaga
pair-meeting-not-yet = Kulanka koowaad weli ma dhicin: diiwaangeli marka taariikhdiisu timaado.
pair-already-answered = Soo jeedintan hore ayaa looga jawaabay.
pair-not-started = Kulamada waa la qori karaa marka lammaanuhu bilaabmo.
home-pending-first-meeting = Kulanka koowaad: { $meeting }
calendar-first-meeting-summary = Kulanka koowaad ee { $name }

# Concerns (step 8)
concern-severity = Intee buu culus yahay?
concern-severity-low = Hoose: waa in la ogaado
concern-severity-medium = Dhexe: wuxuu u baahan yahay wada hadal
concern-severity-high = Sare: wuxuu u baahan yahay tallaabo dhowaan
concern-severity-urgent = Degdeg: nabadgelyada qof ayaa khatar ku jirta
concern-status-open = Furan
concern-status-acknowledged = La aqoonsaday
concern-status-action_taken = Tallaabo ayaa la qaaday
concern-status-closed = Xiran
concern-error-move = Dooro mid ka mid ah tallaabooyinka xiga ee la bixiyay.
concern-error-severity = Dooro inta uu culus yahay.
concern-new-title = Soo sheeg walaac
concern-about-my-pair = lammaanahaaga iyo { $name }
concern-about-me = naftaada
concern-intro-about = Ku saabsan: { $about }.
concern-intro-who = Isku-duwayaasha ururkaaga oo keliya ayaa akhriyi doona. Halkan ayaad ka la socon kartaa.
concern-intro-other = { $name } looma sheegi doono.
concern-intro-urgent = Haddii qof hadda khatar ku jiro, marka hore wac lambarka gurmadka degdegga ah (112).
concern-summary = Erayo kooban
concern-text = Waxa dhacay (ikhtiyaari)
concern-send = U dir isku-duwayaasha
concern-title = Walaac
concern-sent = Walaacaaga waxaa loo diray isku-duwayaasha.
concern-moved = Walaaca waa la cusbooneysiiyay.
concern-open-subject = Fur
concern-history = Waxa la sameeyay
concern-no-moves = Weli isku-duwe ma akhrin.
concern-next = Tallaabada xigta
concern-move-legend = U wareeji
concern-move-note = Qoraal (waxa la sameeyay, diiwaanka)
concern-move-submit = Kaydi
concern-move-to-acknowledged = La aqoonsaday: waan akhrinnay
concern-move-to-action_taken = Tallaabo ayaa la qaaday
concern-move-to-closed = Xiran
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = Waxaa soo sheegay { $name } { $date }
concern-raised-on = La soo sheegay { $date }
concern-mail-subject = Walaac degdeg ah oo m4m ah
concern-mail-body = Walaac degdeg ah ayaa laga soo sheegay ururkaaga. Akhri oo aqoonso sida ugu dhakhsaha badan: { $link }
concerns-title = Walaacyada · { $programme }
concerns-intro = Walaac kasta oo barnaamijkan laga soo sheegay, kuwa furan marka hore, kuwa ugu degdegsan xagga sare.
concerns-none = Barnaamijkan walaac lagama soo sheegin.
concerns-link = Walaacyada
home-concerns = Walaacyada la raacayo
home-concerns-more = Halkan waxaa lagu muujiyay { $count }-ka ugu degdegsan; walaac kasta wuxuu ku jiraa diiwaanka dhacdooyinka barnaamijkiisa:
home-raise-concern = Wax ma ku walwalinayaan? U sheeg isku-duwayaasha
home-your-concerns = Walaacyadaada
pair-raise-concern = Soo sheeg walaac ku saabsan lammaanahan
person-raise-concern = Soo sheeg walaac ku saabsan qofkan
audit-concern-raise = Soo sheegay walaac
audit-concern-move = Hore u wareejiyay walaac
audit-concern-read = Akhriyay walaac

# Supervision (step 8)
supervision-title = Kormeer
supervision-new-title = Diiwaangeli kormeer
supervision-intro = Kulan lala yeeshay hal saaxiib ama koox: waxaad ka wada hadasheen, qoraalladaada, iyo waxa mid kastaa sameyn doono marka xigta. Saaxiibbadu waxay arkaan inuu dhacay iyo hawlaha iyaga loo xilsaaray, weligoodna ma arkaan qoraalladaada.
supervision-no-buddies = Weli saaxiib kuma magacaabin inaad kormeerahiisa tahay: isku-duwe weydii inuu kuu xilsaaro, ama ka diiwaangeli diiwaanka saaxiibka.
supervision-format = Qaabka
supervision-format-one_to_one = Hal qof
supervision-format-group = Koox
supervision-held-on = Taariikhda
supervision-buddies = Saaxiibbada joogay
supervision-topics = Mawduucyada
supervision-topic-boundaries = Xuduudaha doorka
supervision-topic-wellbeing = Ladnaanta saaxiibka laftiisa
supervision-topic-cultural = Kala duwanaanshaha dhaqanka
supervision-topic-practical = Su'aalo ficil iyo maamul
supervision-topic-difficult_situation = Xaalad adag
supervision-topic-motivation = Dhiirigelinta iyo waqtiga
supervision-topic-safeguarding = Ilaalinta iyo badbaadada
supervision-topics-text = Mawduucyo kale
supervision-notes = Qoraallo
supervision-notes-hint = Waxaa akhriya oo keliya kormeerayaasha saaxiibbada iyo isku-duwayaasha.
supervision-actions = Hawlaha la raacayo
supervision-action-text = Hawl
supervision-action-owner = Yaa
supervision-action-due = Ilaa
supervision-owner-me = Aniga
supervision-save = Kaydi kormeerka
supervision-saved = Kormeerka waa la kaydiyay.
supervision-when = { $date } · { $format }
supervision-recorded-by = Waxaa diiwaangeliyay { $name }
supervision-due = waqtigu waa { $date }
supervision-done-on = la sameeyay { $date }
supervision-your-actions = Hawlahaaga
supervision-no-actions = Hawl ma jirto.
supervision-mark-done = La sameeyay
supervision-add-action = Ku dar hawl
supervision-error-format = Dooro hal qof ama koox.
supervision-error-future = Taariikhdu ma noqon karto mustaqbalka.
supervision-error-buddy = Ka dooro saaxiibbada liiska ku jira.
supervision-error-no-buddy = Calaamadee ugu yaraan hal saaxiib.
supervision-error-one = Kormeer hal qof ah wuxuu leeyahay hal saaxiib oo keliya.
supervision-error-topic = Ka dooro mawduucyada liiska ku jira.
supervision-error-owner = Hawl waxaa iska leh saaxiib joogay, ama adiga.
home-open-actions = { $count ->
    [0] hawl furan ma jirto
    [one] hal hawl oo furan
   *[other] { $count } hawlood oo furan
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] hal saaxiib
   *[other] { $count } saaxiib
}
home-last-supervision = Kormeerkii ugu dambeeyay
home-no-supervision-yet = weli midna
home-recorded-supervisions = Kormeerada aad diiwaangelisay
home-my-supervision = Kormeer
audit-supervision-record = Diiwaangeliyay kormeer
audit-supervision-action = Ku daray hawl kormeer
audit-supervision-action_done = U calaamadeeyay hawl kormeer inay dhammaatay
audit-supervision-read = Akhriyay kormeer

# Needs you today (step 9)
attention-title = Maanta adiga ayaa laguu baahan yahay
attention-intro = Lammaane kasta oo khatar ku jira, sababihiisa, iyo waxa qof sugaya: mid kastaa wuxuu kuu geynayaa waxa la samaynayo.
attention-none = Maanta waxba kuma sugayaan.
attention-at-risk = Lammaanayaal khatar ku jira
attention-waiting = Qof ayaa la sugayaa
attention-see-all = Arag liiska oo dhan
risk-urgent-concern = Walaac degdeg ah ayaa furan
risk-open-concern = { $count ->
    [one] Walaac ayaa furan
   *[other] { $count } walaac ayaa furan
}
risk-no-session = Kulan ma jirin { $days } maalmood
risk-first-meeting-overdue = Kulanka koowaad waxaa loo qorsheeyay { $date }, lama diiwaangelin
risk-agreement-ends = Heshiisku wuxuu dhammaanayaa { $date }
waiting-answer = Soo jeedinta weli lagama jawaabin
waiting-signature = Heshiiska weli labaduba ma aqbalin
waiting-confirmation = { $count ->
    [one] Kulan ayaa xaqiijin sugayay in ka badan usbuuc
   *[other] { $count } kulan ayaa xaqiijin sugayay in ka badan usbuuc
}

# Goals of the pair (step 9)
goals-title = Hadafyada lammaanaha
goals-intro = Hadafyada aad ku heshiiseen. Sheeg halka mid kastaa hadda marayo, marka loo eego waxaad filaysay: jawaab kasta waa la hayaa, si aad u aragto jidka aad soo martay.
goals-none = Weli hadaf ma jiro: waxay ka yimaadaan heshiiska marka lammaanuhu bilaabmo.
goals-history = Halka uu marayay
goals-when = Taariikhda
goals-score = Halka uu marayo
goals-by = Waxaa sameeyay
goals-comment = Faallo (ikhtiyaari)
goals-where = Halkee buu hadda marayaa?
goals-save = Kaydi
goals-saved = Waa la kaydiyay. Mahadsanid.
goal-error-score = Dooro dhibic cabbirka ka mid ah, −2 ilaa +2.
gas-much-less = aad uga yar wixii la filayay
gas-less = ka yar wixii la filayay
gas-expected = sidii la filayay
gas-more = ka badan wixii la filayay
gas-much-more = aad uga badan wixii la filayay
audit-goal-progress = Diiwaangeliyay halka hadaf marayo
home-goal-not-rated = weli lama qiimeyn
home-goal-record = Sheeg halka uu marayo

# Check-ins (step 9)
checkin-title = Sidee ayay u socotaa?
checkin-intro = Dhowr su'aalood oo ku saabsan waqtigaaga aad la qaadatay { $name }. Hal daqiiqo ayay qaadanaysaa; kooxda barnaamijka oo keliya ayaa akhrisa jawaabahaaga.
checkin-satisfaction = Intee ayaad ku faraxsan tahay kulamadiinna?
checkin-satisfaction-1 = 1 · gabi ahaanba maya
checkin-satisfaction-2 = 2 · maya, aad uma aha
checkin-satisfaction-3 = 3 · caadi
checkin-satisfaction-4 = 4 · faraxsan
checkin-satisfaction-5 = 5 · aad u faraxsan
checkin-satisfaction-short = Qanacsanaan
checkin-met = Intee jeer ayaad kulanteen dhawaan?
checkin-met-short = Kulamo
checkin-met-weekly = Usbuuc kasta
checkin-met-fortnightly = Labadii usbuucba mar
checkin-met-monthly = Bishii mar
checkin-met-less = Ka yar intaas
checkin-met-never = Gabi ahaanba maya
checkin-helped = Maxaa caawiyay? (ikhtiyaari)
checkin-difficult = Maxaa adag? (ikhtiyaari)
checkin-send = Dir
checkin-thanks = Mahadsanid: kooxdu waxay heshay jawaabahaaga.
checkin-nothing-due = Hadda su'aalo la-socod ah ma jiraan. Waqti kadib ayaan mar kale ku weydiin doonnaa.
checkin-error-satisfaction = Dooro 1 ilaa 5.
checkin-error-met = Dooro inta jeer ee aad kulanteen.
home-pending-checkin = Sidee ayay kula socotaa { $name }? (hal daqiiqo)
pair-checkins = Su'aalaha la-socodka
risk-low-satisfaction = Qanacsanaanta waa { $score } ka mid ah 5
risk-missed-checkin = Su'aalaha la-socodka ee { $date } lagama jawaabin
audit-checkin-answer = Ka jawaabay su'aalaha la-socodka
baseline-done-on = Is-qiimeynta waxaa la sameeyay { $date }.

# Staff contacts (step 9)
contacts-title = Xiriirka shaqaalaha
contacts-intro = Wicitaannadaada, booqashooyinkaaga iyo fariimahaaga lammaanahan: laba jeer bishiisa koowaad, kadib bishii mar.
contacts-kind = Sidee
contacts-note = Qoraal (ikhtiyaari)
contacts-save = Diiwaangeli xiriirka
contact-kind-call = Wicitaan
contact-kind-visit = Booqasho
contact-kind-message = Fariin
contact-error-kind = Dooro wicitaan, booqasho ama fariin.
waiting-contact = Xiriir shaqaale ayaa waqtigiisu yimid
audit-pair-contact = Diiwaangeliyay xiriir lala yeeshay lammaane
checkin-mail-subject = Sidee ayay kula socotaa { $other }?
checkin-mail-body = Salaan { $name }, dhowr su'aalood oo ku saabsan kulamadaada iyo { $other }: hal daqiiqo, telefoonkaaga ka jawaab. Kooxda barnaamijka oo keliya ayaa akhrisa jawaabahaaga. { $link }
attention-pager-risk = Lammaanayaal khatar ku jira { $first }–{ $last } ka mid ah { $total }
attention-pager-wait = La sugayo { $first }–{ $last } ka mid ah { $total }
pager-previous = Hore
pager-next = Xiga
moment-initial = Bilowga
moment-midterm = Badhtamaha
moment-final = Dhammaadka
baseline-change-title = Sida ay isu beddeshay tan iyo bilowga
baseline-change = Isbeddel
baseline-moments-chart-title = Is-tiirsanaanta qayb kasta is-qiimeyn kasta, 1 (caawimaad badan u baahan) ilaa 5 (keligiis wax qabsada)
home-midterm-due = Waxaad marayaan badhtamaha: waa waqtigii aad mar kale eegi lahayd halka aad marayso, isla su'aalihii bilowga.
home-start-midterm = Is-qiimeyntaada badhtamaha
programme-at-step = Dadka tallaabada { $n } · { $name }
programme-all-people = Qof kasta oo barnaamijka ku jira

# Closing a pair (step 10)
pair-status-completed = La dhammeeyay
pair-status-ended_early = Goor hore ayuu dhammaaday
pair-not-open = Lammaanahan hore ayaa loo xiray.
close-title = Xir lammaanaha
close-intro = Xiridda lammaanaha { $buddy } iyo { $newcomer }: sheeg sababta uu u dhammaanayo, iyo waxa xiga mid kasta.
close-planned-end = Heshiiskiisu wuxuu socdaa ilaa { $date }.
close-effect-sessions = { $count ->
    [0] Kulan la qorsheeyay oo la baajiyo ma jiro.
    [one] Kulanka la qorsheeyay waa la baajiyay.
   *[other] { $count }-da kulan ee la qorsheeyay waa la baajiyay.
}
close-effect-checkins = Su'aalaha la-socodka iyo xusuusinta way joogsanayaan; labadaba waxaa la weydiinayaa liiska su'aalaha dhammaadka.
close-reason = Maxay lammaanuhu u dhammaanayaan?
close-reason-planned_end = Muddadii lagu heshiiyay way dhammaatay
close-reason-goals_reached = Hadafyada waa la gaaray goor hore
close-reason-moved_away = Qofka cusubi wuu guuray
close-reason-lost_contact = Xiriirkii waa go'ay
close-reason-conflict = Khilaaf labada dhexmaray
close-reason-safeguarding = Ilaalinta iyo badbaadada
close-reason-other = Sabab kale
close-on = La xiray
close-meeting = Kulanka xiritaanka (ikhtiyaari)
close-meeting-hint = Maalinta kulankii ugu dambeeyay ee labada, haddii uu jiray.
close-note = Qoraal kooxda loogu talagalay
close-rematch = Ma la isku xiri karaa { $name } mar kale?
close-save = Xir lammaanaha
close-done = Lammaanaha waa la xiray.
close-error-future = Maalintani weli ma iman.
close-error-before-start = Tani waa ka hor intaan lammaanuhu bilaabmin.
close-error-note-other = Sheeg waxa sababta kale tahay.
error-choose-yes-no = Dooro haa ama maya.
error-close-pairs-first = Marka hore xir lammaanaha qofkan: xiriddiisa ayaa sheegaysa sababta uu u dhammaaday.
pair-closed-on = La xiray { $date }: { $reason }
pair-closing-meeting-on = Kulanka xiritaanka { $date }
audit-pair-close = Xiray lammaanaha
audit-pair-exit_answer = Ka jawaabay liiska su'aalaha dhammaadka
exit-title = Liiska su'aalaha dhammaadka
exit-intro-buddy = Waqtigaagii aad saaxiibka u ahayd { $name } wuu dhammaaday. Afar su'aalood, hal daqiiqo: kooxda barnaamijka oo keliya ayaa akhrisa jawaabahaaga.
exit-intro-newcomer = Waqtigaagii { $name } uu saaxiibkaaga ahaa wuu dhammaaday. Afar su'aalood, hal daqiiqo: kooxda barnaamijka oo keliya ayaa akhrisa jawaabahaaga.
exit-satisfaction = Guud ahaan, intee ayaad ku qanacsan tahay?
exit-recommend = Ma kula talin lahayd qof xaaladdaada oo kale ah inuu yeesho saaxiib?
exit-recommend-short = Wuu kula talin lahaa
exit-changed = Xaggee wax kaaga beddeleen?
exit-changed-short = Waxa isbeddelay
exit-comment = Wax kale oo aad rabto inaad noo sheegto (ikhtiyaari)
exit-send = Dir
exit-thanks = Mahadsanid: jawaabahaaga waa la kaydiyay.
exit-final-assessment = Tallaabo ugu dambaysa: is-qiimeyntaada kama dambaysta ah
home-pending-exit = Waqtigaagii aad la qaadatay { $name } wuu dhammaaday: liiska su'aalaha dhammaadka (hal daqiiqo)
home-final-due = Lammaanahaagii wuu dhammaaday: mar kale ka jawaab isla su'aalihii bilowga, si aad u aragto inta aad soo socotay.
home-start-final = Is-qiimeyntaada kama dambaysta ah
become-buddy-title = Noqo saaxiib
become-buddy-home = Waad taqaan sida bilaha ugu horreeya yihiin. Waqtigaagii qof cusub ahaan wuu dhammaaday: hadda waad garab istaagi kartaa qof hadda yimid.
become-buddy-intro = Faahfaahintaada waxaa horay looga buuxiyay waqtigaagii qof cusub ahaan: hubi, ku dar sida aad wax u caawin karto, oo mar kale bixi oggolaanshahaaga — kani waa door cusub.
assess-done-midterm = Jawaabahaaga waa la kaydiyay. Waa kuwan iyaga oo ag yaal kuwii bilowga; dhammaadka ayaad mar kale ka jawaabi doontaa.
assess-done-final = Jawaabahaaga waa la kaydiyay. Waa kan inta aad soo socotay tan iyo bilowga, qayb qayb.
person-pairs = Lammaanayaasha
programme-edit-title = Beddel barnaamijka
programme-edit-intro = Taariikhdiisa, xaaladdiisa iyo hadafyadiisa tirada, iyo sida loola socdo lammaanayaashiisa socda: goorta lammaane loo tixgeliyo inuu khatar ku jiro, goorta su'aalaha la-socodka iyo is-qiimeynta badhtamaha la gaaro.
programme-save = Kaydi
programme-saved = Barnaamijka waa la kaydiyay.
programme-field-risk-no-session = Lammaane wuxuu khatar ku jiraa kadib inta maalmood ee aan kulan lahayn
programme-field-risk-ending = Calaamadee lammaane inta maalmood ka hor inta heshiiskiisu dhammaan
programme-field-checkin-first = Su'aalaha la-socodka ee koowaad, maalmo kadib bilowga lammaanaha
programme-field-checkin-every = Kadib su'aalo la-socod ah … maalmoodba mar
programme-field-midterm-weeks = Is-qiimeynta badhtamaha, usbuucyo kadib bilowga lammaanaha
error-days-invalid = Geli tiro dhan oo maalmo ah 1 ilaa 365 (usbuucyo: 1 ilaa 104).
error-503-title = Server-ku waa mashquul
error-busy = Codsiyo aad u badan ayaa hadda sugaya. Sug dhowr ilbiriqsi oo mar kale isku day: waxba lama kaydin lamana lumin.
access-refused-someone = Qof aan gelitaan lahayn
admin-volunteers-title = Akoonnada saaxiibbada iyo dadka cusub
admin-volunteers-intro = Intee urur kasta: magacyadooda waxaa iska leh shaqaalaha ururkooda.
import-too-many-columns = Faylkani wuxuu leeyahay in ka badan { $columns } tiir: hay oo keliya tiirarka ku saabsan dadka, kadib mar kale isku day.
import-too-many-rows = Faylkani wuxuu leeyahay in ka badan { $rows } qof: u soo geli dhowr qaybood.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Dhageysi aan xukun lahayn
competence-intercultural = Xiriir dhaqammo kala duwan
competence-boundaries = Ku ekaanshaha doorka saaxiibka
competence-local_services = Aqoonta adeegyada deegaanka
competence-encouraging_autonomy = Dhiirigelinta is-tiirsanaanta
competence-reliability = Lagu kalsoonaan karo bilo badan
baseline-competence = Karti
baseline-competences-chart-title = Kalsoonida karti kasta bilowga, 1 (weli kalsooni ma leh) ilaa 5 (aad u kalsoon)
baseline-competences-moments-chart-title = Kalsoonida karti kasta is-qiimeyn kasta, 1 (weli kalsooni ma leh) ilaa 5 (aad u kalsoon)
buddy-assessment-title = Is-qiimeynada { $name }
buddy-assessment-intro = Inta saaxiibku ku kalsoon yahay karti kasta bilowga, badhtamaha iyo dhammaadka, ereyadiisa, cabbir 1 ilaa 5 ah.
buddy-assessment-competences = Kartida saaxiibnimada
home-buddy-self-assessments = Is-qiimeynada
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Kulamada usbuuc kasta
weekly-sessions-chart-title = Kulamada dhacay usbuuc kasta, { $weeks }-dii usbuuc ee ugu dambeeyay
weekly-sessions-week-of = Usbuuca { $date }
weekly-sessions-total = { $count ->
    [one] 1 kulan ayaa dhacay
   *[other] { $count } kulan ayaa dhacay
} usbuucyadan, { $hours } saacadood wadar ahaan
weekly-sessions-week = Usbuuca
weekly-sessions-count = Kulamada dhacay
weekly-sessions-hours = Saacadaha

# Step 10: the global evaluation.
evaluation-title = Qiimeynta barnaamijyada
evaluation-link = Qiimeyn: tirooyinka maal-galiyayaasha (bog, CSV, daabac)
evaluation-intro = Waxa Buddy System-ku gaaray, laga soo bilaabo xaqiiqooyinka lammaanayaasha iyo jawaabaha xubnahooda. Waxaa la tiriyaa oo keliya dadka oggolaanshahoodu qiimeynta uu shaqaynayo; magac iyo diiwaan shakhsi ah midna halkan kama muuqdo.
evaluation-suppression-note = Tiro ku saabsan in ka yar 5 qof ama lammaane weligeed lama muujiyo: waxay qoraysaa "in ka yar 5".
evaluation-suppressed = in ka yar 5
evaluation-scope = Tirooyinka
evaluation-scope-all = Ururrada oo dhan
evaluation-scope-mine = Wax kasta oo aan arki karo
evaluation-from = Lammaanayaal bilaabmay laga bilaabo
evaluation-to = Lammaanayaal bilaabmay ilaa
evaluation-cohort = Koox (sanad)
evaluation-cohort-hint = Sanadka lammaanuhu bilaabmay, tusaale 2025.
evaluation-gender = Jinsiga qofka cusub
evaluation-age = Da'da qofka cusub markii lammaanuhu bilaabmay
evaluation-region = Gobolka qofka cusubi ka yimid
evaluation-any = Mid kasta
evaluation-show = Muuji tirooyinka
evaluation-csv = Soo deji sida xaashi xisaabeed (CSV)
evaluation-xlsx = Soo deji sida buug xaashi (Excel, .xlsx)
evaluation-age-under_25 = Ka yar 25
evaluation-age-25_34 = 25 ilaa 34
evaluation-age-35_49 = 35 ilaa 49
evaluation-age-50_plus = 50 iyo ka badan
evaluation-region-mena = Bariga Dhexe iyo Waqooyiga Afrika
evaluation-region-sub_saharan_africa = Afrikada ka hooseysa Saxaraha
evaluation-region-central_south_asia = Bartamaha iyo Koonfurta Aasiya
evaluation-region-europe = Yurub
evaluation-region-americas = Ameerika
evaluation-region-other = Meel kale ama lama yaqaan
evaluation-pairs-title = Lammaanayaasha
evaluation-pairs-formed = Lammaanayaasha la sameeyay
evaluation-pairs-active = Weli socda
evaluation-pairs-completed = La dhammeeyay
evaluation-pairs-ended-early = Goor hore dhammaaday
evaluation-reasons-title = Lammaanayaasha goor hore dhammaaday, sababta
evaluation-reason = Sababta
evaluation-pairs = Lammaanayaasha
evaluation-figure = Tirada
evaluation-value = Qiimaha
evaluation-n-pairs = Laga tiriyay (lammaanayaal)
evaluation-n-people = Laga tiriyay (dad)
evaluation-outcomes-title = Sii joogitaanka, kulamada iyo hadafyada
evaluation-outcomes-note = Sii joogitaan: lammaanayaasha la dhammeeyay marka loo eego kuwa la xiray. Gaaridda hadafka: celceliska dhibcihii ugu dambeeyay ee hadaf kasta, −2 (aad uga yar wixii la filayay) ilaa +2 (aad uga badan).
evaluation-retention = Sii joogitaanka
evaluation-sessions-held = Kulamada dhacay
evaluation-sessions-hours = Saacadaha wada joogga
evaluation-goal-attainment = Gaaridda hadafka (−2 ilaa +2)
evaluation-areas-title = Isbeddelka qayb kasta oo is-dhexgalka ah
evaluation-areas-note = Dadka cusub ee buuxiyay is-qiimeynta koowaad iyo tan ugu dambaysa labadaba; dhibcaha 1 ilaa 5. Xadku waa xadka kalsoonida 95 % ee celceliska isbeddelka; cabbirka saamayntu waa Cohen's d_z.
evaluation-areas-chart = Celceliska isbeddelka qayb kasta iyo xadkiisa kalsoonida 95 %
evaluation-areas-none = Weli qof cusub ma laha is-qiimeyn koowaad iyo mid ugu dambaysa labadaba.
evaluation-baseline-mean = Bilowga
evaluation-final-mean = Dhammaadka
evaluation-mean-change = Isbeddel
evaluation-ci95 = Xadka 95 %
evaluation-effect-size = Cabbirka saamaynta
evaluation-interval = { $low } ilaa { $high }
evaluation-satisfaction-title = Qanacsanaanta
evaluation-satisfaction-chart = Celceliska qanacsanaanta 1 ilaa 5, su'aalaha la-socodka iyo liiska su'aalaha dhammaadka
evaluation-newcomers = Dadka cusub
evaluation-buddies = Saaxiibbada
evaluation-from-checkins = Su'aalaha la-socodka
evaluation-from-exit = Liiska su'aalaha dhammaadka
evaluation-recommend = Wuxuu kula talin lahaa saaxiib
evaluation-percent = { $value }%

# First run: how the first administrator is made
login-first-run = Weli akoon ma jiro. Server-ka ku samee maamulaha koowaad adigoo isticmaalaya: m4m user create --email you@example.org --name "Your name" (wuxuu weydiinayaa erayga sirta ah), kadib halkan ka gal.
# Account recovery: a forgotten password, changing one's password, deactivated accounts
login-forgot-link = Ma ilowday erayga sirta ah?
login-deactivated = Akoonkan waa la xiray. Isku-duwahaaga weydii inuu dib u furo.
forgot-title = Waxaad ilowday erayga sirta ah
forgot-intro = Qor cinwaanka iimaylka akoonkaaga. Haddii akoon isticmaalo, waxaan kuu soo diraynaa xiriir aad ku doorato eray sir ah oo cusub; xiriirku hal mar ayuu shaqeeyaa, muddo hal saacad ah.
forgot-submit = Dir xiriirka
forgot-sent = Haddii akoon isticmaalo cinwaankan, xiriir aad ku doorato eray sir ah oo cusub ayaa soo socda. Eeg sanduuqaaga iimaylka (iyo galka spam-ka); xiriirku wuxuu shaqeeyaa hal saacad.
forgot-throttled = Codsiyo aad u badan oo eray sir ah oo cusub. Saacad kadib isku day, ama weydii isku-duwahaaga.
forgot-mail-subject = Dooro eray sir ah oo cusub oo m4m ah
forgot-mail-body = Salaan { $name },

    Qof, malaha adiga, ayaa codsaday eray sir ah oo cusub akoonkaaga m4m.
    Ku dooro xiriirkan (wuxuu shaqeeyaa hal saacad, hal mar ayaa la isticmaali karaa):

    { $link }

    Haddii aadan codsan, iska dhaaf fariintan: erayga sirta ahi sidiisa ayuu ahaanayaa.
reset-title = Dooro eray sir ah oo cusub
reset-intro = Marka erayga sirta ah ee cusub la kaydiyo, gelitaannadaada kale way dhammaanayaan.
reset-password = Eray sir ah oo cusub (ugu yaraan 8 xaraf)
reset-password-again = Isla erayga sirta ah mar kale
reset-submit = Kaydi erayga sirta ah ee cusub
reset-gone = Xiriirkan wuu dhacay ama hore ayaa loo isticmaalay. Mid cusub ku codso "Ma ilowday erayga sirta ah?" ee bogga gelitaanka.
reset-done = Erayga sirta ah ee cusub waa la kaydiyay. Ku gal.
nav-password = Erayga sirta ah
password-title = Beddel erayga sirta ah
password-current = Erayga sirta ah ee hadda
password-current-wrong = Kani ma aha erayga sirta ah ee hadda.
password-submit = Beddel erayga sirta ah
password-changed = Erayga sirta ah waa la beddelay. Gelitaannadaada kale way dhammaadeen.
admin-user-access = Gelitaanka
admin-user-deactivate = Xir
admin-user-activate = Dib u fur
admin-user-deactivated = Akoonka waa la xiray: gelitaannadiisa way dhammaadeen, tokenadiisa API-na waa laga noqday. Xogtiisu way harsan tahay.
admin-user-activated = Akoonku mar kale waa firfircoon yahay: milkiilihiisu wuxuu ku galayaa erayga sirta ah. Tokenada API waa in mar kale la sameeyo.
admin-user-not-self = Ma xiri kartid akoonkaaga.

# Outbox delivery: attempts, retries, given-up messages
admin-outbox-sent = La diray { $when }.
admin-outbox-waiting = Waxay sugaysaa in la diro.
admin-outbox-retrying = Isku-daygii { $attempts } wuu fashilmay: { $error }. Isku-dayga xiga { $when }.
admin-outbox-given-up = Waa laga quustay kadib { $attempts } isku-day: { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = Dad { $first }–{ $last } ka mid ah { $total }
programme-pairs-pager = Lammaanayaal { $first }–{ $last } ka mid ah { $total }
programme-people-total = { $count ->
    [one] Hal qof
   *[other] { $count } qof
}
programme-filter-everyone = Saaxiibbada iyo dadka cusub
programme-filter-any-status = Xaalad kasta
programme-filter-any-step = Tallaabo kasta
programme-filter-any-language = Luqad kasta
programme-filter-language = Wuxuu ku hadlaa
programme-sort = Kala horreynta
programme-sort-step = Tallaabo ahaan
programme-sort-name = Magac ahaan
programme-sort-newest = Kuwa ugu cusub marka hore
programme-search = Raadi
programme-search-hint = Magac, iimayl ama telefoon, haddii aad rabto calaamado la'aan
programme-search-button = Muuji
programme-people-none = Qofna kuma habboona raadintan.

# The API's pages of people
error-api-limit = limit waa inuu ahaadaa tiro dhan oo 1 ilaa 1000 ah.
error-api-cursor = cursor waa inuu ahaadaa next_cursor-ka bogga ka horreeya.
error-api-text = U dir goobtan qoraal ahaan (JSON string), sida sharaxaadda API-gu sheegayso.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = Magacaaga
assess-intro-buddy = Dhowr su'aalood si loo ogaado halka aad maanta joogto. Jawaab sax ah ama khalad ah ma jirto. Qofkaaga cusubi ma arko jawaabahaaga.
error-language-choice = Dooro luqad.
import-host-level = Heerka luqadda dalkan
import-other-languages = Luqadaha kale
home-pending-session = Xaqiiji kulanka { $name } ee { $date }

# Spreadsheet imports: encodings, dates, formulas
import-cell-problem = Tiirka “{ $column }”: { $message }
import-cell-formula = unugan wuxuu hayaa qaacido (wuxuu ku bilaabmaa =, @, + ama -). Beddelkeeda qor qiimaheeda.
import-cell-bom = unugan wuxuu hayaa calaamad aan muuqan (byte-order mark): dhowr fayl ayaa la isku daray. Ka saar, ama faylka mar kale kaydi.
import-date-ambiguous = taariikhdan laba siyaabood ayaa loo akhrin karaa. U qor sanad-bil-maalin (2026-04-03).
import-workbook = Kani waa buug Excel oo duug ah (.xls). Fur oo u kaydi .xlsx ama CSV, kadib mar kale isku day.
import-workbook-unreadable = Faylkan looma akhrin karo buug Excel (.xlsx): waxa laga yaabaa inuu xumaaday, erey sir ah lagu ilaaliyay, ama uu yahay nooc kale (sida .ods ee LibreOffice). Fur oo u kaydi .xlsx ama CSV, kadib mar kale isku day.
import-workbook-too-large = Buuggan aad buu u weyn yahay marka la furo. Kaliya hay xaashida dadka, ama qaybo badan ku soo geli.
import-not-text = Faylkani ma aha xaashi xisaabeed oo qoraal ahaan loo kaydiyay: wuxuu hayaa bytes aan mid ka mid ah codeeyayaasha la bixiyay akhriyi karin. Ka kaydi xaashidaada xisaabeed sida CSV oo mar kale isku day.
import-encoding = Habka qoraalka faylka (encoding)
import-encoding-hint = Waxaa laga qiyaasay faylka. Haddii xarfaha ama calaamadaha magacyada hoose ay khaldan yihiin, dooro encoding kale oo sii wad.
import-encoding-failed = Faylka lagama akhrin karo encoding-ka la doortay: sidii hore loo akhriyay ayaa la hayaa.

## A programme's pairs, searched and paged
pairs-title = Lammaanayaasha { $programme }
pairs-back = Ku noqo barnaamijka
pairs-link = Lammaane kasta: raadin, lammaanayaasha xiran
pairs-search-hint = Magaca, iimaylka ama telefoonka qofka cusub ama saaxiibka
pairs-filter-any-status = Xaalad kasta
pairs-filter-open = Furan (aan la xirin ama la diidin)
pairs-filter-closed = Xiran
pairs-sort-oldest = Kuwa ugu da'da weyn marka hore
pairs-sort-newest = Kuwa ugu cusub marka hore
pairs-sort-newcomer = Magaca qofka cusub
pairs-total = { $count ->
    [0] Lammaane ma jiro
    [one] Hal lammaane
   *[other] { $count } lammaane
}
pairs-pager = Lammaanayaal { $first }–{ $last } ka mid ah { $total }
pairs-all = Lammaanayaasha oo dhan
pairs-none = Weli lammaane ma jiro.
pairs-none-found = Lammaane kuma habboona raadintan.
pairs-column-pair = Qof cusub ↔ saaxiib
pairs-column-status = Xaaladda
pairs-column-since = Laga bilaabo
pairs-column-sessions = Kulamada dhacay
pairs-sessions = { $count ->
    [0] Weli midna
    [one] Hal
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] Hal, { $date }
   *[other] { $count }, kii ugu dambeeyay { $date }
}

## A programme's peer sessions, by period
sessions-title = Kulamada lammaanayaasha { $programme }
sessions-link = Kulamada: muddo muddo, iyo saacadahooda
sessions-any-status = La qorsheeyay iyo dhacay
sessions-planned = La qorsheeyay
sessions-held = Dhacay
sessions-held-confirmed = Dhacay, la xaqiijiyay
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] Kulan ma jiro
    [one] Hal kulan
   *[other] { $count } kulan
}, { $hours ->
    [one] hal saacad
   *[other] { $hours } saacadood
} wadar ahaan
sessions-pager = Kulamo { $first }–{ $last } ka mid ah { $total }
sessions-from = Laga bilaabo
sessions-to = Ilaa (ay ku jirto)
sessions-recent = 30-kii maalmood ee ugu dambeeyay iyo waxa la qorsheeyay
sessions-none = Muddadan kulan ku habboon ma jiro.
sessions-column-when = Goorma
sessions-column-how = Sidee

## Liiska akoonnada shaqaalaha, maamulka
admin-users-search-hint = Magac ama iimayl
admin-users-any-role = Door kasta
admin-users-any-state = Kuwa firfircoon iyo kuwa la joojiyay
admin-users-active = Firfircoon
admin-users-inactive = La joojiyay
admin-users-total = { $count ->
    [0] Akoon shaqaale ma jiro
    [one] Hal akoon shaqaale
   *[other] { $count } akoon shaqaale
}
admin-users-pager = Akoonnada { $first }–{ $last } ee { $total }
admin-users-all = Dhammaan akoonnada shaqaalaha
admin-users-none = Akoon ku habboon raadintan ma jiro.

## Pairs and sessions as spreadsheets
pairs-export = Soo deji lammaanayaashan (xaashi xisaabeed, CSV)
pairs-export-xlsx = Soo deji lammaanayaashan (Excel, .xlsx)
sessions-export = Soo deji kulamadan (xaashi xisaabeed, CSV)
sessions-export-xlsx = Soo deji kulamadan (Excel, .xlsx)
export-pairs-column-pair = Lammaane
export-pairs-column-newcomer = Qof cusub
export-pairs-column-buddy = Saaxiib
export-pairs-column-status = Xaalad
export-pairs-column-proposed = La soo jeediyay
export-pairs-column-started = La bilaabay
export-pairs-column-closed = La xiray
export-pairs-column-sessions = Kulamada la qabtay
export-pairs-column-hours = Saacadaha la qabtay
export-pairs-column-last-session = Kulankii ugu dambeeyay
export-sessions-column-session = Kulan
export-sessions-column-date = Taariikh
export-sessions-column-time = Waqti
export-sessions-column-pair = Lammaane
export-sessions-column-newcomer = Qof cusub
export-sessions-column-buddy = Saaxiib
export-sessions-column-minutes = Daqiiqado
export-sessions-column-hours = Saacado
export-sessions-column-mode = Sidee
export-sessions-column-status = Xaalad
export-sessions-column-confirmed = La xaqiijiyay
export-progress-column-course = Koorso
export-progress-column-learner = Arday
export-progress-column-cohort = Koox
export-progress-column-enrolled = La diiwaangeliyay
export-progress-column-done = Qaybaha qasabka ah ee la dhammeeyay
export-progress-column-total = Qaybaha qasabka ah
export-progress-column-completed = La dhammeeyay
export-figures-column-figure = Tilmaame
export-figures-column-key = Ku saabsan
export-figures-column-n = Ka mid ah
export-figures-column-value = Qiime
export-figures-column-suppressed = La qariyay (koox yar)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Magac, qof la xiriira, iimayl ama telefoon
stakeholders-any-kind = Nooc kasta
stakeholders-total = { $count ->
    [0] Daneeye ma jiro
    [one] Hal daneeye
   *[other] { $count } daneeye
}
stakeholders-pager = Daneeyayaasha { $first }–{ $last } ee { $total }
stakeholders-all = Dhammaan daneeyayaasha
stakeholders-none-found = Daneeye ku habboon raadintan ma jiro.
