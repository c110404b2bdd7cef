"""CID 9512 Tomotherapeutic Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1222.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9512
NAME: Final[str] = "Tomotherapeutic Radiotherapy Procedure Technique"
KEYWORD: Final[str | None] = "TomotherapeuticRadiotherapyProcedureTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.1222"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HelicalBeam: Final[Code] = Code("DCM", "130108", "Helical Beam", (9512,))
"""Helical Beam (DCM 130108)."""

TopographicBeam: Final[Code] = Code("DCM", "130109", "Topographic Beam", (9512,))
"""Topographic Beam (DCM 130109)."""

MEMBERS: Final[tuple[Code, ...]] = (HelicalBeam, TopographicBeam)
"""The resolved membership: own members, then those of the included groups, in order."""
