//! Spreadsheets in and out (step 2): the export of a programme's people
//! (CSV or `.xlsx`), and the import of a CSV file or an `.xlsx` workbook
//! — upload, column mapping, a preview with
//! each row checked, then all rows or none. A row that matches someone
//! already registered (same e-mail, phone, or name and year of birth) is
//! skipped, so importing the same file twice creates no duplicates.
//!
//! The file is decoded once at upload (see [`crate::kit::sheet`] for the
//! encodings, separators and dates taken, and how a workbook's first sheet
//! becomes the same text); the later steps send back its
//! UTF-8 text in a hidden field, with the encoding it was read in, so that
//! the preview can read it again in another one.

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::participant::{Kind, Registration, RegistrationForm};
use m4m_domain::permission::Action;
use m4m_store::programmes::Programme;
use m4m_store::registration::NewParticipant;

use crate::AppState;
use crate::access::programme_for;
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::routing::{Routes, get, post};
use crate::kit::sheet::{self, CellProblem, Undecodable, WorkbookProblem};
use crate::kit::workbook::{self, Cell, Sheet};
use crate::pages::{Chrome, render};

/// The routes of spreadsheets in and out.
pub fn router() -> Routes {
    Routes::new()
        .route("/programmes/{id}/people.csv", get(export))
        .route("/programmes/{id}/people.xlsx", get(export_xlsx))
        .route("/programmes/{id}/import", get(start).post(upload))
        .route("/programmes/{id}/import/preview", post(preview))
        .route("/programmes/{id}/import/commit", post(commit))
}

/// The columns of the export, also the fields an import can map.
const EXPORT_COLUMNS: [&str; 22] = [
    "id",
    "kind",
    "status",
    "step",
    "first_name",
    "last_name",
    "email",
    "phone",
    "native_language",
    "languages",
    "host_language_level",
    "country_of_origin",
    "arrival_date",
    "area",
    "availability",
    "interests",
    "areas",
    "gender",
    "gender_preference",
    "birth_year",
    "heard_from",
    "registered_at",
];

/// What the export is for: a person's spreadsheet (headings in their
/// language, the separator their spreadsheet expects), or a tool
/// (`?codes=1`: the stable column codes, `,`).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ExportFor {
    codes: Option<String>,
}

/// The heading of an export column in the reader's language.
fn heading(tr: &Tr, code: &str) -> String {
    tr.t(&format!("export-column-{}", code.replace('_', "-")))
}

/// `GET /programmes/{id}/people.csv`
pub async fn export(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    axum::extract::Query(wanted): axum::extract::Query<ExportFor>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let rows = people_rows(&app, &p).await?;
    app.store.audit(Some(user.id), "programme.export", &format!("programme:{}", p.id), &rows.len().to_string()).await?;
    let tools = wanted.codes.is_some_and(|c| c == "1");
    let file = format!("m4m-programme-{}-people", p.id);
    workbook::list_download(ctx.tr, &file, Sheet::Csv, ("export-column-", &EXPORT_COLUMNS), rows, tools).await
}

/// `GET /programmes/{id}/people.xlsx`: the same list as a workbook, the
/// headings in the reader's language (or the codes with `?codes=1`).
pub async fn export_xlsx(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    axum::extract::Query(wanted): axum::extract::Query<ExportFor>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let rows = people_rows(&app, &p).await?;
    let subject = format!("programme:{}", p.id);
    app.store.audit(Some(user.id), "programme.export_xlsx", &subject, &rows.len().to_string()).await?;
    let tools = wanted.codes.is_some_and(|c| c == "1");
    let file = format!("m4m-programme-{}-people", p.id);
    workbook::list_download(ctx.tr, &file, Sheet::Xlsx, ("export-column-", &EXPORT_COLUMNS), rows, tools).await
}

