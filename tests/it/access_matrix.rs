//! Who may do what, route by route: every route of the router, asked by
//! every demo role about an object of their own, one of their
//! organisation and one of the other organisation, with the answer written
//! out in one table. A refusal must leak no name and change nothing.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::Row;

use crate::support::{Client, Page, TestApp, one};

/// The demo roles, in the order of the table's columns.
const ROLES: [(&str, Option<&str>); 11] = [
    ("anon", None),
    ("admin", Some("admin@example.org")),
    ("coFR", Some("coordinator.fr@example.org")),
    ("coGR", Some("coordinator.gr@example.org")),
    ("supFR", Some("supervisor.fr@example.org")),
    ("trFR", Some("trainer.fr@example.org")),
    ("b1", Some("buddy1.fr@example.org")),
    ("b2", Some("buddy2.fr@example.org")),
    ("n1", Some("newcomer1.fr@example.org")),
    ("n2", Some("newcomer2.fr@example.org")),
    ("eval", Some("evaluator@example.org")),
];

/// Every route and method, with the answer each role gets. One line per
/// route and object: the method, the route as the router declares it, the
/// path asked (`{name}` stands for a demo object, see [`Objects`]; after
/// `|`, the form sent with a valid CSRF token), then one answer per role:
///
/// - `200`, `303` (not to the log-in form), `400`, `409`, `410`, `422`: the
///   request passed the permission check (forms are sent empty or invalid,
///   so most allowed ones answer with what to fix);
/// - `L`: 303 to the log-in form (`401` from the JSON API); `403`:
///   visible, not allowed; `404`: not visible (or missing for everyone).
///
/// Columns: anonymous, administrator, the French and Greek coordinators,
/// the French supervisor and trainer, buddy1 and buddy2, newcomer1 and
/// newcomer2 (the README's demo accounts), the evaluator (installation-wide,
/// aggregates only). Each role's column runs on its
/// own fresh server, top to bottom: a line may change what a later line
/// sees (a deleted session stays deleted).
///
/// Objects: `amal` is newcomer1's record (the pair of buddy1, followed by
/// the supervisor), `karim` buddy1's, `yonas` and `fatima` French
/// newcomers without account, `rami` a Greek newcomer; `stFR`/`stGR`
/// stakeholders; `pair1` is buddy1 with newcomer1, `pair2` buddy2 with
/// newcomer2, `pairGR` a Greek pair, `pairGRnew` a Greek pair still
/// setting up, `pairDone` a Lille pair of last year, closed; `s1`/`s2`/`sGR` their planned sessions, `h1`/`h2` held ones
/// that wait for confirmation (logged by newcomer1 and buddy2).
/// `courseFR`/`courseGR`, `moduleFR`/`moduleGR` and `fileFR`/`fileGR` are
/// courses, modules and files of each organisation; `certKarim` is
/// buddy1's completed course, `certClaire` the French coordinator's;
/// `respAmal` newcomer1's completed self-assessment. `cUrgent` is the
/// urgent concern newcomer1 raised about herself, `cPair2` the closed one
/// buddy2 raised about pair2 (newcomer2 must not see it), `cGR` a Greek
/// one. `supGroup` is the supervisor's group supervision of buddy1 and
/// buddy2, `actKarim` buddy1's open action from it, `supKarim` buddy1's
/// one-to-one supervision. `goalAmal` is a goal of pair1.
const MATRIX: &str = r"
# method route                                     path                                                            anon  admin coFR  coGR  supFR trFR  b1    b2    n1    n2    eval
GET  /                                           /                                                               200   303   303   303   303   303   303   303   303   303   303
GET  /home                                       /home                                                           L     200   200   200   200   200   200   200   200   200   200
GET  /login                                      /login                                                          200   303   303   303   303   303   303   303   303   303   303
POST /login                                      /login                                                          401   401   401   401   401   401   401   401   401   401   401
GET  /login/forgot                               /login/forgot                                                   200   200   200   200   200   200   200   200   200   200   200
POST /login/forgot                               /login/forgot                                                   422   422   422   422   422   422   422   422   422   422   422
GET  /login/reset/{token}                        /login/reset/{token}                                            404   404   404   404   404   404   404   404   404   404   404
POST /login/reset/{token}                        /login/reset/{token}                                            404   404   404   404   404   404   404   404   404   404   404
POST /language                                   /language|lang=xx                                               400   400   400   400   400   400   400   400   400   400   400
GET  /programmes/new                             /programmes/new                                                 L     403   200   200   403   403   403   403   403   403   403
POST /programmes/new                             /programmes/new                                                 L     403   422   422   403   403   403   403   403   403   403
GET  /programmes/{id}                            /programmes/{p1}                                                L     200   200   404   200   200   200   200   200   200   404
GET  /programmes/{id}                            /programmes/{p2}                                                L     200   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/edit                       /programmes/{p1}/edit                                           L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/edit                       /programmes/{p2}/edit                                           L     403   404   200   404   404   404   404   404   404   404
POST /programmes/{id}/edit                       /programmes/{p1}/edit                                           L     403   422   404   403   403   403   403   403   403   404
POST /programmes/{id}/edit                       /programmes/{p2}/edit                                           L     403   404   422   404   404   404   404   404   404   404
GET  /invitations/new                            /invitations/new                                                L     200   200   200   403   403   403   403   403   403   403
POST /invitations/new                            /invitations/new                                                L     422   422   422   403   403   403   403   403   403   403
GET  /invitations/{token}                        /invitations/{token}                                            404   404   404   404   404   404   404   404   404   404   404
POST /invitations/{token}                        /invitations/{token}                                            404   404   404   404   404   404   404   404   404   404   404
GET  /join/{id}                                  /join/{p1}                                                      200   200   200   200   200   200   200   200   200   200   200
GET  /join/{id}/{kind}                           /join/{p1}/mentee                                               200   200   200   200   200   200   200   200   200   200   200
POST /join/{id}/{kind}                           /join/{p1}/mentee                                               422   422   422   422   422   422   422   422   422   422   422
GET  /programmes/{id}/register/{kind}            /programmes/{p1}/register/mentee                                L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/register/{kind}            /programmes/{p2}/register/mentee                                L     403   404   200   404   404   404   404   404   404   404
POST /programmes/{id}/register/{kind}            /programmes/{p1}/register/mentee                                L     403   422   404   403   403   403   403   403   403   404
POST /programmes/{id}/register/{kind}            /programmes/{p2}/register/mentee                                L     403   404   422   404   404   404   404   404   404   404
GET  /people/{id}                                /people/{amal}                                                  L     404   200   404   404   404   403   404   403   404   404
GET  /people/{id}                                /people/{yonas}                                                 L     404   200   404   404   404   404   404   404   404   404
GET  /people/{id}                                /people/{rami}                                                  L     404   404   200   404   404   404   404   404   404   404
GET  /people/{id}/edit                           /people/{amal}/edit                                             L     404   200   404   404   404   403   404   403   404   404
GET  /people/{id}/edit                           /people/{rami}/edit                                             L     404   404   200   404   404   404   404   404   404   404
POST /people/{id}/edit                           /people/{amal}/edit                                             L     404   422   404   404   404   403   404   403   404   404
POST /people/{id}/edit                           /people/{rami}/edit                                             L     404   404   422   404   404   404   404   404   404   404
POST /people/{id}/status                         /people/{amal}/status                                           L     404   422   404   404   404   403   404   403   404   404
POST /people/{id}/status                         /people/{yonas}/status                                          L     404   422   404   404   404   404   404   404   404   404
POST /people/{id}/status                         /people/{rami}/status                                           L     404   404   422   404   404   404   404   404   404   404
POST /people/{id}/notes                          /people/{amal}/notes                                            L     404   303   404   404   404   403   404   403   404   404
POST /people/{id}/notes                          /people/{yonas}/notes                                           L     404   303   404   404   404   404   404   404   404   404
POST /people/{id}/notes                          /people/{rami}/notes                                            L     404   404   303   404   404   404   404   404   404   404
POST /people/{id}/follow-up                      /people/{karim}/follow-up                                       L     404   422   404   403   404   403   404   403   404   404
POST /people/{id}/follow-up                      /people/{amal}/follow-up                                        L     404   404   404   404   404   403   404   403   404   404
POST /people/{id}/invite                         /people/{amal}/invite                                           L     404   409   404   404   404   403   404   403   404   404
POST /people/{id}/invite                         /people/{rami}/invite                                           L     404   404   200   404   404   404   404   404   404   404
POST /people/merge                               /people/merge|keep={yonas}&other={rami}&programme={p1}          L     404   404   404   404   404   404   404   404   404   404
POST /people/keep-apart                          /people/keep-apart|keep={yonas}&other={rami}&programme={p1}     L     404   404   404   404   404   404   404   404   404   404
POST /people/{id}/invite                         /people/{yonas}/invite                                          L     404   200   404   404   404   404   404   404   404   404
POST /people/keep-apart                          /people/keep-apart|keep={yonas}&other={fatima}&programme={p1}   L     404   303   404   404   404   404   404   404   404   404
POST /people/merge                               /people/merge|keep={yonas}&other={fatima}&programme={p1}        L     404   303   404   404   404   404   404   404   404   404
GET  /programmes/{id}/duplicates                 /programmes/{p1}/duplicates                                     L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/duplicates                 /programmes/{p2}/duplicates                                     L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/people.csv                 /programmes/{p1}/people.csv                                     L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/people.xlsx                /programmes/{p1}/people.xlsx                                    L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/people.csv                 /programmes/{p2}/people.csv                                     L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/people.xlsx                /programmes/{p2}/people.xlsx                                    L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/pairs                      /programmes/{p1}/pairs                                          L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/pairs                      /programmes/{p2}/pairs                                          L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/sessions                   /programmes/{p1}/sessions                                       L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/sessions                   /programmes/{p2}/sessions                                       L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/pairs.csv                  /programmes/{p1}/pairs.csv                                      L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/pairs.xlsx                 /programmes/{p1}/pairs.xlsx                                     L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/pairs.csv                  /programmes/{p2}/pairs.csv                                      L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/pairs.xlsx                 /programmes/{p2}/pairs.xlsx                                     L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/sessions.csv               /programmes/{p1}/sessions.csv                                   L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/sessions.xlsx              /programmes/{p1}/sessions.xlsx                                  L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/sessions.csv               /programmes/{p2}/sessions.csv                                   L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/sessions.xlsx              /programmes/{p2}/sessions.xlsx                                  L     403   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/import                     /programmes/{p1}/import                                         L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/import                     /programmes/{p2}/import                                         L     403   404   200   404   404   404   404   404   404   404
POST /programmes/{id}/import                     /programmes/{p1}/import|multipart                               L     403   422   404   403   403   403   403   403   403   404
POST /programmes/{id}/import                     /programmes/{p2}/import|multipart                               L     403   404   422   404   404   404   404   404   404   404
POST /programmes/{id}/import/preview             /programmes/{p1}/import/preview                                 L     403   400   404   403   403   403   403   403   403   404
POST /programmes/{id}/import/preview             /programmes/{p2}/import/preview                                 L     403   404   400   404   404   404   404   404   404   404
POST /programmes/{id}/import/commit              /programmes/{p1}/import/commit                                  L     403   400   404   403   403   403   403   403   403   404
POST /programmes/{id}/import/commit              /programmes/{p2}/import/commit                                  L     403   404   400   404   404   404   404   404   404   404
GET  /assessment                                 /assessment                                                     L     404   404   404   404   404   303   303   303   303   404
GET  /assessment/{id}/review                     /assessment/{respAmal}/review                                   L     404   404   404   404   404   404   404   303   404   404
POST /assessment/{id}/complete                   /assessment/{respAmal}/complete                                 L     404   404   404   404   404   404   404   303   404   404
GET  /assessment/{id}/done                       /assessment/{respAmal}/done                                     L     404   404   404   404   404   404   404   200   404   404
GET  /assessment/{id}/{n}                        /assessment/{respAmal}/1                                        L     404   404   404   404   404   404   404   303   404   404
POST /assessment/{id}/{n}                        /assessment/{respAmal}/1                                        L     404   404   404   404   404   404   404   409   404   404
GET  /people/{id}/questionnaires/{kind}          /people/{amal}/questionnaires/newcomer_intake                   L     404   200   404   404   404   403   404   403   404   404
GET  /people/{id}/questionnaires/{kind}          /people/{rami}/questionnaires/newcomer_intake                   L     404   404   200   404   404   404   404   404   404   404
POST /people/{id}/questionnaires/{kind}          /people/{amal}/questionnaires/newcomer_intake                   L     404   422   404   404   404   403   404   403   404   404
POST /people/{id}/questionnaires/{kind}          /people/{rami}/questionnaires/newcomer_intake                   L     404   404   422   404   404   404   404   404   404   404
GET  /questionnaires                             /questionnaires                                                 L     403   200   200   403   403   403   403   403   403   403
GET  /questionnaires/{kind}                      /questionnaires/newcomer_intake                                 L     403   200   200   403   403   403   403   403   403   403
POST /questionnaires/{kind}                      /questionnaires/newcomer_intake                                 L     403   422   422   403   403   403   403   403   403   403
GET  /stakeholders                               /stakeholders                                                   L     403   200   200   403   403   403   403   403   403   403
POST /stakeholders                               /stakeholders                                                   L     403   422   422   403   403   403   403   403   403   403
GET  /stakeholders/{id}                          /stakeholders/{stFR}                                            L     404   200   404   404   404   404   404   404   404   404
GET  /stakeholders/{id}                          /stakeholders/{stGR}                                            L     404   404   200   404   404   404   404   404   404   404
POST /stakeholders/{id}                          /stakeholders/{stFR}                                            L     404   422   404   404   404   404   404   404   404   404
POST /stakeholders/{id}                          /stakeholders/{stGR}                                            L     404   404   422   404   404   404   404   404   404   404
GET  /outreach                                   /outreach                                                       L     403   200   200   403   403   403   403   403   403   403
POST /outreach                                   /outreach                                                       L     403   422   422   403   403   403   403   403   403   403
GET  /stakeholders.csv                           /stakeholders.csv                                               L     403   200   200   403   403   403   403   403   403   403
GET  /outreach.csv                               /outreach.csv                                                   L     403   200   200   403   403   403   403   403   403   403
GET  /admin/organisations                        /admin/organisations                                            L     200   403   403   403   403   403   403   403   403   403
POST /admin/organisations                        /admin/organisations                                            L     422   403   403   403   403   403   403   403   403   403
POST /admin/organisations/{id}/time-zone         /admin/organisations/{orgFR}/time-zone|time_zone=Nowhere/Nothing L     422   403   403   403   403   403   403   403   403   403
POST /admin/organisations/{id}/time-zone         /admin/organisations/{orgGR}/time-zone|time_zone=Nowhere/Nothing L     422   403   403   403   403   403   403   403   403   403
GET  /admin/users                                /admin/users                                                    L     200   403   403   403   403   403   403   403   403   403
POST /admin/users/{id}/deactivate                /admin/users/999999/deactivate                                  L     404   403   403   403   403   403   403   403   403   403
POST /admin/users/{id}/activate                  /admin/users/999999/activate                                    L     404   403   403   403   403   403   403   403   403   403
GET  /admin/outbox                               /admin/outbox                                                   L     200   403   403   403   403   403   403   403   403   403
GET  /api/v1/me                                  /api/v1/me                                                      401   200   200   200   200   200   200   200   200   200   200
GET  /api/v1/programmes                          /api/v1/programmes                                              401   200   200   200   200   200   200   200   200   200   200
GET  /api/v1/programmes/{id}                     /api/v1/programmes/{p1}                                         401   200   200   404   200   200   200   200   200   200   404
GET  /api/v1/programmes/{id}                     /api/v1/programmes/{p2}                                         401   200   404   200   404   404   404   404   404   404   404
GET  /programmes/{id}/matching                   /programmes/{p1}/matching                                       L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/matching                   /programmes/{p2}/matching                                       L     403   404   200   404   404   404   404   404   404   404
POST /programmes/{id}/matching/mark              /programmes/{p1}/matching/mark                                  L     403   400   404   403   403   403   403   403   403   404
POST /programmes/{id}/matching/mark              /programmes/{p2}/matching/mark                                  L     403   404   400   404   404   404   404   404   404   404
POST /programmes/{id}/matching/weights           /programmes/{p1}/matching/weights                               L     403   400   404   403   403   403   403   403   403   404
POST /programmes/{id}/matching/weights           /programmes/{p2}/matching/weights                               L     403   404   400   404   404   404   404   404   404   404
POST /programmes/{id}/matching/confirm           /programmes/{p1}/matching/confirm                               L     403   400   404   403   403   403   403   403   403   404
POST /programmes/{id}/matching/confirm           /programmes/{p2}/matching/confirm                               L     403   404   400   404   404   404   404   404   404   404
GET  /pairs/{id}/proposal                        /pairs/{pair1}/proposal                                         L     404   404   404   404   404   200   404   200   404   404
GET  /pairs/{id}/proposal                        /pairs/{pairGRnew}/proposal                                     L     404   404   404   404   404   404   404   404   404   404
POST /pairs/{id}/answer                          /pairs/{pair1}/answer                                           L     404   404   404   404   404   400   404   400   404   404
POST /pairs/{id}/answer                          /pairs/{pairGRnew}/answer                                       L     404   404   404   404   404   404   404   404   404   404
GET  /pairs/{id}/setup                           /pairs/{pair1}/setup                                            L     404   200   404   404   404   404   404   404   404   404
GET  /pairs/{id}/setup                           /pairs/{pairGRnew}/setup                                        L     404   404   200   404   404   404   404   404   404   404
POST /pairs/{id}/meeting                         /pairs/{pair1}/meeting                                          L     404   422   404   404   404   404   404   404   404   404
POST /pairs/{id}/meeting                         /pairs/{pairGRnew}/meeting                                      L     404   404   422   404   404   404   404   404   404   404
POST /pairs/{id}/held                            /pairs/{pair1}/held                                             L     404   422   404   404   404   404   404   404   404   404
POST /pairs/{id}/held                            /pairs/{pairGRnew}/held                                         L     404   404   422   404   404   404   404   404   404   404
GET  /pairs/{id}/agreement                       /pairs/{pair1}/agreement                                        L     404   404   404   404   404   200   404   200   404   404
GET  /pairs/{id}/agreement                       /pairs/{pairGRnew}/agreement                                    L     404   404   404   404   404   404   404   404   404   404
POST /pairs/{id}/agreement                       /pairs/{pair1}/agreement                                        L     404   422   404   404   404   404   404   404   404   404
POST /pairs/{id}/agreement                       /pairs/{pairGRnew}/agreement                                    L     404   404   422   404   404   404   404   404   404   404
POST /pairs/{id}/sign                            /pairs/{pair1}/sign                                             L     404   422   404   404   404   409   404   409   404   404
POST /pairs/{id}/sign                            /pairs/{pairGRnew}/sign                                         L     404   404   422   404   404   404   404   404   404   404
GET  /pairs/{id}                                 /pairs/{pair1}                                                  L     404   200   404   200   404   200   404   200   404   404
GET  /pairs/{id}                                 /pairs/{pair2}                                                  L     404   200   404   200   404   404   200   404   200   404
GET  /pairs/{id}                                 /pairs/{pairGR}                                                 L     404   404   200   404   404   404   404   404   404   404
GET  /pairs/{id}/sessions/new                    /pairs/{pair1}/sessions/new                                     L     404   200   404   403   404   200   404   200   404   404
GET  /pairs/{id}/sessions/new                    /pairs/{pair2}/sessions/new                                     L     404   200   404   403   404   404   200   404   200   404
GET  /pairs/{id}/sessions/new                    /pairs/{pairGR}/sessions/new                                    L     404   404   200   404   404   404   404   404   404   404
POST /pairs/{id}/sessions                        /pairs/{pair1}/sessions                                         L     404   422   404   403   404   422   404   422   404   404
POST /pairs/{id}/sessions                        /pairs/{pair2}/sessions                                         L     404   422   404   403   404   404   422   404   422   404
POST /pairs/{id}/sessions                        /pairs/{pairGR}/sessions                                        L     404   404   422   404   404   404   404   404   404   404
GET  /pairs/{id}/sessions/{session}/edit         /pairs/{pair1}/sessions/{s1}/edit                               L     404   200   404   403   404   200   404   200   404   404
GET  /pairs/{id}/sessions/{session}/edit         /pairs/{pair2}/sessions/{s2}/edit                               L     404   200   404   403   404   404   200   404   200   404
GET  /pairs/{id}/sessions/{session}/edit         /pairs/{pairGR}/sessions/{sGR}/edit                             L     404   404   200   404   404   404   404   404   404   404
GET  /pairs/{id}/sessions/{session}/edit         /pairs/{pair1}/sessions/{s2}/edit                               L     404   404   404   403   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}              /pairs/{pair1}/sessions/{s1}                                    L     404   422   404   403   404   422   404   422   404   404
POST /pairs/{id}/sessions/{session}              /pairs/{pair2}/sessions/{s2}                                    L     404   422   404   403   404   404   422   404   422   404
POST /pairs/{id}/sessions/{session}              /pairs/{pairGR}/sessions/{sGR}                                  L     404   404   422   404   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}              /pairs/{pair1}/sessions/{s2}                                    L     404   404   404   403   404   404   404   404   404   404
GET  /pairs/{id}/sessions/new                    /pairs/{pair1}/sessions/new?from={sGR}                          L     404   404   404   403   404   404   404   404   404   404
POST /pairs/{id}/sessions                        /pairs/{pair1}/sessions|from={sGR}                              L     404   404   404   403   404   404   404   404   404   404
GET  /pairs/{id}/sessions/{session}/edit         /pairs/{pairGR}/sessions/{s1}/edit                              L     404   404   404   404   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}              /pairs/{pairGR}/sessions/{s1}                                   L     404   404   404   404   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}/confirm      /pairs/{pairGR}/sessions/{h1}/confirm                           L     404   404   404   404   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}/delete       /pairs/{pairGR}/sessions/{s1}/delete                            L     404   404   404   404   404   404   404   404   404   404
POST /training/{id}/enrol                        /training/{courseGR}/enrol|participant={karim}                  L     404   404   400   404   404   404   404   404   404   404
POST /training/modules/{id}/texts                /training/modules/{moduleGR}/texts|language=fr&title=Smuggled&body=x L     404   404   303   404   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}/confirm      /pairs/{pair1}/sessions/{h1}/confirm                            L     404   403   404   403   404   303   404   409   404   404
POST /pairs/{id}/sessions/{session}/confirm      /pairs/{pair2}/sessions/{h2}/confirm                            L     404   403   404   403   404   404   409   404   303   404
POST /pairs/{id}/sessions/{session}/confirm      /pairs/{pairGR}/sessions/{sGR}/confirm                          L     404   404   403   404   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}/confirm      /pairs/{pair1}/sessions/{h2}/confirm                            L     404   404   404   403   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}/delete       /pairs/{pair1}/sessions/{s2}/delete                             L     404   404   404   403   404   404   404   404   404   404
POST /pairs/{id}/sessions/{session}/delete       /pairs/{pair1}/sessions/{s1}/delete                             L     404   303   404   403   404   303   404   303   404   404
POST /pairs/{id}/sessions/{session}/delete       /pairs/{pair2}/sessions/{s2}/delete                             L     404   303   404   403   404   404   303   404   303   404
POST /pairs/{id}/sessions/{session}/delete       /pairs/{pairGR}/sessions/{sGR}/delete                           L     404   404   303   404   404   404   404   404   404   404
GET  /calendar                                   /calendar                                                       L     200   200   200   200   200   200   200   200   200   200
POST /calendar/renew                             /calendar/renew                                                 L     200   200   200   200   200   200   200   200   200   200
POST /calendar/revoke                            /calendar/revoke                                                L     303   303   303   303   303   303   303   303   303   303
GET  /calendar/download.ics                      /calendar/download.ics                                          L     200   200   200   200   200   200   200   200   200   200
GET  /calendar/{file}                            /calendar/{feed}                                                404   404   404   404   404   404   404   404   404   404   404
GET  /pairs/{id}/goals                           /pairs/{pair1}/goals                                            L     404   200   404   200   404   200   404   200   404   404
GET  /pairs/{id}/goals                           /pairs/{pairGR}/goals                                           L     404   404   200   404   404   404   404   404   404   404
POST /goals/{id}/progress                        /goals/{goalAmal}/progress                                      L     404   422   404   403   404   422   404   422   404   404
GET  /pairs/{id}/checkin                         /pairs/{pair1}/checkin                                          L     404   403   404   403   404   200   404   200   404   404
POST /pairs/{id}/checkin                         /pairs/{pair1}/checkin                                          L     404   403   404   403   404   422   404   409   404   404
GET  /pairs/{id}/contacts                        /pairs/{pair1}/contacts                                         L     404   200   404   403   404   403   404   403   404   404
POST /pairs/{id}/contacts                        /pairs/{pair1}/contacts                                         L     404   422   404   403   404   403   404   403   404   404
POST /pairs/{id}/contacts                        /pairs/{pairGR}/contacts                                        L     404   404   422   404   404   404   404   404   404   404
GET  /pairs/{id}/close                           /pairs/{pair1}/close                                            L     404   200   404   403   404   403   404   403   404   404
POST /pairs/{id}/close                           /pairs/{pair1}/close                                            L     404   422   404   403   404   403   404   403   404   404
GET  /pairs/{id}/close                           /pairs/{pairGR}/close                                           L     404   404   200   404   404   404   404   404   404   404
GET  /pairs/{id}/close                           /pairs/{pairDone}/close                                         L     404   303   404   404   404   404   404   404   404   404
POST /pairs/{id}/close                           /pairs/{pairDone}/close                                         L     404   409   404   404   404   404   404   404   404   404
GET  /pairs/{id}/exit                            /pairs/{pair1}/exit                                             L     404   403   404   403   404   404   404   404   404   404
POST /pairs/{id}/exit                            /pairs/{pair1}/exit                                             L     404   403   404   403   404   404   404   404   404   404
GET  /pairs/{id}/exit                            /pairs/{pairDone}/exit                                          L     404   403   404   404   404   404   404   404   404   404
POST /pairs/{id}/exit                            /pairs/{pairDone}/exit                                          L     404   403   404   404   404   404   404   404   404   404
GET  /me/become-buddy                            /me/become-buddy                                                L     404   404   404   404   404   404   404   404   404   404
POST /me/become-buddy                            /me/become-buddy                                                L     404   404   404   404   404   404   404   404   404   404
GET  /attention                                  /attention                                                      L     403   200   200   403   403   403   403   403   403   403
GET  /supervisions/new                           /supervisions/new                                               L     403   200   200   200   403   403   403   403   403   403
GET  /supervisions/new                           /supervisions/new?buddy={karim}                                 L     404   200   404   200   404   403   404   403   404   404
POST /supervisions/new                           /supervisions/new                                               L     403   422   422   422   403   403   403   403   403   403
POST /supervisions/new                           /supervisions/new|buddy={karim}                                 L     404   422   404   422   404   403   404   403   404   404
GET  /supervisions/{id}                          /supervisions/{supGroup}                                        L     404   200   404   200   404   200   200   404   404   404
GET  /supervisions/{id}                          /supervisions/{supKarim}                                        L     404   200   404   200   404   200   404   404   404   404
POST /supervisions/{id}/actions                  /supervisions/{supGroup}/actions                                L     404   422   404   422   404   403   403   404   404   404
POST /supervisions/{id}/actions/{action}/done    /supervisions/{supGroup}/actions/{actKarim}/done                L     404   303   404   303   404   303   404   404   404   404
GET  /buddies/{id}/self-assessment               /buddies/{karim}/self-assessment                                L     404   200   404   200   404   200   404   403   404   404
GET  /buddies/{id}/self-assessment               /buddies/{amal}/self-assessment                                 L     404   404   404   404   404   403   404   404   404   404
GET  /concerns/new                               /concerns/new                                                   L     404   404   404   404   404   200   200   200   200   404
GET  /concerns/new                               /concerns/new?pair={pair1}                                      L     404   200   404   200   404   200   404   200   404   404
GET  /concerns/new                               /concerns/new?pair={pairGR}                                     L     404   404   200   404   404   404   404   404   404   404
GET  /concerns/new                               /concerns/new?person={amal}                                     L     404   200   404   404   404   200   404   200   404   404
POST /concerns/new                               /concerns/new                                                   L     404   404   404   404   404   422   422   422   422   404
POST /concerns/new                               /concerns/new|pair={pair1}                                      L     404   422   404   422   404   422   404   422   404   404
POST /concerns/new                               /concerns/new|person={rami}                                     L     404   404   422   404   404   404   404   404   404   404
GET  /concerns/{id}                              /concerns/{cUrgent}                                             L     404   200   404   404   404   404   404   200   404   404
GET  /concerns/{id}                              /concerns/{cPair2}                                              L     404   200   404   404   404   404   200   404   404   404
GET  /concerns/{id}                              /concerns/{cGR}                                                 L     404   404   200   404   404   404   404   404   404   404
POST /concerns/{id}/move                         /concerns/{cUrgent}/move                                        L     404   422   404   404   404   404   404   403   404   404
POST /concerns/{id}/move                         /concerns/{cGR}/move                                            L     404   404   422   404   404   404   404   404   404   404
GET  /programmes/{id}/concerns                   /programmes/{p1}/concerns                                       L     403   200   404   403   403   403   403   403   403   404
GET  /programmes/{id}/concerns                   /programmes/{p2}/concerns                                       L     403   404   200   404   404   404   404   404   404   404
GET  /training                                   /training                                                       L     403   200   200   403   200   403   403   403   403   403
POST /training                                   /training                                                       L     403   422   422   403   422   403   403   403   403   403
GET  /training/{id}                              /training/{courseFR}                                            L     404   200   404   404   200   404   404   404   404   404
GET  /training/{id}/progress.xlsx                /training/{courseFR}/progress.xlsx                              L     404   200   404   404   200   404   404   404   404   404
GET  /training/{id}                              /training/{courseGR}                                            L     404   404   200   404   404   404   404   404   404   404
GET  /training/{id}/progress.xlsx                /training/{courseGR}/progress.xlsx                              L     404   404   200   404   404   404   404   404   404   404
POST /training/{id}/modules                      /training/{courseFR}/modules                                    L     404   422   404   404   422   404   404   404   404   404
POST /training/{id}/modules                      /training/{courseGR}/modules                                    L     404   404   422   404   404   404   404   404   404   404
POST /training/{id}/enrol                        /training/{courseFR}/enrol                                      L     404   303   404   404   303   404   404   404   404   404
POST /training/{id}/enrol                        /training/{courseGR}/enrol                                      L     404   404   303   404   404   404   404   404   404   404
GET  /training/modules/{id}                      /training/modules/{moduleFR}                                    L     404   200   404   404   200   404   404   404   404   404
GET  /training/modules/{id}                      /training/modules/{moduleGR}                                    L     404   404   200   404   404   404   404   404   404   404
POST /training/modules/{id}                      /training/modules/{moduleFR}                                    L     404   303   404   404   303   404   404   404   404   404
POST /training/modules/{id}                      /training/modules/{moduleGR}                                    L     404   404   303   404   404   404   404   404   404   404
GET  /learn                                      /learn                                                          L     200   200   200   200   200   200   200   200   200   200
GET  /learn/modules/{id}                         /learn/modules/{moduleFR}                                       L     404   404   404   404   404   200   200   404   404   404
GET  /learn/modules/{id}                         /learn/modules/{moduleGR}                                       L     404   404   404   404   404   404   404   404   404   404
POST /learn/modules/{id}                         /learn/modules/{moduleFR}                                       L     404   404   404   404   404   303   303   404   404   404
POST /learn/modules/{id}                         /learn/modules/{moduleGR}                                       L     404   404   404   404   404   404   404   404   404   404
GET  /certificates/{id}                          /certificates/{certKarim}                                       L     404   200   404   404   200   200   404   404   404   404
GET  /certificates/{id}                          /certificates/{certClaire}                                      L     404   200   404   404   200   404   404   404   404   404
POST /training/modules/{id}/files                /training/modules/{moduleFR}/files|multipart                    L     404   422   404   404   422   404   404   404   404   404
POST /training/modules/{id}/files                /training/modules/{moduleGR}/files|multipart                    L     404   404   422   404   404   404   404   404   404   404
POST /training/modules/{id}/texts                /training/modules/{moduleFR}/texts                              L     404   422   404   404   422   404   404   404   404   404
POST /training/modules/{id}/texts                /training/modules/{moduleGR}/texts                              L     404   404   422   404   404   404   404   404   404   404
GET  /training/files/{id}                        /training/files/{fileFR}                                        L     404   200   404   404   200   200   200   404   404   404
GET  /training/files/{id}                        /training/files/{fileGR}                                        L     404   404   200   404   404   404   404   404   404   404
POST /training/files/{id}/remove                 /training/files/{fileGR}/remove                                 L     404   404   303   404   404   404   404   404   404   404
POST /training/files/{id}/remove                 /training/files/{fileFR}/remove                                 L     404   303   404   404   303   404   404   404   404   404
GET  /people/{id}/access                         /people/{amal}/access                                           L     404   200   404   404   404   403   404   403   404   404
GET  /people/{id}/access                         /people/{karim}/access                                          L     404   200   404   200   404   403   404   403   404   404
GET  /people/{id}/access                         /people/{rami}/access                                           L     404   404   200   404   404   404   404   404   404   404
GET  /people/{id}/export                         /people/{amal}/export                                           L     404   200   404   404   404   403   404   200   404   404
GET  /people/{id}/export                         /people/{yonas}/export                                          L     404   200   404   404   404   404   404   404   404   404
GET  /people/{id}/export                         /people/{rami}/export                                           L     404   404   200   404   404   404   404   404   404   404
GET  /people/{id}/export.json                    /people/{amal}/export.json                                      L     404   200   404   404   404   403   404   200   404   404
GET  /people/{id}/export.json                    /people/{rami}/export.json                                      L     404   404   200   404   404   404   404   404   404   404
GET  /me/export                                  /me/export                                                      L     200   200   200   200   200   200   200   200   200   200
GET  /me/export.json                             /me/export.json                                                 L     200   200   200   200   200   200   200   200   200   200
GET  /login/code                                 /login/code                                                     L     L     L     L     L     L     L     L     L     L     L
POST /login/code                                 /login/code                                                     L     L     L     L     L     L     L     L     L     L     L
GET  /account/two-factor                         /account/two-factor                                             L     200   200   200   200   200   200   200   200   200   200
POST /account/two-factor                         /account/two-factor                                             L     422   422   422   422   422   422   422   422   422   422
POST /account/two-factor/recovery-codes          /account/two-factor/recovery-codes                              L     422   422   422   422   422   422   422   422   422   422
GET  /account/tokens                             /account/tokens                                                 L     200   200   200   200   200   200   200   200   200   200
POST /account/tokens                             /account/tokens                                                 L     422   422   422   422   422   422   422   422   422   422
POST /account/tokens/{id}/revoke                 /account/tokens/999999/revoke                                   L     404   404   404   404   404   404   404   404   404   404
GET  /account/password                           /account/password                                               L     200   200   200   200   200   200   200   200   200   200
POST /account/password                           /account/password                                               L     422   422   422   422   422   422   422   422   422   422
GET  /admin/inventory                            /admin/inventory                                                L     200   403   403   403   403   403   403   403   403   403
GET  /admin/inventory.csv                        /admin/inventory.csv                                            L     200   403   403   403   403   403   403   403   403   403
GET  /api/v1/openapi.json                        /api/v1/openapi.json                                            200   200   200   200   200   200   200   200   200   200   200
GET  /api/v1/pairs                               /api/v1/pairs                                                   401   200   200   200   200   200   200   200   200   200   200
GET  /api/v1/pairs/{id}/sessions                 /api/v1/pairs/{pair1}/sessions                                  401   404   200   404   200   404   200   404   200   404   404
POST /api/v1/pairs/{id}/sessions                 /api/v1/pairs/{pair1}/sessions                                  401   404   400   404   403   404   400   404   400   404   404
GET  /me/consents                                /me/consents                                                    L     404   404   404   404   404   200   200   200   200   404
POST /me/consents                                /me/consents                                                    L     400   400   400   400   400   400   400   400   400   400
GET  /people/{id}/consents                       /people/{amal}/consents                                         L     404   200   404   404   404   403   404   403   404   404
POST /people/{id}/consents                       /people/{amal}/consents                                         L     404   400   404   404   404   403   404   403   404   404
GET  /people/{id}/erase                          /people/{amal}/erase                                            L     404   200   404   404   404   403   404   403   404   404
POST /people/{id}/erase                          /people/{amal}/erase                                            L     404   400   404   404   404   403   404   403   404   404
GET  /retention                                  /retention                                                      L     200   200   200   403   403   403   403   403   403   403
POST /retention                                  /retention                                                      L     404   404   404   404   404   404   404   404   404   404
GET  /api/v1/programmes/{id}/people              /api/v1/programmes/{p1}/people                                  401   403   200   404   403   403   403   403   403   403   404
GET  /api/v1/programmes/{id}/people              /api/v1/programmes/{p2}/people                                  401   403   404   200   404   404   404   404   404   404   404
GET  /api/v1/programmes/{id}/pairs               /api/v1/programmes/{p1}/pairs                                   401   403   200   404   403   403   403   403   403   403   404
GET  /api/v1/programmes/{id}/pairs               /api/v1/programmes/{p2}/pairs                                   401   403   404   200   404   404   404   404   404   404   404
GET  /api/v1/people/{id}                         /api/v1/people/{amal}                                           401   404   200   404   404   404   403   404   403   404   404
GET  /api/v1/people/{id}                         /api/v1/people/{rami}                                           401   404   404   200   404   404   404   404   404   404   404
GET  /api/v1/people/{id}/answers                 /api/v1/people/{amal}/answers                                   401   404   200   404   404   404   403   404   403   404   404
GET  /api/v1/people/{id}/training                /api/v1/people/{karim}/training                                 401   404   200   404   403   404   403   404   403   404   404
GET  /api/v1/questionnaires                      /api/v1/questionnaires                                          401   403   200   200   403   403   403   403   403   403   403
GET  /api/v1/figures                             /api/v1/figures                                                 401   200   200   200   403   403   403   403   403   403   200
GET  /evaluation                                 /evaluation                                                     L     200   200   200   403   403   403   403   403   403   200
GET  /evaluation                                 /evaluation?programme={p1}                                      L     200   200   404   403   403   403   403   403   403   200
GET  /evaluation                                 /evaluation?scope=programme-{p2}&cohort=2025                    L     200   404   200   403   403   403   403   403   403   200
GET  /evaluation                                 /evaluation?cohort=next                                         L     400   400   400   403   403   403   403   403   403   400
GET  /evaluation.csv                             /evaluation.csv                                                 L     200   200   200   403   403   403   403   403   403   200
GET  /evaluation.xlsx                            /evaluation.xlsx                                                L     200   200   200   403   403   403   403   403   403   200
GET  /evaluation.csv                             /evaluation.csv?programme={p2}                                  L     200   404   200   403   403   403   403   403   403   200
GET  /evaluation.xlsx                            /evaluation.xlsx?programme={p2}                                 L     200   404   200   403   403   403   403   403   403   200
GET  /api/v1/evaluation                          /api/v1/evaluation                                              401   200   200   200   403   403   403   403   403   403   200
GET  /api/v1/evaluation                          /api/v1/evaluation?programme={p1}                               401   200   200   404   403   403   403   403   403   403   200
POST /logout                                     /logout                                                         L     L     L     L     L     L     L     L     L     L     L
";

