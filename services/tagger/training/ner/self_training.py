"""Self-training: label raw news sentences with a teacher model and keep the ones it is sure about."""

from __future__ import annotations

import logging
import random
from pathlib import Path

from newswire_tagger.ner import NerModel, split_sentences
from newswire_tagger.ner.tokenizer import SENTENCE_END

from services.tagger.training.ner.corpora import SEED, TOPICS, Sentence

logger = logging.getLogger(__name__)
MIN_PROBABILITY = 0.9
MIN_LENGTH = 5
MAX_LENGTH = 60


def pseudo_labelled(teacher_dir: Path, limit: int) -> list[Sentence]:
    """Up to ``limit`` topic-corpus sentences with an entity, tagged by the teacher with probability ≥ 0.9."""
    teacher = NerModel.load(teacher_dir)
    candidates: list[list[str]] = []
    for path in sorted(TOPICS.glob("*/*.txt")):
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            words = [t.text for t in sentence]
            if words and words[-1] in SENTENCE_END:
                words = words[:-1]  # the corpus strips sentence-final punctuation
            if MIN_LENGTH <= len(words) <= MAX_LENGTH:
                candidates.append(words)
    random.Random(SEED).shuffle(candidates)  # noqa: S311 - reproducible sampling, not security
    kept: list[Sentence] = []
    for words in candidates:
        tags, probability = teacher.tag_with_probability(words)
        if probability >= MIN_PROBABILITY and any(t != "O" for t in tags):
            kept.append((words, tags))
            if len(kept) >= limit:
                break
    logger.info("self-training: kept %d of %d candidate sentences", len(kept), len(candidates))
    return kept