/// The people of a programme as the exports write them ([`EXPORT_COLUMNS`]).
async fn people_rows(app: &AppState, p: &Programme) -> Result<Vec<Vec<Cell>>, AppError> {
    Ok(app
        .store
        .programme_participants(p.id)
        .await?
        .into_iter()
        .map(|x| {
            vec![
                Cell::Int(x.id),
                Cell::text(x.kind.as_str()),
                Cell::text(x.status.as_str()),
                Cell::Int(x.step),
                Cell::text(x.first_name),
                Cell::text(x.last_name),
                Cell::text(x.email),
                Cell::text(x.phone),
                Cell::text(x.native_language),
                Cell::text(x.languages),
                Cell::text(x.host_language_level),
                Cell::text(x.country_of_origin),
                Cell::date_text(&x.arrival_date),
                Cell::text(x.area),
                Cell::text(
                    (0..21)
                        .filter(|b| x.availability & (1 << b) != 0)
                        .map(|b| b.to_string())
                        .collect::<Vec<_>>()
                        .join(";"),
                ),
                Cell::text(x.interests.join(";")),
                Cell::text(x.areas.join(";")),
                Cell::text(x.gender),
                Cell::text(x.gender_preference),
                x.birth_year.map_or(Cell::Empty, Cell::Int),
                Cell::text(x.heard_from),
                Cell::Moment(x.created_at),
            ]
        })
        .collect())
}

/// The fields an import fills, with the header names that are recognised
/// for each (lower case, in the partner languages).
const IMPORT_FIELDS: [(&str, &[&str]); 16] = [
    (
        "first_name",
        &[
            "first_name",
            "first name",
            "firstname",
            "prénom",
            "prenom",
            "given name",
            "vorname",
            "nome",
            "όνομα",
            "الاسم",
        ],
    ),
    (
        "last_name",
        &[
            "last_name",
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom",
            "nom de famille",
            "nachname",
            "cognome",
            "επώνυμο",
        ],
    ),
    ("email", &["email", "e-mail", "mail", "courriel", "adresse e-mail"]),
    (
        "phone",
        &["phone", "telephone", "téléphone", "tel", "tél", "mobile", "portable", "telefon", "telefono", "τηλέφωνο"],
    ),
    (
        "native_language",
        &["native_language", "native language", "first language", "langue maternelle", "langue", "muttersprache"],
    ),
    ("languages", &["languages", "other languages", "langues", "autres langues", "sprachen", "lingue"]),
    ("host_language_level", &["host_language_level", "host language level", "niveau de français", "niveau"]),
    (
        "country_of_origin",
        &["country_of_origin", "country of origin", "origin", "pays d'origine", "pays", "herkunftsland"],
    ),
    ("arrival_date", &["arrival_date", "arrival date", "arrival", "date d'arrivée", "arrivée"]),
    ("area", &["area", "postcode", "zip", "code postal", "quartier", "ville", "commune"]),
    ("interests", &["interests", "centres d'intérêt", "intérêts", "interessen"]),
    ("areas", &["areas", "needs", "skills", "besoins", "compétences"]),
    ("motivation", &["motivation", "motivations"]),
    ("gender", &["gender", "genre", "sexe", "geschlecht"]),
    ("gender_preference", &["gender_preference", "gender preference", "préférence de genre"]),
    ("birth_year", &["birth_year", "birth year", "year of birth", "année de naissance", "naissance", "geburtsjahr"]),
];

/// The most columns a file may have: a spreadsheet of people has a few
/// dozen; the mapping page lists each column once per field.
const MAX_COLUMNS: usize = 200;

/// The most rows one import takes (checked and written in seconds); a
/// larger list is imported in parts.
const MAX_ROWS: usize = 20_000;

/// Why a file cannot be imported, each with its message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unreadable {
    NotCsv,
    TooManyColumns,
    TooManyRows,
}

impl Unreadable {
    fn key(self) -> &'static str {
        match self {
            Unreadable::NotCsv => "import-bad-csv",
            Unreadable::TooManyColumns => "import-too-many-columns",
            Unreadable::TooManyRows => "import-too-many-rows",
        }
    }
}

/// Reads uploaded CSV text within the limits ([`MAX_COLUMNS`],
/// [`MAX_ROWS`]), stopping at the first row past them: strips a byte-order
/// mark, finds the separator ([`sheet::delimiter`]).
fn read_limited(text: &str) -> Result<(Vec<String>, Vec<Vec<String>>), Unreadable> {
    let text = text.trim_start_matches('\u{FEFF}');
    text.lines().next().ok_or(Unreadable::NotCsv)?;
    let delimiter = sheet::delimiter(text);
    let mut r =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(true).from_reader(text.as_bytes());
    let headers: Vec<String> =
        r.headers().map_err(|_| Unreadable::NotCsv)?.iter().map(|h| h.trim().to_owned()).collect();
    if headers.iter().all(String::is_empty) {
        return Err(Unreadable::NotCsv);
    }
    if headers.len() > MAX_COLUMNS {
        return Err(Unreadable::TooManyColumns);
    }
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|_| Unreadable::NotCsv)?;
        if rec.len() > MAX_COLUMNS {
            return Err(Unreadable::TooManyColumns);
        }
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(Unreadable::TooManyRows);
        }
        rows.push(rec.iter().map(|c| c.trim().to_owned()).collect());
    }
    Ok((headers, rows))
}

