"""A person's title from the capitalised words right before the name (``Dışişleri Bakanı Ceyhun Bayramov``).

The title is the run of capitalised words ending in a title head (``Bakanı``, ``Yardımcısı``...), with the
leading affiliation removed: a country, place or organisation (``Azerbaycan``, ``NATO``) is who the person
serves, not their title, and has its own entity. When removing it would leave only a bare possessive
(``ABD Başkanı`` → ``Başkanı``), the affiliation stays, since ``Başkanı`` alone says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newswire_tagger.entities.names import has_suffix_apostrophe


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ADDRESS_WORDS = ("bey", "hanım", "beyefendi", "hanımefendi", "efendi", "abi", "abla", "ağabey", "hoca")
"""Forms of address after a person's name, in lower case: ``Ahmet Bey``, ``Ayşe Hanım'ın``, ``Jale Hoca``."""
NAME_CLOSERS = frozenset({*ADDRESS_WORDS, "paşa", "ağa", "hazretleri"})
"""Words closing a person's name after it, in lower case: the forms of address, and a pasha's, an agha's and a
saint's (``Kara Mustafa Paşa``, ``Mevlana Hazretleri``)."""


# Title words that are also given names the given-name lists do not hold: "Emir Kusturica", "Muhtar Kent", "Hakim
# Ziyech" (the lists hold "Sultan", "Şeyh", "Lord", "Sir").
NAME_TITLES = frozenset({"Emir", "Muhtar", "Hakim"})
# Titles' words that are Turkish surnames too (the given names among titles, and more), and no title copy writes
# after a name ("Ahmet Başkan", "Ayşe Sultan" are titled): after a given name they are the surname ("Cem Emir", "Ali
# Savcı", "Nazmi Hakim").
SURNAME_TITLES = NAME_TITLES | frozenset(
    {"Savcı", "Müftü", "Vekil", "Elçi", "Şair", "Yazar", "Mimar", "Avukat", "Kaptan", "Hekim"}
    # ranks too, surnames after a given name ("Ahmet Er", "Cengiz Er") or the old way of naming a soldier by his rank
    # after his name, kept whole as the name he is known by ("Seyit Onbaşı", "Mehmet Çavuş")
    | {"Er", "Çavuş", "Onbaşı", "Başçavuş"}
)