/// One line of [`MATRIX`].
pub struct Line {
    pub method: &'static str,
    route: &'static str,
    pub path: &'static str,
    body: &'static str,
    expected: Vec<&'static str>,
    /// Its line in the table, for messages.
    number: usize,
}

pub fn matrix() -> Vec<Line> {
    MATRIX
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(number, l)| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(cells.len(), 3 + ROLES.len(), "one answer per role: {l}");
            let (path, body) = cells[2].split_once('|').unwrap_or((cells[2], ""));
            Line { method: cells[0], route: cells[1], path, body, expected: cells[3..].to_vec(), number }
        })
        .collect()
}

/// The routes of the web crate's router, as it lists them: each route
/// module registers its routes through `kit::routing::Routes`, which
/// writes each method and path down as it hands it to axum.
pub fn declared_routes() -> BTreeSet<(String, String)> {
    m4m_web::route_table().into_iter().map(|(method, path)| (method.as_str().to_owned(), path.to_owned())).collect()
}

/// Routes outside the table on purpose: served before the context
/// middleware, to anyone (`/metrics` to this machine or a token holder:
/// tests/it/operations.rs).
const UNCHECKED: [&str; 4] = ["/healthz", "/readyz", "/metrics", "/static/m4m.css"];

#[test]
fn the_table_lists_every_route_of_the_router() {
    let declared: BTreeSet<(String, String)> =
        declared_routes().into_iter().filter(|(_, p)| !UNCHECKED.contains(&p.as_str())).collect();
    let listed: BTreeSet<(String, String)> =
        matrix().iter().map(|l| (l.method.to_owned(), l.route.to_owned())).collect();
    let missing: Vec<_> = declared.difference(&listed).collect();
    assert!(missing.is_empty(), "routes without a line in the access table: {missing:?}");
    let stale: Vec<_> = listed.difference(&declared).collect();
    assert!(stale.is_empty(), "lines for routes the router does not have: {stale:?}");
    assert!(declared.len() > 100, "the router lists its routes: {}", declared.len());
}

