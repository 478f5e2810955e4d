"""The canonical article published on ``newswire.articles``."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

SourceFormat = Literal["agency-text", "ninjs", "nitf", "newsml-g2", "text", "markdown"]
"""The wire formats the ingest service recognises."""

Channel = Literal["inbox", "folder", "http", "cli"]
"""How a file reached the ingest service."""


class Subject(BaseModel):
    """A subject code carried by the source format (e.g. an IPTC ``medtop`` qcode)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="Code as written by the source, e.g. 'medtop:11000000'.")
    name: str | None = Field(default=None, description="Human-readable name, if the source gives one.")
    scheme: str | None = Field(default=None, description="Vocabulary the code belongs to, e.g. 'medtop'.")


class Article(BaseModel):
    """A wire story after parsing and validation: the value of ``newswire.articles``."""

    model_config = ConfigDict(extra="forbid", ser_json_bytes="base64", val_json_bytes="base64")

    schema_version: Literal[1] = Field(default=1, description="Version of this contract.")
    id: str = Field(
        min_length=1,
        max_length=200,
        description="Stable id: the format's guid where there is one, else a content hash.",
    )
    version: int = Field(default=1, ge=1, description="Corrections of the same guid carry a higher version.")
    guid: str | None = Field(default=None, description="The guid the source format gave, if any.")
    headline: str = Field(min_length=1, description="Headline (title) of the story.")
    lead: str | None = Field(default=None, description="First paragraph / summary, if distinct from body.")
    body: str = Field(description="Body text, paragraphs separated by blank lines.")
    dateline: str | None = Field(default=None, description="Dateline place, e.g. 'BAKÜ'.")
    published_at: AwareDatetime | None = Field(default=None, description="Publication time (UTC if no zone).")
    source: str | None = Field(default=None, description="Agency or provider.")
    byline: str | None = Field(default=None, description="Author(s) as credited.")
    language: str | None = Field(default=None, description="BCP 47 language tag if the format states it.")
    subjects: list[Subject] = Field(default_factory=list, description="Subject codes the format carries.")
    source_format: SourceFormat = Field(description="Wire format the file was parsed from.")
    channel: Channel = Field(description="How the file reached the ingest service.")
    file_name: str | None = Field(default=None, description="Original file name (metadata only).")
    content_hash: str = Field(pattern=r"^sha256:[0-9a-f]{64}$", description="SHA-256 of the raw bytes.")
    received_at: AwareDatetime = Field(description="When the ingest service received the file.")

    @property
    def text(self) -> str:
        """Headline, lead and body joined as the taggers see them."""
        parts = [self.headline, self.lead or "", self.body]
        return "\n\n".join(p for p in parts if p)