/// The column of `field` among `headers`: one of its known names, or its
/// export heading in any interface language (so that every export, in
/// whatever language, imports back).
fn guess(headers: &[String], field: &str, names: &[&str]) -> Option<usize> {
    let translated: Vec<String> =
        crate::i18n::languages().iter().map(|l| heading(&Tr::new(*l), field).to_lowercase()).collect();
    headers.iter().position(|h| {
        let h = h.trim().to_lowercase();
        names.contains(&h.as_str()) || translated.contains(&h)
    })
}

/// Splits a list cell: `fr:basic; en` → pieces.
fn pieces(cell: &str) -> Vec<&str> {
    cell.split([',', ';', '|']).map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Splits a cell of languages, separated by `,`, `;` or spaces, each a
/// code or a name in an interface language, with an optional level:
/// `Arabe fr:basic; en` → `[("ar", "conversational"), ("fr", "basic"), …]`.
fn languages(cell: &str) -> Vec<(&str, &str)> {
    cell.split([',', ';', '|', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|p| {
            let (name, level) = p.split_once(':').unwrap_or((p, "conversational"));
            (m4m_domain::language::code_for_name(name).unwrap_or(name), level)
        })
        .collect()
}

/// The label key of an import field, also used to name a column that is
/// not in the file.
fn field_label_key(field: &str, mentor: bool) -> &'static str {
    match field {
        "first_name" => "reg-first-name",
        "last_name" => "reg-last-name",
        "email" => "reg-email",
        "phone" => "reg-phone",
        "native_language" => "reg-native-language",
        "languages" => "import-other-languages",
        "host_language_level" => "import-host-level",
        "country_of_origin" => "reg-country",
        "arrival_date" => "reg-arrival",
        "area" => "reg-area",
        "interests" => "reg-interests",
        "areas" if mentor => "person-skills",
        "areas" => "person-needs",
        "motivation" => "person-motivation",
        "gender" => "person-gender",
        "gender_preference" => "person-gender-preference",
        _ => "reg-birth-year",
    }
}

/// The country of the programme's organisation (dates, encoding guess).
async fn country(app: &AppState, programme: &Programme) -> Result<String, AppError> {
    Ok(app.store.organisation(programme.organisation_id).await?.map(|o| o.country).unwrap_or_default())
}

/// One row of the file, checked.
struct Checked {
    line: usize,
    name: String,
    outcome: Result<Option<Registration>, Vec<String>>,
}

/// Checks every row with the mapping; `Ok(None)` marks a row already
/// registered (or repeated earlier in the file), to be skipped.
async fn check_rows(
    app: &AppState,
    tr: &Tr,
    programme: &Programme,
    kind: Kind,
    (headers, rows): (&[String], &[Vec<String>]),
    mapping: &[(&str, Option<usize>)],
    country: &str,
) -> Result<Vec<Checked>, AppError> {
    let now = time::OffsetDateTime::now_utc();
    // Who the programme knows already, and who came earlier in the file:
    // looked up by key, so that checking grows with the file, not its
    // square.
    let mut known = app.store.person_keys(programme.id).await?;
    let mut out = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let cell = |field: &str| -> &str {
            mapping
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, col)| *col)
                .and_then(|c| row.get(c))
                .map_or("", String::as_str)
        };
        // Each problem names its column as the file does (or the field,
        // when no column was chosen for it) and says what is wrong.
        let problem = |field: &str, message: String| -> String {
            let column = mapping
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, col)| *col)
                .and_then(|c| headers.get(c))
                .cloned()
                .unwrap_or_else(|| tr.t(field_label_key(field, kind == Kind::Mentor)));
            tr.args("import-cell-problem", &[("column", Arg::User(&column)), ("message", Arg::Text(&message))])
        };
        let mut problems: Vec<String> = mapping
            .iter()
            .filter_map(|(field, col)| {
                let why = sheet::cell_problem(row.get((*col)?)?)?;
                let key = match why {
                    CellProblem::Formula => "import-cell-formula",
                    CellProblem::ByteOrderMark => "import-cell-bom",
                };
                Some(problem(field, tr.t(key)))
            })
            .collect();
        let arrival_date = sheet::date(cell("arrival_date"), country).unwrap_or_else(|_| {
            problems.push(problem("arrival_date", tr.t("import-date-ambiguous")));
            String::new()
        });
        let native = cell("native_language");
        let form = RegistrationForm {
            kind: Some(kind),
            first_name: cell("first_name"),
            last_name: cell("last_name"),
            email: cell("email"),
            phone: cell("phone"),
            native_language: m4m_domain::language::code_for_name(native).unwrap_or(native),
            languages: languages(cell("languages")),
            host_language_level: cell("host_language_level"),
            country_of_origin: cell("country_of_origin"),
            arrival_date: &arrival_date,
            area: cell("area"),
            availability: Vec::new(),
            interests: pieces(cell("interests")),
            areas: pieces(cell("areas")),
            experience: "",
            motivation: if kind == Kind::Mentor && cell("motivation").is_empty() { "-" } else { cell("motivation") },
            gender: cell("gender"),
            gender_preference: cell("gender_preference"),
            birth_year: cell("birth_year"),
            heard_from: "",
            // The coordinator confirms participation consent for the whole
            // file at commit; each row is checked as if it were given.
            consents: vec!["participation"],
        };
        let name = format!("{} {}", form.first_name, form.last_name);
        let outcome = match Registration::parse(&form, now.year(), now.date()) {
            Err(e) => {
                problems.extend(
                    e.0.iter().filter(|x| !x.field.starts_with("consent")).map(|x| problem(x.field, tr.t(x.key))),
                );
                Err(problems)
            }
            Ok(_) if !problems.is_empty() => Err(problems),
            Ok(r) => {
                if known.seen(&r) {
                    Ok(None)
                } else {
                    Ok(Some(r))
                }
            }
        };
        out.push(Checked { line: i + 2, name, outcome });
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage {
    c: Chrome,
    programme_id: i64,
    /// 1: upload; 2: mapping; 3: preview.
    stage: u8,
    error: Option<String>,
    csv: String,
    /// The encoding the file was read in, and those it can be read in.
    encoding: String,
    encodings: Vec<String>,
    /// Read from a workbook: UTF-8 text already, no encoding to choose.
    workbook: bool,
    kind: String,
    kinds: Vec<(String, String)>,
    /// Field, its label, the columns with the chosen one marked.
    mapping: Vec<(String, String, Vec<(usize, String, bool)>)>,
    preview: Vec<(usize, String, String, String)>,
    ready: usize,
    skipped: usize,
    has_errors: bool,
    commit_label: String,
}

