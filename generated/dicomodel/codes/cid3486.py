"""CID 3486 Vascular Measurement Site.

Extensible, version 20051103, UID 1.2.840.10008.6.1.121.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3486
NAME: Final[str] = "Vascular Measurement Site"
KEYWORD: Final[str | None] = "VascularMeasurementSite"
UID: Final[str | None] = "1.2.840.10008.6.1.121"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ProximalReference: Final[Code] = Code("DCM", "122380", "Proximal Reference", (3486,))
"""Proximal Reference (DCM 122380)."""

DistalReference: Final[Code] = Code("DCM", "122381", "Distal Reference", (3486,))
"""Distal Reference (DCM 122381)."""

SiteOfLumenMinimum: Final[Code] = Code("DCM", "122382", "Site of Lumen Minimum", (3486,))
"""Site of Lumen Minimum (DCM 122382)."""

SiteOfLumenMaximum: Final[Code] = Code("DCM", "122687", "Site of Lumen Maximum", (3486,))
"""Site of Lumen Maximum (DCM 122687)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ProximalReference,
    DistalReference,
    SiteOfLumenMinimum,
    SiteOfLumenMaximum,
)
"""The resolved membership: own members, then those of the included groups, in order."""
