"""CID 9512 Tomotherapeutic Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1222.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 9512
NAME: _Final[str] = "Tomotherapeutic Radiotherapy Procedure Technique"
KEYWORD: _Final[str | None] = "TomotherapeuticRadiotherapyProcedureTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.1222"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HelicalBeam: _Final[_Code] = _Code("DCM", "130108", "Helical Beam", (9512,))
"""Helical Beam (DCM 130108)."""

TopographicBeam: _Final[_Code] = _Code("DCM", "130109", "Topographic Beam", (9512,))
"""Topographic Beam (DCM 130109)."""

MEMBERS: _Final[tuple[_Code, ...]] = (HelicalBeam, TopographicBeam)
"""The resolved membership: own members, then those of the included groups, in order."""