# Heads that are a title on their own (unmarked forms, or compounds lexicalised with the possessive).
STANDALONE_HEADS = _words(
    "Bakan Başbakan Başkan Cumhurbaşkanı Cumhurbaşkan Milletvekili Başkanvekili Vali Kaymakam Büyükelçi "
    "Sekreter Direktör Müdür Komutan Kral Kraliçe Prens Prenses Papa Patrik Emir Şeyh Sultan Lider Başsavcı "
    "Savcı Hakim Hâkim Yargıç Müsteşar Antrenör Rektör Dekan Başkonsolos Konsolos Muhabir Başhekim Müftü "
    "Genelkurmay Amiral General Orgeneral Korgeneral Tümgeneral Tuğgeneral Albay Yarbay Binbaşı Yüzbaşı "
    "Senatör Vekil Temsilci Elçi Bay Bayan Sayın Hazreti Teğmen Üsteğmen Astsubay Çavuş Oramiral Koramiral "
    "Er Başçavuş Onbaşı "
    "Tümamiral Tuğamiral Mareşal Şehit Merhum Sir Lord Lady Madam Mösyö Kardinal Başpiskopos Piskopos Rahip "
    "Başmüzakereci Müzakereci Muhtar Koordinatör Şef Mimar Şarkıcı Ressam Başkomiser Komiser Eşbaşkan Menajer "
    "Şansölye Başmüdür Avukat Yönetmen Oyuncu Yazar Şair Gazeteci Profesör Doçent Doktor Monsenyör Peder "
    "Ombudsman Başdanışman Başantrenör Molla Asteğmen Ayetullah Ayatullah İmparator İmparatoriçe Hükümdar Padişah "
    "Kont Kontes Dük Düşes Baron Barones Markiz DJ Megastar Superstar Süperstar İşadamı İşkadını Raportör Diktatör "
    # with the speaker's or the addressee's possessive: "Sayın Başbakanımız Tayyip Erdoğan", "Oğlunuz Gökhan"
    "Başbakanımız Başkanımız Cumhurbaşkanımız Bakanımız Valimiz Kaymakamımız Müdürümüz Komutanımız Hocamız "
    "Yardımcımız Sözcümüz Danışmanımız Milletvekilimiz Vekilimiz Müsteşarımız Rektörümüz Dekanımız Başhekimimiz "
    "Öğretmenimiz Başkanım Bakanım Hocam Başbakanım Cumhurbaşkanım Valim Komutanım Müdürüm "
    "Oğlunuz Kızınız Eşiniz Oğlum Kızım Eşim "
    # professions copy writes before a name: "Diyetisyen Meltem Hafızoğlu", "Klinik Psikolog Aylin Sezer"
    "Diyetisyen Psikolog Psikiyatrist Hemşire Pilot Eczacı Öğretmen Mühendis Teknisyen Memur Sosyolog "
    "Akademisyen Araştırmacı Fotoğrafçı Sanatçı Ekonomist Tarihçi Arkeolog Model Manken Yapımcı Kaptan Hekim "
    # health copy's specialists: "Fizyoterapist Gamze Şenbursa", "Dermatolog Ayşe Kaya"
    "Tekniker Fizyoterapist Dermatolog Kardiyolog Nörolog Onkolog Psikoterapist Terapist Ortodontist Endokrinolog "
    # broadcasting's and the stage's: "Sunucu-Yazar Derya Coşkundeniz", "Spiker Ali Kırca", "Komedyen Cem Yılmaz"
    "Sunucu Spiker Komedyen Müzisyen Besteci"
)
# Heads in the possessive (X's minister, X's spokesperson): a title, but only with what precedes them.
POSSESSIVE_HEADS = _words(
    "Bakanı Başbakanı Başkanı Sekreteri Yardımcısı Yardımcıları Sözcüsü Büyükelçisi Elçisi Valisi Kaymakamı "
    "Müdürü Direktörü Komutanı Kralı Kraliçesi Prensi Emiri Şeyhi Lideri Şefi Başsavcısı Savcısı Hakimi Hâkimi "
    "Üyesi Temsilcisi Koordinatörü Danışmanı Başdanışmanı Müsteşarı Antrenörü Kaptanı Rektörü Dekanı "
    "Başkonsolosu Konsolosu Muhabiri Başhekimi Müftüsü Kurucusu Ataşesi Müşaviri Vekili Sözcü Muhtarı "
    "Başmüzakerecisi Müzakerecisi Şefi Mimarı Eşbaşkanı Menajeri Adayı Şansölyesi Başmüdürü Müfettişi "
    "Başmüfettişi Avukatı Yöneticisi Sorumlusu Sahibi Yönetmeni Editörü Yazarı Başantrenörü Başpiskoposu Piskoposu "
    "İmparatoru İmparatoriçesi Hükümdarı Padişahı Diktatörü Prensesi Sultanı Kontu Dükü Düşesi Kontesi Baronu Patriği "
    "Komiseri Raportörü Hekimi Teknikeri Sunucusu Spikeri Senatörü Muavini "
    # a bank's or a broker's economists and analysts: "EFG İstanbul Menkul Değerler Başekonomisti Haluk Bürümcekçi",
    # "Trusted Sources Türkiye Ekonomisti Şevin Ekinci"
    "Ekonomisti Başekonomisti Stratejisti Başstratejisti Analisti Başanalisti"
)
HONORIFICS = _words(
    "Dr. Prof. Ord. Doç. Av. Op. Opr. Uzm. Uz. Yrd. Öğr. Gör. Dt. Ecz. Müh. Hz. Gen. Org. Korg. Tümg. Tuğg. Alb. Fzt. "
    # a nurse, a dietitian, a psychologist: "Uzm. Hem. Sinem Aras", "Dyt. Ayşe Kaya", "Psk. Ali Demir"
    "Hem. Dyt. Psk. "
    "Dr Prof"
)
TITLE_HEADS = STANDALONE_HEADS | POSSESSIVE_HEADS | HONORIFICS
# (not the Prophet's "Hz.", whose glued form is how copy writes the name, nor the ranks: "Org.Gen.")
_RANK_HONORIFICS = _words("Hz. Gen. Org. Korg. Tümg. Tuğg. Alb.")
GLUED_HONORIFIC = re.compile(
    "(?:"
    + "|".join(re.escape(h) for h in sorted(HONORIFICS - _RANK_HONORIFICS, key=len, reverse=True) if h.endswith("."))
    + ")+"
    r"(?=[A-ZÇĞİÖŞÜ])"
)
"""Honorifics glued to the name by their dot: ``Dr.`` of ``Dr.Oğuzhan Daver``, ``Prof.Dr.`` of ``Prof.Dr.Ayşe Kaya``."""
# Ranks: a person's, never the first word of a body's or a place's name ("General Motors" is why "General" is
# not here), and never the person's own name, even
# where a list holds the word as a given name ("Çavuş"): "Yüzbaşı Royal Reff", "Uzman Çavuş Çeker", "Ayetullah
# Humeyni" are the people "Royal Reff", "Çeker", "Humeyni".
RANKS = _words(
    "Orgeneral Korgeneral Tümgeneral Tuğgeneral Albay Yarbay Binbaşı Yüzbaşı Üsteğmen Teğmen Asteğmen "
    "Astsubay Çavuş Onbaşı Er Başçavuş Oramiral Koramiral Tümamiral Tuğamiral Mareşal Başkomiser Komiser Ayetullah "
    "Ayatullah"
)
# An epithet copy sets before a leader's name, no name itself: "Ulu Önder Atatürk", "Büyük Önder Atatürk'ün" (the great
# leader; "Önder" and "Ulu" are given names too).
EPITHET = re.compile(r"(?:Ulu|Büyük)\s+Önder")
# Rulers' titles: a ruler is named by the given name and the title ("Kral Abdullah", "Prens Charles", "Emir Tamim",
# "Sultan Kabus"), so a given name after one is no one's full name's first word.
RULERS = _words(
    "Kral Kraliçe Prens Prenses Emir Şeyh Sultan İmparator İmparatoriçe Padişah Hükümdar Dük Düşes Kont Kontes Şah"
)
# A title in the plural with a case ending before a name: "Başkanlardan George Bush", "Bakanlarından Ali Kaya".
# (and military ranks: "Kurmay Albaylar Dursun Çiçek ve ..."; not "Hakimler", "Gazeteciler": "Hakimler ve Savcılar
# Kurulu", "Sınır Tanımayan Gazeteciler" are bodies)
_PLURAL_TITLE = re.compile(
    r"^(?:Başkan|Bakan|Milletvekil|Komutan|Yönetici|Lider|Büyükelçi|Vali|Kaymakam|Albay|Yarbay|Binbaşı|Yüzbaşı|"
    r"Tuğgeneral|Tümgeneral|Korgeneral|Orgeneral|General|Amiral|Tuğamiral|Tümamiral|Koramiral|Oramiral)"
    r"(?:ler|lar)[a-zçğıöşü]*$"
)


