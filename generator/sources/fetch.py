"""Obtain Parts of an edition of the standard and say where they are on disk.

:func:`fetch` is what ``dicomodel-gen fetch`` runs; :func:`locate` is what the rest of
the generator calls to get one Part's DocBook file or chunked HTML folder.

Sources:
- the publisher (default) or an http(s) mirror: files are downloaded into the cache
  (see :mod:`generator.sources.cache`); once a Part is complete in its manifest, a
  later run makes no request at all for it;
- a directory mirror (a path or a ``file://`` URL): files are checked and returned
  where they are, nothing is copied and no manifest is written.

Chunked HTML pages are found by following the links of the entry page ``PS3.N.html``
and of every page found (over HTTP), or by listing the folder (a directory mirror).
A page that is linked but answers 404 is recorded as missing, not an error; a
missing entry page means the Part is not published in that format.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from generator.errors import FetchError
from generator.sources.cache import (
    FileRecord,
    Manifest,
    default_cache_dir,
    part_lock,
    source_dir,
)
from generator.sources.checks import HEAD_BYTES, checker
from generator.sources.editions import CURRENT, check_edition, editions_in_listing, newest
from generator.sources.http import Deadlines, Downloaded, HttpClient, NotFoundError, Progress
from generator.sources.layout import (
    SourceFormat,
    check_format,
    check_part,
    chtml_entry,
    chtml_folder,
    docbook_file,
    is_page_name,
    page_links,
    part_location,
    resolve_mirror,
)
from generator.sources.verify import verify_docbook, verify_html

FORMAT_NAMES: dict[SourceFormat, str] = {"docbook": "DocBook", "chtml": "chunked HTML"}
MANIFEST_FLUSH_SECONDS = 2.0
DEFAULT_WORKERS = 4


@dataclass(frozen=True, slots=True)
class FetchedPart:
    """One Part on local disk.

    ``path`` is the DocBook file or the chunked HTML folder; ``files`` every file of
    the Part (one for DocBook); ``missing`` the pages that are linked but were not
    published (chunked HTML over HTTP only).
    """

    part: int
    format: SourceFormat
    path: Path
    files: tuple[Path, ...]
    missing: tuple[str, ...]
    source: str
    size: int
    downloaded: int
    downloaded_bytes: int
    cached: int


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What :func:`fetch` obtained: the edition (``current`` resolved) and each Part."""

    edition: str
    format: SourceFormat
    source: str
    root: Path
    in_place: bool
    parts: tuple[FetchedPart, ...]

    def path(self, part: int) -> Path:
        """The DocBook file or chunked HTML folder of ``part``."""
        for fetched in self.parts:
            if fetched.part == part:
                return fetched.path
        raise KeyError(part)

    @property
    def files(self) -> int:
        """How many files in all."""
        return sum(len(fetched.files) for fetched in self.parts)

    @property
    def size(self) -> int:
        """How many bytes in all."""
        return sum(fetched.size for fetched in self.parts)

    @property
    def downloaded(self) -> int:
        """How many files this run downloaded."""
        return sum(fetched.downloaded for fetched in self.parts)

    @property
    def downloaded_bytes(self) -> int:
        """How many bytes this run downloaded."""
        return sum(fetched.downloaded_bytes for fetched in self.parts)

    @property
    def cached(self) -> int:
        """How many files were already there."""
        return sum(fetched.cached for fetched in self.parts)


def locate(
    edition: str,
    part: int,
    fmt: SourceFormat = "docbook",
    *,
    mirror: str | Path | None = None,
    cache_dir: Path | None = None,
    progress: bool | None = None,
    deadlines: Deadlines | None = None,
) -> Path:
    """The local DocBook file or chunked HTML folder of one Part, fetched if needed.

    Over HTTP a Part already complete in the cache costs no request (unless the
    edition is ``current``: its listing is read each time); a directory mirror's own
    path is returned.
    """
    result = fetch(
        edition,
        [part],
        fmt,
        mirror=mirror,
        cache_dir=cache_dir,
        progress=progress,
        deadlines=deadlines,
    )
    return result.path(part)


def resolve_current(mirror: str | Path | None = None, *, client: HttpClient | None = None) -> str:
    """The newest edition published at ``mirror`` (the publisher when ``None``)."""
    source = resolve_mirror(mirror)
    if isinstance(source, Path):
        names = [child.name for child in source.iterdir() if child.is_dir()]
        found = newest(names)
        if found is None:
            raise FetchError(f"no edition found in mirror {source}")
        return found
    own = client is None
    http = client or HttpClient()
    try:
        found = newest(editions_in_listing(http.get_text(source)))
    except NotFoundError as error:
        raise FetchError(f"cannot list the editions at {source}: {error}") from error
    finally:
        if own:
            http.close()
    if found is None:
        raise FetchError(f"no edition found in the listing at {source}")
    return found


