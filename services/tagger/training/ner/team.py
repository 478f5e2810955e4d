"""The team's mention-level NER labels on modern news-site copy (kemik42k, 2012-2015, all thirteen sections).

Milliyet is 1990s text and nakbatr-aa one agency on one subject; this corpus brings today's companies, clubs,
foreign people and places, in the sections the held-out copy comes from. Texts stay in the shared data folder:
the committed labels (``team-labels/labels.json``) name each article, the sentences taken and each mention by
character offsets into the file's text (``{"sentences": [[start, end], ...], "mentions": [[start, end, type],
...]}``), so the corpus is rebuilt from the shared data with the tagger's tokenizer of the day: a change to how it
splits sentences or words cannot shift a label onto other words (token indices did: seven articles' labels had
moved, one of them out of its sentence, by 2026-12-07).

Subcommands:

    python -m services.tagger.training.ner.team packets --out var/ner-labelling      # draw, write packets
    python -m services.tagger.training.ner.team packets --round 2 --out var/ner-labelling-2  # other articles
    python -m services.tagger.training.ner.team collect --packets var/ner-labelling \\
        --labels var/ner-labelling/out/batch-*.jsonl                                   # labels.json + agreement
    python -m services.tagger.training.ner.team score [--model DIR] [--labels FILE]    # a model on labels it
        # never trained on: by default the packaged model on round 4, which it was not trained on
    python -m services.tagger.training.ner.team materialise --out var/team4-docs      # round 4 as wire files +
        # their names, for ``newswire evaluate entities --data var/team4-docs --gold var/team4-docs-gold.json``

Annotators follow ``team-labels/GUIDE.md`` and answer per item ``{"item": N, "entities": [{"s": 1, "tokens": "...",
"type": "PER"}, ...]}``: the sentence number, the mention's tokens exactly as shown (space-separated), in order of
appearance. A mention is located as the first match of its tokens in its sentence after the previous mention's.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from newswire_tagger.ner import split_sentences
from newswire_tagger.ner.tokenizer import Token

from services.tagger.training.ner.corpora import DATA

HERE = Path(__file__).resolve().parent
LABELS = HERE / "team-labels" / "labels.json"  # rounds 1-3: what the shipped model is trained on
# Round 4, measured as a variant and not shipped (NER model card, round 4): ``--extra team4`` adds it.
ROUND4 = HERE / "team-labels" / "labels-round4.json"
ECON_GOLD = HERE.parents[0] / "kb" / "econ_gold" / "files.json"  # an evaluation set: never drawn
# The general-news gold was drawn after round 3, outside rounds 1-3; from round 4 on its articles are not drawn.
NEWS_GOLD = HERE.parents[0] / "kb" / "news_gold" / "files.json"
SEED = 31
SECTIONS = (
    "dunya", "ekonomi", "genel", "guncel", "kultur-sanat", "magazin", "planet", "saglik", "siyaset", "spor",
    "teknoloji", "turkiye", "yasam",
)  # fmt: skip
ARTICLES_PER_SECTION = 60
SENTENCES_PER_ARTICLE = 4
MIN_TOKENS, MAX_TOKENS = 6, 45
BATCHES = 7
OVERLAP = 12  # items each batch shares with the next, labelled twice for the agreement
TYPES = ("PER", "ORG", "LOC")

Mention = tuple[int, int, int, str]  # sentence position in the item, first token, end token, type
Labels = dict[str, list[Any]]  # {"sentences": [[start, end], ...], "mentions": [[start, end, type], ...]}


def sentences_of(text: str) -> list[list[str]]:
    """Token texts of each sentence, as the tagger splits them."""
    return [[t.text for t in sentence] for sentence in split_sentences(text)]


def pick(sentences: list[list[str]]) -> list[int]:
    """Indices of the first SENTENCES_PER_ARTICLE sentences of a usable length after the headline."""
    chosen = [i for i, s in enumerate(sentences) if i > 0 and MIN_TOKENS <= len(s) <= MAX_TOKENS]
    return chosen[:SENTENCES_PER_ARTICLE]


def draw(data: Path, round_: int = 1) -> list[tuple[str, list[int]]]:
    """(article key, sentence indices) for the seeded draw of a round, shuffled; a later round draws other
    articles than the earlier ones."""
    rng = random.Random(SEED + round_ - 1)  # noqa: S311 - a reproducible sample, not cryptography
    excluded = set(json.loads(ECON_GOLD.read_text(encoding="utf-8")).values())
    for earlier in range(1, round_):
        excluded |= {key for key, _ in draw(data, earlier)}
    if round_ >= 4:
        excluded |= set(json.loads(NEWS_GOLD.read_text(encoding="utf-8")).values())
    items: list[tuple[str, list[int]]] = []
    for section in SECTIONS:
        files = sorted((data / "topics" / "kemik42k" / section).glob("*.txt"))
        taken = 0
        for path in rng.sample(files, len(files)):
            key = f"kemik42k/{section}/{path.name}"
            chosen = pick(sentences_of(path.read_text(encoding="utf-8", errors="replace")))
            if key in excluded or len(chosen) < 2:
                continue
            items.append((key, chosen))
            taken += 1
            if taken == ARTICLES_PER_SECTION:
                break
    rng.shuffle(items)
    return items


def packets(data: Path, out: Path, round_: int) -> int:
    """Write ``batch-N.md`` (each opening with the OVERLAP items it shares with the next) and ``index.json``."""
    items = draw(data, round_)
    out.mkdir(parents=True, exist_ok=True)
    size = -(-len(items) // BATCHES)
    index = {str(n + 1): {"article": key, "sentences": chosen} for n, (key, chosen) in enumerate(items)}
    for batch in range(BATCHES):
        following = ((batch + 1) % BATCHES) * size
        numbers = list(range(following, min(len(items), following + OVERLAP)))
        numbers += list(range(batch * size, min(len(items), (batch + 1) * size)))
        parts = []
        for number in numbers:
            key, chosen = items[number]
            sentences = sentences_of((data / "topics" / key).read_text(encoding="utf-8", errors="replace"))
            lines = [f"s{k + 1}: {' '.join(sentences[i])}" for k, i in enumerate(chosen)]
            parts.append(f"## {number + 1}\n\n" + "\n\n".join(lines) + "\n")
        (out / f"batch-{batch + 1}.md").write_text("\n".join(parts), encoding="utf-8")
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} articles, {sum(len(c) for _, c in items)} sentences, {BATCHES} batches under {out}")
    return 0


def locate(sentences: list[list[str]], entities: list[dict[str, object]]) -> tuple[list[Mention], list[str]]:
    """Token spans of an annotator's mentions; the mentions that match nothing are returned as problems."""
    spans: list[Mention] = []
    problems = []
    after: dict[int, int] = {}
    for entity in entities:
        position = int(str(entity["s"])) - 1
        kind = str(entity["type"])
        words = str(entity["tokens"]).split()
        if kind not in TYPES or not 0 <= position < len(sentences) or not words:
            problems.append(f"bad entry {entity}")
            continue
        tokens = sentences[position]
        found = _find(tokens, words, after.get(position, 0))
        if found is None:
            found = _find(tokens, words, 0)
        if found is None:
            problems.append(f"s{position + 1}: {' '.join(words)!r} not in the sentence")
            continue
        spans.append((position, found, found + len(words), kind))
        after[position] = found + len(words)
    spans.sort()
    kept: list[Mention] = []
    for span in spans:  # overlapping mentions: the first (longest at one start) wins
        if kept and kept[-1][0] == span[0] and span[1] < kept[-1][2]:
            problems.append(f"overlap {span}")
            continue
        kept.append(span)
    return kept, problems


