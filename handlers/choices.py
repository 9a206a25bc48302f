"""Whether a button tapped long after it was shown still asks something the bot can answer."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.queries.people import person_by_id
from handlers.commands import ALIASES, find_command
from handlers.resolve import MAX_ROW_ID, PERSON_KEY


def choice_is_current(session: Session, command: str, argument: str) -> bool:
    """False for a command the bot no longer has, or a person no longer in the database."""
    if find_command(ALIASES.get(command, command)) is None:
        return False
    if match := PERSON_KEY.match(argument.strip()):
        person_id = int(match.group(1))
        return (
            person_id <= MAX_ROW_ID
            and person_by_id(session=session, person_id=person_id) is not None
        )
    return True
