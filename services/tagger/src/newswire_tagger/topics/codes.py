"""The IPTC Media Topic codes the tagger can emit, with English (IPTC) and Turkish labels.

Top level: all 17 topics. Second level: only the few children that keyword rules can assign with confidence.
Every code was checked against IPTC's own Media Topic export (release 2026-07-02: each child is in its parent's
``narrower`` list) and English labels against published listings; none is invented. English labels follow the
current release (11000000 was "politics" before it became "politics and government").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class TopicCode:
    """One Media Topic: its 8-digit code, labels, level in the tree and parent code."""

    code: str
    label_en: str
    label_tr: str
    level: int = 1
    parent: str | None = None

    @property
    def qcode(self) -> str:
        """The code as an IPTC qcode (``medtop:11000000``)."""
        return f"medtop:{self.code}"


_TOP = [
    TopicCode("01000000", "arts, culture, entertainment and media", "kültür, sanat, eğlence ve medya"),
    TopicCode("02000000", "crime, law and justice", "suç, hukuk ve adalet"),
    TopicCode("03000000", "disaster, accident and emergency incident", "afet, kaza ve acil durum"),
    TopicCode("04000000", "economy, business and finance", "ekonomi, iş dünyası ve finans"),
    TopicCode("05000000", "education", "eğitim"),
    TopicCode("06000000", "environment", "çevre"),
    TopicCode("07000000", "health", "sağlık"),
    TopicCode("08000000", "human interest", "insan ilgisi"),
    TopicCode("09000000", "labour", "çalışma hayatı"),
    TopicCode("10000000", "lifestyle and leisure", "yaşam tarzı ve boş zaman"),
    TopicCode("11000000", "politics and government", "siyaset"),
    TopicCode("12000000", "religion", "din"),
    TopicCode("13000000", "science and technology", "bilim ve teknoloji"),
    TopicCode("14000000", "society", "toplum"),
    TopicCode("15000000", "sport", "spor"),
    TopicCode("16000000", "conflict, war and peace", "çatışma, savaş ve barış"),
    TopicCode("17000000", "weather", "hava durumu"),
]

_SECOND = [
    TopicCode("20000082", "crime", "suç", 2, "02000000"),
    TopicCode("20000106", "judiciary", "yargı", 2, "02000000"),
    TopicCode("20000129", "law enforcement", "kolluk", 2, "02000000"),
    TopicCode("20000139", "accident and emergency incident", "kaza ve acil durum", 2, "03000000"),
    TopicCode("20000148", "disaster", "afet", 2, "03000000"),
    TopicCode("20000385", "market and exchange", "piyasalar ve borsa", 2, "04000000"),
    TopicCode("20000400", "school", "okul", 2, "05000000"),
    TopicCode("20000418", "climate change", "iklim değişikliği", 2, "06000000"),
    TopicCode("20000424", "environmental pollution", "çevre kirliliği", 2, "06000000"),
    TopicCode("20000536", "unions", "sendikalar", 2, "09000000"),
    TopicCode("20000574", "election", "seçim", 2, "11000000"),
    TopicCode("20000638", "international relations", "uluslararası ilişkiler", 2, "11000000"),
    TopicCode("20000053", "act of terror", "terör eylemi", 2, "16000000"),
    TopicCode("20000056", "armed conflict", "silahlı çatışma", 2, "16000000"),
    TopicCode("20000073", "peace process", "barış süreci", 2, "16000000"),
    TopicCode("20001128", "weather forecast", "hava tahmini", 2, "17000000"),
    TopicCode("20001131", "weather warning", "hava uyarısı", 2, "17000000"),
]

TOPICS: Final[dict[str, TopicCode]] = {t.code: t for t in (*_TOP, *_SECOND)}
"""Every code the tagger may emit, by code."""

TOP_LEVEL: Final[tuple[str, ...]] = tuple(t.code for t in _TOP)
"""The 17 top-level codes, in code order."""
