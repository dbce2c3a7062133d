"""Evaluation against gold corpora (PolNeAR attribution)."""
