"""Tests of ``generator.sources``: fetcher, cache, HTTP client, layout."""
