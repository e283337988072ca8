//! The client behind a request, as far as the server needs to know it:
//! its address, for throttling. Behind a reverse proxy every connection
//! comes from the proxy, so the address is taken from the header the
//! proxy writes — but only when the connection comes from a proxy the
//! operator named ([`TrustedProxies`]); anyone else could write that
//! header themselves.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use ipnet::IpNet;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::error::AppError;

/// The header a trusted proxy writes the client's address in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProxyHeader {
    /// `X-Forwarded-For: client, proxy1, …` (nginx, Caddy, HAProxy, Traefik).
    #[default]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=client, for=proxy1`.
    Forwarded,
}

impl ProxyHeader {
    /// Reads the setting's value.
    pub fn parse(s: &str) -> Option<ProxyHeader> {
        match s.trim().to_ascii_lowercase().as_str() {
            "x-forwarded-for" => Some(ProxyHeader::XForwardedFor),
            "forwarded" => Some(ProxyHeader::Forwarded),
            _ => None,
        }
    }
}

/// The reverse proxies whose forwarding header is believed: addresses or
/// ranges (`127.0.0.1`, `10.0.0.0/8`, `::1`). None by default: the
/// connection's peer is the client.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    nets: Vec<IpNet>,
    header: ProxyHeader,
}

/// A trusted-proxy entry that is neither an address nor a range.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not an IP address or range (CIDR): {0:?}")]
pub struct BadProxy(pub String);

impl TrustedProxies {
    /// Reads a comma- or space-separated list of addresses and ranges.
    pub fn parse(list: &str, header: ProxyHeader) -> Result<TrustedProxies, BadProxy> {
        let nets = list
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map(|n| n.trunc())
                    .map_err(|_| BadProxy(s.to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(TrustedProxies { nets, header })
    }

    /// Whether no proxy is trusted.
    pub fn is_empty(&self) -> bool {
        self.nets.is_empty()
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.nets.iter().any(|n| n.contains(&ip))
    }

    /// The client's address: the peer's, unless the peer is a trusted
    /// proxy; then the header is read from its end (what the nearest
    /// proxy wrote) back, skipping trusted proxies, and the first address
    /// that is not one is the client. What a client wrote into the header
    /// itself stands before the addresses the proxies appended, so it is
    /// never reached while an untrusted address comes after it.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        let hops: Vec<String> = match self.header {
            ProxyHeader::XForwardedFor => headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .map(|s| s.trim().to_owned())
                .collect(),
            ProxyHeader::Forwarded => headers
                .get_all("forwarded")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .map(|element| {
                    element
                        .split(';')
                        .filter_map(|pair| pair.trim().split_once('='))
                        .find(|(k, _)| k.eq_ignore_ascii_case("for"))
                        .map_or_else(String::new, |(_, v)| v.trim().trim_matches('"').to_owned())
                })
                .collect(),
        };
        for hop in hops.iter().rev() {
            // A hop that is no address (`unknown`, an obfuscated name,
            // garbage) ends the walk: the last trusted proxy stands for
            // the client, which throttles more, never less.
            let Some(ip) = parse_hop(hop) else { break };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        client
    }
}

/// An address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `::1`,
/// `[::1]` or `[::1]:5678`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    if let Ok(ip) = hop.parse::<IpAddr>() {
        return Some(ip.to_canonical());
    }
    if let Ok(sa) = hop.parse::<SocketAddr>() {
        return Some(sa.ip().to_canonical());
    }
    hop.strip_prefix('[')?.strip_suffix(']')?.parse::<IpAddr>().ok().map(|ip| ip.to_canonical())
}

/// The client of a request, by address ([`TrustedProxies::client`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Client(pub IpAddr);

impl Client {
    /// A pseudonymous key for the client's address: throttling needs to
    /// recognise it, nobody needs to read it. An IPv6 client counts by its
    /// /64, the block one subscriber gets: its 2^64 addresses are one
    /// client, not 2^64 fresh limits.
    pub fn key(&self) -> String {
        let counted = match self.0 {
            IpAddr::V6(v6) => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
            v4 => v4,
        };
        let d = Sha256::digest(counted.to_string().as_bytes());
        d.iter().take(8).map(|b| format!("{b:02x}")).collect()
    }