fn page(ctx: &Ctx, programme: &Programme, stage: u8) -> ImportPage {
    let tr = ctx.tr;
    ImportPage {
        c: Chrome::new(ctx, format!("{} · {}", tr.t("import-title"), programme.name)),
        programme_id: programme.id,
        stage,
        error: None,
        csv: String::new(),
        encoding: encoding_rs::UTF_8.name().to_owned(),
        encodings: sheet::ENCODINGS.iter().map(|e| e.name().to_owned()).collect(),
        workbook: false,
        kind: "mentee".into(),
        kinds: vec![("mentee".into(), tr.t("role-mentee")), ("mentor".into(), tr.t("role-mentor"))],
        mapping: Vec::new(),
        preview: Vec::new(),
        ready: 0,
        skipped: 0,
        has_errors: false,
        commit_label: String::new(),
    }
}

/// `GET /programmes/{id}/import`
pub async fn start(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    Ok(render(&page(&ctx, &p, 1))?.into_response())
}

/// `POST /programmes/{id}/import` (multipart): the uploaded file, then
/// the mapping of its columns.
pub async fn upload(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let mut bytes = Vec::new();
    let mut kind = "mentee".to_owned();
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some("file") => {
                bytes = field.bytes().await.map_err(|_| AppError::BadRequest("import-bad-csv"))?.to_vec();
            }
            Some("kind") => kind = field.text().await.unwrap_or_default(),
            _ => {}
        }
    }
    let mut view = page(&ctx, &p, 2);
    view.kind = if kind == "mentor" { kind } else { "mentee".into() };
    let refused = |status: StatusCode, key: &str| -> Result<Response, AppError> {
        let mut v = page(&ctx, &p, 1);
        v.error =
            Some(ctx.tr.args(key, &[("columns", Arg::Num(MAX_COLUMNS as i64)), ("rows", Arg::Num(MAX_ROWS as i64))]));
        Ok((status, render(&v)?).into_response())
    };
    let decoded = if sheet::is_workbook(&bytes) {
        view.workbook = true;
        match tokio::task::spawn_blocking(move || sheet::workbook_text(&bytes, MAX_ROWS, MAX_COLUMNS))
            .await
            .map_err(AppError::failed)?
        {
            Ok(text) => sheet::Decoded { text, encoding: encoding_rs::UTF_8 },
            Err(why) => {
                let (status, key) = match why {
                    WorkbookProblem::Unreadable => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "import-workbook-unreadable"),
                    WorkbookProblem::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "import-workbook-too-large"),
                    WorkbookProblem::Empty => (StatusCode::UNPROCESSABLE_ENTITY, "import-empty"),
                    WorkbookProblem::TooManyRows => (StatusCode::UNPROCESSABLE_ENTITY, "import-too-many-rows"),
                    WorkbookProblem::TooManyColumns => (StatusCode::UNPROCESSABLE_ENTITY, "import-too-many-columns"),
                };
                return refused(status, key);
            }
        }
    } else {
        match sheet::decode(&bytes, &country(&app, &p).await?, None) {
            Ok(d) => d,
            Err(Undecodable::Empty) => return refused(StatusCode::UNPROCESSABLE_ENTITY, "import-empty"),
            Err(Undecodable::Workbook) => return refused(StatusCode::UNSUPPORTED_MEDIA_TYPE, "import-workbook"),
            Err(Undecodable::NotText) => return refused(StatusCode::UNSUPPORTED_MEDIA_TYPE, "import-not-text"),
        }
    };
    match read_limited(&decoded.text) {
        Ok((headers, rows)) if !rows.is_empty() => {
            let mentor = view.kind == "mentor";
            view.mapping = mapping_view(&ctx.tr, &headers, mentor, |names, field| guess(&headers, field, names));
            view.csv = decoded.text;
            view.encoding = decoded.encoding.name().to_owned();
            Ok(render(&view)?.into_response())
        }
        Ok(_) => refused(StatusCode::UNPROCESSABLE_ENTITY, "import-empty"),
        Err(why) => refused(StatusCode::UNPROCESSABLE_ENTITY, why.key()),
    }
}

