//! Checking and hashing passwords without letting a flood of log-ins take
//! the server's memory: each Argon2id run takes about 19 MiB, so at most
//! one per core runs at a time, a bounded number wait, and beyond that the
//! request is answered 503 with `Retry-After` at once. During a burst,
//! checks run in working memory the gate keeps and hands to the next
//! (one per running check): allocated and freed on every check, it could
//! stay with the allocator of whichever thread ran it, and the server
//! would grow by 19 MiB a thread. Memory spent on checking passwords
//! therefore stays at `cores × 19 MiB` whatever comes in, and none once
//! nobody waits.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use m4m_domain::account::password;
use tokio::sync::Semaphore;

use crate::error::AppError;

/// How many requests may wait for a password check before the next is
/// turned away.
const MAX_WAITING: usize = 64;

/// The gate every password check and hash of a request goes through.
pub struct PasswordGate {
    running: Semaphore,
    waiting: AtomicUsize,
    max_waiting: usize,
    /// Working memories not in use, while checks wait; never more than
    /// `running` allows.
    memories: Mutex<Vec<Vec<password::Block>>>,
}

impl PasswordGate {
    /// A gate letting `concurrent` checks run and `max_waiting` wait.
    pub fn new(concurrent: usize, max_waiting: usize) -> PasswordGate {
        PasswordGate {
            running: Semaphore::new(concurrent.max(1)),
            waiting: AtomicUsize::new(0),
            max_waiting,
            memories: Mutex::new(Vec::new()),
        }
    }

    /// One check at a time per core of this machine.
    pub fn for_this_machine() -> PasswordGate {
        PasswordGate::new(std::thread::available_parallelism().map_or(2, |n| n.get()), MAX_WAITING)
    }

    /// Runs `work` (a blocking Argon2 call) when its turn comes, or
    /// answers [`AppError::Busy`] if too many wait already.
    pub async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
        let _permit = self.turn().await?;
        tokio::task::spawn_blocking(work).await.map_err(AppError::failed)
    }

    /// Waits for a turn, or turns the request away.
    async fn turn(&self) -> Result<tokio::sync::SemaphorePermit<'_>, AppError> {
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.max_waiting {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(AppError::Busy);
        }
        let permit = self.running.acquire().await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        permit.map_err(AppError::failed)
    }

    /// Like [`PasswordGate::run`], with a working memory taken from the
    /// gate (or made, the first times) and given back after.
    async fn run_with<T: Send + 'static>(
        &self,
        take: impl FnOnce(&PasswordGate) -> Option<Vec<password::Block>>,
        work: impl FnOnce(Vec<password::Block>) -> (T, Vec<password::Block>) + Send + 'static,
    ) -> Result<T, AppError> {
        let _permit = self.turn().await?;
        let memory = take(self).unwrap_or_else(password::memory);
        let (out, memory) = tokio::task::spawn_blocking(move || work(memory)).await.map_err(AppError::failed)?;
        // Kept for a check that waits; the last check of a burst lets its
        // memory go, so that an idle server does not hold 19 MiB for the
        // next log-in (whose check then takes a few milliseconds more).
        if self.waiting.load(Ordering::SeqCst) > 0
            && let Ok(mut m) = self.memories.lock()
        {
            m.push(memory);
        }
        Ok(out)
    }

    /// Whether `typed` is the password of `hash`.
    pub async fn verify(&self, typed: String, hash: String) -> Result<bool, AppError> {
        // The permit is held while the memory is out: at most as many
        // memories exist as checks may run.
        let memory = |gate: &PasswordGate| gate.memories.lock().ok().and_then(|mut m| m.pop());
        self.run_with(memory, move |mut m: Vec<password::Block>| {
            let right = password::verify_in(&typed, &hash, &mut m);
            (right, m)
        })
        .await
    }

    /// The hash of a new password.
    pub async fn hash(&self, typed: String) -> Result<String, AppError> {
        self.run(move || password::hash(&typed)).await
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn at_most_the_allowed_checks_run_at_once_and_the_rest_wait_or_are_turned_away() {
        let gate = Arc::new(PasswordGate::new(2, 10));
        let now = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..40 {
            let (gate, now, most) = (gate.clone(), now.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                gate.run(move || {
                    let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(n, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(30));
                    now.fetch_sub(1, Ordering::SeqCst);
                })
                .await
            }));
        }
        let mut done = 0;
        let mut busy = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(()) => done += 1,
                Err(AppError::Busy) => busy += 1,
                Err(e) => panic!("{e:?}"),
            }
        }
        assert!(most.load(Ordering::SeqCst) <= 2, "{} ran at once", most.load(Ordering::SeqCst));
        assert!(busy > 0, "forty at once cannot all wait for a gate of two plus ten");
        assert!(done >= 2 && done + busy == 40, "{done} done, {busy} turned away");
    }
}
