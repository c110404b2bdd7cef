"""CID 3104 Cardiac Synchronization Technique.

Non-extensible, version 20111028, UID 1.2.840.10008.6.1.943.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3104
NAME: _Final[str] = "Cardiac Synchronization Technique"
KEYWORD: _Final[str | None] = "CardiacSynchronizationTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.943"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20111028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RealTimeAcquisition: _Final[_Code] = _Code("DCM", "109080", "Real time acquisition", (3104,))
"""Real time acquisition (DCM 109080)."""

ProspectiveGating: _Final[_Code] = _Code("DCM", "109081", "Prospective gating", (3104,))
"""Prospective gating (DCM 109081)."""

RetrospectiveGating: _Final[_Code] = _Code("DCM", "109082", "Retrospective gating", (3104,))
"""Retrospective gating (DCM 109082)."""

Paced: _Final[_Code] = _Code("DCM", "109083", "Paced", (3104,))
"""Paced (DCM 109083)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RealTimeAcquisition,
    ProspectiveGating,
    RetrospectiveGating,
    Paced,
)
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