/// The column choices, labelled for the staff who import (not as the
/// registration form asks the person), for buddies when `mentor`.
fn mapping_view(
    tr: &Tr,
    headers: &[String],
    mentor: bool,
    chosen: impl Fn(&[&str], &str) -> Option<usize>,
) -> Vec<(String, String, Vec<(usize, String, bool)>)> {
    IMPORT_FIELDS
        .iter()
        .map(|(field, names)| {
            let pick = chosen(names, field);
            let mut cols = vec![(usize::MAX, tr.t("import-column-none"), pick.is_none())];
            cols.extend(headers.iter().enumerate().map(|(i, h)| (i, h.clone(), pick == Some(i))));
            ((*field).to_owned(), tr.t(field_label_key(field, mentor)), cols)
        })
        .collect()
}

/// The mapping and the file as the later steps send them back.
fn mapped(fields: &[(String, String)]) -> (String, Kind, Vec<(&'static str, Option<usize>)>, bool) {
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map_or("", |(_, v)| v.as_str());
    let kind = if get("kind") == "mentor" { Kind::Mentor } else { Kind::Mentee };
    let mapping = IMPORT_FIELDS
        .iter()
        .map(|(f, _)| (*f, get(&format!("map_{f}")).parse::<usize>().ok().filter(|c| *c != usize::MAX)))
        .collect();
    (get("csv").to_owned(), kind, mapping, get("consent") == "yes")
}

async fn preview_page(
    app: &AppState,
    ctx: &Ctx,
    p: &Programme,
    fields: &[(String, String)],
) -> Result<(ImportPage, Vec<Checked>, bool), AppError> {
    let tr = ctx.tr;
    let (mut text, kind, mapping, consent) = mapped(fields);
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map_or("", |(_, v)| v.as_str());
    let country = country(app, p).await?;
    // The text as read in `decoded_as`; read again when another encoding
    // was chosen.
    let decoded_as = sheet::encoding(get("decoded_as")).unwrap_or(encoding_rs::UTF_8);
    let mut encoding = decoded_as;
    let mut reread_failed = false;
    let workbook = get("source") == "xlsx";
    if let Some(wanted) = sheet::encoding(get("encoding")).filter(|e| *e != decoded_as && !workbook) {
        match sheet::reread(&text, decoded_as, wanted, &country) {
            Some(d) => (text, encoding) = (d.text, d.encoding),
            None => reread_failed = true,
        }
    }
    let (headers, rows) = read_limited(&text).map_err(|why| AppError::BadRequest(why.key()))?;
    let checked = check_rows(app, &tr, p, kind, (&headers, &rows), &mapping, &country).await?;
    let mut view = page(ctx, p, 3);
    view.encoding = encoding.name().to_owned();
    view.workbook = workbook;
    view.kind = kind.as_str().to_owned();
    view.mapping = mapping_view(&tr, &headers, kind == Kind::Mentor, |_, field| {
        mapping.iter().find(|(f, _)| *f == field).and_then(|(_, c)| *c)
    });
    view.csv = text;
    for c in &checked {
        let (state, detail) = match &c.outcome {
            Ok(Some(_)) => {
                view.ready += 1;
                (tr.t("import-row-ok"), String::new())
            }
            Ok(None) => {
                view.skipped += 1;
                (tr.t("import-row-skip"), String::new())
            }
            Err(errors) => {
                view.has_errors = true;
                (tr.t("import-row-errors"), errors.join(" · "))
            }
        };
        view.preview.push((c.line, c.name.clone(), state, detail));
    }
    view.commit_label = tr.n("import-commit", view.ready as i64);
    if view.has_errors {
        view.error = Some(tr.t("import-has-errors"));
    }
    if reread_failed {
        view.has_errors = true;
        view.error = Some(tr.t("import-encoding-failed"));
    }
    Ok((view, checked, consent))
}

/// `POST /programmes/{id}/import/preview`
pub async fn preview(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let (view, _, _) = preview_page(&app, &ctx, &p, &fields).await?;
    Ok(render(&view)?.into_response())
}

/// `POST /programmes/{id}/import/commit`: all rows or none.
pub async fn commit(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let (mut view, checked, consent) = preview_page(&app, &ctx, &p, &fields).await?;
    if view.has_errors || !consent {
        if !consent && !view.has_errors {
            view.error = Some(ctx.tr.t("import-consent-required"));
        }
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&view)?).into_response());
    }
    let registrations: Vec<&Registration> = checked.iter().filter_map(|c| c.outcome.as_ref().ok()?.as_ref()).collect();
    let rows: Vec<NewParticipant<'_>> = registrations
        .iter()
        .map(|r| NewParticipant {
            programme_id: p.id,
            registration: r,
            referred_by: None,
            entered_by: Some(user.id),
            language: ctx.tr.lang.code,
        })
        .collect();
    let ids = app.store.import_participants(user.id, p.id, &rows).await?;
    let target = format!("/programmes/{}?imported={}&skipped={}", p.id, ids.len(), view.skipped);
    Ok(Redirect::to(&target).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_is_read_with_either_separator() {
        let (h, rows) = read_limited("\u{FEFF}Prénom;Nom;Téléphone\nAmal;Haddad;0612345678\n;;\n").unwrap();
        assert_eq!(h, ["Prénom", "Nom", "Téléphone"]);
        assert_eq!(rows.len(), 1);
        assert_eq!(guess(&h, IMPORT_FIELDS[0].0, IMPORT_FIELDS[0].1), Some(0));
        let (h, _) = read_limited("first name,email\nA,a@example.org").unwrap();
        assert_eq!(guess(&h, IMPORT_FIELDS[2].0, IMPORT_FIELDS[2].1), Some(1));
    }
}
