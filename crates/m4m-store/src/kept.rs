//! Figures over a whole organisation, kept for a moment between the
//! visits that ask for them.
//!
//! A coordinator's home counts everyone of their programmes by step and
//! every session of the last twelve weeks, a programme's page all its
//! people: a few milliseconds each on 20,000 people, on every visit, for
//! numbers that change a few times a minute. Such a figure is kept with the count of this process's writes
//! when it was read ([`Store`](crate::Store)'s write transactions count
//! their commits): a write made through this process is seen by the next
//! visit, and one made elsewhere (another server on the same PostgreSQL,
//! a command) within [`FRESH`]. When a figure is older than that, one
//! visit reads it again while the others take the one kept, so that a
//! crowd of visits does not read it all at once.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a figure is taken as it is when nothing was written through
/// this process since it was read.
pub const FRESH: Duration = Duration::from_secs(1);

/// A figure being read again for longer than this is read by the next
/// visit too (the first reader failed or was stopped).
const STALLED: Duration = Duration::from_secs(10);

/// A figure not asked for in this long is forgotten (a past week's chart,
/// a coordinator gone).
const FORGOTTEN: Duration = Duration::from_secs(60);

struct Entry<V> {
    value: V,
    /// The writes counted before it was read.
    writes: u64,
    read_at: Instant,
    /// Since when a visit reads it again, if one does.
    refreshing: Option<Instant>,
}

/// Figures by key (the programmes or organisations they are about).
pub(crate) struct Kept<K, V> {
    entries: Mutex<HashMap<K, Entry<V>>>,
}

impl<K, V> std::fmt::Debug for Kept<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kept = self.entries.lock().map_or(0, |e| e.len());
        f.debug_struct("Kept").field("figures", &kept).finish()
    }
}

impl<K, V> Default for Kept<K, V> {
    fn default() -> Self {
        Kept { entries: Mutex::new(HashMap::new()) }
    }
}

impl<K: Eq + Hash + Clone, V: Clone> Kept<K, V> {
    /// The figure of `key`: the one kept if no write was counted since it
    /// was read (`writes` is the count now) and it is fresh, or another
    /// visit is reading it again; else `read`'s.
    pub(crate) async fn get<E>(
        &self,
        key: K,
        writes: u64,
        read: impl std::future::Future<Output = Result<V, E>>,
    ) -> Result<V, E> {
        let now = Instant::now();
        {
            let Ok(mut entries) = self.entries.lock() else { return read.await };
            if let Some(e) = entries.get_mut(&key).filter(|e| e.writes == writes) {
                let someone_reads = e.refreshing.is_some_and(|since| now - since < STALLED);
                if now - e.read_at < FRESH || someone_reads {
                    return Ok(e.value.clone());
                }
                e.refreshing = Some(now);
            }
        }
        let value = read.await;
        let Ok(mut entries) = self.entries.lock() else { return value };
        match &value {
            Ok(v) => {
                // A reader that counted more writes keeps its figure.
                if entries.get(&key).is_none_or(|e| e.writes <= writes) {
                    entries.retain(|_, e| now - e.read_at < FORGOTTEN);
                    entries.insert(key, Entry { value: v.clone(), writes, read_at: now, refreshing: None });
                }
            }
            Err(_) => {
                if let Some(e) = entries.get_mut(&key) {
                    e.refreshing = None;
                }
            }
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(kept: &Kept<u8, u32>, writes: u64, value: u32) -> u32 {
        kept.get(1, writes, async { Ok::<_, ()>(value) }).await.unwrap()
    }

    #[tokio::test]
    async fn a_figure_is_kept_until_a_write_or_for_a_moment() {
        let kept = Kept::default();
        assert_eq!(get(&kept, 0, 10).await, 10);
        // Read again at once, nothing written: the kept figure.
        assert_eq!(get(&kept, 0, 11).await, 10);
        // A write counted since: read again.
        assert_eq!(get(&kept, 1, 12).await, 12);
        assert_eq!(get(&kept, 1, 13).await, 12);
        // Older than a moment: read again.
        kept.entries.lock().unwrap().get_mut(&1).unwrap().read_at -= FRESH;
        assert_eq!(get(&kept, 1, 14).await, 14);
    }

    #[tokio::test]
    async fn while_one_visit_reads_again_the_others_take_the_kept_figure() {
        let kept = Kept::default();
        get(&kept, 0, 10).await;
        kept.entries.lock().unwrap().get_mut(&1).unwrap().read_at -= FRESH;
        // The first visit to find it old reads it again; a second one,
        // meanwhile, takes the one kept.
        let (tx, rx) = tokio::sync::oneshot::channel::<u32>();
        let first = kept.get(1, 0, async { Ok::<_, ()>(rx.await.unwrap()) });
        let second = async {
            let v = get(&kept, 0, 99).await;
            tx.send(20).unwrap();
            v
        };
        let (first, second) = tokio::join!(first, second);
        assert_eq!((first.unwrap(), second), (20, 10));
        assert_eq!(get(&kept, 0, 30).await, 20);
    }

    #[tokio::test]
    async fn a_failed_read_keeps_nothing_and_lets_the_next_visit_read() {
        let kept: Kept<u8, u32> = Kept::default();
        assert!(kept.get(1, 0, async { Err::<u32, _>("down") }).await.is_err());
        assert_eq!(get(&kept, 0, 7).await, 7);
        kept.entries.lock().unwrap().get_mut(&1).unwrap().read_at -= FRESH;
        assert!(kept.get(1, 0, async { Err::<u32, _>("down") }).await.is_err());
        assert_eq!(get(&kept, 0, 8).await, 8);
    }
}
