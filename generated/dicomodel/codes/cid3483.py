"""CID 3483 IVUS Longitudinal Measurement.

Extensible, version 20050110, UID 1.2.840.10008.6.1.118.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3483
NAME: Final[str] = "IVUS Longitudinal Measurement"
KEYWORD: Final[str | None] = "IVUSLongitudinalMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.118"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StentLength: Final[Code] = Code("SCT", "408703009", "Stent Length", (3483,))
"""Stent Length (SCT 408703009)."""

StenoticLesionLength: Final[Code] = Code("SCT", "408716009", "Stenotic Lesion Length", (3483,))
"""Stenotic Lesion Length (SCT 408716009)."""

CalciumLength: Final[Code] = Code("DCM", "122341", "Calcium Length", (3483,))
"""Calcium Length (DCM 122341)."""

StentGap: Final[Code] = Code("DCM", "122364", "Stent Gap", (3483,))
"""Stent Gap (DCM 122364)."""

MEMBERS: Final[tuple[Code, ...]] = (StentLength, StenoticLesionLength, CalciumLength, StentGap)
"""The resolved membership: own members, then those of the included groups, in order."""
