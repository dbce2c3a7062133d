"""The local web app (``dossier serve``): story, articles, speakers, timeline, map, search and a JSON API."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
