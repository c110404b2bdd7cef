"""CID 7230 Automation of Measurement.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1340.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7230
NAME: _Final[str] = "Automation of Measurement"
KEYWORD: _Final[str | None] = "AutomationOfMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1340"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200704"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Automated: _Final[_Code] = _Code("SCT", "8359006", "Automated", (7230,))
"""Automated (SCT 8359006)."""

Manual: _Final[_Code] = _Code("SCT", "87982008", "Manual", (7230,))
"""Manual (SCT 87982008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Automated, Manual)
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
