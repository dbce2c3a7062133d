"""Entities: one record per real person, organisation, place or group across the whole corpus.

Mentions from every article (fresh and recalled from the store) are clustered by type:
- people by name skeleton (case, accents and transliteration folded: "Zelenskyy" = "Zelensky", "Đurđević" =
  "Djurdjevic" = "Durdevic"); a lone surname joins the one full name with that surname (the one in the same
  article when several share it), else a lone given name (or its short form, "Don") the one full name in the
  same article that starts so; role descriptions ("the Ukrainian president") join the person the corpus gives
  that role ("Ukrainian President Volodymyr Zelenskyy"), or the person they stand in apposition to; "the mayor" and
  "Sisak's mayor" join the one holder of that office the article (else the corpus) names ("Mayor Ana K.");
- places by gazetteer identity ("Kyiv" = "Kiev", "US" = "America"), geocoded from it;
- organisations by folded name, acronyms joined to their long form ("CEPA");
- groups by folded name, plurals joined ("Russians" = "Russian").
Entity ids are ``stable_id("e", type, key)``, so the same corpus gives the same ids on every rebuild.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial

from ..namewords import DESCRIPTION, HONORIFICS, OFFICES, PLACE_WORDS, outlet_names, with_outlets
from ..corpus import Corpus
from ..gazetteer import Place, fold, gazetteer
from ..model import Entity, EntityType, Geo, Mention, Quote, Span, stable_id

_TITLES = {"president": "president", "prime minister": "pm", "pm": "pm", "premier": "pm",
           "chancellor": "chancellor", "foreign minister": "fm", "leader": "leader"}
_HEADS = ("president", "pm", "chancellor")  # the offices "the X leader" may mean
# "Russian President Vladimir Putin", "Ukraine's President Volodymyr Zelenskyy", "Ukraine's president, V. Z."
_TITLE_BEFORE = re.compile(
    r"(?P<qual>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['\u2019]s)?\s+(?P<title>President|Prime Minister|PM|Premier|"
    r"Chancellor|Foreign Minister|Leader|president|prime minister|chancellor|leader)(?:\s*,)?\s+(?:Sir\s+)?$")
_STOP = frozenset({"of", "for", "the", "and", "on", "in", "at", "to"})
# A person's office from the words around a name: "Sisak Mayor Ana K.", "Sisak's mayor, Ana K.", "the mayor of
# Sisak, Ana K." before it; "Ana K., the mayor of Sisak" or "Ana K., Sisak's mayor" after it.
_OFFICE_BEFORE = re.compile(
    rf"(?:(?P<qual>[A-Z]\w*)(?:['\u2019]s)?\s+)?(?P<role>(?i:{OFFICES}))(?:\s+of\s+(?P<of>[A-Z]\w*))?\s*,?\s+$")
_OFFICE_AFTER = re.compile(
    rf"\s*,\s+(?:the\s+(?P<role>{OFFICES})(?:\s+of\s+(?P<of>[A-Z]\w*))?|(?P<qual>[A-Z]\w*)['\u2019]s\s+"
    rf"(?P<role2>{OFFICES}))\b")
# "Dmytro, a volunteer, said": a first name introduced as someone new, not a short form of a named person.
_INTRODUCED = re.compile(r"\s*,\s+(?:a|an|another|one)\s")
_OF_PLACE = re.compile(r"\s+of\s+(?P<of>[A-Z]\w*)")


def _skeleton(word: str) -> str:
    """Transliteration-insensitive form of one folded word: y/i/ii/iy, ie/e, dj/d (Đ written Dj or D) and double
    letters merged."""
    w = word.replace("dj", "d")
    w = re.sub(r"(?:iy|yy|ii|yi|y)$", "i", w)
    w = w.replace("ie", "e").replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", w)


def name_tokens(name: str, person: bool = True) -> list[str]:
    """Folded words of a name; a person's without leading titles ("Cmdr. Serhii Filimonov": serhii filimonov)."""
    words = [w for w in re.split(r"[\s\-]+", fold(name)) if w]
    while person and len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
        words.pop(0)
    return [re.sub(r"[^\w']", "", w) for w in words]


@lru_cache(maxsize=65536)
def canonical_key(name: str, person: bool = True) -> str:
    """The key two spellings of one name share: "Volodymyr Zelenskyy" and "volodymyr zelensky" alike."""
    return " ".join(_skeleton(w) for w in name_tokens(name, person) if w)


