"""Phrases of PS3.3 conditions that depend on facts outside the data set.

Each entry is a pattern and the short reason the runtime reports with an
``undecided`` finding. A phrase that names no attribute, module, IOD or SOP class
and is not in the catalogue is undecidable too, with its own words as the reason
(:func:`reason_for`): the data set cannot decide what it does not name.
"""

from __future__ import annotations

import re

CATALOGUE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in (
        (
            r"contrast (media|agent|bolus)?\s*(was|were|is|has been) (used|applied|administered)",
            "depends on whether contrast was administered",
        ),
        (r"non-human organism", "depends on whether the patient is a non-human organism"),
        (r"paired (body part|structure)", "depends on whether the body part is paired"),
        (r"synchroni[sz](ation|ed)", "depends on the synchronization of the acquisition"),
        (
            r"frame[- ]level retrieve",
            "depends on how the instance was created (frame-level retrieve)",
        ),
        (r"derived from|has been derived", "depends on whether the image was derived"),
        (r"(is|are) a specimen", "depends on whether the imaging subject is a specimen"),
        (
            r"(is|are) to be (applied|displayed|subtracted)|to be applied",
            "depends on what the presentation is to apply",
        ),
        (r"lossy (image )?compression has been|has been lossy", "depends on lossy compression"),
        (r"planned on another image", "depends on how the image was planned"),
        (
            r"(was|were) present in any of the classic images",
            "depends on the classic images that were converted",
        ),
        (r"created by conversion|converted from", "depends on the conversion history"),
        (r"\b(known|available|exists?)\b", "depends on what is known to the creator"),
        (r"changes during", "depends on changes between control points"),
        (r"annotation is present", "depends on whether annotations are present"),
        (r"multi-?frame", "depends on the multi-frame structure of the pixel data"),
        (r"\b(can|could) be\b|capable of", "depends on the capabilities of the equipment"),
        (
            r"(instance|image|plan|sop instance|record)s? referenced (in|by)"
            r"|referenced (sop )?instance"
            r"|(of|in) the \w+( \w+)? referenced by|the referenced (plan|image|rt)",
            "depends on the referenced instance or item",
        ),
        (
            r"(does|do) not apply to (all|the complete|entire)|applies to a subset of",
            "depends on what the item applies to",
        ),
        (r"insufficient precision", "depends on the precision of the value"),
        (
            r"does not fully (describe|specify)",
            "depends on what the coded concept describes",
        ),
        (r"only significant under certain", "depends on when the constraint is significant"),
        (r"represents a dose", "depends on what the parameter represents"),
        (r"was not issued in the current", "depends on where the UID was issued"),
        (
            r"associated (with|to) only a subset",
            "depends on what the measurement values are associated with",
        ),
        (r"may be retrieved using", "depends on the retrieval services offered for the study"),
        (
            r"person or device performing the interpretation differs",
            "depends on who performed the interpretation",
        ),
        (r"the protocol is not that which", "depends on the protocol the item describes"),
        (r"references a SOP Instance that", "depends on the referenced instance or item"),
        (r"one-way interaction", "depends on how the display sets interact"),
        (
            r"not encoded in a single Attribute",
            "depends on how the table's cells are encoded",
        ),
        (r"in the same Z plane", "depends on the coordinates' values"),
        (r"(is|are) different from", "depends on values of other items compared"),
        (r"ratio of 1\s*:\s*1", "depends on the aspect ratio of the pixels"),
        (r"combines segments", "depends on the segments combined"),
        (r"references a Dosimetric Objective", "depends on the objective referenced"),
        (
            r"(this cell is|are) (a )?numeric values?",
            "depends on the values of the table's cells",
        ),
        (r"does not require Image Orientation", "depends on the geometry of the image"),
        (
            r"contains a reference to the",
            "depends on what the encapsulated document references",
        ),
        (
            r"not to be used for operational purposes",
            "depends on whether the instances are to be used for operational purposes",
        ),
        (r"is (not )?a URN or URL", "depends on whether the code is a URN or URL"),
        (r"is nested in", "depends on where the selected attribute stands"),
        (r"value defined in Annex L", "depends on whether the value is listed in PS3.16 Annex L"),
        (r"the current instance was derived", "depends on the instance it was derived from"),
        (r"is tiled", "depends on the referenced instance"),
        (r"corresponds to", "depends on a correspondence the data set does not state"),
    )
)


def catalogued(phrase: str) -> str | None:
    """The catalogue's reason for a phrase, or ``None`` when no entry matches."""
    for pattern, reason in CATALOGUE:
        if pattern.search(phrase):
            return reason
    return None


def reason_for(phrase: str) -> str:
    """The reason an undecidable phrase is unknown: the catalogue's, else its own words."""
    return catalogued(phrase) or f"names no attribute: {phrase}"
