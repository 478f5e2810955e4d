"""The whole tagger's entities as NER training documents: what the rules and the knowledge base add, distilled.

The CRF alone (``newswire evaluate ner``) reads each sentence with what it learned from labelled text; the whole
tagger (``Tagger.enrich``: the CRF, then the knowledge base's typing and linking and the document rules) is right
far more often on modern copy. Tagged by the whole tagger, unlabelled kemik42k articles become training documents:
every token a returned entity's mention touches is in that mention, every other token ``O``; a sentence where a
token would be in two mentions is left out. No article of a gold, of the team's labels or of the news golds'
training set is drawn, nor one whose text repeats one of theirs.

For cross-validation the teacher must not have seen the held-out fold: ``--model`` names the CRF the tagger runs
with (a ``cv.py`` fold model), and the documents of each fold are built apart.

    python -m services.tagger.training.ner.distilled --model var/tmp/newswire-ner/cv-golds/fold-0 \\
        --out var/tmp/distilled-0.jsonl [--articles 1000]
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from newswire_schemas import Article
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.names import fold
from newswire_tagger.evaluation.ner import Document
from newswire_tagger.ner import NerModel, split_sentences
from newswire_tagger.pipeline import Tagger
from newswire_tagger.topics import TopicClassifier

from services.tagger.training.ner.corpora import DATA
from services.tagger.training.ner.team import LABELS, ROUND4

logger = logging.getLogger("distilled")
KB = Path(__file__).resolve().parents[1] / "kb"
SEED = 41
# Every set the figures read (the golds, the team's labels) and the golds' training set: never drawn.
_HELD = ("econ_gold", "news_gold", "news_gold2", "news_gold3", "news_gold4", "news_gold5", "news_gold6", "news_gold7")
_HELD_SETS = (*_HELD, "news_train")
_MAX_CHARACTERS = 6000  # a long feature story adds little a shorter one does not, at many times the training cost
_TAGGER: Tagger | None = None


def excluded_keys() -> set[str]:
    """The kemik42k keys (``kemik42k/<section>/<file>``) of every labelled set."""
    keys: set[str] = set()
    for name in _HELD_SETS:
        keys |= set(json.loads((KB / name / "files.json").read_text(encoding="utf-8")).values())
    for labels in (LABELS, ROUND4):
        keys |= set(json.loads(labels.read_text(encoding="utf-8")))
    return keys


def _fingerprint(text: str) -> str:
    """An article's first 300 letters and digits, folded: a copy filed twice has the same."""
    return "".join(c for c in fold(text) if c.isalnum())[:300]


def draw(data: Path, n_articles: int) -> list[str]:
    """``n_articles`` keys at random from every section alike, none held out or repeating a held-out text."""
    held = excluded_keys()
    held_texts = {_fingerprint(_read(data, key)) for key in held if (data / "topics" / key).is_file()}
    sections = sorted(p.name for p in (data / "topics" / "kemik42k").iterdir() if p.is_dir())
    rng = random.Random(SEED)  # noqa: S311 - a reproducible sample, not security
    pools = []
    for section in sections:
        files = sorted((data / "topics" / "kemik42k" / section).glob("*.txt"))
        pools.append([f"kemik42k/{section}/{p.name}" for p in rng.sample(files, len(files))])
    chosen: list[str] = []
    seen = set(held_texts)
    while len(chosen) < n_articles and any(pools):
        for pool in pools:
            while pool:
                key = pool.pop()
                text = _read(data, key)
                if key in held or not text.strip() or len(text) > _MAX_CHARACTERS:
                    continue
                mark = _fingerprint(text)
                if mark in seen:
                    continue
                seen.add(mark)
                chosen.append(key)
                break
            if len(chosen) == n_articles:
                break
    return chosen


def _read(data: Path, key: str) -> str:
    return (data / "topics" / key).read_text(encoding="utf-8", errors="replace").replace("\x92", "'")


def tagged(tagger: Tagger, key: str, raw: str) -> Document:
    """One article's sentences with the whole tagger's mentions as BIO tags; unsure sentences are left out."""
    headline, _, body = raw.strip().partition("\n")
    article = Article(
        id=key.replace("/", "-"),
        headline=headline.strip()[:300] or key,
        lead="",
        body=body.strip() or headline,
        source_format="agency-text",
        channel="cli",
        content_hash="sha256:" + "0" * 64,
        received_at=datetime.now(UTC),
    )
    enriched = tagger.enrich(article)
    spans = sorted((m.start, m.end, e.type) for e in enriched.entities for m in e.mentions)
    document: Document = []
    for sentence in split_sentences(article.text):
        tags = ["O"] * len(sentence)
        unsure = False
        for start, end, kind in spans:
            inside = [i for i, t in enumerate(sentence) if t.start < end and start < t.end]
            for n, i in enumerate(inside):
                if tags[i] != "O":
                    unsure = True
                tags[i] = f"{'I' if n else 'B'}-{kind}"
        if not unsure:
            document.append(([t.text for t in sentence], tags))
    return document


def _work(job: tuple[str, list[str]]) -> list[str]:
    global _TAGGER  # noqa: PLW0603 - one tagger per worker process, loaded on its first chunk
    model, keys = job
    if _TAGGER is None:
        _TAGGER = Tagger(ner=NerModel.load(Path(model)), linker=EntityLinker.load(), topics=TopicClassifier.load())
    return [json.dumps({"file": key, "sentences": tagged(_TAGGER, key, _read(DATA, key))}) for key in keys]


def build(model: Path, out: Path, n_articles: int, workers: int = 2) -> int:
    """Tag the drawn articles with the tagger running ``model``; one JSON line per article in ``out``."""
    started = time.perf_counter()
    keys = draw(DATA, n_articles)
    chunks = [(str(model), keys[i : i + 100]) for i in range(0, len(keys), 100)]
    with ProcessPoolExecutor(workers) as pool:
        lines = [line for part in pool.map(_work, chunks) for line in part]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = documents(out)
    mentions = sum(tag.startswith("B-") for d in docs for _w, tags in d for tag in tags)
    logger.info(
        "%d articles, %d sentences, %d mentions in %.0f s -> %s",
        len(docs),
        sum(len(d) for d in docs),
        mentions,
        time.perf_counter() - started,
        out,
    )
    return 0


def documents(path: Path) -> list[Document]:
    """The documents ``build`` wrote."""
    out: list[Document] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append([(words, tags) for words, tags in json.loads(line)["sentences"]])
    return out


def main(argv: list[str] | None = None) -> int:
    """Build the distilled documents with one teacher model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="the CRF model directory the tagger runs with")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s: %(message)s")
    return build(args.model, args.out, args.articles, args.workers)


if __name__ == "__main__":
    raise SystemExit(main())
