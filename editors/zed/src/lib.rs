//! Starts `evidence-language-server` (installed with `npm install -g retext-evidence`, or the
//! path in `lsp.evidence-language-server.binary.path`) and hands it the settings of
//! `lsp.evidence-language-server` in Zed's settings.
use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

struct Evidence;

impl zed::Extension for Evidence {
    fn new() -> Self {
        Evidence
    }

    fn language_server_command(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.binary);
        let command = binary
            .as_ref()
            .and_then(|binary| binary.path.clone())
            .or_else(|| worktree.which("evidence-language-server"))
            .ok_or_else(|| {
                "evidence-language-server is not on PATH: run `npm install -g retext-evidence`, \
                 or set lsp.evidence-language-server.binary.path"
                    .to_string()
            })?;
        let mut args = binary
            .and_then(|binary| binary.arguments)
            .unwrap_or_default();
        if !args.iter().any(|arg| arg == "--stdio") {
            args.push("--stdio".to_string());
        }
        Ok(zed::Command {
            command,
            args,
            env: worktree.shell_env(),
        })
    }

    fn language_server_initialization_options(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        Ok(LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.initialization_options))
    }

    fn language_server_workspace_configuration(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        Ok(LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.settings))
    }
}

zed::register_extension!(Evidence);
