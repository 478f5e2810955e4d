"""Document features: how the rest of an article writes a capitalised word."""

from __future__ import annotations

from newswire_tagger.ner.doc_features import DocumentContext
from newswire_tagger.ner.features import FeatureExtractor
from newswire_tagger.ner.lexicon import Lexicon

LEXICON = Lexicon({"zeynep": ("gz=PERF",), "kenya": ("gz=LOC",), "norveç": ("gw=LOC",)})
ARTICLE = [
    ["Doktor", "Zeynep", "Okonjo", "dün", "Nairobi'de", "konuştu"],
    ["Okonjo", ",", "Kenya'daki", "hastanelerin", "dolu", "olduğunu", "söyledi"],
    ["Yarın", "toplantı", "var", "dedi"],
    ["Toplantı", "yarın", "Nairobi'de"],
]


def _features(context: DocumentContext, sentence: int, token: int) -> list[str]:
    return context.features(ARTICLE[sentence], token)


def test_a_surname_opening_a_sentence_is_known_from_the_full_name() -> None:
    context = DocumentContext(ARTICLE, LEXICON)
    assert set(_features(context, 1, 0)) == {"dc=cap", "dc=sur"}


def test_a_word_is_not_its_own_evidence() -> None:
    context = DocumentContext(ARTICLE, LEXICON)
    assert _features(context, 0, 2) == []  # Okonjo in the full name: the other mention opens a sentence
    assert _features(context, 0, 4) == ["dc=cap"]  # Nairobi'de is written mid-sentence again in the last sentence


def test_a_common_word_opening_a_sentence_is_written_lower_case_elsewhere() -> None:
    context = DocumentContext(ARTICLE, LEXICON)
    assert _features(context, 3, 0) == ["dc=low"]  # Toplantı / toplantı
    assert _features(context, 2, 0) == ["dc=low"]  # Yarın / yarın
    assert _features(context, 0, 3) == []  # lower-case words get no document features


def test_all_caps_words_say_nothing() -> None:
    context = DocumentContext([["NATO", "toplandı"], ["Bugün", "NATO", "açıkladı"]], LEXICON)
    assert context.features(["Bugün", "NATO", "açıkladı"], 1) == []


def test_extractor_adds_document_and_demonym_features() -> None:
    extractor = FeatureExtractor(LEXICON)
    context = DocumentContext(ARTICLE, LEXICON)
    rows = extractor.sentence(ARTICLE[1], context)
    assert "dc=sur" in rows[0]
    assert "-1:end" in rows[3]  # after Kenya'daki a name has ended
    demonyms = extractor.sentence(["Kenyalı", "ve", "Norveçliler", "Ali", "ile"])
    assert "demonym" in demonyms[0]
    assert "demonym" in demonyms[2]
    assert "demonym" not in demonyms[3]  # Ali: "A" is no place


def test_a_sentence_is_read_whole_as_token_by_token_also_when_cut_into_windows() -> None:
    context = DocumentContext(ARTICLE, LEXICON)
    for words in ARTICLE:
        assert context.sentence(words) == [context.features(words, i) for i in range(len(words))]
    # a window cut from a sentence (a very long one is tagged in windows) is read as a sentence of its own:
    # "Okonjo" opens it, so the article's mid-sentence capital and full name count as evidence from elsewhere
    window = ARTICLE[0][2:]
    assert context.sentence(window)[0] == ["dc=cap", "dc=sur"]
    assert context.sentence(ARTICLE[0])[2] == []
    assert context.sentence(list(ARTICLE[0]))[2] == []  # an equal list that is not the article's is read the same


def test_the_run_after_a_first_name_marks_only_its_last_word_as_a_surname() -> None:
    article = [["Bugün", "Zeynep", "Ayşe", "Okonjo", "geldi"], ["Ayşe", "ve", "Okonjo", "konuştu"]]
    context = DocumentContext(article, LEXICON)
    assert context.surnames["okonjo"] == 1
    assert context.surnames["ayşe"] == 0
    assert "dc=sur" in context.features(article[1], 2)
    assert "dc=sur" not in context.features(article[1], 0)
