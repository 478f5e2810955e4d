"""Plain text and Markdown stories."""

from __future__ import annotations

import pytest
from newswire_ingest.errors import MalformedInputError

from tests.unit.ingest.fixture_files import parse, parse_fixture


def test_plain_text() -> None:
    article = parse_fixture("plain.txt")
    assert article.source_format == "text"
    assert article.headline == "İzmir'de 4,9 büyüklüğünde deprem"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0] == (
        "Afet ve Acil Durum Yönetimi Başkanlığı (AFAD), İzmir'in Seferihisar ilçesi açıklarında 4,9 büyüklüğünde "
        "deprem meydana geldiğini duyurdu."
    )
    assert article.lead is None
    assert (article.guid, article.published_at, article.language) == (None, None, None)


def test_plain_text_with_a_prose_first_line_gets_a_derived_headline() -> None:
    prose = "Bu ilk satır bir başlık değil, uzun bir paragraf. " * 6
    article = parse(prose.encode())
    assert article.headline == "Bu ilk satır bir başlık değil, uzun bir paragraf."
    assert article.body == prose.strip()


def test_plain_text_title_only_is_rejected() -> None:
    with pytest.raises(MalformedInputError, match="only a title"):
        parse("Sadece başlık\n\n".encode())


def test_markdown() -> None:
    article = parse_fixture("markdown.md")
    assert article.source_format == "markdown"
    assert article.headline == "Galatasaray, Avrupa'da çeyrek finale yükseldi"
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0] == (
        "İSTANBUL – Galatasaray, UEFA Avrupa Ligi son 16 turu rövanş maçında konuk ettiği Sporting Lizbon'u 2-0 yendi."
    )
    assert "Maçın ayrıntıları" in paragraphs
    assert "İlk golü 34. dakikada Mauro Icardi attı." in paragraphs
    assert "“Taraftarımıza bu galibiyeti armağan ediyoruz” dedi teknik direktör." in paragraphs
    assert paragraphs[-1] == "Sarı-kırmızılılar, çeyrek finalde Roma ile eşleşti."
    for markup in ("**", "](", "`", "# ", "> "):
        assert markup not in article.body


def test_markdown_setext_title() -> None:
    article = parse("Kayseri'de kar tatili\n=====================\n\nOkullar *yarın* tatil.".encode())
    assert article.source_format == "markdown"
    assert article.headline == "Kayseri'de kar tatili"
    assert article.body == "Okullar yarın tatil."


def test_markdown_front_matter_title() -> None:
    doc = '---\ntitle: "Bursa\'da festival"\nauthor: x\n---\nFestival __bugün__ başlıyor.\n'
    article = parse(doc.encode())
    assert article.source_format == "markdown"
    assert article.headline == "Bursa'da festival"
    assert article.body == "Festival bugün başlıyor."


def test_markdown_by_file_name_hint_without_heading() -> None:
    article = parse("Başlık satırı\n\nMetin **kalın**.".encode(), file_name="haber.md")
    assert article.source_format == "markdown"
    assert (article.headline, article.body) == ("Başlık satırı", "Metin kalın.")


def test_snake_case_and_arithmetic_are_not_emphasis() -> None:
    article = parse("# Başlık\n\nfile_name_here ve 2*3*4 aynen kalır.".encode())
    assert article.body == "file_name_here ve 2*3*4 aynen kalır."


def test_copy_written_one_paragraph_per_line_keeps_its_paragraphs() -> None:
    first = "Belediye meclisi dün toplandı ve yeni bütçeyi görüştü. " * 3
    second = "Muhalefet bütçenin kentin ihtiyaçlarını karşılamadığını söyledi. " * 3
    article = parse(f"Meclis bütçeyi görüştü\n{first.strip()}\n{second.strip()}\n".encode())
    assert article.body.split("\n\n") == [first.strip(), second.strip()]


def test_a_crosshead_in_capitals_is_a_paragraph_of_its_own() -> None:
    # "KASA DOLDU" glued to the next line read as one name ("KASA DOLDU Galatasaray") in the tagger
    text = (
        "Takım zengin oldu\n"
        "Takım turu geçerek önemli bir başarı elde etti ve kasasını doldurdu.\n"
        "KASA DOLDU\n"
        "Galatasaray çeyrek finale kaldı.\n"
    )
    assert parse(text.encode()).body.split("\n\n") == [
        "Takım turu geçerek önemli bir başarı elde etti ve kasasını doldurdu.",
        "KASA DOLDU",
        "Galatasaray çeyrek finale kaldı.",
    ]


def test_hard_wrapped_lines_are_joined_and_a_short_line_ends_its_paragraph() -> None:
    text = (
        "Deprem korkuttu\n"
        "Afet ve Acil Durum Yönetimi Başkanlığı, Seferihisar ilçesi\n"
        "açıklarında 4,9 büyüklüğünde deprem meydana geldiğini\n"
        "duyurdu.\n"
        "Can kaybı ya da yaralanma bildirilmedi.\n"
    )
    assert parse(text.encode()).body.split("\n\n") == [
        "Afet ve Acil Durum Yönetimi Başkanlığı, Seferihisar ilçesi açıklarında 4,9 büyüklüğünde deprem meydana "
        "geldiğini duyurdu.",
        "Can kaybı ya da yaralanma bildirilmedi.",
    ]


def test_an_old_wire_all_in_capitals_is_still_unwrapped() -> None:
    text = "DEPREM\nSEFERIHISAR ACIKLARINDA 4,9 BUYUKLUGUNDE BIR\nDEPREM OLDU. HASAR YOK.\n"
    assert parse(text.encode()).body == "SEFERIHISAR ACIKLARINDA 4,9 BUYUKLUGUNDE BIR DEPREM OLDU. HASAR YOK."


def test_markdown_line_breaks_inside_a_paragraph_stay_soft() -> None:
    text = "# Başlık\n\nBirinci cümle burada bitiyor.\nİkinci cümle aynı paragrafta.\n"
    assert parse(text.encode(), file_name="a.md").body == "Birinci cümle burada bitiyor. İkinci cümle aynı paragrafta."
