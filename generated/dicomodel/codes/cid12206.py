"""CID 12206 Echocardiography Right Atrium Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.599.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12206
NAME: _Final[str] = "Echocardiography Right Atrium Measurement"
KEYWORD: _Final[str | None] = "EchocardiographyRightAtriumMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.599"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: _Final[str | None] = None

RightAtriumSystolicPressure: _Final[_Code] = _Code(
    "LN", "18070-3", "Right Atrium Systolic Pressure", (12206,)
)
"""Right Atrium Systolic Pressure (LN 18070-3)."""

RightAtriumAreaA4CView: _Final[_Code] = _Code(
    "LN", "17988-7", "Right Atrium Area A4C view", (12206,)
)
"""Right Atrium Area A4C view (LN 17988-7)."""

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RightAtriumSystolicPressure,
    RightAtriumAreaA4CView,
    HeartRate,
)
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
