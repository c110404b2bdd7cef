"""CID 9512 Tomotherapeutic Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1222.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

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
