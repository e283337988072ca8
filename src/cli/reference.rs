//! docs/CONFIGURATION.md, written from the command-line definitions: a
//! test compares the file with what [`render`] makes of them, so that the
//! reference cannot drift from the program (`M4M_WRITE_DOCS=1` rewrites
//! it).

use std::fmt::Write as _;

/// An example value for each setting, by its clap id; a setting without
/// one fails the test.
const EXAMPLES: &[(&str, &str)] = &[
    ("log_format", "json"),
    ("database_url", "sqlite:///var/lib/m4m/m4m.db"),
    ("bind", "0.0.0.0:3000"),
    ("demo", ""),
    ("public_url", "https://m4m.example.org"),
    ("smtp_ca_file", "/etc/m4m/smtp-ca.pem"),
    ("secure_cookies", "true"),
    ("trusted_proxies", "127.0.0.1,::1,10.0.0.0/8"),
    ("proxy_header", "forwarded"),
    ("metrics_token", "0f6b2c…(a long random string)"),
    ("session_idle_minutes", "60"),
    ("require_two_factor", "false"),
    ("upload_dir", "/var/lib/m4m/uploads"),
    ("max_upload_mb", "25"),
    ("smtp_url", "smtps://m4m:secret@mail.example.org:465"),
    ("mail_from", "Buddy System <buddies@example.org>"),
    ("reminder_days", "7"),
];

const INTRO: &str = "# Configuration reference

<!-- Written by `M4M_WRITE_DOCS=1 cargo test -p m4m --bin m4m configuration_reference`
     from the command-line definitions (src/main.rs, src/cli/server.rs);
     the same test fails when this file differs from them. -->

Every setting of `m4m serve` is a command-line option and an environment
variable; the option wins when both are given. `m4m serve --help` prints
the same. Other commands (`m4m migrate`, `m4m user create`, `m4m backup`,
…) take `--database-url` / `M4M_DATABASE_URL` the same way, and
`m4m reminders run` the mail settings and `--public-url`.
";

const OUTRO: &str = "## Environment only

### `M4M_LOG`

What is logged, in tracing's `EnvFilter` syntax: a level, or levels per
module. Default: `info,sqlx=warn`. Example: `M4M_LOG=debug` or
`M4M_LOG=info,sqlx::query=debug` (every SQL statement).

### `M4M_PASSWORD`

The password of `m4m user create`, read instead of the first line of
standard input (never from the command line, which other users of the
machine can see). Example: `M4M_PASSWORD=\"$(cat /run/secrets/admin)\"`.
";

/// One setting as the reference shows it.
fn setting(out: &mut String, arg: &clap::Arg) {
    let long = arg.get_long().expect("every setting has a long option");
    let id = arg.get_id().as_str();
    let env = arg.get_env().map(|e| e.to_string_lossy().into_owned());
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    let _ = match &env {
        Some(env) => writeln!(out, "### `--{long}` · `{env}`\n"),
        None => writeln!(out, "### `--{long}`\n"),
    };
    let help = arg.get_long_help().or(arg.get_help()).map(ToString::to_string).unwrap_or_default();
    let help = help.trim();
    // clap drops the full stop of a one-sentence help.
    let stop = if help.ends_with(['.', ')']) { "" } else { "." };
    let _ = writeln!(out, "{help}{stop}\n");
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    let default = if !takes_value {
        "off".to_owned()
    } else if defaults.is_empty() && help.to_lowercase().contains("default") {
        "see above".to_owned()
    } else if defaults.is_empty() {
        "none".to_owned()
    } else {
        format!("`{}`", defaults.join(","))
    };
    let choices: Vec<String> = arg.get_possible_values().iter().map(|p| format!("`{}`", p.get_name())).collect();
    if takes_value && !choices.is_empty() {
        let _ = writeln!(out, "Values: {}.", choices.join(", "));
    }
    let _ = writeln!(out, "Default: {default}.");
    let example = EXAMPLES
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, v)| *v)
        .unwrap_or_else(|| panic!("docs: give --{long} an example in src/cli/reference.rs"));
    let _ = match (&env, takes_value) {
        (Some(env), true) => writeln!(out, "Example: `--{long} '{example}'` or `{env}='{example}'`.\n"),
        (None, true) => writeln!(out, "Example: `--{long} '{example}'`.\n"),
        (_, false) => writeln!(out, "Example: `--{long}`.\n"),
    };
}

/// The whole reference for the command line `cli`.
pub fn render(cli: &clap::Command) -> String {
    // Built, the arguments know how many values they take.
    let mut cli = cli.clone();
    cli.build();
    let mut out = String::from(INTRO);
    let serve = cli.get_subcommands().find(|c| c.get_name() == "serve").expect("m4m serve");
    out.push_str("\n## `m4m serve`\n\n");
    let own = |a: &&clap::Arg| !a.is_hide_set() && !a.is_global_set() && a.get_long().is_some_and(|l| l != "help");
    for arg in serve.get_arguments().filter(own) {
        setting(&mut out, arg);
    }
    out.push_str("## Every command\n\n");
    for arg in
        cli.get_arguments().filter(|a| !a.is_hide_set() && a.get_long().is_some_and(|l| l != "help" && l != "version"))
    {
        setting(&mut out, arg);
    }
    out.push_str(OUTRO);
    out
}
