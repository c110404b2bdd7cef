"""CID 7550 Angle Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1342.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7550
NAME: _Final[str] = "Angle Measurement"
KEYWORD: _Final[str | None] = "AngleMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1342"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CobbAngle: _Final[_Code] = _Code("SCT", "285285000", "Cobb angle", (7550,))
"""Cobb angle (SCT 285285000)."""

AcetabularAngle: _Final[_Code] = _Code("DCM", "121224", "Acetabular angle", (7550,))
"""Acetabular angle (DCM 121224)."""

MEMBERS: _Final[tuple[_Code, ...]] = (CobbAngle, AcetabularAngle)
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
