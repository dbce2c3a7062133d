"""Model records <-> table rows, driven by one declaration per table so every record type round-trips the
same way: plain fields as columns, nested spans and string lists as JSON text."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

from ..model import Article, Claim, Event, Mention, Quote, Span

R = TypeVar("R")

# Field names that are reserved words in SQL get another column name.
_COLUMN = {"start": "start_pos", "end": "end_pos"}


def span_json(span: Span | None) -> str | None:
    if span is None:
        return None
    data: dict[str, Any] = {"article": span.article, "start": span.start, "end": span.end, "text": span.text}
    if isinstance(span, Mention):  # a speaker_mention may be a full Mention: keep its label and link
        data.update(label=span.label, entity=span.entity)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def span_from_json(text: str | None) -> Span | None:
    if text is None:
        return None
    data = json.loads(text)
    return Mention(**data) if "label" in data else Span(**data)


def list_json(values: list[Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False)


def list_from_json(text: str | None) -> list[Any] | None:
    return None if text is None else list(json.loads(text))


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


@dataclass(frozen=True)
class Table(Generic[R]):
    name: str
    record: type[R]
    fields: tuple[str, ...]  # stored fields, in column order
    spans: frozenset[str] = frozenset()  # fields holding a Span | None
    lists: frozenset[str] = frozenset()  # fields holding a list
    flags: frozenset[str] = frozenset()  # bool fields, stored as INTEGER 0/1: PostgreSQL casts no bool to it
    ordered: bool = False  # rows carry ``ord``: the record's index among its article's records

    @property
    def columns(self) -> tuple[str, ...]:
        cols = tuple(_COLUMN.get(f, f) for f in self.fields)
        return (*cols, "ord") if self.ordered else cols

    def insert_sql(self) -> str:
        marks = ", ".join("?" for _ in self.columns)
        return f"INSERT INTO {self.name} ({', '.join(self.columns)}) VALUES ({marks})"

    def select_sql(self, alias: str = "t") -> str:
        cols = ", ".join(f"{alias}.{c}" for c in self.columns[:len(self.fields)])
        return f"SELECT {cols} FROM {self.name} {alias}"

    def value(self, record: R, name: str) -> Any:
        """Field ``name`` of ``record`` as stored; a field the model lacks is NULL (the schema may lead)."""
        value = getattr(record, name, None)
        if name in self.spans:
            return span_json(value)
        if name in self.lists:
            return list_json(value)
        if name in self.flags:
            return int(bool(value))
        return value

    def row(self, record: R, position: int = 0) -> tuple[Any, ...]:
        values = tuple(self.value(record, name) for name in self.fields)
        return (*values, position) if self.ordered else values

    def record_from(self, row: tuple[Any, ...]) -> R:
        known = _field_names(self.record)  # type: ignore[arg-type]  # classes are hashable
        kwargs: dict[str, Any] = {}
        for name, value in zip(self.fields, row, strict=True):
            if name not in known:
                continue
            if name in self.spans:
                value = span_from_json(value)
            elif name in self.lists:
                value = list_from_json(value)
            elif name in self.flags:
                value = bool(value)
            kwargs[name] = value
        return self.record(**kwargs)


_SPAN = ("article", "start", "end", "text")

ARTICLES = Table("articles", Article, ("id", "source", "segment", "outlet", "title", "author", "published",
                                      "url", "language", "carriers", "text"), lists=frozenset({"carriers"}))
MENTIONS = Table("mentions", Mention, (*_SPAN, "label", "entity"), ordered=True)
QUOTES = Table("quotes", Quote, ("id", *_SPAN, "kind", "speaker", "speaker_name", "cue", "speaker_mention",
                                 "cue_span", "sentence", "negated"),
               spans=frozenset({"speaker_mention", "cue_span", "sentence"}), flags=frozenset({"negated"}),
               ordered=True)
CLAIMS = Table("claims", Claim, ("id", *_SPAN, "value", "unit", "hedge", "measure", "attributed_to",
                                 "value_max", "sentence"),
               spans=frozenset({"sentence"}), ordered=True)
EVENTS = Table("events", Event, ("id", *_SPAN, "date", "date_text"), ordered=True)