def is_plural_title(word: str) -> bool:
    """Whether ``word`` is a title in the plural (``Başkanlardan``): one of several office holders, no name."""
    return _PLURAL_TITLE.match(word) is not None


# Capitalised only because they open a sentence: never part of a title ("Bunu Bakan X söyledi").
SENTENCE_OPENERS = _words(
    "Bu Bunu Bunun Buna Şu O Ancak Ayrıca Dün Bugün Yarın Daha Sonra Bir Her Ve Ama Fakat Çünkü Öte Hem "
    "Ardından Böylece Yine Özellikle Geçen Geçtiğimiz Önümüzdeki Toplantıda Görüşmede Açıklamada Biz Bunlar "
    # pronouns in a case: "Bundan Kaymakamlığın da haberi var", "Onun Ankara'daki evi" (not "Onda": "Onda Cero")
    "Bundan Bunda Bunları Bunların Onun Onlar Onları Onların Ondan Burada Orada Buradan Oradan "
    # "Yani Gürses ölmedi" (that is)
    "Yani "
    # discourse adverbs: "Öncelikle Bankamızın ...", "Dahası Türk Hükümeti ..."
    "Öncelikle Dahası Sonrasında Sonra Üstelik Hatta Nitekim Zira Oysa Ayrıca Elbette Kısacası Sonuçta Ne Kadar "
    # quantifiers and adverbs: "Bazı Sağlık Bakanlığı hastanelerinde", "Mesela Ağa Camisi", "Halen TSK'da",
    # "Gerek Avrasya İslam Şurası gerekse ..."
    "Bazı Birçok Birkaç Hiçbir Mesela Örneğin Aynen Adeta Halen Akabinde Zaten Henüz Gerek "
    # "Sadece Sultanahmet İmam Hatip Lisesi", "Normalde İlçe Seçim Kurulu"
    "Sadece Yalnızca Normalde "
    # opinion adverbs: "Belki Ankara da katılır", "Aslında Asuman çok haklı" (not "Bence": a Hungarian given name,
    # "Bence Bíró")
    "Belki Aslında Galiba Sanırım "
    # "İşte Kurtlar Vadisi Pusu'nun 170. bölümünde", "İşte Ajda Pekkan'ın yeni klibi" (here is)
    "İşte"
)

