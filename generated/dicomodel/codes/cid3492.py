"""CID 3492 Vascular Dissection Classification.

Extensible, version 20180325, UID 1.2.840.10008.6.1.126.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3492
NAME: Final[str] = "Vascular Dissection Classification"
KEYWORD: Final[str | None] = "VascularDissectionClassification"
UID: Final[str | None] = "1.2.840.10008.6.1.126"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180325"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MedialDissection: Final[Code] = Code("DCM", "122399", "Medial Dissection", (3492,))
"""Medial Dissection (DCM 122399)."""

IntimalDissection: Final[Code] = Code("DCM", "122398", "Intimal Dissection", (3492,))
"""Intimal Dissection (DCM 122398)."""

AdventitialDissection: Final[Code] = Code("DCM", "122397", "Adventitial Dissection", (3492,))
"""Adventitial Dissection (DCM 122397)."""

IntramuralHematoma: Final[Code] = Code("SCT", "54493002", "Intramural hematoma", (3492,))
"""Intramural hematoma (SCT 54493002)."""

IntraStentDissection: Final[Code] = Code("DCM", "122388", "Intra-stent Dissection", (3492,))
"""Intra-stent Dissection (DCM 122388)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MedialDissection,
    IntimalDissection,
    AdventitialDissection,
    IntramuralHematoma,
    IntraStentDissection,
)
"""The resolved membership: own members, then those of the included groups, in order."""
