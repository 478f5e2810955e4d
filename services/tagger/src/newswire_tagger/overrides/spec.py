"""The overrides file: tag corrections an operator writes in TOML, validated as a whole before any is used.

Four tables, each an array (``[[alias]]``, ``[[retype]]``, ``[[block]]``, ``[[topic]]``); see the tagger README for
an example of each. Unknown keys, unknown entity types and topic codes the tagger cannot emit are errors: a typo
must not silently turn a correction off.
"""

from __future__ import annotations

import hashlib
import tomllib

from newswire_schemas import EntityType
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from newswire_tagger.entities import slugify
from newswire_tagger.errors import TaggerError
from newswire_tagger.topics import TOPICS


class OverridesError(TaggerError):
    """The overrides file cannot be read or does not validate; the message names the file and the problem."""


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Alias(_Rule):
    """A name as articles write it, and the entity it stands for (found even where the models missed it)."""

    text: str = Field(min_length=1, description="The name as written; an apostrophe suffix may follow (AB'nin).")
    name: str = Field(min_length=1, description="Canonical name of the entity.")
    type: EntityType
    id: str | None = Field(default=None, min_length=1, description="Entity id; default '<type>:<slug of name>'.")

    @property
    def entity_id(self) -> str:
        """The id given, or the linker's convention for an entity without a knowledge-base id."""
        return self.id or f"{self.type.lower()}:{slugify(self.name)}"


class Retype(_Rule):
    """Force the type of an entity, found by name or id."""

    name: str = Field(min_length=1, description="Canonical name (any case) or id of the entity.")
    type: EntityType
    id: str | None = Field(default=None, min_length=1, description="New id; default '<type>:<slug>' on a change.")


class Block(_Rule):
    """Never report this entity (a false positive of the models)."""

    name: str = Field(min_length=1, description="Canonical name (any case) or id of the entity.")
    type: EntityType | None = Field(default=None, description="Only when it has this type; unset: any type.")


class TopicRule(_Rule):
    """Pin a topic when any of the words or entities occurs (always, with neither), or remove it."""

    code: str = Field(description="IPTC Media Topic code the tagger knows, e.g. '15000000'.")
    words: tuple[str, ...] = Field(default=(), description="Words or phrases; a word also matches its suffixed forms.")
    entities: tuple[str, ...] = Field(default=(), description="Entity names (any case) or ids.")
    score: float = Field(
        default=1.0, ge=0, le=1, description="Score of a pinned topic (an existing one keeps a higher)."
    )
    remove: bool = Field(default=False, description="Remove the topic (and its children) instead of pinning it.")

    @field_validator("code")
    @classmethod
    def _known_code(cls, code: str) -> str:
        """Only codes with labels in the tagger's table can become a Topic."""
        if code not in TOPICS:
            raise ValueError(f"unknown topic code {code!r}: one of {', '.join(sorted(TOPICS))}")
        return code

    @property
    def conditional(self) -> bool:
        """False when the rule applies to every article."""
        return bool(self.words or self.entities)


class Overrides(_Rule):
    """Every rule of one overrides file, in file order within each kind."""

    alias: tuple[Alias, ...] = ()
    retype: tuple[Retype, ...] = ()
    block: tuple[Block, ...] = ()
    topic: tuple[TopicRule, ...] = ()

    @property
    def empty(self) -> bool:
        """True when there is nothing to apply."""
        return not (self.alias or self.retype or self.block or self.topic)

    def counts(self) -> dict[str, int]:
        """Rules per kind (for logs and metrics)."""
        return {
            "alias": len(self.alias),
            "retype": len(self.retype),
            "block": len(self.block),
            "topic": len(self.topic),
        }


def parse_overrides(data: bytes, source: str) -> Overrides:
    """The rules of a file's bytes; OverridesError names ``source`` and the first problem."""
    try:
        table = tomllib.loads(data.decode("utf-8"))
        return Overrides.model_validate(table)
    except UnicodeDecodeError as exc:
        raise OverridesError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise OverridesError(f"{source}: not valid TOML: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise OverridesError(f"{source}: {where}: {first['msg']} ({exc.error_count()} problem(s))") from exc


def digest(data: bytes) -> str:
    """Short hash of a file's bytes, as it appears in ``tagger_version``."""
    return hashlib.sha256(data).hexdigest()[:8]
