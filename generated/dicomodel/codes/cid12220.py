"""CID 12220 Echocardiography Common Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.612.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12220
NAME: _Final[str] = "Echocardiography Common Measurement"
KEYWORD: _Final[str | None] = "EchocardiographyCommonMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.612"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4)."""

MEMBERS: _Final[tuple[_Code, ...]] = (HeartRate,)
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
