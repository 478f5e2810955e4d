"""The words that head a body's or a place's name (``... Hastanesi``, ``... Mahallesi``): one table for the modules
that type a name by its head (:mod:`heads`) and that take a case ending off a head written without an apostrophe
(:mod:`names`: ``Bakanlığından`` is ``Bakanlığı``). Regex alternatives over the Turkish-lowercased word."""

from __future__ import annotations

import re

__all__ = ["CASE_HEADS", "LOC_HEADS", "ORG_HEADS"]

# Heads in the possessive form only: "Kurumu" heads a name, "Kurum" may be a surname (Murat Kurum).
ORG_HEADS = (
    "hastanesi|hastaneleri|üniversitesi|vakfı|derneği|\\w*okulu|lisesi|enstitüsü|kulübü|holding|bankası|ajansı|"
    "partisi|gazetesi|belediyesi|\\w*bakanlığı|\\w*müdürlüğü|\\w*başkanlığı|\\w*komutanlığı|federasyonu|"
    "birliği|kurumu|kurulu|kuruluş|kuruluşu|kuruluşları|kurulus|kurulusu|kuruluslari|konseyi|örgütü|teşkilatı|şirketi|mahkemesi|meclisi|komisyonu|komitesi|ofisi|klübü|karakolu|şura|şurası|"
    "sendikası|tugayları|sineması|tiyatrosu|akademisi|fakültesi|koleji|cemiyeti|hareketi|cephesi|bölümü|"
    "birimi|servisi|takımı|gözlemevi|fonu|kuvvetleri|borsası|grubu|merkezi|"
    # chambers, cooperatives, media, state offices, units, missions, chains: bodies, never a person. Not
    # "Hükümeti", "Ordusu", "Polisi": "Türk Hükümeti'nin" is a country's government described, and copy (and
    # gold standards) leave it untagged as often as not.
    "odası|kooperatifi|konfederasyonu|platformu|kliniği|polikliniği|laboratuvarı|kütüphanesi|yayınları|yayınevi|"
    "televizyonu|radyosu|dergisi|orkestrası|operası|korosu|topluluğu|dörtlüsü|kuarteti|quartet|quartett|quintet|\\w*savcılığı|valiliği|kaymakamlığı|müsteşarlığı|dairesi|"
    "parlamentosu|senatosu|kabinesi|sekreterliği|cemaati|ittifakı|koalisyonu|sigortası|alayı|taburu|tümeni|tugayı|kolordusu|"
    # courthouses (the golds split them, 4 bodies to 5 places; the model reads most as bodies; never a person)
    "adliyesi|barosu|itfaiyesi|"
    "filosu|\\w*elçiliği|\\w*konsolosluğu|temsilciliği|sekretaryası|stüdyosu|okulları|yurdu|"
    "anaokulu|dershanesi|dershaneleri|mağazaları|zinciri|marketleri|işletmesi|işletmeleri|kurumları|endüstrisi|"
    # museums, hotels, factories, shipyards, metro companies: bodies, as milliyet and NakbaTR tag them
    # (milliyet: "Müzesi" 4 of 4 I-ORG, "Oteli" 5 of 5, "Fabrikası" 1 of 1)
    "müzesi|müzeleri|otel|oteli|otelleri|hotel|hotels|resort|resorts|suites|fabrikası|fabrikaları|tersanesi|metrosu|"
    # shops and workshops, businesses as the hotels are ("Doğan Matbaası", "Özkan Eczanesi"); restaurants and cafés
    # by their foreign heads ("Liman Restaurant", "Pera Café"; not the bare Turkish "Restoran", "Kafe", common words
    # in a headline's capitals: "İnternet Kafe Sahibine Saldırı"); maternity hospitals and dispensaries
    "matbaası|lokantası|restoranı|restaurant|restaurants|cafe|café|bistro|meyhanesi|eczanesi|pastanesi|fırını|"
    "mağazası|marketi|büfesi|kıraathanesi|kahvehanesi|doğumevi|dispanseri|"
    # supermarkets, as markets ("Marsh Süpermarket'in"; not a bare "Kolej", an Ankara quarter too)
    "süpermarket|süpermarketi|supermarket|hipermarket|hipermarketi|"
    # English heads of foreign bodies quoted in copy ("Matej Bel University", "Human Rights Watch"); not
    # "Court", "Post" or "Service", which are surnames as well
    "university|college|institute|institution|foundation|association|society|council|committee|commission|"
    "agency|ministry|hospital|school|academy|party|federation|league|club|orchestra|records|publishing|"
    "press|times|news|television|radio|fm|watch|organization|organisation|authority|office|bureau|parliament|"
    "senate|congress|museum|museo|musée"
)
LOC_HEADS = (
    "mahallesi|caddesi|sokağı|sokağa|yokuşu|bulvarı|meydanı|köprüsü|havalimanı|havaalanı|limanı|camii|camisi|kampı|kapısı|köyü|"
    # "dağı" (a mountain) takes case endings (Dağı'na, Dağında), but "Dağıtım", "Dağılım", "Dağıstanlı" are other words
    "ilçesi|stadyumu|stadı|yarımadası|körfezi|boğazı|nehri|ırmağı|gölü|okyanusu|dağı(?=$|n|['’])|dağları|tepesi|vadisi|ovası|"
    # capes ("Yavuz Burnu", "Sarayburnu"; not "Burnuz")
    "burnu(?=$|n|['’])|"
    "kalesi|surları|çarşısı|geçidi|koridoru|sahili|adası|bölgesi|şeridi|kavşağı|varyantı|çölü|kabristanlığı|mezarlığı|tepeleri|"
    "kenti|beldesi|kasabası|eyaleti|vilayeti|sancağı|hapishanesi|cezaevi|üssü|köşkü|kulesi|anıtı|parkı|konağı|külliyesi|"
    # places of worship, as mosques (a church may be the institution: "Rus Ortodoks Kilisesi")
    "cemevi|katedrali|türbesi|sinagogu|manastırı|mescidi|"
    # and their kin: dervish lodges, tombs, caravanserais ("Tacettin Dergahı", "Sultanhanı Kervansarayı"; not
    # "Medresesi", a seminary as often as its building: "Kum Medresesi mezunu")
    "dergahı|dergâhı|tekkesi|kümbeti|kervansarayı|"
    # a market's street of one trade: "Ayakkabıcılar Arastası"
    "arastası|"
    # Ottoman works: "Yahudi Hamamı", "Alaca İmaret"
    "hamamı|imareti|imaret|"
    # halls, stages and galleries are where things happen: every gold set files them as places (17 of 18); so are
    # chapels, housing estates, arcades, fountains, inns and palaces (25 of the gold sets' 26 are places)
    "salonu|salonları|sahnesi|galerisi|şapeli|sitesi|villaları|konutları|pasajı|çeşmesi|hanı(?!m)|sarayı|"
    # ... and their English heads ("Tate Gallery", "Dutch Chapel", "Wembley Stadium", "Lincoln Center", "Dolby
    # Theatre": venues, as the halls are)
    "gallery|galleries|chapel|cathedral|stadium|center|centre|theatre|theater|"
    "sarayları|kasırları|"
    # lecture theatres, as halls ("Mithat Özhan Amfisi")
    "amfisi|amfitiyatrosu|"
    # addresses: "Şalcıkır Cad.", "Kirazlı Mah." ("Gül sokak" is widened to in lower case only: widening.py)
    "sok\\.|sk\\.|cad\\.|mah\\.|"
    # works, transport, nature and history: "Atatürk Barajı", "Avrasya Tüneli", "Kartal Metro İstasyonu", "Mudanya
    # İskelesi", "Belgrad Ormanı", "Kanarya Adaları", "Haydarpaşa Kampüsü", "Osmanlı İmparatorluğu"
    "barajı|tüneli|otoyolu|karayolu|istasyonu|garı|terminali|iskelesi|plajı|şelalesi|mağarası|ormanı|yaylası|"
    "kanyonu|adaları|adalar|havzası|yakası|kampüsü|kampusu|yerleşkesi|imparatorluğu|"
    # barracks, basilicas, streams, regions, waterside mansions and pavilions: "Selimiye Kışlası", "Aziz Petrus
    # Bazilikası", "Sadabad Deresi", "Çukurova Yöresi", "Sait Halim Paşa Yalısı", "Ihlamur Kasrı"
    "kışlası|bazilikası|deresi|yöresi|yalısı|kasrı|şatosu|"
    # a war cemetery and residential buildings: "Arlington Şehitliği", "Piraye Apartmanı", "Ağaoğlu Rezidansı"
    "şehitliği|apartmanı|rezidansı|"
    # towers: "Trump Towers", "Sapphire Tower"
    "towers|tower|"
    # a state by its style, as milliyet and the golds tag it: "Kore Demokratik Halk Cumhuriyeti", "Çek Cumhuriyeti"
    "cumhuriyeti(?=$|['’]|n[a-zçğıöşü])"
)
# Any "-lık" noun's possessive heads a body's name: Bakanlığı, Başkanlığı, Müdürlüğü, Birliği, Valiliği, Komutanlığı.
_LIK_HEADS = r"\w+(?:lığ|liğ|luğ|lüğ)[ıiuü]"
# Heads a case ending is taken off but that type nothing: the body's own word is no sure sign of its kind ("Türk
# Hükümeti'nin", "Suriye Ordusu'nun" are a country's government or army described; a church may be the
# institution or the building), or a head ORG_HEADS holds in a form of its own.
_UNTYPED_HEADS = (
    "hükümeti|ordusu|devleti|heyeti|divanı|idaresi|programı|kilisesi|liseleri|dernekleri|okulu|halkevi|cumhuriyeti"
)
# A possessive head as one word (the 3rd person's -(s)I: "Partisi", "Köprüsü"), optionally after any word's start.
_POSSESSIVE = re.compile(r"(?P<any>\\w\*)?(?P<word>[a-zçğıöşü]+[ıiuü])")


def _possessive_heads(*tables: str) -> list[str]:
    """The possessive heads of ``tables`` as they open a capitalised word (``Partisi``, ``\\w+okulu|Okulu``): a
    case ending after them takes a buffer "n" (``Bakanlığı-n-dan``)."""
    heads: list[str] = []
    for alternative in "|".join(tables).split("|"):
        match = _POSSESSIVE.fullmatch(alternative)
        if match is not None:
            word = match.group("word")
            capital = word[0].upper() if word[0] != "i" else "İ"
            heads.append(rf"\w+{word}|{capital}{word[1:]}" if match.group("any") else f"{capital}{word[1:]}")
    return heads


CASE_HEADS = (_LIK_HEADS, *dict.fromkeys(_possessive_heads(_UNTYPED_HEADS, ORG_HEADS, LOC_HEADS)))
"""Every head a case ending is taken off without an apostrophe, capitalised as a name writes it."""