def fetch(
    edition: str,
    parts: Iterable[int],
    fmt: str = "docbook",
    *,
    mirror: str | Path | None = None,
    cache_dir: Path | None = None,
    progress: bool | None = None,
    client: HttpClient | None = None,
    workers: int = DEFAULT_WORKERS,
    deadlines: Deadlines | None = None,
) -> FetchResult:
    """Obtain ``parts`` of ``edition`` in format ``fmt`` and say where they are.

    ``progress``: draw a bar on stderr (``None``: only when stderr is a terminal).
    ``client`` carries the retry policy, timeouts, deadlines and sessions (tests pass
    their own); ``deadlines`` are those of the client made when none is passed.
    A download is verified to its end (:mod:`generator.sources.verify`) before it is
    recorded; a cached file whose sha256 no longer matches its manifest is fetched again.
    """
    name = check_edition(edition)
    form = check_format(fmt)
    numbers = sorted({check_part(part) for part in parts})
    if not numbers:
        raise FetchError("no part asked for")
    source = resolve_mirror(mirror)
    if isinstance(source, Path):
        if name == CURRENT:
            name = resolve_current(source)
        return _from_directory(source, name, numbers, form)
    own = client is None
    http = client or HttpClient(deadlines=deadlines)
    try:
        if name == CURRENT:
            name = resolve_current(source, client=http)
        root = source_dir(cache_dir or default_cache_dir(), source) / name
        bar = Progress(enabled=progress)
        fetched = tuple(
            _Download(http, source, name, number, form, root, bar, max(1, workers)).run()
            for number in numbers
        )
    finally:
        if own:
            http.close()
    return FetchResult(
        edition=name, format=form, source=source, root=root, in_place=False, parts=fetched
    )


def _from_directory(root: Path, edition: str, parts: list[int], fmt: SourceFormat) -> FetchResult:
    folder = root / edition
    if not folder.is_dir():
        raise FetchError(f"edition {edition} is not published at {root}")
    check = checker(fmt)
    fetched: list[FetchedPart] = []
    for part in parts:
        path = folder / part_location(part, fmt)
        if fmt == "docbook":
            files = [path] if path.is_file() else []
        else:
            entry = path / chtml_entry(part)
            files = (
                sorted(child for child in path.iterdir() if is_page_name(child.name))
                if entry.is_file()
                else []
            )
        if not files:
            shown = path if fmt == "docbook" else path / chtml_entry(part)
            raise FetchError(
                f"PS3.{part} is not published as {FORMAT_NAMES[fmt]} in edition {edition} "
                f"at {root} ({shown} does not exist)"
            )
        for file in files:
            try:
                with file.open("rb") as stream:
                    head = stream.read(HEAD_BYTES)
            except OSError as error:
                raise FetchError(f"cannot read {file}: {error}") from error
            problem = check(head)
            if problem is not None:
                raise FetchError(f"{file} {problem}")
        fetched.append(
            FetchedPart(
                part=part,
                format=fmt,
                path=path,
                files=tuple(files),
                missing=(),
                source=str(path),
                size=sum(file.stat().st_size for file in files),
                downloaded=0,
                downloaded_bytes=0,
                cached=len(files),
            )
        )
    return FetchResult(
        edition=edition,
        format=fmt,
        source=str(root),
        root=folder,
        in_place=True,
        parts=tuple(fetched),
    )


_Outcome = tuple[str, Downloaded | None, bool, set[str]]
"""A page's name, its download (``None`` if cached or missing), missing?, its links."""


