"""CID 3529 Arterial / Venous Content.

Extensible, version 20030327, UID 1.2.840.10008.6.1.143.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3529
NAME: Final[str] = "Arterial / Venous Content"
KEYWORD: Final[str | None] = "ArterialVenousContent"
UID: Final[str | None] = "1.2.840.10008.6.1.143"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ArterialContentFca: Final[Code] = Code("LN", "19218-7", "Arterial Content (FCa)", (3525, 3529))
"""Arterial Content (FCa) (LN 19218-7)."""

VenousContentFcv: Final[Code] = Code("LN", "19220-3", "Venous Content (FCv)", (3525, 3529))
"""Venous Content (FCv) (LN 19220-3)."""

PulmonaryArterialContentFcpa: Final[Code] = Code(
    "DCM", "122188", "Pulmonary Arterial Content (FCpa)", (3529,)
)
"""Pulmonary Arterial Content (FCpa) (DCM 122188)."""

PulmonaryVenousContentFcpv: Final[Code] = Code(
    "DCM", "122189", "Pulmonary Venous Content (FCpv)", (3529,)
)
"""Pulmonary Venous Content (FCpv) (DCM 122189)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ArterialContentFca,
    VenousContentFcv,
    PulmonaryArterialContentFcpa,
    PulmonaryVenousContentFcpv,
)
"""The resolved membership: own members, then those of the included groups, in order."""
