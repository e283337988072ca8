//! The page templates (askama, under `templates/`) and what every page
//! shares: the [`Chrome`] around the content, and [`Field`]s that render
//! labelled, accessible form controls in one place.

use askama::Template;
use m4m_domain::Role;
use m4m_domain::language::Language;

use crate::context::Ctx;
use crate::i18n::{self, Tr};

/// A link of the main navigation.
pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// What surrounds every page: language and direction, navigation, the
/// language switcher, the log-out button.
pub struct Chrome {
    pub tr: Tr,
    pub title: String,
    pub csrf: String,
    pub user_name: Option<String>,
    /// Whether the person holds a staff role: the account menu offers
    /// them two-step log-in and API tokens; a buddy or a newcomer gets
    /// their data and consents first instead.
    pub staff: bool,
    pub nav: Vec<NavItem>,
    pub path: String,
    pub languages: &'static [Language],
}

impl Chrome {
    /// The chrome of a page titled `title`.
    pub fn new(ctx: &Ctx, title: String) -> Chrome {
        let tr = ctx.tr;
        let mut links: Vec<(&'static str, &'static str)> = Vec::new();
        if let Some(user) = &ctx.user {
            links.push(("/home", "nav-home"));
            let actor = &user.actor;
            if actor.has_role(Role::Administrator) {
                links.push(("/admin/organisations", "nav-organisations"));
                links.push(("/admin/users", "nav-users"));
                links.push(("/admin/outbox", "nav-outbox"));
                links.push(("/admin/inventory", "nav-inventory"));
            }
            if actor.has_role(Role::Coordinator) {
                links.push(("/stakeholders", "nav-stakeholders"));
                links.push(("/outreach", "nav-outreach"));
                links.push(("/questionnaires", "nav-questionnaires"));
            }
            if actor.has_role(Role::Coordinator) || actor.has_role(Role::Trainer) {
                links.push(("/training", "nav-training"));
            }
            if actor.has_role(Role::Administrator) || actor.has_role(Role::Coordinator) {
                links.push(("/invitations/new", "nav-invite"));
                links.push(("/retention", "nav-retention"));
            }
            if actor.has_role(Role::Mentor) || actor.has_role(Role::Mentee) {
                links.push(("/calendar", "nav-calendar"));
            }
        }
        Chrome {
            tr,
            title,
            csrf: ctx.csrf.clone(),
            user_name: ctx.user.as_ref().map(|u| u.name.clone()),
            staff: ctx
                .user
                .as_ref()
                .is_some_and(|u| u.actor.grants.iter().any(|g| !matches!(g.role, Role::Mentor | Role::Mentee))),
            nav: links
                .into_iter()
                .map(|(href, key)| NavItem { href, label: tr.t(key), current: ctx.path == href })
                .collect(),
            path: ctx.path.clone(),
            languages: i18n::languages(),
        }
    }
}

/// How a form control is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Text,
    Email,
    Password,
    NewPassword,
    Date,
    Number,
    TextArea,
    Select,
}

/// One labelled form control with its value and, after a failed
/// submission, the message that says what to fix.
pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub control: Control,
    pub required: bool,
    pub error: Option<String>,
    /// For selects: value, label, selected.
    pub options: Vec<(String, String, bool)>,
}

impl Field {
    /// A field of `control` type labelled with the message `label_key`.
    pub fn new(tr: &Tr, name: &'static str, label_key: &str, control: Control, value: &str) -> Field {
        Field {
            name,
            label: tr.t(label_key),
            value: value.to_owned(),
            control,
            required: false,
            error: None,
            options: Vec::new(),
        }
    }

    /// Marks the field required.
    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// Sets the choices of a select; the one equal to the value is selected.
    pub fn options(mut self, options: Vec<(String, String)>) -> Field {
        self.options = options
            .into_iter()
            .map(|(v, l)| {
                let selected = v == self.value;
                (v, l, selected)
            })
            .collect();
        self
    }

    /// The `type` attribute of an `<input>`.
    pub fn input_type(&self) -> &'static str {
        match self.control {
            Control::Email => "email",
            Control::Password | Control::NewPassword => "password",
            Control::Date => "date",
            Control::Number => "number",
            _ => "text",
        }
    }

    /// The `autocomplete` attribute.
    pub fn autocomplete(&self) -> &'static str {
        match (self.control, self.name) {
            (Control::Email, _) => "email",
            (Control::Password, _) => "current-password",
            (Control::NewPassword, _) => "new-password",
            (_, "code") => "one-time-code",
            (_, "name") => "name",
            _ => "off",
        }
    }

    pub fn is_textarea(&self) -> bool {
        self.control == Control::TextArea
    }

    pub fn is_select(&self) -> bool {
        self.control == Control::Select
    }
}

/// The choices of a select from stable keys, each labelled with the
/// message `<prefix><key>`.
pub fn keyed_options(tr: &Tr, keys: &[&str], prefix: &str) -> Vec<(String, String)> {
    keys.iter().map(|k| ((*k).to_owned(), tr.t(&format!("{prefix}{k}")))).collect()
}

/// A form: fields, the errors summary, the submit button.
pub struct Form {
    pub action: String,
    pub submit: String,
    pub fields: Vec<Field>,
    /// Hidden fields besides the CSRF token.
    pub hidden: Vec<(&'static str, String)>,
}

impl Form {
    /// Fills each field's error from a failed validation.
    pub fn with_errors(mut self, tr: &Tr, errors: &m4m_domain::Validation) -> Form {
        for f in &mut self.fields {
            f.error = errors.key_for(f.name).map(|k| tr.t(k));
        }
        self
    }

    /// The messages of the fields in error, for the summary at the top.
    pub fn errors(&self) -> Vec<(&'static str, &str, &str)> {
        self.fields.iter().filter_map(|f| f.error.as_deref().map(|e| (f.name, f.label.as_str(), e))).collect()
    }
}

/// An error page.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub c: Chrome,
    pub status: u16,
    pub text: String,
}

/// A page made of a title, an optional notice and a form.
#[derive(Template)]
#[template(path = "form_page.html")]
pub struct FormPage {
    pub c: Chrome,
    pub intro: Vec<String>,
    pub notice: Option<String>,
    pub form: Form,
}

/// Renders a template into an HTML response.
pub fn render(t: &impl Template) -> Result<axum::response::Html<String>, crate::error::AppError> {
    Ok(axum::response::Html(t.render()?))
}