# A speech's first words, capitalised, that no one's name ends with: a transcript that lost the colon after its
# speaker glues them to his name ("Milletvekili Enver Yılmaz Şu an ...", "Altan Tan Bu tip ...", "Celal Dinçer Üç
# ayda ..."; not "Bir", "Sen", a surname, "Amartya Kumar Sen", nor "Ben", "Zeynel Abidin Ben Ali").
SPEECH_OPENERS = _words(
    "Şu Bu O Biz Siz Onlar Bunlar Şunlar Burada Şimdi Evet Hayır İki Üç Dört Beş Altı Yedi Sekiz Dokuz "
    "Başbakan Cumhurbaşkanı Sayın"
)

# Function words a headline in title case capitalises and no person's name holds after its first word: "Rüzgar
# Tersine Mi Dönüyor", "Türkan Sen Bizim Herşeyimizsin" (not "Da", "De": "Robert De Niro", "Lula Da Silva").
HEADLINE_WORDS = _words(
    "Ve Veya Mi Mı Mu Mü İçin Olan Daha Var Yok Bir Çok Gibi Kadar Ama Değil Her Bu Şu Ne Nasıl Neden "
    "Hangi Artık Hala Hâlâ Bile Yine Sonra Önce Ile İle Göre Karşı Kendi Kendini Bize Bizim Benim Sizin Onun"
)

# An office's English acronym in the possessive: "CEO'su", "CFO’su", "CTO'su".
_ACRONYM_TITLE = re.compile(r"^(?:CEO|CFO|COO|CTO|CIO|CMO)['’]?s[uü]$")
_MAX_WORDS = 7
_WINDOW = 120
_WORD = re.compile(r"\S+")
_STOP_PUNCT = frozenset(',;:!?()"“”«»')


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _title_run(text: str, start: int, floor: int) -> list[str]:
    """Capitalised words immediately before ``start`` on the same line, none starting before ``floor``."""
    lo = max(floor, start - _WINDOW)
    window = text[lo:start]
    matches = list(_WORD.finditer(window))
    run: list[str] = []
    end = len(window)
    for match in reversed(matches):
        gap = window[match.end() : end]
        word = match.group()
        if not gap or "\n" in gap or len(run) >= _MAX_WORDS:
            break
        if not run and _ACRONYM_TITLE.match(word) is not None:
            run.append(word)  # "Hattat Holding CFO'su Gürhan Kartal": an office's acronym in the possessive
            end = match.start()
            continue
        if word[-1] in _STOP_PUNCT or has_suffix_apostrophe(word) or not _capitalised(word):
            break
        if word.endswith(".") and word not in HONORIFICS:
            break
        if match.start() == 0 and lo > 0 and not text[lo - 1].isspace():
            break  # the window cut a word in two
        run.append(word)
        end = match.start()
    run.reverse()
    return run


def _strip_affiliation(words: list[str], is_affiliation: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    """Drop leading place/organisation names, longest first; return the rest and the last name dropped."""
    rest, dropped = words, []
    while len(rest) > 1:
        for size in range(min(4, len(rest) - 1), 0, -1):
            if is_affiliation(" ".join(rest[:size])):
                rest, dropped = rest[size:], rest[:size]
                break
        else:
            break
    return rest, dropped


def title_before(text: str, start: int, is_affiliation: Callable[[str], bool], floor: int = 0) -> str | None:
    """The title written right before the name at ``start``, or None; see the module docstring."""
    run = _title_run(text, start, floor)
    if not run or (run[-1] not in TITLE_HEADS and _ACRONYM_TITLE.match(run[-1]) is None):
        return None
    if run[-1] in HONORIFICS:
        honorifics = [w for w in run if w in HONORIFICS]
        return " ".join(run[-len(honorifics) :]) if run[-len(honorifics) :] == honorifics else run[-1]
    while len(run) > 1 and run[0] in SENTENCE_OPENERS:
        run = run[1:]
    title, dropped = _strip_affiliation(run, is_affiliation)
    if len(title) == 1 and (title[0] in POSSESSIVE_HEADS or _ACRONYM_TITLE.match(title[0]) is not None):
        title = [*dropped, *title]
    return " ".join(title)
