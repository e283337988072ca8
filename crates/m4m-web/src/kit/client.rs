//! The client behind a request, as far as the server needs to know it.

use std::net::SocketAddr;

use sha2::{Digest, Sha256};

/// A pseudonymous key for the client's address: throttling needs to
/// recognise it, nobody needs to read it.
pub fn client_key(addr: &SocketAddr) -> String {
    let d = Sha256::digest(addr.ip().to_string().as_bytes());
    d.iter().take(8).map(|b| format!("{b:02x}")).collect()
}
