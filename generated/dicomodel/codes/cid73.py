"""CID 73 Bolus Shaping Curve.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1263.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 73
NAME: _Final[str] = "Bolus Shaping Curve"
KEYWORD: _Final[str | None] = "BolusShapingCurve"
UID: _Final[str | None] = "1.2.840.10008.6.1.1263"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NegativeExponential: _Final[_Code] = _Code("DCM", "130252", "Negative exponential", (73,))
"""Negative exponential (DCM 130252)."""

LinearCurve: _Final[_Code] = _Code("DCM", "130253", "Linear Curve", (73,))
"""Linear Curve (DCM 130253)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NegativeExponential, LinearCurve)
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
