"""Every setting of briefbot, read from the environment or `.env` into one typed object."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_PLACEHOLDER_TOKENS = {
    "",
    "changeme",
    "change-me",
    "your-token-here",
    "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
}


class SettingsError(ValueError):
    """A setting is missing or malformed; the message is one sentence for the operator."""


class Settings(BaseSettings):
    """Configuration; see `.env.example` for every field, its variable and its default."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    database_url: str = "sqlite:///briefbot.db"
    telegram_base_url: str = "https://api.telegram.org/bot"
    bot_admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    default_locale: Literal["vi", "en"] = "vi"
    default_timezone: str = "Asia/Ho_Chi_Minh"
    feeds_file: Path | None = None
    log_level: str = "INFO"

    # Fair use and delivery
    user_commands_per_minute: int = Field(default=20, ge=1)
    rate_limiter_max_retries: int = Field(default=3, ge=1)
    digest_tick_seconds: int = Field(default=60, ge=1)

    # Live sources
    crawl_interval_minutes: int = Field(default=30, ge=0)  # 0: no crawling from `briefbot run`
    fetch_timeout_seconds: float = Field(default=20.0, gt=0)
    fetch_max_bytes: int = Field(default=5_000_000, gt=0)
    fetch_retries: int = Field(default=2, ge=0)
    fetch_per_host_delay_seconds: float = Field(default=1.0, ge=0)
    fetch_user_agent: str = "briefbot/0.1 (+https://github.com/briefbot/briefbot; news briefings)"
    fetch_allow_private_addresses: bool = False

    @field_validator("bot_admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in re.split(r"[,\s]+", value.strip()) if p]
            if not all(p.lstrip("-").isdigit() for p in parts):
                raise ValueError("BOT_ADMIN_IDS must be Telegram user ids separated by commas")
            return frozenset(int(p) for p in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("default_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA time zone {value!r}") from exc
        return value

    @field_validator("log_level")
    @classmethod
    def _known_log_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("telegram_base_url")
    @classmethod
    def _http_base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("TELEGRAM_BASE_URL must start with http:// or https://")
        return value

    def require_token(self) -> str:
        """The bot token, or SettingsError saying what is wrong (never echoing the token)."""
        token = (
            self.telegram_bot_token.get_secret_value().strip() if self.telegram_bot_token else ""
        )
        if token.lower() in _PLACEHOLDER_TOKENS:
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: put the token @BotFather gave you in .env "
                "or the environment."
            )
        if not _TOKEN.match(token):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (expected digits, a colon, "
                "then letters, digits, '-' or '_'); check it in @BotFather."
            )
        return token


def load_settings(**overrides: object) -> Settings:
    """Build the settings once at start; a bad value becomes one SettingsError sentence."""
    try:
        # The overrides cannot be typed field by field: pydantic checks each value at run time,
        # and a bad one becomes the SettingsError below.
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]).upper() or "settings"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"Setting {field} is invalid: {message}.") from None
