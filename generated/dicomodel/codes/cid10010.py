"""CID 10010 Dose Measurement Device.

Extensible, version 20051101, UID 1.2.840.10008.6.1.543.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10010
NAME: _Final[str] = "Dose Measurement Device"
KEYWORD: _Final[str | None] = "DoseMeasurementDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.543"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051101"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Dosimeter: _Final[_Code] = _Code("SCT", "15869005", "Dosimeter", (10010, 10020))
"""Dosimeter (SCT 15869005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Dosimeter,)
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
