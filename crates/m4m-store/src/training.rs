//! Step 5: courses, modules, enrolments and progress — and the gate: when
//! a buddy in training completes every mandatory module, they move to the
//! pool of pre-matching in the same transaction. Learners are buddies
//! (participants) or staff accounts (coordinators, social workers,
//! volunteers without a participant record). Modules have translations
//! and attached files (their bytes live in the upload directory; the
//! database holds their names).

use m4m_domain::participant::Status;
use m4m_domain::training::{ModuleKind, NewCourse, NewModule, Progress, Quiz, mandatory_done};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::{Store, StoreError, now};

/// A course with a few counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    pub id: i64,
    pub organisation_id: i64,
    pub title: String,
    pub audience: String,
    pub description: String,
    /// The language the course is written in (the fallback of its texts).
    pub language: String,
    pub modules: i64,
    pub enrolled: i64,
    pub completed: i64,
}

/// A module of a course.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub id: i64,
    pub course_id: i64,
    pub position: i64,
    pub kind: ModuleKind,
    pub title: String,
    pub body: String,
    pub link: String,
    pub minutes: i64,
    pub mandatory: bool,
    pub quiz: Option<Quiz>,
    pub pass_mark: i64,
    pub starts_at: Option<i64>,
    pub place: String,
    pub capacity: Option<i64>,
}

/// Who follows a course: a buddy (their participant record) or a staff
/// account without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Learner {
    Participant(i64),
    User(i64),
}

/// A module's title and text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleText {
    pub language: String,
    pub title: String,
    pub body: String,
}

/// A file attached to a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleFile {
    pub id: i64,
    pub module_id: i64,
    /// The random name in the upload directory.
    pub stored_name: String,
    /// The sanitised name the file was uploaded with.
    pub original_name: String,
    pub content_type: String,
    pub size: i64,
}

/// A file to attach, already checked and written to the upload directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewModuleFile {
    pub stored_name: String,
    pub original_name: String,
    pub content_type: String,
    pub size: i64,
}

/// A staff account that may follow a course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffLearner {
    pub user_id: i64,
    pub name: String,
    /// The roles held in the organisation (`role-<name>` translates them).
    pub roles: Vec<String>,
}

/// A learner in a course, with their progress per module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub id: i64,
    pub course_id: i64,
    /// Set when the learner is a buddy.
    pub participant_id: Option<i64>,
    /// The learner's account: the enrolled account, or the buddy's own.
    pub user_id: Option<i64>,
    /// The learner's name (a participant's names, or an account's).
    pub name: String,
    pub cohort: String,
    pub enrolled_at: i64,
    pub completed_at: Option<i64>,
    pub progress: Vec<(i64, Progress)>,
}

const COURSE: &str = "SELECT c.id, c.organisation_id, c.title, c.audience, c.description, c.language, \
    (SELECT COUNT(*) FROM course_modules m WHERE m.course_id = c.id) AS modules, \
    (SELECT COUNT(*) FROM enrolments e WHERE e.course_id = c.id) AS enrolled, \
    (SELECT COUNT(*) FROM enrolments e WHERE e.course_id = c.id AND e.completed_at IS NOT NULL) AS completed \
    FROM courses c";

fn course(r: &AnyRow) -> Result<Course, sqlx::Error> {
    Ok(Course {
        id: r.try_get("id")?,
        organisation_id: r.try_get("organisation_id")?,
        title: r.try_get("title")?,
        audience: r.try_get("audience")?,
        description: r.try_get("description")?,
        language: r.try_get("language")?,
        modules: r.try_get("modules")?,
        enrolled: r.try_get("enrolled")?,
        completed: r.try_get("completed")?,
    })
}

const MODULE: &str = "SELECT id, course_id, position, kind, title, body, link, minutes, mandatory, quiz, pass_mark, \
    starts_at, place, capacity FROM course_modules";

