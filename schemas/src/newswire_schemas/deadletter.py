"""Dead-letter records published on ``newswire.deadletter`` by every stage."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

Stage = Literal["ingest", "tagger", "indexer"]
"""The pipeline stage that rejected the input."""


class DeadLetter(BaseModel):
    """An input a stage could not process, with why and where it came from."""

    model_config = ConfigDict(extra="forbid", ser_json_bytes="base64", val_json_bytes="base64")

    schema_version: Literal[1, 2, 3] = Field(
        default=3, description="Version of this contract (2: run_id; 3: payload_sha256, one id per submission)."
    )
    id: str = Field(
        description="Unique id of this rejection: stage and Kafka coordinates, or stage, channel and submission."
    )
    stage: Stage
    error_class: str = Field(description="Class name of the error, e.g. 'MalformedInputError'.")
    reason: str = Field(description="Human-readable reason.")
    retriable: bool = Field(default=False, description="True if replaying later may succeed.")
    payload: bytes = Field(description="The original input, byte for byte (base64 in JSON).")
    payload_size: int = Field(ge=0, description="Size of the original input in bytes.")
    payload_truncated: bool = Field(default=False, description="True if the payload was cut to a limit.")
    payload_sha256: str | None = Field(
        default=None,
        description="SHA-256 (hex) of the rejected bytes before any cut: identical inputs share it (to group them).",
    )
    file_name: str | None = Field(default=None, description="Original file name, when there was one.")
    content_type: str | None = Field(default=None)
    article_id: str | None = Field(default=None, description="Article id, when the stage knew it.")
    channel: str | None = Field(default=None, description="Ingest channel (inbox, folder, http, cli).")
    source_topic: str | None = Field(default=None)
    source_partition: int | None = Field(default=None, ge=0)
    source_offset: int | None = Field(default=None, ge=0)
    failed_at: AwareDatetime
    run_id: str | None = Field(
        default=None, max_length=100, description="Submission the input came with (inbox header 'run-id'), if any."
    )
