"""Nothing written to the log ever contains the bot token, whatever logs it."""

import logging

from bot.logs import RedactSecrets, configure_logging

TOKEN = "123456789:AAH-secret_token_value_for_the_tests"


def test_token_in_a_request_url_is_redacted(caplog):
    redactor = RedactSecrets([TOKEN])
    caplog.handler.addFilter(redactor)
    logging.getLogger("httpx").warning(
        "HTTP Request: POST https://api.telegram.org/bot%s/getUpdates", TOKEN
    )
    assert TOKEN not in caplog.text
    assert "/bot***/getUpdates" in caplog.text


def test_an_unknown_token_shaped_url_is_redacted_too(caplog):
    caplog.handler.addFilter(RedactSecrets())
    logging.getLogger("x").error(
        "failed: http://127.0.0.1:9/bot987654321:ZZZ-another_secret_token_xx/getMe"
    )
    assert "ZZZ-another_secret_token_xx" not in caplog.text


def test_tracebacks_are_redacted(caplog):
    caplog.handler.addFilter(RedactSecrets([TOKEN]))
    try:
        raise RuntimeError(f"connection to /bot{TOKEN}/sendMessage refused")
    except RuntimeError:
        logging.getLogger("x").exception("send failed")
    assert TOKEN not in caplog.text
    assert "send failed" in caplog.text


def test_configure_logging_quietens_httpx_request_lines():
    configure_logging("INFO", secrets=[TOKEN])
    assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)
    assert logging.getLogger("briefbot").isEnabledFor(logging.INFO)
