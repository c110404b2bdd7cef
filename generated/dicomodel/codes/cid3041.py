"""CID 3041 Neurophysiologic Stimulation Mode.

Extensible, version 20210325, UID 1.2.840.10008.6.1.1361.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3041
NAME: _Final[str] = "Neurophysiologic Stimulation Mode"
KEYWORD: _Final[str | None] = "NeurophysiologicStimulationMode"
UID: _Final[str | None] = "1.2.840.10008.6.1.1361"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210325"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FlashStimulus: _Final[_Code] = _Code("MDC", "2:53539", "Flash stimulus", (3041,))
"""Flash stimulus (MDC 2:53539)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FlashStimulus,)
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
