"""CID 6095 Procedure Numeric Property.

Extensible, version 20040112, UID 1.2.840.10008.6.1.417.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6095
NAME: _Final[str] = "Procedure Numeric Property"
KEYWORD: _Final[str | None] = "ProcedureNumericProperty"
UID: _Final[str | None] = "1.2.840.10008.6.1.417"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NeedleGauge: _Final[_Code] = _Code("DCM", "111465", "Needle Gauge", (6095,))
"""Needle Gauge (DCM 111465)."""

NeedleLength: _Final[_Code] = _Code("DCM", "111467", "Needle Length", (6095,))
"""Needle Length (DCM 111467)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NeedleGauge, NeedleLength)
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
