import logging
import os

import pytest

from bot import redact
from bot.config import load_config

TOKEN = "123456:SECRET-token-value"


def test_a_world_readable_config_holding_the_token_is_refused(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"telegram:\n  token: '{TOKEN}'\n", encoding="utf-8")
    os.chmod(cfg, 0o644)
    with pytest.raises(SystemExit) as exc:
        load_config(cfg)
    assert "chmod o-r" in str(exc.value) and TOKEN not in str(exc.value)
    os.chmod(cfg, 0o600)
    assert load_config(cfg).token == TOKEN


def test_the_token_is_redacted_from_log_lines_and_tracebacks(caplog):
    caplog.set_level(logging.DEBUG)
    redact.install(TOKEN)
    log = logging.getLogger("telegram.ext.ExtBot")
    log.debug("Calling Bot API endpoint `%s` with parameters `%s`", f"https://api.telegram.org/bot{TOKEN}/getMe", {})
    try:
        raise RuntimeError(f"connect failed for https://api.telegram.org/bot{TOKEN}/getUpdates")
    except RuntimeError:
        log.exception("network error")
    assert "getMe" in caplog.text and "<token>" in caplog.text
    assert TOKEN not in caplog.text
