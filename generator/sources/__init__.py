"""Obtaining the standard: editions, the publisher's layout, the download cache.

The rest of the generator calls :func:`locate` (one Part's DocBook file or chunked
HTML folder, fetched if needed) or :func:`fetch` (several Parts, with a summary).
"""

from __future__ import annotations

from generator.sources.cache import default_cache_dir
from generator.sources.editions import CURRENT
from generator.sources.fetch import FetchedPart, FetchResult, fetch, locate, resolve_current
from generator.sources.http import Deadlines, HttpClient, Progress, RetryPolicy, Timeouts
from generator.sources.layout import PUBLISHER_URL, SourceFormat, parse_parts

__all__ = [
    "CURRENT",
    "PUBLISHER_URL",
    "Deadlines",
    "FetchResult",
    "FetchedPart",
    "HttpClient",
    "Progress",
    "RetryPolicy",
    "SourceFormat",
    "Timeouts",
    "default_cache_dir",
    "fetch",
    "locate",
    "parse_parts",
    "resolve_current",
]
