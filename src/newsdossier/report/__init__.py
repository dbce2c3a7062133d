"""The briefing (briefing.md and a self-contained briefing.html) and the read model it shares with the web app."""

from .briefing import write_briefing

__all__ = ["write_briefing"]
