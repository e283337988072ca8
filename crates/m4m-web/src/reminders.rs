//! Reminders to pairs that have logged nothing for a while (step 7): each
//! member with an account gets a message in their own language, queued in
//! the outbox, and the pair is not reminded again before the same number
//! of days has passed. And the members of running pairs whose check-in
//! has fallen due (step 9), once per check-in.

use m4m_store::{Store, StoreError};

use crate::Config;
use crate::i18n::{Arg, Tr};

/// Queues the reminders due at `at` (Unix seconds) and returns how many
/// pairs were reminded.
pub async fn run_reminders(store: &Store, config: &Config, at: i64) -> Result<usize, StoreError> {
    run_checkin_reminders(store, at).await?;
    let days = config.reminder_days;
    if days <= 0 {
        return Ok(0);
    }
    let pairs = store.idle_pairs(days, at).await?;
    for p in &pairs {
        let link = m4m_store::outbox::link(&format!("/pairs/{}", p.pair_id));
        let mails: Vec<_> = p
            .recipients
            .iter()
            .map(|r| {
                let tr = Tr::for_code(r.locale.as_deref().unwrap_or("en"));
                let args = [
                    ("name", Arg::Text(&r.first_name)),
                    ("other", Arg::Text(&r.other_first_name)),
                    ("days", Arg::Num(days)),
                    ("link", Arg::Text(&link)),
                ];
                (r.email.clone(), tr.args("reminder-subject", &args), tr.args("reminder-body", &args))
            })
            .collect();
        store.record_reminder(p.pair_id, at, &mails).await?;
    }
    if !pairs.is_empty() {
        tracing::info!(pairs = pairs.len(), "reminders queued for idle pairs");
    }
    Ok(pairs.len())
}

/// Tells each member whose check-in is due, in their language, once.
/// Returns how many were told.
pub async fn run_checkin_reminders(store: &Store, at: i64) -> Result<usize, StoreError> {
    let today = time::OffsetDateTime::from_unix_timestamp(at)
        .map_or_else(|_| time::OffsetDateTime::now_utc().date(), |t| t.date());
    let due = store.checkin_reminders_due(today).await?;
    for r in &due {
        let tr = Tr::for_code(r.locale.as_deref().unwrap_or("en"));
        let link = m4m_store::outbox::link(&format!("/pairs/{}/checkin", r.pair_id));
        let args =
            [("name", Arg::Text(&r.first_name)), ("other", Arg::Text(&r.other_first_name)), ("link", Arg::Text(&link))];
        store
            .record_checkin_reminder(r, &tr.args("checkin-mail-subject", &args), &tr.args("checkin-mail-body", &args))
            .await?;
    }
    if !due.is_empty() {
        tracing::info!(members = due.len(), "check-in reminders queued");
    }
    Ok(due.len())
}
