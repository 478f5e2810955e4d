"""The packaged CRF named-entity recogniser: load once, tag token lists, extract spans from raw text."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import cast

import pycrfsuite
from newswire_schemas import EntityType

from newswire_tagger.ner.bio import chunks
from newswire_tagger.ner.crfsuite_c import CTagger
from newswire_tagger.ner.decoding import combine, split_at_suffixes
from newswire_tagger.ner.doc_features import DocumentContext
from newswire_tagger.ner.features import FeatureExtractor
from newswire_tagger.ner.lexicon import Lexicon
from newswire_tagger.ner.propagation import Window, propagate_names
from newswire_tagger.ner.stacking import AUX_FILE, add_stacked_features, aux_predictions
from newswire_tagger.ner.tokenizer import SENTENCE_END, Token, split_sentences, tokenize
from newswire_tagger.spans import Span

__all__ = ["LEXICON_FILE", "MODEL_FILE", "SECOND_FILE", "TARGET_DOMAIN", "NerModel", "default_model_dir"]

logger = logging.getLogger(__name__)

MODEL_FILE = "model.crfsuite"
# An optional second CRF over the same features; the two are combined by averaging their marginals.
SECOND_FILE = "second.crfsuite"
LEXICON_FILE = "lexicon.tsv.gz"
TARGET_DOMAIN = "M|"
# Longer "sentences" (tables, run-on lists) are tagged in windows: CRF cost is linear, but context beyond this is noise.
_MAX_SENTENCE = 150
_LOADED: dict[Path, NerModel] = {}
_LOCK = threading.Lock()


def _c_tagger(model_file: Path, reference: pycrfsuite.Tagger, attributes: frozenset[str]) -> CTagger | None:
    """CRFsuite's C tagger of ``model_file`` where it reads the model as pycrfsuite does, else None (logged)."""
    try:
        fast = CTagger.open(model_file)
        why_not = None if fast is None else fast.agrees_with(reference, attributes)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        fast, why_not = None, f"{type(error).__name__}: {error}"
    if why_not is not None:
        logger.warning("CRFsuite's C API left unused for %s (%s): tagging through pycrfsuite", model_file, why_not)
        return None
    return fast


def default_model_dir() -> Path:
    """The directory of the artifact shipped inside the package."""
    return Path(str(resources.files("newswire_tagger") / "models" / "ner"))