fn module(r: &AnyRow) -> Result<Module, StoreError> {
    let quiz: Option<String> = r.try_get("quiz")?;
    Ok(Module {
        id: r.try_get("id")?,
        course_id: r.try_get("course_id")?,
        position: r.try_get("position")?,
        kind: ModuleKind::parse(&r.try_get::<String, _>("kind")?).unwrap_or(ModuleKind::Capsule),
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        link: r.try_get("link")?,
        minutes: r.try_get("minutes")?,
        mandatory: r.try_get::<i64, _>("mandatory")? != 0,
        quiz: quiz.map(|q| serde_json::from_str(&q)).transpose().map_err(|e| StoreError::Corrupt(e.to_string()))?,
        pass_mark: r.try_get("pass_mark")?,
        starts_at: r.try_get("starts_at")?,
        place: r.try_get("place")?,
        capacity: r.try_get("capacity")?,
    })
}

/// Whether a buddy's training is done: enrolled in at least one course for
/// buddies, and every mandatory module of each such course completed.
pub(crate) async fn training_done(conn: &mut AnyConnection, participant_id: i64) -> Result<bool, StoreError> {
    let enrolments = sqlx::query(
        "SELECT e.id, e.course_id FROM enrolments e JOIN courses c ON c.id = e.course_id \
         WHERE e.participant_id = $1 AND c.audience = 'buddies'",
    )
    .bind(participant_id)
    .fetch_all(&mut *conn)
    .await?;
    if enrolments.is_empty() {
        return Ok(false);
    }
    for e in &enrolments {
        let (enrolment, course): (i64, i64) = (e.try_get("id")?, e.try_get("course_id")?);
        if !course_done(conn, enrolment, course).await? {
            return Ok(false);
        }
    }
    Ok(true)
}

async fn course_done(conn: &mut AnyConnection, enrolment: i64, course: i64) -> Result<bool, StoreError> {
    let modules: Vec<(i64, bool)> = sqlx::query("SELECT id, mandatory FROM course_modules WHERE course_id = $1")
        .bind(course)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get::<i64, _>("mandatory")? != 0)))
        .collect::<Result<_, sqlx::Error>>()?;
    let progress = progress_of(conn, enrolment).await?;
    Ok(mandatory_done(&modules, &progress))
}

