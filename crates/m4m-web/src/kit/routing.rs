//! The route table. Every route module declares its routes through
//! [`Routes`], with this module's [`get`] and [`post`] in place of axum's:
//! `Routes::route` hands each path to axum and writes down its methods in
//! the same call, and an [`On`] can only be made by `get` and `post`, which
//! record the method they add. The application's router is assembled from
//! `Routes` alone ([`crate::router`]), so no route can be served without
//! being in [`crate::route_table`] — the list the access table test
//! compares with its own.

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{self, MethodRouter};

use crate::AppState;

/// The handlers of one path by method, written as in axum:
/// `get(show).post(save)`.
pub struct On {
    methods: Vec<Method>,
    handlers: MethodRouter<AppState>,
}

/// A path answered by `handler` on `GET` (and `HEAD`).
pub fn get<H, T>(handler: H) -> On
where
    H: Handler<T, AppState>,
    T: 'static,
{
    On { methods: vec![Method::GET], handlers: routing::get(handler) }
}

/// A path answered by `handler` on `POST`.
pub fn post<H, T>(handler: H) -> On
where
    H: Handler<T, AppState>,
    T: 'static,
{
    On { methods: vec![Method::POST], handlers: routing::post(handler) }
}

impl On {
    /// The same path answered by `handler` on `GET` too.
    pub fn get<H, T>(mut self, handler: H) -> On
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.methods.push(Method::GET);
        self.handlers = self.handlers.get(handler);
        self
    }

    /// The same path answered by `handler` on `POST` too.
    pub fn post<H, T>(mut self, handler: H) -> On
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.methods.push(Method::POST);
        self.handlers = self.handlers.post(handler);
        self
    }
}

/// Routes registered with axum, each listed by method and path as it is
/// registered.
#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    table: Vec<(Method, &'static str)>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::default()
    }

    /// Serves `path` with the handlers of `on`, and lists it once per method.
    pub fn route(mut self, path: &'static str, on: On) -> Routes {
        self.table.extend(on.methods.into_iter().map(|m| (m, path)));
        self.router = self.router.route(path, on.handlers);
        self
    }

    /// These routes and `other`'s.
    pub fn merge(mut self, other: Routes) -> Routes {
        self.table.extend(other.table);
        self.router = self.router.merge(other.router);
        self
    }

    /// Every route, method and path, in the order they were declared.
    pub fn table(&self) -> &[(Method, &'static str)] {
        &self.table
    }

    /// The axum router that serves them.
    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn nothing() {}

    #[test]
    fn every_method_of_every_route_is_listed() {
        let routes = Routes::new()
            .route("/a", get(nothing).post(nothing))
            .merge(Routes::new().route("/b", post(nothing)).route("/a/{id}", get(nothing)));
        let listed: Vec<(&str, &str)> = routes.table().iter().map(|(m, p)| (m.as_str(), *p)).collect();
        assert_eq!(listed, [("GET", "/a"), ("POST", "/a"), ("POST", "/b"), ("GET", "/a/{id}")]);
    }
}