class _Download:
    """One Part from an HTTP source into the cache."""

    def __init__(
        self,
        client: HttpClient,
        source: str,
        edition: str,
        part: int,
        fmt: SourceFormat,
        root: Path,
        progress: Progress,
        workers: int,
    ) -> None:
        self.client = client
        self.source = source
        self.edition = edition
        self.part = part
        self.fmt = fmt
        self.root = root
        self.progress = progress
        self.workers = workers
        self.edition_url = f"{source}{edition}/"
        self.downloads: list[Downloaded] = []
        self.label = f"PS3.{part} {FORMAT_NAMES[fmt]}"

    def run(self) -> FetchedPart:
        with part_lock(self.root, self.part, self.fmt):
            manifest = Manifest.load(self.root, self.edition, self.part, self.fmt, self.edition_url)
            if not manifest.all_present(self.root):
                manifest.complete = False
                try:
                    if self.fmt == "docbook":
                        self._docbook(manifest)
                    else:
                        self._chtml(manifest)
                    manifest.complete = True
                finally:
                    self.progress.finish()
                    if manifest.files or manifest.file.exists():
                        manifest.save()
            return self._result(manifest)

    def _result(self, manifest: Manifest) -> FetchedPart:
        location = part_location(self.part, self.fmt)
        prefix = location if self.fmt == "docbook" else location + "/"
        records = [record for rel, record in manifest.files.items() if rel.startswith(prefix)]
        files = tuple(sorted(self.root / record.path for record in records))
        return FetchedPart(
            part=self.part,
            format=self.fmt,
            path=self.root / location,
            files=files,
            missing=tuple(sorted(rel.rsplit("/", 1)[-1] for rel in manifest.missing)),
            source=self.edition_url + location,
            size=sum(record.size for record in records),
            downloaded=len(self.downloads),
            downloaded_bytes=sum(download.size for download in self.downloads),
            cached=len(files) - len(self.downloads),
        )

    def _not_published(self, url: str, error: NotFoundError) -> FetchError:
        if self.client.status(self.edition_url) in {404, 410}:
            return FetchError(f"edition {self.edition} is not published at {self.source}")
        return FetchError(
            f"PS3.{self.part} is not published as {FORMAT_NAMES[self.fmt]} in edition "
            f"{self.edition} at {self.source} ({url}: HTTP {error.status})"
        )

    def _docbook(self, manifest: Manifest) -> None:
        rel = docbook_file(self.part)
        if manifest.has(self.root, rel):
            return
        url = self.edition_url + rel
        self.progress.start(self.label, unit="B")
        try:
            downloaded = self.client.download(
                url,
                self.root / rel,
                check=lambda path: verify_docbook(path, self.part, self.edition),
                progress=self.progress,
            )
        except NotFoundError as error:
            raise self._not_published(url, error) from error
        self.downloads.append(downloaded)
        manifest.add(FileRecord(rel, downloaded.sha256, downloaded.size, url))

    def _page(self, name: str, cached: bool) -> _Outcome:
        folder = chtml_folder(self.part)
        rel = f"{folder}/{name}"
        dest = self.root / rel
        downloaded: Downloaded | None = None
        if not cached:
            try:
                downloaded = self.client.download(
                    f"{self.edition_url}{rel}",
                    dest,
                    check=lambda path: verify_html(path, self.part, self.edition),
                )
            except NotFoundError as error:
                if name == chtml_entry(self.part):
                    raise self._not_published(error.url, error) from error
                return name, None, True, set()
        try:
            text = dest.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise FetchError(f"cannot read {dest}: {error}") from error
        return name, downloaded, False, page_links(text)

    def _chtml(self, manifest: Manifest) -> None:
        folder = chtml_folder(self.part)
        entry = chtml_entry(self.part)
        seen = {entry}
        self.progress.start(self.label, total=1, unit="pages")
        executor = ThreadPoolExecutor(self.workers, thread_name_prefix="dicomodel-fetch")

        def submit(name: str) -> Future[_Outcome]:
            cached = manifest.has(self.root, f"{folder}/{name}")
            return executor.submit(self._page, name, cached)

        def record(outcome: _Outcome) -> set[str]:
            name, downloaded, missing, links = outcome
            rel = f"{folder}/{name}"
            if missing:
                manifest.missing[rel] = f"{self.edition_url}{rel}"
            elif downloaded is not None:
                self.downloads.append(downloaded)
                manifest.add(FileRecord(rel, downloaded.sha256, downloaded.size, downloaded.url))
            self.progress.advance()
            return links

        pending = {submit(entry)}
        unrecorded: set[Future[_Outcome]] = set()
        flushed = time.monotonic()
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                unrecorded = set(done)
                for future in done:
                    unrecorded.discard(future)
                    for link in sorted(record(future.result()) - seen):
                        seen.add(link)
                        pending.add(submit(link))
                self.progress.set_total(len(seen))
                if time.monotonic() - flushed > MANIFEST_FLUSH_SECONDS:
                    manifest.save()
                    flushed = time.monotonic()
        except BaseException:
            # Keep what the other workers finished, so that the next run resumes from it.
            executor.shutdown(wait=True, cancel_futures=True)
            for future in unrecorded | pending:
                if future.done() and not future.cancelled() and future.exception() is None:
                    record(future.result())
            raise
        executor.shutdown(wait=True)
