"""Write (or check) the committed JSON Schema of every topic: ``python -m newswire_schemas.generate``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newswire_schemas.registry import TOPIC_MODELS

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "json"


def schema_documents() -> dict[str, str]:
    """File name → JSON Schema text for each topic's model, as committed."""
    docs: dict[str, str] = {}
    for topic, model in TOPIC_MODELS.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://newswire.invalid/schemas/{topic}.schema.json"
        schema["x-topic"] = topic
        docs[f"{topic}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return docs


def main(argv: list[str] | None = None) -> int:
    """Write the schemas, or with ``--check`` exit 1 when the committed ones drift from the models."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder of the committed schemas")
    parser.add_argument("--check", action="store_true", help="fail instead of writing when files differ")
    args = parser.parse_args(argv)
    stale = []
    for name, text in schema_documents().items():
        path: Path = args.out / name
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        sys.stderr.write(f"schemas out of date: {', '.join(stale)}; run python -m newswire_schemas.generate\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
