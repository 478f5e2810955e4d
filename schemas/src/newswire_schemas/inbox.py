"""The ``newswire.inbox`` contract: raw file bytes as value, metadata in headers."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from newswire_schemas.topics import HEADER_CONTENT_TYPE, HEADER_FILE_NAME, HEADER_RUN_ID

_HEADERS = (HEADER_FILE_NAME, HEADER_CONTENT_TYPE, HEADER_RUN_ID)


class InboxHeaders(BaseModel):
    """Headers of an inbox message. The value is the file, byte for byte; the key is free (file name is usual)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    file_name: str | None = Field(default=None, max_length=1024, description="Original file name, metadata only.")
    content_type: str | None = Field(default=None, max_length=255, description="MIME type, if known.")
    run_id: str | None = Field(
        default=None, max_length=100, description="Submission the file belongs to, copied onto its articles (tracing)."
    )

    def to_kafka(self) -> list[tuple[str, bytes]]:
        """Encode as Kafka headers (UTF-8 values, absent fields omitted)."""
        pairs = (
            (HEADER_FILE_NAME, self.file_name),
            (HEADER_CONTENT_TYPE, self.content_type),
            (HEADER_RUN_ID, self.run_id),
        )
        return [(k, v.encode()) for k, v in pairs if v is not None]

    @classmethod
    def from_kafka(cls, headers: list[tuple[str, bytes]] | tuple[tuple[str, bytes], ...] | None) -> InboxHeaders:
        """Decode Kafka headers; undecodable or unknown headers are ignored."""
        found: dict[str, str] = {}
        for key, raw in headers or ():
            if key in _HEADERS and raw is not None:
                found[key.replace("-", "_")] = raw.decode("utf-8", errors="replace")
        return cls.model_validate(found)
