"""EntityLinker: labelled spans in, canonical, merged, identified and located entities out."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from newswire_schemas import Entity, EntityType, GeoPoint, Mention

from newswire_tagger.entities import recall
from newswire_tagger.entities.consistency import Consolidator
from newswire_tagger.entities.gazetteer import Gazetteer, Place, RecallEntry
from newswire_tagger.entities.heads import QUOTED_FIRM_NOUNS, head_type, is_company_word, is_legal_form, kind_after
from newswire_tagger.entities.kb import KnowledgeBase
from newswire_tagger.entities.merging import (
    Cluster,
    Occurrence,
    cluster_key,
    group_exact,
    merge_acronyms,
    merge_body_tails,
    merge_company_short_forms,
    merge_glued_case_endings,
    merge_person_parts,
    merge_unspaced,
)
from newswire_tagger.entities.names import (
    canonical_name,
    fold,
    is_quoted,
    opens_sentence,
    slugify,
    strip_apostrophe_suffix,
    turkish_lower,
)
from newswire_tagger.entities.nouns import WORK_FORMS, is_works_noun
from newswire_tagger.entities.scoring import MIN_PERSON_CONFIDENCE, Zones, confidence, relevances
from newswire_tagger.entities.titles import title_before
from newswire_tagger.ner.lexicon import Lexicon
from newswire_tagger.ner.model import NerModel
from newswire_tagger.spans import Span

logger = logging.getLogger(__name__)


class EntityLinker:
    """Turns an article's spans into :class:`newswire_schemas.Entity` records; load once, call per article."""

    def __init__(self, gazetteer: Gazetteer, kb: KnowledgeBase, lexicon: Lexicon | None = None) -> None:
        """Link against ``gazetteer`` (places, with points) and ``kb`` (who and what names stand for); ``lexicon``
        (the NER model's) says which words the corpora rarely capitalise."""
        self.gazetteer = gazetteer
        self.kb = kb
        self.consolidator = Consolidator(kb, gazetteer, lexicon)
        # The knowledge base's forms first, so the gazetteer's (with points and curated ids) win a shared form.
        known = {
            form: RecallEntry(entity.type, None, None, acronym) for form, (entity, acronym) in kb.recall_forms().items()
        }
        self.recall_lexicon: dict[str, RecallEntry] = {**known, **gazetteer.recall}
        self.inner_break_names = recall.InnerBreakNames(self.recall_lexicon)

    @classmethod
    def load(cls, path: Path | None = None, kb_path: Path | None = None) -> EntityLinker:
        """Load the shipped gazetteer and knowledge base (models/gazetteer, models/kb) or the ones given, with the
        shipped NER model's lexicon (loaded once per process, shared with the model)."""
        return cls(Gazetteer.load(path), KnowledgeBase.load(kb_path), NerModel.load().lexicon)

    def resolve(self, text: str, spans: Sequence[Span]) -> list[Entity]:
        """The article's entities from the model's spans: consolidated, completed from the lists, linked."""
        cleaned = self.inner_break_names.apply(text, self.consolidator.clean(text, spans))
        found = self.consolidator.clean(text, self.find_missing(text, cleaned))
        return self.link(text, self.consolidator.finish(text, [*cleaned, *found]))

    def consolidate(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """The model's spans made consistent across the article (see :mod:`.consistency`)."""
        return self.consolidator.consolidate(text, spans)

    def link(self, text: str, spans: Sequence[Span]) -> list[Entity]:
        """Entities of ``text`` from its ``spans``, mentions merged, sorted by relevance (most central first)."""
        clusters = self._clusters(spans, len(text))
        headline_end = Zones.of(text).headline_end
        clusters = merge_unspaced(merge_glued_case_endings(clusters, text))
        clusters = merge_person_parts(clusters, text, self.kb.is_given_name, self._is_common_word, headline_end)
        clusters = [c for c in merge_acronyms(clusters, text) if not self._quoted_title(text, c)]
        clusters = merge_company_short_forms(
            clusters, is_company_word, lambda name: self.gazetteer.place(name) is not None
        )
        clusters = merge_body_tails(
            clusters, text, lambda word: head_type(word) == "ORG" and not is_company_word(word), self._is_abroad
        )
        if not clusters:
            return []
        # Titles stop at the previous person's name so one person's words never become the next one's title.
        person_ends = sorted(s.end for s in spans if s.type == "PER")
        affiliations = {name for c in clusters if c.type != "PER" for name in c.names()}
        kept = [
            (entity, cluster)
            for cluster in clusters
            if not _unsure_person(
                entity := self._entity(text, cluster, person_ends, affiliations),
                cluster,
                self.kb.is_any_given_name,
                headline_end,
            )
        ]
        # relevance among the entities emitted, so the most central one still scores 1
        for (entity, _cluster), score in zip(kept, relevances([c for _e, c in kept], text), strict=True):
            entity.relevance = score
        entities = [entity for entity, _cluster in kept]
        entities.sort(key=lambda e: (-e.relevance, e.mentions[0].start))
        return entities

    def find_missing(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """Extra spans for known names (0.6) and head-word names (0.5) the model missed; only the new ones."""
        return recall.find_missing(
            self.recall_lexicon,
            text,
            spans,
            self.consolidator.is_demonym,
            lambda name: self.kb.known_type(name) == "ORG",
            is_common=self.consolidator.seldom_capitalised,
        )

    def _clusters(self, spans: Sequence[Span], text_length: int) -> list[Cluster]:
        """One cluster per distinct (type, id-or-name), duplicates of a span dropped."""
        seen: set[tuple[int, int, str]] = set()
        by_name: dict[tuple[EntityType, str], list[Occurrence]] = {}
        stems: dict[str, str] = {}  # a place's name without a bare case ending, once per distinct name
        bodies: dict[str, str] = {}  # ... and a body's
        for span in sorted(spans, key=lambda s: s.start):
            if not 0 <= span.start < span.end <= text_length:
                # A labeller bug must not cost the article its other entities: drop the span, say so.
                logger.warning("span %r lies outside the text (length %d): dropped", span, text_length)
                continue
            name = canonical_name(span.text, span.type)
            if span.type == "LOC" and name:
                stem = stems.get(name)
                name = stems[name] = self._bare_case_stem(name) if stem is None else stem
            elif span.type == "ORG" and " " in name and name[-1:].islower():
                stem = bodies.get(name)
                name = bodies[name] = self._bare_case_body(name) if stem is None else stem
            if not name or (span.start, span.end, span.type) in seen:
                continue
            seen.add((span.start, span.end, span.type))
            occurrence = Occurrence(span.start, span.end, span.text, name, span.confidence)
            by_name.setdefault((span.type, name), []).append(occurrence)
        # The gazetteer is asked once per distinct name, not once per mention.
        singles = []
        # names the article writes in other than capitals ("Şam" beside a headline's "ŞAM")
        written = {fold(name) for entity_type, name in by_name if entity_type == "LOC" and not name.isupper()}
        for (entity_type, name), occurrences in by_name.items():
            place = self.gazetteer.place(name) if entity_type == "LOC" else None
            if place is not None and _acronym_of_a_town(name, place) and fold(name) not in written:
                # "GAP" (the Southeastern Anatolia Project) is no town in France; "ŞAM'DAN" in a headline in
                # capitals, its case ending in capitals too, is Damascus
                place = place if any(_capital_ending(o.text) for o in occurrences) else None
            organisation = self.gazetteer.organisation(name) if entity_type == "ORG" else None
            known = self.kb.entity(name, entity_type)
            if known is None and entity_type == "ORG" and " " in name and is_legal_form(name.rsplit(maxsplit=1)[-1]):
                # "Deutsche Telekom AG", "Arçelik AŞ": the lists' firm (a firm; not "İskur A.Ş.", a textile firm,
                # folded like the employment agency İŞKUR)
                firm = self.kb.entity(name.rsplit(maxsplit=1)[0], "ORG")
                known = firm if firm is not None and firm.kind in _FIRM_KINDS else None
            if organisation is not None and known is not None and organisation.id != known.id:
                organisation = None  # the knowledge base tells apart what folding joins: "MIT" is not the "MİT"
            key = cluster_key(name, place, organisation) if place or organisation or not known else known.id
            singles.append(Cluster(entity_type, occurrences, place, organisation, key, known))
        return group_exact(singles)

    def _is_abroad(self, word: str) -> bool:
        """Whether ``word`` is a place outside Türkiye the gazetteer holds (``Almanya``, ``Berlin``; not ``İstanbul``,
        ``Türkiye``)."""
        place = self.gazetteer.place(word)
        return place is not None and place.country_code != "TR"

    def _is_common_word(self, word: str) -> bool:
        """Whether the corpora write ``word`` (folded or not) in lower case as often as not, and no list holds it as a
        given name: ``televizyon``, not ``Levent``."""
        return self.consolidator.seldom_capitalised(word) and not self.kb.is_any_given_name(word)

    def _bare_case_stem(self, name: str) -> str:
        """A place the lists do not know, written with a case ending and no apostrophe, is the country or major place
        it begins with: ``Ermenistanda`` is Ermenistan, ``Güney Afrikaya`` Güney Afrika (copy that lost its
        apostrophes writes them so). Not a name the lists know (``Kenya``), nor a word the corpora write in lower
        case too (``Maliye``, ``Gazi``), nor after one vowel (``Kilise``, ``Komi``: too many names end so)."""
        if not name[-1:].islower() or self.gazetteer.place(name) is not None or self.kb.known_type(name) is not None:
            return name
        last = turkish_lower(name.rsplit(maxsplit=1)[-1])
        habit = self.consolidator.habit(last)
        if habit in ("mixed", "rarely") or (habit == "mostly" and last.endswith(("ye", "ya"))):
            return name  # (a word written in lower case too; "Maliye", mostly capitalised, is no dative of Mali)
        for ending in _BARE_CASE_ENDINGS:
            stem = name[: -len(ending)]
            if not name.endswith(ending) or len(stem.rsplit(maxsplit=1)[-1]) < 3:
                continue
            place = self.gazetteer.place(stem)
            major = place is not None and (place.is_country or turkish_lower(stem) in self.gazetteer.recall)
            if major or self.kb.known_type(stem) == "LOC":
                return stem
        return name

    def _bare_case_body(self, name: str) -> str:
        """A body's name of two words or more the lists know, written with a case ending and no apostrophe, is that
        body: ``Birleşmiş Milletlerde``, ``Birleşmiş Milletlere`` are Birleşmiş Milletler (copy that lost its
        apostrophes writes them so); a name the lists know as written stays."""
        if self.kb.known_type(name) is not None:
            return name
        for ending in _BARE_BODY_ENDINGS:
            stem = name[: -len(ending)]
            if name.endswith(ending) and " " in stem and self.kb.known_type(stem) == "ORG":
                return stem
        return name

    def _title(self, text: str, cluster: Cluster, person_ends: list[int], affiliations: set[str]) -> str | None:
        """The first title written before any of the person's mentions."""

        def is_affiliation(words: str) -> bool:
            return words in affiliations or self.gazetteer.is_affiliation(words)

        for occurrence in cluster.occurrences:
            floor = max((end for end in person_ends if end <= occurrence.start), default=0)
            title = title_before(text, occurrence.start, is_affiliation, floor)
            if title is not None:
                return title
        return None

    def _entity(self, text: str, cluster: Cluster, person_ends: list[int], affiliations: set[str]) -> Entity:
        """The schema record of one cluster; relevance is filled in by the caller."""
        name = cluster.display_name()
        title = self._title(text, cluster, person_ends, affiliations) if cluster.type == "PER" else None
        place, organisation = cluster.place, cluster.organisation
        known = place or organisation or cluster.known
        slug = slugify(name)
        entity_id = known.id if known is not None else (f"{cluster.type.lower()}:{slug}" if slug else None)
        if place is not None and cluster.key != place.id and slug:
            entity_id = f"loc:{slug}"  # "Seyhan", filed under Adana's point: its own id, never the city's
        confirmed = known is not None or title is not None
        contradicted = not confirmed and self._contradicted(cluster)
        return Entity(
            type=cluster.type,
            name=name,
            id=entity_id,
            title=title,
            confidence=confidence(cluster, confirmed=confirmed, contradicted=contradicted),
            relevance=0.0,
            geo=GeoPoint(lat=place.lat, lon=place.lon) if place is not None else None,
            country_code=place.country_code if place is not None else None,
            mentions=[Mention(start=o.start, end=o.end, text=o.text) for o in cluster.occurrences],
        )

    def _quoted_title(self, text: str, cluster: Cluster) -> bool:
        """A person or body no list knows, named only as a whole quotation and without a head word: the title of a
        work (``'El Camino'``, ``“The Wall”``, ``'Kurtuluş Son Durak'``, ``"Hunger Games"in``), which names no one;
        not one a body's noun follows (``"New England Journal of Medicine" dergisinde``). Places stay: a quoted
        square or valley is as often the place (``"Leicester Square"de``). A title of two words or more the article
        quotes where it first names it is the title where it repeats it bare too (``“Rüzgâr Avı”`` ... ``Rüzgâr
        Avı'nda``), unless it opens with a given name (a nickname in quotes, then the person)."""
        if cluster.type == "LOC":
            # a quoted title before a work's noun names no place: "“Shine On” isimli hitleriyle", "'Kızıl Ötesi
            # Aydınlık' oyunu"
            return cluster.place is None and all(
                is_quoted(text, o.start, o.end) and _WORK_AFTER.match(text, o.end + 1) is not None
                for o in cluster.occurrences
            )
        if cluster.known is not None or cluster.organisation is not None:
            return False
        last = cluster.occurrences[0].name.split()[-1]
        if head_type(last) is not None or is_company_word(last):
            return False
        first = min(cluster.occurrences, key=lambda o: o.start)
        # (a given name first: a work's noun after the quotation says it is a title, "“Rüzgâr Avı” adlı romanı")
        if self._titled_first(text, cluster, first) and (
            not self.kb.is_any_given_name(first.name.split()[0]) or _WORK_AFTER.match(text, first.end + 1) is not None
        ):
            occurrences = [first]
        else:
            occurrences = cluster.occurrences
        # (a body's noun after any quoted mention says it is a body: "Suudi \"El Vatan\" gazetesi")
        return all(is_quoted(text, o.start, o.end) for o in occurrences) and not any(
            is_quoted(text, o.start, o.end) and _body_noun_after(text, o.end) for o in cluster.occurrences
        )

    @staticmethod
    def _titled_first(text: str, cluster: Cluster, first: Occurrence) -> bool:
        """Whether a person's name of two words or more is first written as a whole quotation beside a work's word
        (``"Şahane Misafir" adlı son filmiyle``, ``“Kuzey Güney” dizisi``): a title the article may repeat bare.
        Not a nickname (``'Laz Ziya' lakaplı``, ``Lakabı “Dan Tan”``, ``“Kara Murat” olarak bilinen``) nor a role
        after the player's name (``Beren Saat “Yağmur Özden”``)."""
        if cluster.type != "PER" or " " not in first.name or not is_quoted(text, first.start, first.end):
            return False
        around = turkish_lower(text[max(0, first.start - 30) : first.end + 30])
        sentence = turkish_lower(text[max(0, first.start - 80) : first.end + 80]).split()
        before = _WORD_BEFORE_QUOTE.search(text, max(0, first.start - 40), first.start)
        role = (
            before is not None
            and before.group(1)[:1].isupper()
            and not opens_sentence(text, before.start(1))  # "Yazarın “Rüzgâr Avı” adlı romanı"
        )
        works = any(is_works_noun(word.strip(_PUNCTUATION)) for word in sentence)
        return works and _NICKNAME.search(around) is None and not role

    def _contradicted(self, cluster: Cluster) -> bool:
        """Whether the gazetteer says the type is wrong: a LOC named like an organisation, an ORG like a country."""
        if cluster.type == "LOC":
            return any(self.gazetteer.organisation(n) is not None for n in cluster.names())
        if cluster.type == "ORG":
            return any((p := self.gazetteer.place(n)) is not None and p.is_country for n in cluster.names())
        return False


# Case endings a place takes, longest first, a lone vowel's aside: Ankaradaki, Ermenistandan, Irakta.
_BARE_CASE_ENDINGS = (
    *("daki", "deki", "taki", "teki"),
    *("dan", "den", "tan", "ten", "nın", "nin", "nun", "nün"),
    *("da", "de", "ta", "te", "ya", "ye", "yı", "yi", "yu", "yü", "ın", "in", "un", "ün"),
)
# ... and one vowel after a body's name the lists know (``Birleşmiş Milletlere``, ``Birleşmiş Milletleri``).
_BARE_BODY_ENDINGS = (*_BARE_CASE_ENDINGS, "a", "e", "ı", "i", "u", "ü")
_AFTER_QUOTE = re.compile(r"\S*[ \t]+(\S+)")
_PUNCTUATION = "\"'“”‘’«».,;:!?()"
# A nickname's words: "lakaplı", "lakabıyla", "takma adı", "kod adlı", "olarak bilinen", "namıdiğer".
_NICKNAME = re.compile(r"lakap|lakab|takma ad|kod ad|bilinen|namı")
# The word right before a quotation's opening mark, no punctuation after it: "Beren Saat “" (not "Özpetek, \"").
_WORD_BEFORE_QUOTE = re.compile(r"(\w+)[ \t]+['\"“‘«]$")
# A work's noun after its quoted title (past "adlı", "isimli"): "filmiyle", "şarkısına", "albümünden", "hitleriyle".
_WORK_AFTER = re.compile(rf"\S*[ \t]+(?:(?:adlı|isimli|isminde|adındaki)[ \t]+)?{WORK_FORMS}[a-zçğıöşü]*\b")


_QUOTED_FIRM = re.compile(rf"(?:{QUOTED_FIRM_NOUNS})(?:n[a-zçğıöşü]+)?$")


def _body_noun_after(text: str, end: int) -> bool:
    """Whether a body's noun follows the closing mark at ``end`` (and its case ending): ``" dergisinde``, also
    capitalised after the quotation (``“Nature Genetics” Dergisinde``), a firm's bare (``" şirketi``)."""
    after = _AFTER_QUOTE.match(text, end + 1)
    if after is None:
        return False
    word = turkish_lower(after.group(1)[:1]) + after.group(1)[1:]
    return kind_after(word) == "ORG" or _QUOTED_FIRM.match(word) is not None


def _unsure_person(entity: Entity, cluster: Cluster, is_given_name: Callable[[str], bool], headline_end: int) -> bool:
    """A person below :data:`MIN_PERSON_CONFIDENCE` that nothing vouches for: not emitted. A known person, one
    with a title, and a given name and one more word written outside the headline (``Selin Karadağlıoğlu``) are."""
    if entity.type != "PER" or entity.confidence >= MIN_PERSON_CONFIDENCE or cluster.known is not None:
        return False
    if entity.title is not None:
        return False
    words = entity.name.split()
    in_body = headline_end == 0 or any(o.start > headline_end for o in cluster.occurrences)
    return not (len(words) == 2 and is_given_name(words[0]) and in_body)


# Kinds of body in the knowledge base a legal form may follow (firms, and clubs as listed companies: "Galatasaray
# AŞ"); no other body's ("Pentagon Ltd.", "İskur A.Ş." are no defence department nor employment agency).
_FIRM_KINDS = frozenset(
    {"listed", "company", "bank", "tech", "industry", "carmaker", "retail", "energy", "airline", "telecom", "media"}
    | {"club", "rating", "exchange", "transport"}
)
_ACRONYM_LENGTH = 3  # an all-caps word this short is an acronym more often than a foreign town's name


def _acronym_of_a_town(name: str, place: Place) -> bool:
    """Whether ``name`` is written as an acronym (``GAP``) and ``place`` a foreign town, not a country (``BAE``) or a
    Turkish town (``VAN`` in a headline in capitals)."""
    return len(name) <= _ACRONYM_LENGTH and name.isupper() and not place.is_country and place.country_code != "TR"


def _capital_ending(written: str) -> bool:
    """Whether a mention carries a case ending written in capitals (``ŞAM'DAN``), as a headline in capitals does."""
    stem = strip_apostrophe_suffix(written)
    return stem != written and written[len(stem) + 1 :].isupper()
