"""CID 12118 Measurement Orientation.

Extensible, version 20110125, UID 1.2.840.10008.6.1.926.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12118
NAME: Final[str] = "Measurement Orientation"
KEYWORD: Final[str | None] = "MeasurementOrientation"
UID: Final[str | None] = "1.2.840.10008.6.1.926"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110125"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteriorPosterior: Final[Code] = Code("DCM", "122675", "Anterior-Posterior", (3838, 12118))
"""Anterior-Posterior (DCM 122675)."""

Transverse: Final[Code] = Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

Longitudinal: Final[Code] = Code("SCT", "38717003", "Longitudinal", (2, 6, 12118))
"""Longitudinal (SCT 38717003)."""

MEMBERS: Final[tuple[Code, ...]] = (AnteriorPosterior, Transverse, Longitudinal)
"""The resolved membership: own members, then those of the included groups, in order."""
