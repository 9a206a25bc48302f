"""Settings come from the environment; a bad value is one sentence that never shows the token."""

import pytest

from bot.settings import Settings, SettingsError, load_settings

GOOD_TOKEN = "123456789:AAH-good_token_with_enough_length_42"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch, tmp_path):
    """Tests see only the variables they set (no developer .env, no CI variables)."""
    monkeypatch.chdir(tmp_path)
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def test_defaults_need_no_token_and_use_sqlite():
    settings = load_settings()
    assert settings.database_url.startswith("sqlite:///")
    assert settings.default_locale == "vi"
    assert settings.default_timezone == "Asia/Ho_Chi_Minh"


def test_a_log_level_is_taken_in_any_case(monkeypatch):
    monkeypatch.setenv("LOG_LEVEL", "debug")
    assert load_settings().log_level == "DEBUG"


def test_env_file_is_read(tmp_path):
    (tmp_path / ".env").write_text("DEFAULT_LOCALE=en\nBOT_ADMIN_IDS=11, 22\n", "utf-8")
    settings = load_settings()
    assert settings.default_locale == "en"
    assert settings.bot_admin_ids == {11, 22}


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("DEFAULT_TIMEZONE", "Mars/Olympus", "DEFAULT_TIMEZONE"),
        ("DEFAULT_LOCALE", "fr", "DEFAULT_LOCALE"),
        ("BOT_ADMIN_IDS", "alice,bob", "BOT_ADMIN_IDS"),
        ("TELEGRAM_BASE_URL", "api.telegram.org/bot", "TELEGRAM_BASE_URL"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL"),
    ],
)
def test_a_bad_value_is_one_sentence_naming_the_variable(monkeypatch, variable, value, named):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as error:
        load_settings()
    message = str(error.value)
    assert named in message
    assert "\n" not in message


@pytest.mark.parametrize("token", ["", "changeme", "123:short", "not a token at all"])
def test_missing_or_malformed_token_is_explained_without_echoing_it(monkeypatch, token):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    with pytest.raises(SettingsError) as error:
        load_settings().require_token()
    assert "TELEGRAM_BOT_TOKEN" in str(error.value)
    if token:
        assert token not in str(error.value)


def test_good_token_is_returned_and_hidden_in_repr(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", GOOD_TOKEN)
    settings = load_settings()
    assert settings.require_token() == GOOD_TOKEN
    assert GOOD_TOKEN not in repr(settings)
