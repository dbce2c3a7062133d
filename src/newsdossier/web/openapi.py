"""OpenAPI 3.1 description of the JSON API; its schemas restate the ``newsdossier/1`` export contract
(with this project's added fields), so the tests can validate live responses against them."""

from __future__ import annotations

from typing import Any

_STR_OR_NULL = {"type": ["string", "null"]}
_SPAN = {"type": "object", "required": ["article", "start", "end", "text"],
         "properties": {"article": {"type": "string"}, "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0}, "text": {"type": "string"}}}
_BOUNDS = {"type": ["object", "null"], "required": ["start", "end"],
           "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _span_record(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"allOf": [_ref("Span"), {"type": "object", "required": ["id", *required],
                                     "properties": {"id": {"type": "string"}, **properties}}]}


SCHEMAS: dict[str, Any] = {
    "Span": _SPAN,
    "Article": {"type": "object", "required": ["id", "source", "segment", "outlet", "title", "published", "text"],
                "properties": {"id": {"type": "string"}, "source": {"type": "string"},
                               "segment": {"type": "integer", "minimum": 0}, "outlet": _STR_OR_NULL,
                               "title": _STR_OR_NULL, "author": _STR_OR_NULL, "published": _STR_OR_NULL,
                               "url": _STR_OR_NULL, "text": {"type": "string"}, "language": _STR_OR_NULL}},
    "Entity": {"type": "object", "required": ["id", "name", "type", "aliases", "mentions"],
               "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                              "type": {"enum": ["person", "organization", "place", "group", "other"]},
                              "aliases": {"type": "array", "items": {"type": "string"}},
                              "geo": {"type": ["object", "null"], "required": ["lat", "lon"],
                                      "properties": {"lat": {"type": "number"}, "lon": {"type": "number"},
                                                     "country": _STR_OR_NULL}},
                              "mentions": {"type": "array", "items": _ref("Span")}}},
    "Quote": _span_record(["kind", "speaker", "speaker_name", "cue"], {
        "kind": {"enum": ["direct", "partial", "indirect"]}, "speaker": _STR_OR_NULL,
        "speaker_name": _STR_OR_NULL, "cue": _STR_OR_NULL, "negated": {"type": "boolean"}, "sentence": _BOUNDS}),
    "Claim": _span_record(["value", "unit", "hedge", "measure", "attributed_to"], {
        "value": {"type": "number"}, "value_max": {"type": ["number", "null"]}, "unit": {"type": "string"},
        "hedge": _STR_OR_NULL, "measure": _STR_OR_NULL, "attributed_to": _STR_OR_NULL, "sentence": _BOUNDS}),
    "Event": _span_record(["date"], {"date": _STR_OR_NULL, "date_text": _STR_OR_NULL}),
    "Group": {"type": "object", "required": ["id", "kind", "members", "outlets", "first", "status"],
              "properties": {"id": {"type": "string"}, "kind": {"enum": ["claim", "quote"]},
                             "members": {"type": "array", "minItems": 2, "items": {"type": "string"}},
                             "outlets": {"type": "array", "items": _STR_OR_NULL}, "first": _STR_OR_NULL,
                             "status": {"enum": ["agree", "conflict"]}, "label": _STR_OR_NULL,
                             "independent_sources": {"type": "integer"},
                             "sources": {"type": "array", "items": {"type": "string"}}, "note": _STR_OR_NULL}},
    "Dossier": {"type": "object", "required": ["schema", "articles", "entities", "quotes", "claims", "events",
                                               "groups"],
                "properties": {"schema": {"const": "newsdossier/1"},
                               **{k: {"type": "array", "items": _ref(v)} for k, v in (
                                   ("articles", "Article"), ("entities", "Entity"), ("quotes", "Quote"),
                                   ("claims", "Claim"), ("events", "Event"), ("groups", "Group"))},
                               "skipped": {"type": "array", "items": {
                                   "type": "object", "required": ["source", "reason"],
                                   "properties": {"source": {"type": "string"}, "reason": {"type": "string"}}}}}},
    "SearchHit": {"type": "object", "required": ["kind", "id", "article", "snippet", "score"],
                  "properties": {"kind": {"enum": ["article", "quote", "claim"]}, "id": {"type": "string"},
                                 "article": {"type": "string"}, "label": _STR_OR_NULL,
                                 "snippet": {"type": "string"}, "score": {"type": "number"}}},
    "Error": {"type": "object", "required": ["error", "status"],
              "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}},
    "IngestRequest": {"type": "object", "required": ["text"],
                      "properties": {"text": {"type": "string", "minLength": 1},
                                     "format": {"enum": ["txt", "html"], "default": "txt"}}},
    "IngestResult": {"type": "object", "required": ["new_articles", "skipped"],
                     "properties": {"new_articles": {"type": "integer"},
                                    "skipped": {"type": "array", "items": {"type": "object"}}}},
}

_ERROR = {"description": "Error", "content": {"application/json": {"schema": _ref("Error")}}}


def _ok(schema: dict[str, Any], what: str) -> dict[str, Any]:
    return {"200": {"description": what, "content": {"application/json": {"schema": schema}}}, "404": _ERROR}


def _get(summary: str, schema: dict[str, Any], parameters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": parameters or [], "responses": _ok(schema, summary)}}


_ARTICLE_FILTER = {"name": "article", "in": "query", "required": False, "schema": {"type": "string"},
                   "description": "Only the records of this article."}
_ID = {"name": "rid", "in": "path", "required": True, "schema": {"type": "string", "maxLength": 66}}
_COLLECTIONS = {"articles": "Article", "entities": "Entity", "quotes": "Quote", "claims": "Claim",
                "events": "Event", "groups": "Group"}

PATHS: dict[str, Any] = {
    "/api": _get("Index of the API", {"type": "object"}),
    "/api/openapi.json": _get("This description", {"type": "object"}),
    "/api/dossier": _get("The whole export (newsdossier/1)", _ref("Dossier")),
    "/api/search": _get("Full-text search over articles, quotes and claims",
                        {"type": "array", "items": _ref("SearchHit")}, [
                            {"name": "q", "in": "query", "required": True, "schema": {"type": "string", "maxLength": 200}},
                            {"name": "kind", "in": "query", "required": False,
                             "schema": {"enum": ["article", "quote", "claim"]}},
                            {"name": "limit", "in": "query", "required": False,
                             "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 20}}]),
    "/api/ingest": {"post": {
        "summary": "Add a page to the store (only when the server runs with --allow-ingest)",
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("IngestRequest")}}},
        "responses": {"200": {"description": "Added", "content": {"application/json": {"schema": _ref("IngestResult")}}},
                      "400": _ERROR, "403": _ERROR, "413": {"description": "Body too large"}, "415": _ERROR,
                      "422": _ERROR}}},
}
for _name, _schema in _COLLECTIONS.items():
    PATHS[f"/api/{_name}"] = _get(f"All {_name}", {"type": "array", "items": _ref(_schema)},
                                  [_ARTICLE_FILTER] if _name in ("quotes", "claims", "events") else [])
    PATHS[f"/api/{_name}/{{rid}}"] = _get(f"One of the {_name} by id", _ref(_schema), [_ID])

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "newsdossier", "version": "1",
             "description": "Read-only JSON over a newsdossier store, mirroring the newsdossier/1 export."},
    "paths": PATHS,
    "components": {"schemas": SCHEMAS},
}
