"""CID 1015 Patient Alignment Method.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1130.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1015
NAME: _Final[str] = "Patient Alignment Method"
KEYWORD: _Final[str | None] = "PatientAlignmentMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1130"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160905"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LaserCrossHairs: _Final[_Code] = _Code("DCM", "128151", "Laser Cross-hairs", (1015, 9575))
"""Laser Cross-hairs (DCM 128151)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LaserCrossHairs,)
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
