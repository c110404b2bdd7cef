"""CID 8302 Measurement Pattern Code.

Extensible, version 20140331, UID 1.2.840.10008.6.1.982.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8302
NAME: _Final[str] = "Measurement Pattern Code"
KEYWORD: _Final[str | None] = "MeasurementPatternCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.982"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140331"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TG18UNL10Pattern: _Final[_Code] = _Code("DCM", "109843", "TG18-UNL10 Pattern", (8301, 8302))
"""TG18-UNL10 Pattern (DCM 109843)."""

TG18UNL80Pattern: _Final[_Code] = _Code("DCM", "109844", "TG18-UNL80 Pattern", (8301, 8302))
"""TG18-UNL80 Pattern (DCM 109844)."""

MEMBERS: _Final[tuple[_Code, ...]] = (TG18UNL10Pattern, TG18UNL80Pattern)
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