def _near(a: str, b: str) -> bool:
    """Equal skeletons, or one edit apart for long names (a dropped letter in a transliteration)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 7 or abs(len(a) - len(b)) > 1:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 1


def is_description(text: str) -> bool:
    return DESCRIPTION.fullmatch(text) is not None


@dataclass
class _Cluster:
    type: EntityType
    key: str
    mentions: list[Mention] = field(default_factory=list)
    place: Place | None = None
    name: str | None = None  # a name fixed by a merge, else the best form of the mentions


def _best_form(mentions: Sequence[Mention], preferred: str | None = None) -> str:
    """Most complete, then most frequent, then the gazetteer's spelling, then properly cased, then alphabetical:
    deterministic."""
    counts = Counter(m.text for m in mentions if not is_description(m.text))
    if not counts:
        return mentions[0].text
    return min(counts, key=lambda t: (-len(name_tokens(t)), -counts[t], t != preferred,
                                      any(w.isupper() and len(w) > 3 for w in t.split()), t))


def _person_clusters(mentions: list[Mention], texts: dict[str, str]) -> list[_Cluster]:
    full: dict[str, _Cluster] = {}
    singles: list[Mention] = []
    descriptions: list[Mention] = []
    for m in mentions:
        if is_description(m.text):
            descriptions.append(m)
        elif len(name_tokens(m.text)) >= 2:
            key = canonical_key(m.text)
            match = next((c for k, c in full.items() if k.split()[:-1] == key.split()[:-1]
                          and _near(k.split()[-1], key.split()[-1])), None)
            (match or full.setdefault(key, _Cluster("person", key))).mentions.append(m)
        else:
            singles.append(m)
    by_surname: dict[str, list[_Cluster]] = defaultdict(list)
    for c in full.values():
        by_surname[c.key.split()[-1]].append(c)
    alone: dict[str, _Cluster] = {}
    for m in singles:
        key = canonical_key(m.text)
        options = by_surname.get(key) or [c for s, cs in by_surname.items() if _near(s, key) for c in cs]
        if len(options) > 1:
            options = [c for c in options if any(x.article == m.article for x in c.mentions)]
        if not options and len(key) >= 3 and not _INTRODUCED.match(texts.get(m.article, ""), m.end):
            # "Don" for the article's one "Donald ...", after it, never across articles
            options = [c for c in full.values() if c.key.split()[0].startswith(key)
                       and any(x.article == m.article and x.end <= m.start for x in c.mentions)]
        if len(options) == 1:
            options[0].mentions.append(m)
        else:
            alone.setdefault(key, _Cluster("person", key)).mentions.append(m)
    clusters = list(full.values()) + list(alone.values())
    _attach_descriptions(descriptions, clusters, texts)
    return clusters


def _attach_descriptions(descriptions: list[Mention], clusters: list[_Cluster], texts: dict[str, str]) -> None:
    """Give "the Russian leader" to the person the corpus titles "Russian President"; else leave it out."""
    g = gazetteer()
    owner = {id(m): c for c in clusters for m in c.mentions}
    roles: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    by_id = {id(c): c for c in clusters}
    for c in clusters:
        for m in c.mentions:
            hit = _TITLE_BEFORE.search(texts.get(m.article, "")[max(0, m.start - 60):m.start])
            if hit and (country := g.country_of(hit.group("qual"))):
                roles[(country, _TITLES[hit.group("title").lower()])][id(c)] += 1
    attached: set[int] = set()
    for d in descriptions:
        text = texts.get(d.article, "")
        # "Bielieskov, the Kyiv-based analyst": the description names the person just before it.
        before = [m for c in clusters for m in c.mentions
                  if m.article == d.article and m.end <= d.start and text[m.end:d.start].strip(" ") == ","]
        if before:
            owner[id(before[0])].mentions.append(d)
            attached.add(id(d))
            continue
        parts = DESCRIPTION.fullmatch(d.text)
        if parts is None:
            continue
        country = g.country_of(parts.group("qual") or parts.group("poss") or "")
        title = _TITLES.get(parts.group("role").lower())
        if not country or not title:
            continue
        offices = _HEADS if title == "leader" else (title,)
        people: Counter[int] = Counter()
        for office in offices:
            people.update(roles.get((country, office), Counter()))
        if len(people) > 1 and title == "leader":
            people = roles.get((country, "president"), Counter())
        if len(people) == 1:
            by_id[next(iter(people))].mentions.append(d)
            attached.add(id(d))
    _attach_offices([d for d in descriptions if id(d) not in attached], clusters, texts)


def _office(match: re.Match[str]) -> tuple[str, str]:
    """(office, folded qualifier or "") of an office match: "Interior Minister" is ("minister", "interior")."""
    g = match.groupdict()
    words = (g.get("role") or g.get("role2") or "").casefold().split()
    qual = g.get("qual") or g.get("poss") or g.get("of") or ""
    if len(words) == 2 and words[1] == "minister" and words[0] != "prime":
        qual, words = qual or words[0], words[1:]
    return " ".join(words), fold(qual)


def _attach_offices(descriptions: list[Mention], clusters: list[_Cluster], texts: dict[str, str]) -> None:
    """Give "the mayor" / "Sisak's mayor" to the one person the article (else the corpus) names as its holder."""
    holders: list[tuple[str, str, str, int]] = []  # (article, office, place, cluster)
    for c in clusters:
        for m in c.mentions:
            text = texts.get(m.article, "")
            for hit in (_OFFICE_BEFORE.search(text[max(0, m.start - 60):m.start]),
                        _OFFICE_AFTER.match(text, m.end)):
                if hit:
                    holders.append((m.article, *_office(hit), id(c)))
    by_id = {id(c): c for c in clusters}
    for d in descriptions:
        parts = DESCRIPTION.fullmatch(d.text)
        if parts is None or not re.fullmatch(OFFICES, parts.group("role")):
            continue
        role, place = _office(parts)
        if not place and (after := _OF_PLACE.match(texts.get(d.article, ""), d.end)):
            place = fold(after.group("of"))
        fits = [(a, c) for a, r, p, c in holders if r == role and (not place or p == place)]
        here = {c for a, c in fits if a == d.article}
        people = here or {c for _, c in fits}
        if len(people) == 1:
            by_id[people.pop()].mentions.append(d)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.casefold() not in _STOP and w[:1].isupper())


def _other_clusters(mentions: list[Mention], type_: EntityType) -> list[_Cluster]:
    clusters: dict[str, _Cluster] = {}
    g = gazetteer()
    for m in mentions:
        place = g.lookup(m.text) if type_ == "place" else None
        if place:
            key = place.key
        else:
            key = canonical_key(m.text, person=False)
            if type_ == "group":
                key = re.sub(r"s$", "", key)
        cluster = clusters.setdefault(key, _Cluster(type_, key, place=place))
        cluster.mentions.append(m)
    if type_ == "place":  # "Kupa River" is the "Kupa" the gazetteer does not know
        for key, c in list(clusters.items()):
            words = key.split()
            short = clusters.get(" ".join(words[:-1]))
            if c.place is None and len(words) > 1 and words[-1] in PLACE_WORDS and short and short.place is None:
                short.name = short.name or _best_form(short.mentions)  # the form the articles use: "Kupa"
                short.mentions.extend(c.mentions)
                del clusters[key]
    if type_ == "organization":  # "CEPA" is the "Centre for European Policy Analysis" when the corpus has both
        longs = {_acronym(_best_form(c.mentions)): c for c in clusters.values() if len(c.key.split()) >= 2}
        for key, c in list(clusters.items()):
            form = _best_form(c.mentions)
            if form.isupper() and len(form) >= 3 and (long := longs.get(form)) and long is not c:
                long.mentions.extend(c.mentions)
                del clusters[key]
    return list(clusters.values())


def _entity(c: _Cluster) -> Entity:
    if c.place and c.place.kind != "city":
        name = c.place.name
    elif c.name:
        name = c.name
    else:
        name = _best_form(c.mentions, c.place.name if c.place else None)
    key = c.place.key if c.place else canonical_key(name) if c.type == "person" else c.key
    eid = stable_id("e", c.type, key)
    mentions = sorted(c.mentions, key=lambda m: (m.article, m.start, m.end))
    for m in mentions:
        m.entity = eid
    aliases = sorted({m.text for m in mentions if m.text != name and not is_description(m.text)})
    geo = Geo(c.place.lat, c.place.lon, c.place.country, c.place.geonameid) if (
        c.place and c.place.lat is not None and c.place.lon is not None) else None
    return Entity(eid, name, c.type, aliases, geo, mentions)


def build_entities(mentions: Sequence[Mention], texts: dict[str, str]) -> list[Entity]:
    """Canonical entities for ``mentions`` (``texts``: article id -> text, for titles and appositions)."""
    by_type: dict[EntityType, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_type[m.label].append(m)
    clusters = _person_clusters(by_type.pop("person", []), texts)
    for type_, ms in sorted(by_type.items()):
        clusters.extend(_other_clusters(ms, type_))
    entities: dict[str, Entity] = {}
    for c in clusters:
        e = _entity(c)
        if e.id in entities:  # two spellings that only meet at the canonical name
            entities[e.id].mentions.extend(e.mentions)
            entities[e.id].aliases = sorted(set(entities[e.id].aliases) | set(e.aliases))
        else:
            entities[e.id] = e
    return sorted(entities.values(), key=lambda e: (e.type, e.name, e.id))


def resolve(name: str, entities: Sequence[Entity]) -> Entity | None:
    """The entity a free-text name means ("Zelenskyy", "Mr Putin", "Kiev"), or None if none or several fit."""
    key = canonical_key(name)
    if not key:
        return None
    exact = [e for e in entities if key in {canonical_key(n) for n in (e.name, *e.aliases)}]
    if len(exact) == 1:
        return exact[0]
    place = gazetteer().lookup(name)
    if place:
        hits = [e for e in entities if e.type == "place" and e.geo and e.geo.geonameid == place.geonameid
                and place.geonameid]
        if len(hits) == 1:
            return hits[0]
    if len(key.split()) == 1:
        people = [e for e in entities if e.type == "person"]
        surname = {e.id: canonical_key(e.name).split()[-1] for e in people}
        hits = ([e for e in people if surname[e.id] == key]
                or [e for e in people if _near(surname[e.id], key)])
        if len(hits) == 1:
            return hits[0]
    return None


def _names(mention: Mention, span: Span) -> bool:
    """The mention is the speaker span, inside it, or all of it but titles and "the" ("President X")."""
    if mention.start <= span.start and span.end <= mention.end:
        return True
    if not (span.start <= mention.start and mention.end <= span.end):
        return False
    rest = (span.text[:mention.start - span.start] + " " + span.text[mention.end - span.start:]).split()
    return all(w.casefold().strip(".,") in HONORIFICS or w.casefold() == "the" for w in rest)


def link_speakers(quotes: Iterable[Quote], entities: Sequence[Entity]) -> None:
    """Point each quote at the entity whose mention is its speaker's span, else at its name; else leave it."""
    by_article: dict[str, list[tuple[Mention, Entity]]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            by_article[m.article].append((m, e))
    for q in quotes:
        entity = None
        span = q.speaker_mention
        if span is not None:
            hits = [(m, e) for m, e in by_article.get(span.article, []) if _names(m, span)]
            if hits:
                _, entity = max(hits, key=lambda h: ((h[0].start, h[0].end) == (span.start, span.end),
                                                     h[0].end - h[0].start, h[1].type == "person"))
        if entity is None and q.speaker_name:
            entity = resolve(q.speaker_name, entities)
        if entity is not None:
            q.speaker, q.speaker_name = entity.id, entity.name


def vote_labels(mentions: Sequence[Mention]) -> None:
    """Give every mention of a name the label most of its mentions in the corpus carry (ties left alone).

    Analyse labels new articles with what it knows so far; voting again over all mentions, recalled and
    fresh, makes the entities independent of the order in which articles were added to the store."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for m in mentions:
        if not is_description(m.text):
            votes[fold(m.text)][m.label] += 1
    for m in mentions:
        counts = votes.get(fold(m.text))
        if counts and len(counts) > 1:
            (top, n), (_, second) = counts.most_common(2)
            if n > second:
                m.label = top


def _outlet_mention(article: str, start: int, end: int, text: str) -> Mention:
    return Mention(article, start, end, text, "organization")


def _with_all_outlets(corpus: Corpus) -> list[Mention]:
    """The corpus's mentions plus its outlets named in any article, the recalled ones included: an outlet
    first seen in a later build is still found in the text of earlier ones."""
    outlets = outlet_names(a.outlet for a in corpus.articles)
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in corpus.mentions:
        by_article[m.article].append(m)
    out = []
    for a in corpus.articles:
        make = partial(_outlet_mention, a.id)
        found = with_outlets(a.text, by_article.pop(a.id, []), outlets, make)
        out.extend(sorted(found, key=lambda m: (m.start, m.end)))
    return out + [m for ms in by_article.values() for m in ms]


def run(corpus: Corpus) -> Corpus:
    texts = {a.id: a.text for a in corpus.articles}
    corpus.mentions = _with_all_outlets(corpus)
    vote_labels(corpus.mentions)
    corpus.entities = build_entities(corpus.mentions, texts)
    link_speakers(corpus.quotes, corpus.entities)
    return corpus