class NerModel:
    """A CRFsuite tagger plus the lexicon its features need; tags PER, ORG and LOC in BIO2.

    Not thread-safe: the CRFsuite tagger keeps the last sentence's lattice (for marginals), so use one model per
    thread, as the single-threaded faust agent does.
    """

    def __init__(
        self,
        tagger: pycrfsuite.Tagger,
        features: FeatureExtractor,
        path: Path,
        *,
        aux: pycrfsuite.Tagger | None = None,
        second: pycrfsuite.Tagger | None = None,
        fast: CTagger | None = None,
    ) -> None:
        """Wrap an opened tagger (and the auxiliary one whose labels it reads as features, and a second model to
        combine with it, and the same model's C tagger fed attribute ids); use :meth:`load`."""
        self._tagger = tagger
        self._fast = fast
        self._second = second
        self._features = features
        self._aux = aux
        self.path = path

    @classmethod
    def load(cls, path: Path | None = None) -> NerModel:
        """Load the model in ``path`` (a directory), by default the packaged one; each directory is loaded once."""
        directory = (path or default_model_dir()).resolve()
        with _LOCK:
            model = _LOADED.get(directory)
            if model is None:
                model_file = directory / MODEL_FILE
                if not model_file.is_file():
                    raise FileNotFoundError(f"no NER model at {model_file}")
                tagger = pycrfsuite.Tagger()
                tagger.open(str(model_file))
                lexicon = Lexicon.load(directory / LEXICON_FILE)
                logger.info("loaded NER model from %s (%d lexicon stems)", directory, len(lexicon))
                known = frozenset(attribute for attribute, _label in tagger.info().state_features)
                # A model trained with feature augmentation has target-domain copies of its features.
                domain = TARGET_DOMAIN if any(a.startswith(TARGET_DOMAIN) for a in known) else ""
                aux = None
                if (directory / AUX_FILE).is_file():
                    # Both CRFs read the same feature rows, so they are built once with what either model weighs.
                    aux = pycrfsuite.Tagger()
                    aux.open(str(directory / AUX_FILE))
                    known |= frozenset(attribute for attribute, _label in aux.info().state_features)
                second = None
                if (directory / SECOND_FILE).is_file():
                    second = pycrfsuite.Tagger()
                    second.open(str(directory / SECOND_FILE))
                    known |= frozenset(attribute for attribute, _label in second.info().state_features)
                features = FeatureExtractor(lexicon, known, domain)
                # One plain model is tagged through CRFsuite's C API with attribute ids; stacked, augmented or
                # combined models read feature strings through pycrfsuite.
                fast = None if aux or second or domain else _c_tagger(model_file, tagger, known)
                model = cls(tagger, features, directory, aux=aux, second=second, fast=fast)
                _LOADED[directory] = model
        return model

    @property
    def lexicon(self) -> Lexicon:
        """The word-level knowledge the model's features read (clusters, capitalisation habits, gazetteers)."""
        return self._features.lexicon

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO2 tags for pre-tokenised sentences, each read on its own (as in a corpus without article boundaries)."""
        return [self._tag_sentences([words], self._context([words]))[0] for words in sentences]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO2 tags for the pre-tokenised sentences of one article, read with what the whole article shows."""
        return self._tag_sentences(sentences, self._context(sentences))

    def tag_with_probability(self, words: Sequence[str]) -> tuple[list[str], float]:
        """Tags of one (short) sentence and the CRF probability of that whole tag sequence."""
        tags = cast(list[str], self._tagger.tag(self._rows(words, self._context([words]))))
        return tags, float(self._tagger.probability(tags))

    def _context(self, sentences: Sequence[Sequence[str]]) -> DocumentContext:
        """Document features of an article (or of one sentence read alone)."""
        return DocumentContext(sentences, self._features.lexicon)

    def _tag_sentences(self, sentences: Sequence[Sequence[str]], context: DocumentContext) -> list[list[str]]:
        """Tag each sentence, a very long one in windows."""
        windows = [
            (n, words[lo : lo + _MAX_SENTENCE])
            for n, words in enumerate(sentences)
            for lo in range(0, len(words), _MAX_SENTENCE)
        ]
        tags: list[list[str]] = [[] for _ in sentences]
        for (n, _words), window_tags in zip(windows, self._decoded([w for _n, w in windows], context), strict=True):
            tags[n].extend(window_tags)
        return tags

    def _decoded(self, windows: Sequence[Sequence[str]], context: DocumentContext) -> Iterator[list[str]]:
        """Tags of each window: the CRF's best sequence, with names glued across a case suffix split apart. The
        marginals (:meth:`_marginal`) are the window's own until the next one is asked for."""
        fast = self._fast
        if fast is None:
            for words in windows:
                yield split_at_suffixes(words, self._decode(self._rows(words, context)), self._marginal)
            return
        index = fast.attribute_ids
        batch = fast.batch([self._features.sentence_ids(words, context, index) for words in windows])
        for k, words in enumerate(windows):
            yield split_at_suffixes(words, batch.tag(k), self._marginal)

    def _decode(self, rows: list[list[str]]) -> list[str]:
        """The best tags of one window through pycrfsuite (one model, or two combined)."""
        if self._second is None:
            tags = cast(list[str], self._tagger.tag(rows))
        else:
            # Built once for both taggers: turning feature strings into CRFsuite items is half of tagging's cost.
            items = pycrfsuite.ItemSequence(rows)
            tags = cast(list[str], self._tagger.tag(items))
            other = cast(list[str], self._second.tag(items))
            if tags != other:
                tags = combine(tags, other, self._marginal)
        return tags

    def _marginal(self, label: str, i: int) -> float:
        """Probability of ``label`` at token ``i`` of the window just tagged (the mean of both models' if two)."""
        if self._fast is not None:
            return self._fast.marginal(label, i)
        if self._second is None:
            return float(self._tagger.marginal(label, i))
        return float(self._tagger.marginal(label, i) + self._second.marginal(label, i)) / 2

    def _rows(self, words: Sequence[str], context: DocumentContext) -> list[list[str]]:
        """CRFsuite features of one sentence, with the auxiliary model's labels if the artifact has one."""
        rows = self._features.sentence(words, context)
        if self._aux is not None:
            add_stacked_features(rows, *aux_predictions(self._aux, rows))
        return rows

    def extract(self, text: str) -> list[Span]:
        """Entity spans over ``text``, ordered by start, each with the lowest token marginal as confidence.

        The whole text is read as one article (document features); a surname used alone after its full name
        appeared gets a PER span too (see :mod:`.propagation`).
        """
        bodies: list[list[Token]] = []
        for sentence in split_sentences(text, tokenize(text)):
            # Sentence-final punctuation is dropped, as in milliyet, whose corpus mostly strips it.
            body = sentence[:-1] if len(sentence) > 1 and sentence[-1].text in SENTENCE_END else sentence
            bodies += [body[lo : lo + _MAX_SENTENCE] for lo in range(0, len(body), _MAX_SENTENCE)]
        words = [[t.text for t in window] for window in bodies]
        spans: list[Span] = []
        windows: list[Window] = []
        for window, tags in zip(bodies, self._decoded(words, self._context(words)), strict=True):
            spans.extend(self._spans(text, window, tags))
            windows.append((window, tags))
        spans.extend(propagate_names(text, windows, spans, self._features.is_common_word))
        spans.sort(key=lambda s: s.start)
        return spans

    def _spans(self, text: str, tokens: list[Token], tags: list[str]) -> list[Span]:
        """Spans of the window just tagged, with confidences from the tagger's marginals."""
        spans = []
        for kind, first, stop in chunks(tags):
            for lo, hi in _without_semicolons(tokens, first, stop):
                confidence = min(self._marginal(tags[i], i) for i in range(lo, hi))
                start, end = tokens[lo].start, tokens[hi - 1].end
                spans.append(Span(cast(EntityType, kind), start, end, text[start:end], round(confidence, 4)))
        return spans


def _without_semicolons(tokens: list[Token], first: int, stop: int) -> Iterator[tuple[int, int]]:
    """The token ranges of a chunk between its semicolons, which no name holds (``Defne Koz ; Endüstriyel
    Tasarımcılar Meslek Kuruluşu`` is a person and a body)."""
    lo = first
    for i in range(first, stop):
        if tokens[i].text == ";":
            if i > lo:
                yield lo, i
            lo = i + 1
    if stop > lo:
        yield lo, stop
