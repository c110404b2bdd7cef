"""CID 3121 Perfusion Morphology.

Extensible, version 20080927, UID 1.2.840.10008.6.1.753.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3121
NAME: Final[str] = "Perfusion Morphology"
KEYWORD: Final[str | None] = "PerfusionMorphology"
UID: Final[str | None] = "1.2.840.10008.6.1.753"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MyocardialIschemia: Final[Code] = Code("SCT", "414795007", "Myocardial ischemia", (3121,))
"""Myocardial ischemia (SCT 414795007)."""

MyocardialInfarction: Final[Code] = Code("SCT", "22298006", "Myocardial Infarction", (3121,))
"""Myocardial Infarction (SCT 22298006)."""

MixedIschemiaAndInfarction: Final[Code] = Code(
    "SCT", "428196007", "Mixed Ischemia and Infarction", (3121,)
)
"""Mixed Ischemia and Infarction (SCT 428196007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MyocardialIschemia,
    MyocardialInfarction,
    MixedIschemiaAndInfarction,
)
"""The resolved membership: own members, then those of the included groups, in order."""
