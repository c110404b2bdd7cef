"""CID 4204 Ophthalmic Filter.

Extensible, version 20110112, UID 1.2.840.10008.6.1.320.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4204
NAME: _Final[str] = "Ophthalmic Filter"
KEYWORD: _Final[str | None] = "OphthalmicFilter"
UID: _Final[str | None] = "1.2.840.10008.6.1.320"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GreenOpticalFilter: _Final[_Code] = _Code("SCT", "445465004", "Green optical filter", (4204, 8124))
"""Green optical filter (SCT 445465004)."""

RedOpticalFilter: _Final[_Code] = _Code("SCT", "445279009", "Red optical filter", (4204, 8124))
"""Red optical filter (SCT 445279009)."""

BlueOpticalFilter: _Final[_Code] = _Code("SCT", "445084008", "Blue optical filter", (4204, 8124))
"""Blue optical filter (SCT 445084008)."""

YellowGreenOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445340000", "Yellow-green optical filter", (4204,)
)
"""Yellow-green optical filter (SCT 445340000)."""

BlueGreenOpticalFilter: _Final[_Code] = _Code(
    "SCT", "422915004", "Blue-green optical filter", (4204,)
)
"""Blue-green optical filter (SCT 422915004)."""

InfraredOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445169002", "Infrared optical filter", (4204, 8124)
)
"""Infrared optical filter (SCT 445169002)."""

PolarizingOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445391002", "Polarizing optical filter", (4204, 8124)
)
"""Polarizing optical filter (SCT 445391002)."""

NoFilter: _Final[_Code] = _Code("DCM", "111609", "No filter", (4204, 8124, 10007))
"""No filter (DCM 111609)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GreenOpticalFilter,
    RedOpticalFilter,
    BlueOpticalFilter,
    YellowGreenOpticalFilter,
    BlueGreenOpticalFilter,
    InfraredOpticalFilter,
    PolarizingOpticalFilter,
    NoFilter,
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