def _find(tokens: list[str], words: list[str], start: int) -> int | None:
    for i in range(start, len(tokens) - len(words) + 1):
        if tokens[i : i + len(words)] == words:
            return i
    return None


def collect(data: Path, packets_dir: Path, files: list[Path], out: Path) -> int:
    """Add the round's labels (each item's owner's) to ``out`` and print the agreement on the items labelled
    twice; articles already in ``out`` keep their labels."""
    index = json.loads((packets_dir / "index.json").read_text(encoding="utf-8"))
    size = -(-len(index) // BATCHES)
    answers: dict[int, dict[int, list[dict[str, object]]]] = {}
    for path in files:
        batch = int(path.stem.split("-")[1])
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                answers.setdefault(int(entry["item"]), {})[batch] = entry["entities"]
    labels: dict[str, dict[str, list[Any]]] = {}
    problems = 0
    pairs = Counter[str]()
    for item in sorted(answers):
        key, chosen = index[str(item)]["article"], index[str(item)]["sentences"]
        tokens = split_sentences((data / "topics" / key).read_text(encoding="utf-8", errors="replace"))
        picked = [[t.text for t in tokens[i]] for i in chosen]
        spans: dict[int, list[Mention]] = {}
        for batch, entities in answers[item].items():
            spans[batch], wrong = locate(picked, entities)
            problems += len(wrong)
            for problem in wrong:
                print(f"item {item} (batch {batch}): {problem}")
        owner = (item - 1) // size + 1
        mine = spans.get(owner) or next(iter(spans.values()))
        labels[key] = by_characters([tokens[i] for i in chosen], mine)
        if len(spans) > 1:
            first, second = (set(v) for v in list(spans.values())[:2])
            pairs["both"] += len(first & second)
            pairs["first"] += len(first)
            pairs["second"] += len(second)
            for kind in TYPES:
                a, b = {m for m in first if m[3] == kind}, {m for m in second if m[3] == kind}
                pairs[f"{kind} both"] += len(a & b)
                pairs[f"{kind} n"] += len(a) + len(b)
    out.parent.mkdir(parents=True, exist_ok=True)
    earlier = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
    out.write_text(json.dumps(earlier | labels, ensure_ascii=False, indent=None, separators=(",", ":")) + "\n", "utf-8")
    types = Counter(str(m[2]) for entry in labels.values() for m in entry["mentions"])
    n_sentences = sum(len(entry["sentences"]) for entry in labels.values())
    print(f"{len(labels)} articles, {n_sentences} sentences, mentions {dict(types)}, {problems} problems")
    if pairs["first"]:
        f1 = 2 * pairs["both"] / (pairs["first"] + pairs["second"])
        per_type = {k: round(2 * pairs[f"{k} both"] / pairs[f"{k} n"], 3) for k in TYPES if pairs[f"{k} n"]}
        print(f"agreement on the items labelled twice: exact-span mention F1 {f1:.3f}, per type {per_type}")
    return 0


def by_characters(sentences: list[list[Token]], mentions: list[Mention]) -> Labels:
    """An item's labels as stored: its sentences' and mentions' character offsets in the article's text."""
    return {
        "sentences": [[tokens[0].start, tokens[-1].end] for tokens in sentences],
        "mentions": [[sentences[s][first].start, sentences[s][end - 1].end, kind] for s, first, end, kind in mentions],
    }


def labelled_tokens(text: str, entry: Labels) -> list[list[Token]]:
    """The tokens of each labelled sentence: the tagger's tokens of ``text`` inside the sentence's characters."""
    tokens = [token for sentence in split_sentences(text) for token in sentence]
    return [[t for t in tokens if start <= t.start and t.end <= end] for start, end in entry["sentences"]]


def bio(sentence: list[Token], entry: Labels) -> list[str]:
    """BIO tags of a labelled sentence's tokens: a token a mention's characters touch is in that mention."""
    tags = ["O"] * len(sentence)
    for start, end, kind in entry["mentions"]:
        inside = [i for i, t in enumerate(sentence) if t.start < end and start < t.end]
        for n, i in enumerate(inside):
            tags[i] = f"{'I' if n else 'B'}-{kind}"
    return tags


def corpus(data: Path = DATA, labels: Path = LABELS) -> list[tuple[list[str], list[str]]]:
    """The labelled sentences as (tokens, BIO tags), rebuilt from the shared data."""
    return [sentence for document in documents(data, labels) for sentence in document]


def folds(
    n_folds: int, data: Path = DATA, labels: Path = LABELS, more: Path | None = None
) -> list[list[list[tuple[list[str], list[str]]]]]:
    """The labelled articles (each a list of its sentences; ``more``'s after ``labels``') dealt into ``n_folds``
    seeded folds."""
    articles = documents(data, labels) + (documents(data, more) if more is not None else [])
    order = list(range(len(articles)))
    random.Random(SEED).shuffle(order)  # noqa: S311 - a reproducible split, not security
    return [[articles[i] for i in order[k::n_folds]] for k in range(n_folds)]


def documents(data: Path = DATA, labels: Path = LABELS) -> list[list[tuple[list[str], list[str]]]]:
    """Each labelled article's sentences as (tokens, BIO tags), in the labels file's order."""
    entries: dict[str, Labels] = json.loads(labels.read_text(encoding="utf-8"))
    out = []
    for key, entry in entries.items():
        text = (data / "topics" / key).read_text(encoding="utf-8", errors="replace")
        out.append([([t.text for t in sentence], bio(sentence, entry)) for sentence in labelled_tokens(text, entry)])
    return out


def score_model(data: Path, labels: Path, model_dir: Path | None = None) -> dict[str, Any]:
    """Exact-match figures of a model (the packaged one by default) on a labels file, each article's labelled
    sentences tagged as one document, as cross-validation tags the team folds."""
    from newswire_tagger.evaluation.ner import score  # noqa: PLC0415 - loads the model code only when scoring
    from newswire_tagger.ner.model import NerModel  # noqa: PLC0415

    model = NerModel.load(model_dir)
    gold: list[list[str]] = []
    predicted: list[list[str]] = []
    for article in documents(data, labels):
        gold += [tags for _words, tags in article]
        predicted += model.tag_document([words for words, _tags in article])
    result = score(gold, predicted)
    return {"labels": labels.name, "sentences": len(gold)} | result


def materialise(data: Path, labels: Path, out: Path) -> int:
    """Each labelled article as a wire file of its labelled sentences (one paragraph each, the first as the
    headline line), and ``gold.json`` of their distinct names per type as ``newswire evaluate entities`` reads
    it (apostrophe suffix stripped; a surname alone dropped when the article names the person in full): a
    document-level view of the team's labels, for the whole tagger (linking and consolidation included)."""
    from newswire_tagger.ner.decoding import ends_name  # noqa: PLC0415 - only this subcommand needs them
    from newswire_tagger.ner.lexicon import split_apostrophe  # noqa: PLC0415

    entries: dict[str, Labels] = json.loads(labels.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    gold: dict[str, dict[str, list[str]]] = {}
    for key, entry in entries.items():
        text = (data / "topics" / key).read_text(encoding="utf-8", errors="replace")
        chosen = labelled_tokens(text, entry)
        every = [token for sentence in chosen for token in sentence]
        names: dict[str, list[str]] = {kind: [] for kind in TYPES}
        for start, end, kind in entry["mentions"]:
            tokens = [t for t in every if t.start < end and start < t.end]
            surface = text[tokens[0].start : tokens[-1].end]
            last = tokens[-1].text
            # ``Türkiye'nin`` → ``Türkiye``; ``O'Neal`` stays (no lower-case suffix after its apostrophe).
            name = surface[: len(surface) - len(last)] + (split_apostrophe(last)[0] if ends_name(last) else last)
            if name not in names[kind]:
                names[kind].append(name)
        full = [n.split() for n in names["PER"] if len(n.split()) > 1]
        names["PER"] = [n for n in names["PER"] if len(n.split()) > 1 or not any(n == f[-1] for f in full)]
        name = key.replace("/", "-")
        body = "\n\n".join(text[sentence[0].start : sentence[-1].end] for sentence in chosen)
        (out / name).write_text(body + "\n", encoding="utf-8")
        gold[name] = names
    target = out.with_name(out.name + "-gold.json")  # beside the folder: everything in it is read as an article
    target.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} articles in {out}, their names in {target}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run a subcommand."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["packets", "collect", "score", "materialise"])
    parser.add_argument("--model", type=Path, help="score: a model directory (default: the packaged model)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=Path("var/ner-labelling"))
    parser.add_argument("--packets", type=Path, default=Path("var/ner-labelling"))
    parser.add_argument("--labels", type=Path, nargs="*", default=[])
    parser.add_argument("--round", type=int, default=1, help="packets: 2 draws other articles than round 1")
    args = parser.parse_args(argv)
    if args.command == "packets":
        return packets(args.data, args.out, args.round)
    if args.command == "materialise":
        return materialise(args.data, args.labels[0] if args.labels else ROUND4, args.out)
    if args.command == "score":
        print(json.dumps(score_model(args.data, args.labels[0] if args.labels else ROUND4, args.model)))
        return 0
    return collect(args.data, args.packets, args.labels, LABELS if args.out == Path("var/ner-labelling") else args.out)


if __name__ == "__main__":
    raise SystemExit(main())