/// The demo objects the table names, and the names that must not appear
/// where they are refused.
pub struct Objects {
    ids: BTreeMap<&'static str, String>,
    names: BTreeMap<&'static str, Vec<&'static str>>,
}

/// A file uploaded to a module by `c` (through the form, as a trainer does).
async fn upload(app: &TestApp, c: &Client, module: i64, text: &str) -> i64 {
    let page = format!("/training/modules/{module}");
    let csrf = c.get(&page).await.csrf();
    let part = reqwest::multipart::Part::bytes(text.as_bytes().to_vec())
        .file_name("notes.txt")
        .mime_str("text/plain")
        .unwrap();
    let form = reqwest::multipart::Form::new().part("file", part);
    let r = c.http.post(format!("{}{page}/files?csrf={csrf}", c.base)).multipart(form).send().await.unwrap();
    assert_eq!(r.status(), 303, "the upload went through");
    let mut raw = app.raw().await;
    one(&mut raw, &format!("SELECT MAX(id) FROM module_files WHERE module_id = {module}")).await
}

impl Objects {
    /// Finds the demo objects, and adds a Greek course with a module and a
    /// file and a file on a French module (the demo has none).
    pub async fn find(app: &TestApp) -> Objects {
        let mut raw = app.raw().await;
        let mut ids = BTreeMap::new();
        let participant = |first: &str| format!("SELECT id FROM participants WHERE first_name = '{first}'");
        let pair_of = |first: &str| {
            format!("SELECT p.id FROM pairs p JOIN participants m ON m.id = p.mentee_id WHERE m.first_name = '{first}'")
        };
        let queries: Vec<(&'static str, String)> = vec![
            ("p1", "SELECT id FROM programmes WHERE name = 'Buddy System Lille 2026'".into()),
            ("p2", "SELECT id FROM programmes WHERE name = 'Buddy System Athens 2026'".into()),
            ("orgFR", "SELECT id FROM organisations WHERE country = 'FR'".into()),
            ("orgGR", "SELECT id FROM organisations WHERE country = 'GR'".into()),
            ("amal", participant("Amal")),
            ("yonas", participant("Yonas")),
            ("fatima", participant("Fatima")),
            ("karim", participant("Karim")),
            ("rami", participant("Rami")),
            ("pair1", pair_of("Amal")),
            ("pair2", pair_of("Hamid")),
            ("pairGR", pair_of("Samir")),
            ("pairGRnew", pair_of("Olena")),
            ("pairDone", pair_of("Meron")),
            ("stFR", "SELECT id FROM stakeholders WHERE name = 'CCAS de Lille'".into()),
            ("stGR", "SELECT id FROM stakeholders WHERE name = 'Dimos Athinaion social service'".into()),
            ("courseFR", "SELECT MIN(id) FROM courses".into()),
        ];
        for (name, sql) in queries {
            ids.insert(name, one(&mut raw, &sql).await);
        }
        let planned =
            |pair: i64| format!("SELECT MIN(id) FROM peer_sessions WHERE pair_id = {pair} AND status = 'planned'");
        let waiting = |pair: i64| {
            format!(
                "SELECT MIN(id) FROM peer_sessions WHERE pair_id = {pair} AND status = 'held' AND confirmed_at IS NULL"
            )
        };
        let more: Vec<(&'static str, String)> = vec![
            ("s1", planned(ids["pair1"])),
            ("s2", planned(ids["pair2"])),
            ("sGR", planned(ids["pairGR"])),
            ("h1", waiting(ids["pair1"])),
            ("h2", waiting(ids["pair2"])),
            ("moduleFR", format!("SELECT MIN(id) FROM course_modules WHERE course_id = {}", ids["courseFR"])),
            (
                "certKarim",
                "SELECT e.id FROM enrolments e JOIN participants p ON p.id = e.participant_id WHERE p.first_name = 'Karim'"
                    .into(),
            ),
            (
                "certClaire",
                "SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email = 'coordinator.fr@example.org'"
                    .into(),
            ),
            ("cUrgent", "SELECT MIN(id) FROM concerns WHERE severity = 'urgent'".into()),
            ("supGroup", "SELECT MIN(id) FROM supervisions WHERE format = 'group'".into()),
            ("goalAmal", format!("SELECT MIN(id) FROM goals WHERE pair_id = {}", ids["pair1"])),
            ("supKarim", "SELECT MIN(id) FROM supervisions WHERE format = 'one_to_one'".into()),
            (
                "actKarim",
                format!(
                    "SELECT MIN(a.id) FROM supervision_actions a JOIN supervisions s ON s.id = a.supervision_id \
                     WHERE s.format = 'group' AND a.owner_participant_id = {}",
                    ids["karim"]
                ),
            ),
            ("cPair2", format!("SELECT MIN(id) FROM concerns WHERE pair_id = {}", ids["pair2"])),
            ("cGR", format!("SELECT MIN(id) FROM concerns WHERE pair_id = {}", ids["pairGR"])),
            (
                "respAmal",
                format!("SELECT MIN(id) FROM responses WHERE participant_id = {} AND completed_at IS NOT NULL", ids["amal"]),
            ),
        ];
        for (name, sql) in more {
            ids.insert(name, one(&mut raw, &sql).await);
        }
        // The Greek organisation's course, module and file, made by its
        // coordinator; a file on the French course by its trainer.
        let greek = app.login("coordinator.gr@example.org").await;
        let r = greek.post("/training", "/training", &[("title", "Ekpaidefsi"), ("audience", "buddies")]).await;
        assert_eq!(r.status, 303, "{}", r.body);
        let course_gr =
            one(&mut raw, &format!("SELECT MAX(id) FROM courses WHERE organisation_id = {}", ids["orgGR"])).await;
        let r = greek
            .post(
                &format!("/training/{course_gr}"),
                &format!("/training/{course_gr}/modules"),
                &[("kind", "capsule"), ("title", "Rolos"), ("minutes", "20")],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let module_gr =
            one(&mut raw, &format!("SELECT MAX(id) FROM course_modules WHERE course_id = {course_gr}")).await;
        ids.insert("courseGR", course_gr);
        ids.insert("moduleGR", module_gr);
        ids.insert("fileGR", upload(app, &greek, module_gr, "Greek notes").await);
        let trainer = app.login("trainer.fr@example.org").await;
        ids.insert("fileFR", upload(app, &trainer, ids["moduleFR"], "French notes").await);
        let mut ids: BTreeMap<&'static str, String> = ids.into_iter().map(|(k, v)| (k, v.to_string())).collect();
        ids.insert("token", "ab".repeat(32));
        ids.insert("feed", format!("{}.ics", "cd".repeat(32)));
        let names = BTreeMap::from([
            ("amal", vec!["Amal", "Haddad"]),
            ("yonas", vec!["Yonas", "Tesfaye"]),
            ("fatima", vec!["Fatima", "Warsame"]),
            ("rami", vec!["Rami", "Khalil"]),
            ("pair1", vec!["Karim", "Benali", "Amal", "Haddad", "Médiathèque"]),
            ("pair2", vec!["Leila", "Ahmadi", "Hamid", "Rahimi", "bank account"]),
            ("pairGR", vec!["Dina", "Mansour", "Samir", "Haidari"]),
            ("pairGRnew", vec!["Maria", "Ioannou", "Olena", "Shevchenko"]),
            ("pairDone", vec!["Meron", "Tekle", "Aster", "Haile"]),
            ("stFR", vec!["Nadia Bensaid", "CCAS de Lille"]),
            ("stGR", vec!["Maria K.", "Dimos Athinaion"]),
            ("respAmal", vec!["Find my way in the city"]),
            ("certKarim", vec!["Karim", "Benali"]),
            ("certClaire", vec!["Claire", "Dubois"]),
            ("fileFR", vec!["French notes"]),
            ("fileGR", vec!["Greek notes"]),
            ("cUrgent", vec!["propriétaire", "serrure"]),
            ("supGroup", vec!["Ramadan", "liste des cours", "guide interculturel"]),
            ("supKarim", vec!["démarches à la place"]),
            ("cPair2", vec!["Hamid ne vient plus", "samedi"]),
            ("cGR", vec!["beyond the agreement"]),
        ]);
        Objects { ids, names }
    }

    /// `path` with its `{name}`s replaced by ids.
    pub fn fill(&self, path: &str) -> String {
        let mut out = String::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').unwrap() + open;
            out.push_str(&rest[..open]);
            let name = &rest[open + 1..close];
            out.push_str(self.ids.get(name).unwrap_or_else(|| panic!("no demo object {name}")));
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// The personal data of the objects `path` names.
    fn names_in(&self, path: &str) -> Vec<&'static str> {
        self.names.iter().filter(|(k, _)| path.contains(&format!("{{{k}}}"))).flat_map(|(_, v)| v.clone()).collect()
    }
}

/// Everything the database holds that a request could change, as text:
/// every row of every table, except the audit trail (a refusal is
/// recorded there) and the log-in bookkeeping (sessions are touched by
/// every request).
pub async fn snapshot(app: &TestApp) -> BTreeMap<String, Vec<String>> {
    const SKIPPED: [&str; 7] = [
        "audit_log",
        "audit_head",
        "login_sessions",
        "login_attempts",
        "login_challenges",
        "rate_events",
        "_sqlx_migrations",
    ];
    let mut raw = app.raw().await;
    let list = if app.url.starts_with("postgres") {
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    };
    let tables: Vec<String> =
        sqlx::query(list).fetch_all(&mut raw).await.unwrap().iter().map(|r| r.get::<String, _>(0)).collect();
    let mut out = BTreeMap::new();
    for table in tables.into_iter().filter(|t| !SKIPPED.contains(&t.as_str())) {
        let rows = sqlx::query(&format!("SELECT * FROM {table}")).fetch_all(&mut raw).await.unwrap();
        let mut lines: Vec<String> = rows
            .iter()
            .map(|row| {
                (0..row.len())
                    .map(|i| {
                        if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
                            format!("{v:?}")
                        } else if let Ok(v) = row.try_get::<Option<String>, _>(i) {
                            format!("{v:?}")
                        } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
                            format!("{v:?}")
                        } else if let Ok(v) = row.try_get::<Option<Vec<u8>>, _>(i) {
                            format!("{v:?}")
                        } else if let Ok(v) = row.try_get::<Option<bool>, _>(i) {
                            format!("{v:?}")
                        } else {
                            panic!("a column of {table} this test cannot read")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        lines.sort();
        out.insert(table, lines);
    }
    out
}

/// The tables whose rows differ between two snapshots.
pub fn changed(before: &BTreeMap<String, Vec<String>>, after: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let tables: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    tables.into_iter().filter(|t| before.get(*t) != after.get(*t)).cloned().collect()
}

pub async fn read(r: reqwest::Response) -> Page {
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    Page { status, headers, body: r.text().await.unwrap() }
}

/// Whether `page` is the answer `expected` stands for.
fn matches(expected: &str, page: &Page) -> bool {
    let to_login = page.status == 303 && page.location().starts_with("/login");
    match expected {
        "L" => to_login,
        "303" => page.status == 303 && !to_login,
        code => code.parse::<u16>().is_ok_and(|c| c == page.status),
    }
}

fn is_refusal(expected: &str) -> bool {
    matches!(expected, "L" | "401" | "403" | "404")
}

/// Runs the table's column of one role on a fresh server.
async fn check_role(column: usize) {
    let (role, email) = ROLES[column];
    let app = TestApp::spawn().await;
    let objects = Objects::find(&app).await;
    let client = match email {
        Some(email) => app.login(email).await,
        None => app.client(),
    };
    let own_name: Vec<String> = match email {
        Some(email) => {
            let user = app.store.user_by_email(email).await.unwrap().unwrap();
            user.display_name.split(' ').map(str::to_owned).collect()
        }
        None => vec![],
    };
    // The session's CSRF token, from a page with a form.
    let csrf = client.get(if email.is_some() { "/home" } else { "/login" }).await.csrf();
    let mut failures = Vec::new();
    for line in matrix() {
        let expected = line.expected[column];
        let path = objects.fill(line.path);
        let refused = is_refusal(expected);
        let before = if refused && line.method == "POST" { Some(snapshot(&app).await) } else { None };
        let page = match line.method {
            "GET" => client.get(&path).await,
            _ if line.body == "multipart" => {
                // A file form: its token in the address, an empty file.
                let part = reqwest::multipart::Part::bytes(Vec::new()).file_name("empty.csv");
                let form = reqwest::multipart::Form::new().part("file", part);
                let url = format!("{}{path}?csrf={csrf}", client.base);
                read(client.http.post(url).multipart(form).send().await.unwrap()).await
            }
            _ => {
                let mut form: Vec<(String, String)> = vec![("csrf".into(), csrf.clone())];
                for pair in objects.fill(line.body).split('&').filter(|p| !p.is_empty()) {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    form.push((k.to_owned(), v.to_owned()));
                }
                read(client.http.post(format!("{}{path}", client.base)).form(&form).send().await.unwrap()).await
            }
        };
        if !matches(expected, &page) {
            failures.push(format!(
                "{role}: {} {path} answered {} {} (expected {expected}; table line {})",
                line.method,
                page.status,
                page.location(),
                line.number
            ));
            continue;
        }
        if refused {
            for name in objects.names_in(line.path).into_iter().chain(objects.names_in(line.body)) {
                if own_name.iter().any(|own| name.contains(own.as_str())) {
                    continue;
                }
                if page.body.contains(name) {
                    failures.push(format!("{role}: {} {path} refused, but shows {name:?}", line.method));
                }
            }
        }
        if let Some(before) = before {
            let after = snapshot(&app).await;
            let tables = changed(&before, &after);
            if !tables.is_empty() {
                failures.push(format!("{role}: {} {path} refused, but changed {tables:?}", line.method));
            }
        }
    }
    assert!(failures.is_empty(), "{} cells differ from the table:\n{}", failures.len(), failures.join("\n"));
}

macro_rules! roles {
    ($($name:ident = $column:expr;)*) => {
        $(
            #[tokio::test]
            async fn $name() {
                check_role($column).await;
            }
        )*
    };
}

roles! {
    anonymous_visitor = 0;
    administrator = 1;
    coordinator_fr = 2;
    coordinator_gr = 3;
    supervisor_fr = 4;
    trainer_fr = 5;
    buddy1 = 6;
    buddy2 = 7;
    newcomer1 = 8;
    newcomer2 = 9;
    evaluator = 10;
}

/// Fields a form does not have, or ids of what the asker may not reach,
/// slipped into the main create forms: the new rows belong to the asker's
/// organisation, programme, pair and account, whatever the form says.
#[tokio::test]
async fn smuggled_fields_on_create_forms_are_ignored() {
    let app = TestApp::spawn().await;
    let objects = Objects::find(&app).await;
    let id = |name: &str| objects.ids[name].clone();
    let greek_coordinator =
        app.store.user_by_email("coordinator.gr@example.org").await.unwrap().unwrap().id.to_string();
    let smuggled: Vec<(&str, String)> = vec![
        ("organisation_id", id("orgGR")),
        ("programme_id", id("p2")),
        ("role", "administrator".into()),
        ("user_id", greek_coordinator.clone()),
        ("participant_id", id("rami")),
        ("pair_id", id("pairGR")),
        ("course_id", id("courseGR")),
        ("status", "active".into()),
        ("logged_by", greek_coordinator.clone()),
        ("confirmed_by", greek_coordinator.clone()),
        ("entered_by", greek_coordinator.clone()),
    ];
    let with = |fields: &[(&'static str, &str)]| -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .chain(smuggled.iter().map(|(k, v)| ((*k).to_owned(), v.clone())))
            .collect()
    };
    let send = |c: &Client, path: String, csrf: String, form: Vec<(String, String)>| {
        let http = c.http.clone();
        let url = format!("{}{path}", c.base);
        async move {
            let mut form = form;
            form.insert(0, ("csrf".into(), csrf));
            read(http.post(url).form(&form).send().await.unwrap()).await
        }
    };
    let mut raw = app.raw().await;
    let fr = id("orgFR");

    let claire = app.login("coordinator.fr@example.org").await;
    let csrf = claire.get("/home").await.csrf();
    let before = snapshot(&app).await;
    let r = send(
        &claire,
        "/stakeholders".into(),
        csrf.clone(),
        with(&[("name", "Smuggled stakeholder"), ("kind", "association")]),
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let org = one(&mut raw, "SELECT organisation_id FROM stakeholders WHERE name = 'Smuggled stakeholder'").await;
    assert_eq!(org.to_string(), fr, "the stakeholder is the asker's organisation's");
    // The snapshot that proves refusals changed nothing does see a change.
    assert_eq!(changed(&before, &snapshot(&app).await), ["stakeholders"]);

    // An outreach naming the other organisation's stakeholder is refused.
    let before = snapshot(&app).await;
    let r = send(
        &claire,
        "/outreach".into(),
        csrf.clone(),
        with(&[
            ("kind", "information_session"),
            ("held_on", "2026-11-20"),
            ("stakeholder_id", &id("stGR")),
            ("place", "Smuggled place"),
            ("people_reached", "3"),
        ]),
    )
    .await;
    assert_eq!(r.status, 422, "{}", r.body);
    r.assert_lacks("Dimos Athinaion");
    assert!(changed(&before, &snapshot(&app).await).is_empty(), "a refused outreach changed nothing");

    let r =
        send(&claire, "/training".into(), csrf.clone(), with(&[("title", "Smuggled course"), ("audience", "buddies")]))
            .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let org = one(&mut raw, "SELECT organisation_id FROM courses WHERE title = 'Smuggled course'").await;
    assert_eq!(org.to_string(), fr, "the course is the asker's organisation's");

    let r = send(
        &claire,
        "/programmes/new".into(),
        csrf.clone(),
        // `status` is a field of this form: a programme's own.
        with(&[("name", "Smuggled programme"), ("starts_on", "2027-01-01"), ("ends_on", "2027-06-30")])
            .into_iter()
            .filter(|(k, _)| k != "status")
            .collect(),
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let org = one(&mut raw, "SELECT organisation_id FROM programmes WHERE name = 'Smuggled programme'").await;
    assert_eq!(org.to_string(), fr, "the programme is the asker's organisation's");

    // Registration, by staff and by the person: the programme of the
    // address, no account, the first status, no stakeholder of elsewhere.
    let person = |first: &'static str| {
        vec![
            ("first_name", first),
            ("last_name", "Smuggler"),
            ("phone", "+33 6 12 34 56 78"),
            ("native_language", "ar"),
            ("host_language_level", "basic"),
            ("country_of_origin", "SY"),
            ("area", "Lille-Fives"),
            ("availability", "3"),
            ("areas", "language"),
            ("birth_year", "1990"),
            ("referred_by", "5"),
            ("consents", "participation"),
        ]
    };
    let mut staff_form = person("Staffed");
    let st_gr = id("stGR");
    staff_form.retain(|(k, _)| *k != "referred_by");
    staff_form.push(("referred_by", &st_gr));
    let r = send(&claire, format!("/programmes/{}/register/mentee", id("p1")), csrf.clone(), with(&staff_form)).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let anon = app.client();
    let anon_csrf = anon.get("/login").await.csrf();
    let mut public_form = person("Public");
    public_form.retain(|(k, _)| *k != "referred_by");
    public_form.push(("referred_by", &st_gr));
    let r = send(&anon, format!("/join/{}/mentee", id("p1")), anon_csrf, with(&public_form)).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.assert_has("Your registration has been received");
    for first in ["Staffed", "Public"] {
        let row = sqlx::query(&format!(
            "SELECT programme_id, user_id, status, referred_by FROM participants WHERE first_name = '{first}'"
        ))
        .fetch_one(&mut raw)
        .await
        .unwrap();
        assert_eq!(row.get::<i64, _>(0).to_string(), id("p1"), "{first}: the programme of the address");
        assert_eq!(row.get::<Option<i64>, _>(1), None, "{first}: no account");
        assert_eq!(row.get::<String, _>(2), "registered", "{first}: the first status");
        assert_eq!(row.get::<Option<i64>, _>(3), None, "{first}: no stakeholder of another organisation");
    }

    // A peer session: in the pair of the address, logged by the asker,
    // confirmed by nobody yet.
    let karim = app.login("buddy1.fr@example.org").await;
    let karim_id = app.store.user_by_email("buddy1.fr@example.org").await.unwrap().unwrap().id;
    let csrf = karim.get("/home").await.csrf();
    let yesterday = (time::OffsetDateTime::now_utc() - time::Duration::days(1)).date().to_string();
    let r = send(
        &karim,
        format!("/pairs/{}/sessions", id("pair1")),
        csrf,
        with(&[
            ("date", &yesterday),
            ("time", "10:00"),
            ("duration", "60"),
            ("mode", "in_person"),
            ("summary", "Smuggled session"),
            ("topics", "language"),
            ("rating", "4"),
        ]),
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let row =
        sqlx::query("SELECT pair_id, logged_by, confirmed_by FROM peer_sessions WHERE summary = 'Smuggled session'")
            .fetch_one(&mut raw)
            .await
            .unwrap();
    assert_eq!(row.get::<i64, _>(0).to_string(), id("pair1"));
    assert_eq!(row.get::<Option<i64>, _>(1), Some(karim_id));
    assert_eq!(row.get::<Option<i64>, _>(2), None);

    // Nothing landed in the other organisation, and nobody got a role.
    let greek: i64 =
        one(&mut raw, &format!("SELECT COUNT(*) FROM memberships WHERE organisation_id = {}", id("orgGR"))).await;
    assert_eq!(greek, 1, "the Greek organisation still has its one coordinator");
    let admins = one(&mut raw, "SELECT COUNT(*) FROM memberships WHERE role = 'administrator'").await;
    assert_eq!(admins, 1);
    // One stakeholder, and a course and a programme for this year and for
    // last year from the demo; one course from this test's setup.
    for (table, want) in [("stakeholders", 1), ("courses", 3), ("programmes", 2)] {
        let n = one(&mut raw, &format!("SELECT COUNT(*) FROM {table} WHERE organisation_id = {}", id("orgGR"))).await;
        assert_eq!(n, want, "{table} of the Greek organisation");
    }
}
