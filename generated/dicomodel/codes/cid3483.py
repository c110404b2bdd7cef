"""CID 3483 IVUS Longitudinal Measurement.

Extensible, version 20050110, UID 1.2.840.10008.6.1.118.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3483
NAME: _Final[str] = "IVUS Longitudinal Measurement"
KEYWORD: _Final[str | None] = "IVUSLongitudinalMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.118"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StentLength: _Final[_Code] = _Code("SCT", "408703009", "Stent Length", (3483,))
"""Stent Length (SCT 408703009)."""

StenoticLesionLength: _Final[_Code] = _Code("SCT", "408716009", "Stenotic Lesion Length", (3483,))
"""Stenotic Lesion Length (SCT 408716009)."""

CalciumLength: _Final[_Code] = _Code("DCM", "122341", "Calcium Length", (3483,))
"""Calcium Length (DCM 122341)."""

StentGap: _Final[_Code] = _Code("DCM", "122364", "Stent Gap", (3483,))
"""Stent Gap (DCM 122364)."""

MEMBERS: _Final[tuple[_Code, ...]] = (StentLength, StenoticLesionLength, CalciumLength, StentGap)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