    /// Whether the request reached the server from this machine itself,
    /// and not through a proxy (a proxy on this machine forwards the
    /// world: its requests carry a forwarding header).
    pub fn is_local(&self, headers: &HeaderMap) -> bool {
        self.0.is_loopback() && !headers.contains_key("x-forwarded-for") && !headers.contains_key("forwarded")
    }
}

impl FromRequestParts<AppState> for Client {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Self::Rejection> {
        let ConnectInfo(peer) = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .copied()
            .ok_or_else(|| AppError::internal("the server runs without the connection's address"))?;
        Ok(Client(app.config.trusted_proxies.client(peer.ip(), &parts.headers)))
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn with(name: &'static str, value: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(name, HeaderValue::from_static(value));
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client() {
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("127.0.0.1"), &with("x-forwarded-for", "203.0.113.9")), ip("127.0.0.1"));
    }

    #[test]
    fn a_trusted_proxy_names_the_client() {
        let t = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8", ProxyHeader::XForwardedFor).unwrap();
        assert_eq!(t.client(ip("127.0.0.1"), &with("x-forwarded-for", "203.0.113.9")), ip("203.0.113.9"));
        // Two proxies in a row: the first untrusted address from the end.
        assert_eq!(t.client(ip("10.1.2.3"), &with("x-forwarded-for", "203.0.113.9, 127.0.0.1")), ip("203.0.113.9"));
        // A client who wrote the header itself: the proxy appended the
        // real address after it, and that is the one taken.
        assert_eq!(t.client(ip("127.0.0.1"), &with("x-forwarded-for", "198.51.100.1, 203.0.113.9")), ip("203.0.113.9"));
        // An untrusted peer is the client whatever it writes.
        assert_eq!(t.client(ip("192.0.2.7"), &with("x-forwarded-for", "203.0.113.9")), ip("192.0.2.7"));
        // IPv4 seen through an IPv6 socket is still the trusted proxy.
        assert_eq!(t.client(ip("::ffff:127.0.0.1"), &with("x-forwarded-for", "203.0.113.9")), ip("203.0.113.9"));
        // Garbage ends the walk at the last trusted proxy.
        assert_eq!(t.client(ip("127.0.0.1"), &with("x-forwarded-for", "nonsense")), ip("127.0.0.1"));
        // No header: the proxy itself.
        assert_eq!(t.client(ip("127.0.0.1"), &HeaderMap::new()), ip("127.0.0.1"));
    }

    #[test]
    fn forwarded_is_read_when_chosen() {
        let t = TrustedProxies::parse("::1", ProxyHeader::Forwarded).unwrap();
        let h = with("forwarded", "for=198.51.100.1, for=\"[2001:db8::17]:4711\";proto=https");
        assert_eq!(t.client(ip("::1"), &h), ip("2001:db8::17"));
        // The other header is not the one this proxy writes: ignored.
        assert_eq!(t.client(ip("::1"), &with("x-forwarded-for", "203.0.113.9")), ip("::1"));
    }

    #[test]
    fn bad_entries_are_named() {
        assert_eq!(
            TrustedProxies::parse("127.0.0.1,proxy.local", ProxyHeader::XForwardedFor),
            Err(BadProxy("proxy.local".into()))
        );
        assert!(TrustedProxies::parse("", ProxyHeader::XForwardedFor).unwrap().is_empty());
    }

    #[test]
    fn keys_name_no_address() {
        let k = Client(ip("203.0.113.9")).key();
        assert_eq!(k.len(), 16);
        assert!(!k.contains("203"));
        assert_ne!(k, Client(ip("203.0.113.10")).key());
        // One subscriber's IPv6 block is one client; the next block another.
        assert_eq!(Client(ip("2001:db8:1:2::1")).key(), Client(ip("2001:db8:1:2:ffff::9")).key());
        assert_ne!(Client(ip("2001:db8:1:2::1")).key(), Client(ip("2001:db8:1:3::1")).key());
    }
}
