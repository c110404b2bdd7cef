"""One build: locate the Parts, read them, parse them into the IR."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.conditions.attach import attach_rules
from generator.defaults import DEFAULT_PARTS, default_overlays
from generator.errors import GeneratorError
from generator.ir.standard import SourceDocument, Standard
from generator.overlays import apply_overlays, load_overlays
from generator.parse import iod_index, part04, part06
from generator.parse.handed_values import hand_values
from generator.parse.part03 import parse_part03
from generator.parse.part16 import parse_part16
from generator.parse.part16_templates import parse_templates
from generator.parse.required import check_module_tables, check_required_tables
from generator.parse.retired import retired_codes, retired_sections
from generator.readers import read_document
from generator.readers.model import Document, SourceFormat
from generator.sources.fetch import locate, resolve_current
from generator.sources.http import Deadlines
from generator.sources.layout import PUBLISHER_URL, part_location


@dataclass(frozen=True, slots=True)
class BuildConfig:
    """What to build from: edition, format, where to get it, which overlays on top.

    ``overlays`` names the overlays to apply, in order (shipped names such as
    ``sup243``, or folders); ``None`` means the edition's defaults
    (:func:`generator.defaults.default_overlays`), ``()`` none. ``parts`` may
    leave Parts out for a partial IR (a release diff of one Part): PS3.3 needs
    PS3.6 (its data dictionary); without PS3.3, SOP classes are not linked to IOD
    tables.
    """

    edition: str
    format: SourceFormat
    mirror: str | None = None
    cache_dir: Path | None = None
    accept_dictionary_mismatch: bool = False
    parts: tuple[int, ...] = DEFAULT_PARTS
    overlays: tuple[str, ...] | None = None
    deadlines: Deadlines | None = None

    @property
    def overlay_names(self) -> tuple[str, ...]:
        """The overlays this build applies, in order."""
        return default_overlays(self.edition) if self.overlays is None else self.overlays


def public_location(edition: str, part: int, fmt: SourceFormat) -> str:
    """The publisher's URL of a Part: recorded instead of a local path."""
    return f"{PUBLISHER_URL}{edition}/{part_location(part, fmt)}"


def resolved(config: BuildConfig) -> BuildConfig:
    """The configuration with ``current`` replaced by the newest published edition."""
    if config.edition != "current":
        return config
    return replace(config, edition=resolve_current(config.mirror))


def read_parts(
    config: BuildConfig, progress: Callable[[str], None] | None = None
) -> dict[int, Document]:
    """Fetch (or find in the mirror) and read every Part of the build.

    ``progress`` is told which Part is being read (``PS3.3``).
    """
    documents: dict[int, Document] = {}
    for part in config.parts:
        if progress is not None:
            progress(f"PS3.{part}")
        path = locate(
            config.edition,
            part,
            config.format,
            mirror=config.mirror,
            cache_dir=config.cache_dir,
            deadlines=config.deadlines,
        )
        documents[part] = read_document(path, part=part, edition=config.edition)
    return documents


def build_standard(config: BuildConfig, documents: dict[int, Document]) -> Standard:
    """Apply the build's overlays to the documents of one edition, parse them into the IR.

    ``documents`` (as :func:`read_parts` returns them) are not modified. Parts
    missing from ``documents`` leave their collections empty (see
    :class:`BuildConfig`).
    """
    check_required_tables(documents)
    overlays = load_overlays(config.overlay_names)
    documents, applied = apply_overlays(overlays, documents, config.edition)
    if 3 in documents and 6 not in documents:
        raise GeneratorError("a build of PS3.3 needs PS3.6 (its data dictionary): add Part 6")
    sources = tuple(
        SourceDocument(
            part=part,
            edition=document.edition,
            format=document.format,
            location=public_location(document.edition, part, document.format),
        )
        for part, document in sorted(documents.items())
    )
    report: list[str] = []
    parsed: dict[str, Any] = {}
    registries = None
    if 6 in documents:
        registries = part06.parse_part06(
            documents[6], accept_dictionary_mismatch=config.accept_dictionary_mismatch
        )
        report += registries.report
        parsed.update(
            dictionary=registries.dictionary,
            data_elements=registries.data_elements,
            file_meta_elements=registries.file_meta_elements,
            directory_elements=registries.directory_elements,
            payload_elements=registries.payload_elements,
            uids=registries.uids,
            frames_of_reference=registries.frames_of_reference,
            context_group_uids=registries.context_group_uids,
        )
    if 4 in documents:
        part4 = part04.parse_sop_classes(documents[4])
        sop_classes = part4.sop_classes
        if 3 in documents:
            sop_classes = iod_index.link_sop_classes(sop_classes, documents[3], part4.report)
        report += part4.report
        parsed.update(sop_classes=sop_classes)
    if 3 in documents and registries is not None:
        part03 = parse_part03(documents[3], registries.elements_by_tag())
        check_module_tables(documents[3], part03.iods)
        report += part03.report
        parsed.update(
            iods=part03.iods,
            modules=tuple(part03.modules.values()),
            macros=tuple(part03.macros.values()),
        )
    if 16 in documents:
        part16 = parse_part16(
            documents[16],
            context_group_uids=registries.context_group_uids if registries else (),
            compare_pydicom=False,
        )
        report += part16.report
        parsed.update(
            coding_schemes=part16.coding_schemes,
            context_groups=part16.context_groups,
            concepts=part16.concepts,
        )
        templates, template_figures = parse_templates(documents[16])
        report += template_figures.summary()
        parsed.update(templates=templates)
        if "modules" in parsed:
            parsed.update(
                modules=hand_values(parsed["modules"], documents[16]),
                macros=hand_values(parsed["macros"], documents[16]),
            )
    parsed.update(
        retired_sections=tuple(
            found for part in sorted(documents) for found in retired_sections(documents[part])
        ),
        retired_codes=retired_codes(documents[16]) if 16 in documents else (),
    )
    standard = Standard(
        edition=config.edition,
        sources=sources,
        overlays=applied,
        report=tuple(dict.fromkeys(report)),
        **parsed,
    )
    return attach_rules(standard)