async fn progress_of(conn: &mut AnyConnection, enrolment: i64) -> Result<Vec<(i64, Progress)>, StoreError> {
    let rows = sqlx::query("SELECT module_id, status, score FROM module_progress WHERE enrolment_id = $1")
        .bind(enrolment)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|r| {
            Ok((r.try_get("module_id")?, Progress::parse(&r.try_get::<String, _>("status")?, r.try_get("score")?)))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// The enrolments of an account (`$1`): as staff, or through a record
/// linked to it. Each side of the OR through its own index (as one
/// condition, PostgreSQL reads every enrolment).
pub(crate) const ENROLMENTS_OF_USER: &str = "SELECT id FROM enrolments WHERE user_id = $1 UNION SELECT x.id FROM enrolments x \
    JOIN participants xp ON xp.id = x.participant_id WHERE xp.user_id = $1";

impl Store {
    /// The courses of an organisation.
    pub async fn courses(&self, organisation_id: i64) -> Result<Vec<Course>, StoreError> {
        let rows = sqlx::query(&format!("{COURSE} WHERE c.organisation_id = $1 ORDER BY c.id"))
            .bind(organisation_id)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(course).collect::<Result<_, _>>()?)
    }

    /// One course.
    pub async fn course(&self, id: i64) -> Result<Option<Course>, StoreError> {
        let row = sqlx::query(&format!("{COURSE} WHERE c.id = $1")).bind(id).fetch_optional(self.pool()).await?;
        Ok(row.as_ref().map(course).transpose()?)
    }

    /// Creates a course written in `language`.
    pub async fn create_course(
        &self,
        actor: i64,
        organisation_id: i64,
        c: &NewCourse,
        language: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query(
            "INSERT INTO courses (organisation_id, title, audience, description, language, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(organisation_id)
        .bind(&c.title)
        .bind(&c.audience)
        .bind(&c.description)
        .bind(language)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        tx.commit("course.create", &format!("course:{id}"), "").await?;
        Ok(id)
    }

    /// The modules of a course, in order.
    pub async fn modules(&self, course_id: i64) -> Result<Vec<Module>, StoreError> {
        let rows = sqlx::query(&format!("{MODULE} WHERE course_id = $1 ORDER BY position, id"))
            .bind(course_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(module).collect()
    }

    /// One module.
    pub async fn module(&self, id: i64) -> Result<Option<Module>, StoreError> {
        let row = sqlx::query(&format!("{MODULE} WHERE id = $1")).bind(id).fetch_optional(self.pool()).await?;
        row.as_ref().map(module).transpose()
    }

    /// Adds a module at the end of a course.
    pub async fn add_module(&self, actor: i64, course_id: i64, m: &NewModule) -> Result<i64, StoreError> {
        let quiz = m.quiz.as_ref().map(serde_json::to_string).transpose().map_err(StoreError::json("quiz"))?;
        let mut tx = self.audited(actor).await?;
        let position: i64 =
            sqlx::query_scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM course_modules WHERE course_id = $1")
                .bind(course_id)
                .fetch_one(&mut *tx)
                .await?;
        let row = sqlx::query(
            "INSERT INTO course_modules (course_id, position, kind, title, body, link, minutes, mandatory, quiz, pass_mark, \
             starts_at, place, capacity, trainer_user_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
        )
        .bind(course_id)
        .bind(position)
        .bind(m.kind.as_str())
        .bind(&m.title)
        .bind(&m.body)
        .bind(&m.link)
        .bind(m.minutes)
        .bind(i64::from(m.mandatory))
        .bind(quiz)
        .bind(m.pass_mark)
        .bind(m.starts_at)
        .bind(&m.place)
        .bind(m.capacity)
        .bind(actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        tx.commit("module.create", &format!("course:{course_id}"), &id.to_string()).await?;
        Ok(id)
    }

    /// Enrols learners — buddies or staff accounts — in a course, as one
    /// cohort (those enrolled already are left as they are). Returns how
    /// many were added.
    pub async fn enrol(
        &self,
        actor: i64,
        course_id: i64,
        learners: &[Learner],
        cohort: &str,
    ) -> Result<usize, StoreError> {
        let mut tx = self.audited(actor).await?;
        let mut added = 0;
        for learner in learners {
            let (column, id, target) = match *learner {
                Learner::Participant(p) => ("participant_id", p, format!("participant:{p}")),
                Learner::User(u) => ("user_id", u, format!("user:{u}")),
            };
            let exists: i64 =
                sqlx::query_scalar(&format!("SELECT COUNT(*) FROM enrolments WHERE course_id = $1 AND {column} = $2"))
                    .bind(course_id)
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
            if exists > 0 {
                continue;
            }
            sqlx::query(&format!(
                "INSERT INTO enrolments (course_id, {column}, cohort, enrolled_at) VALUES ($1, $2, $3, $4)"
            ))
            .bind(course_id)
            .bind(id)
            .bind(cohort)
            .bind(now())
            .execute(&mut *tx)
            .await?;
            tx.record("course.enrol", &target, &course_id.to_string()).await?;
            added += 1;
        }
        tx.commit_recorded().await?;
        Ok(added)
    }

    /// The accounts of an organisation that may follow a course as staff:
    /// every role but newcomer, and no participant record there.
    pub async fn staff_learners(&self, organisation_id: i64) -> Result<Vec<StaffLearner>, StoreError> {
        let rows = sqlx::query(
            "SELECT u.id, u.display_name, m.role FROM users u JOIN memberships m ON m.user_id = u.id \
             WHERE m.organisation_id = $1 AND m.role <> 'mentee' AND u.active = 1 \
             AND NOT EXISTS (SELECT 1 FROM participants p JOIN programmes g ON g.id = p.programme_id \
                             WHERE p.user_id = u.id AND g.organisation_id = $1) \
             ORDER BY u.display_name, u.id, m.id",
        )
        .bind(organisation_id)
        .fetch_all(self.pool())
        .await?;
        let mut out: Vec<StaffLearner> = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            if out.last().is_none_or(|s| s.user_id != id) {
                out.push(StaffLearner { user_id: id, name: r.try_get("display_name")?, roles: Vec::new() });
            }
            if let Some(s) = out.last_mut() {
                s.roles.push(r.try_get("role")?);
            }
        }
        Ok(out)
    }

    /// The learners of a course with their progress.
    pub async fn enrolments(&self, course_id: i64) -> Result<Vec<Enrolment>, StoreError> {
        self.enrolments_where("e.course_id = $1", course_id).await
    }

    /// The courses a participant is enrolled in.
    pub async fn enrolments_of(&self, participant_id: i64) -> Result<Vec<Enrolment>, StoreError> {
        self.enrolments_where("e.participant_id = $1", participant_id).await
    }

    /// The courses an account follows: as staff, or as a buddy whose
    /// record is linked to the account.
    pub async fn enrolments_of_user(&self, user_id: i64) -> Result<Vec<Enrolment>, StoreError> {
        self.enrolments_where(&format!("e.id IN ({ENROLMENTS_OF_USER})"), user_id).await
    }

    /// One enrolment.
    pub async fn enrolment(&self, id: i64) -> Result<Option<Enrolment>, StoreError> {
        Ok(self.enrolments_where("e.id = $1", id).await?.into_iter().next())
    }

    async fn enrolments_where(&self, condition: &str, value: i64) -> Result<Vec<Enrolment>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT e.id, e.course_id, e.participant_id, COALESCE(e.user_id, p.user_id) AS learner_user_id, \
             CASE WHEN p.id IS NULL THEN u.display_name ELSE p.first_name || ' ' || p.last_name END AS learner, \
             e.cohort, e.enrolled_at, e.completed_at \
             FROM enrolments e LEFT JOIN participants p ON p.id = e.participant_id \
             LEFT JOIN users u ON u.id = e.user_id WHERE {condition} \
             ORDER BY e.cohort, learner, e.id"
        ))
        .bind(value)
        .fetch_all(self.pool())
        .await?;
        let mut conn = self.pool().acquire().await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            out.push(Enrolment {
                id,
                course_id: r.try_get("course_id")?,
                participant_id: r.try_get("participant_id")?,
                user_id: r.try_get("learner_user_id")?,
                name: r.try_get("learner")?,
                cohort: r.try_get("cohort")?,
                enrolled_at: r.try_get("enrolled_at")?,
                completed_at: r.try_get("completed_at")?,
                progress: progress_of(&mut conn, id).await?,
            });
        }
        Ok(out)
    }

    /// Records a learner's progress in a module; then marks the course
    /// completed when its mandatory modules are, and moves a buddy in
    /// training whose whole training is done to "ready to match" — all in
    /// one transaction. Returns whether that move happened (never for
    /// staff learners, who have no status).
    pub async fn record_progress(
        &self,
        actor: Option<i64>,
        enrolment_id: i64,
        module_id: i64,
        progress: Progress,
    ) -> Result<bool, StoreError> {
        let score = match progress {
            Progress::Passed(s) | Progress::Failed(s) => Some(i64::from(s)),
            _ => None,
        };
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query("SELECT course_id, participant_id, user_id FROM enrolments WHERE id = $1")
            .bind(enrolment_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let (course, participant, user): (i64, Option<i64>, Option<i64>) =
            (row.try_get("course_id")?, row.try_get("participant_id")?, row.try_get("user_id")?);
        let target = match (participant, user) {
            (Some(p), _) => format!("participant:{p}"),
            (None, u) => format!("user:{}", u.unwrap_or_default()),
        };
        sqlx::query(
            "INSERT INTO module_progress (enrolment_id, module_id, status, score, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (enrolment_id, module_id) DO UPDATE SET \
             status = excluded.status, score = excluded.score, recorded_by = excluded.recorded_by, \
             recorded_at = excluded.recorded_at",
        )
        .bind(enrolment_id)
        .bind(module_id)
        .bind(progress.as_str())
        .bind(score)
        .bind(actor)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        let done = course_done(&mut tx, enrolment_id, course).await?;
        sqlx::query(
            "UPDATE enrolments SET completed_at = CASE WHEN $1 = 1 THEN COALESCE(completed_at, $2) ELSE NULL END WHERE id = $3",
        )
        .bind(i64::from(done))
        .bind(now())
        .bind(enrolment_id)
        .execute(&mut *tx)
        .await?;
        tx.record("module.progress", &target, progress.as_str()).await?;
        let mut moved = false;
        if let Some(participant) = participant {
            let status = crate::registration::status_of(&mut tx, participant).await?;
            if status == Status::Training && training_done(&mut tx, participant).await? {
                crate::registration::move_in(&mut tx, actor, participant, status, Status::Ready, "").await?;
                moved = true;
            }
        }
        tx.commit_recorded().await?;
        Ok(moved)
    }

    /// Whether a buddy's training is done (see the gate of step 5).
    pub async fn training_done(&self, participant_id: i64) -> Result<bool, StoreError> {
        let mut conn = self.pool().acquire().await?;
        training_done(&mut conn, participant_id).await
    }

    /// The translations of a module's title and text.
    pub async fn module_texts(&self, module_id: i64) -> Result<Vec<ModuleText>, StoreError> {
        let rows = sqlx::query("SELECT language, title, body FROM module_texts WHERE module_id = $1 ORDER BY language")
            .bind(module_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                Ok(ModuleText {
                    language: r.try_get("language")?,
                    title: r.try_get("title")?,
                    body: r.try_get("body")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Sets a module's title and text in one language (replacing an
    /// earlier translation).
    pub async fn set_module_text(&self, actor: i64, module_id: i64, text: &ModuleText) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        sqlx::query(
            "INSERT INTO module_texts (module_id, language, title, body) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (module_id, language) DO UPDATE SET title = excluded.title, body = excluded.body",
        )
        .bind(module_id)
        .bind(&text.language)
        .bind(&text.title)
        .bind(&text.body)
        .execute(&mut *tx)
        .await?;
        tx.commit("module.translate", &format!("module:{module_id}"), &text.language).await?;
        Ok(())
    }

    /// The files attached to a module.
    pub async fn module_files(&self, module_id: i64) -> Result<Vec<ModuleFile>, StoreError> {
        let rows = sqlx::query(&format!("{FILE} WHERE module_id = $1 ORDER BY id"))
            .bind(module_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(module_file).collect::<Result<_, _>>().map_err(Into::into)
    }

    /// One attached file.
    pub async fn module_file(&self, id: i64) -> Result<Option<ModuleFile>, StoreError> {
        let row = sqlx::query(&format!("{FILE} WHERE id = $1")).bind(id).fetch_optional(self.pool()).await?;
        Ok(row.as_ref().map(module_file).transpose()?)
    }

    /// Records a file attached to a module (its bytes are already in the
    /// upload directory).
    pub async fn add_module_file(&self, actor: i64, module_id: i64, f: &NewModuleFile) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query(
            "INSERT INTO module_files (module_id, stored_name, original_name, content_type, size, uploaded_by, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(module_id)
        .bind(&f.stored_name)
        .bind(&f.original_name)
        .bind(&f.content_type)
        .bind(f.size)
        .bind(actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        tx.commit("module.file", &format!("module:{module_id}"), &id.to_string()).await?;
        Ok(id)
    }

    /// Removes an attached file's record; returns its stored name, for the
    /// caller to delete the bytes.
    pub async fn remove_module_file(&self, actor: i64, id: i64) -> Result<String, StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query("DELETE FROM module_files WHERE id = $1 RETURNING module_id, stored_name")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let (module_id, stored_name): (i64, String) = (row.try_get("module_id")?, row.try_get("stored_name")?);
        tx.commit("module.file.remove", &format!("module:{module_id}"), &id.to_string()).await?;
        Ok(stored_name)
    }
}

const FILE: &str = "SELECT id, module_id, stored_name, original_name, content_type, size FROM module_files";

fn module_file(r: &AnyRow) -> Result<ModuleFile, sqlx::Error> {
    Ok(ModuleFile {
        id: r.try_get("id")?,
        module_id: r.try_get("module_id")?,
        stored_name: r.try_get("stored_name")?,
        original_name: r.try_get("original_name")?,
        content_type: r.try_get("content_type")?,
        size: r.try_get("size")?,
    })
}
