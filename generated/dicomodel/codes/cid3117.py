"""CID 3117 Attenuation Correction Method.

Extensible, version 20080927, UID 1.2.840.10008.6.1.749.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3117
NAME: _Final[str] = "Attenuation Correction Method"
KEYWORD: _Final[str | None] = "AttenuationCorrectionMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.749"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OSEMAlgorithm: _Final[_Code] = _Code("DCM", "122720", "OSEM algorithm", (3117,))
"""OSEM algorithm (DCM 122720)."""

ChangMethod: _Final[_Code] = _Code("DCM", "122721", "Chang method", (3117,))
"""Chang method (DCM 122721)."""

MEMBERS: _Final[tuple[_Code, ...]] = (OSEMAlgorithm, ChangMethod)
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
