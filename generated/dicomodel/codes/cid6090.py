"""CID 6090 Relative Usage/Exposure Amount.

Extensible, version 20050822, UID 1.2.840.10008.6.1.412.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6090
NAME: _Final[str] = "Relative Usage/Exposure Amount"
KEYWORD: _Final[str | None] = "RelativeUsageExposureAmount"
UID: _Final[str | None] = "1.2.840.10008.6.1.412"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

High: _Final[_Code] = _Code("DCM", "111575", "High", (6090,))
"""High (DCM 111575)."""

Medium: _Final[_Code] = _Code("DCM", "111576", "Medium", (6090,))
"""Medium (DCM 111576)."""

Low: _Final[_Code] = _Code("DCM", "111577", "Low", (6090,))
"""Low (DCM 111577)."""

NoKnownExposure: _Final[_Code] = _Code("DCM", "111587", "No known exposure", (6090,))
"""No known exposure (DCM 111587)."""

MEMBERS: _Final[tuple[_Code, ...]] = (High, Medium, Low, NoKnownExposure)
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
