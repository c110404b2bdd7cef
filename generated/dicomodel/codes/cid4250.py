"""CID 4250 Visual Field Static Perimetry Test Pattern.

Extensible, version 20100827, UID 1.2.840.10008.6.1.909.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4250
NAME: _Final[str] = "Visual Field Static Perimetry Test Pattern"
KEYWORD: _Final[str | None] = "VisualFieldStaticPerimetryTestPattern"
UID: _Final[str | None] = "1.2.840.10008.6.1.909"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VisualField24To2TestPattern: _Final[_Code] = _Code(
    "DCM", "111800", "Visual Field 24-2 Test Pattern", (4250,)
)
"""Visual Field 24-2 Test Pattern (DCM 111800)."""

VisualField10To2TestPattern: _Final[_Code] = _Code(
    "DCM", "111801", "Visual Field 10-2 Test Pattern", (4250,)
)
"""Visual Field 10-2 Test Pattern (DCM 111801)."""

VisualField30To2TestPattern: _Final[_Code] = _Code(
    "DCM", "111802", "Visual Field 30-2 Test Pattern", (4250,)
)
"""Visual Field 30-2 Test Pattern (DCM 111802)."""

VisualField60To4TestPattern: _Final[_Code] = _Code(
    "DCM", "111803", "Visual Field 60-4 Test Pattern", (4250,)
)
"""Visual Field 60-4 Test Pattern (DCM 111803)."""

VisualFieldMaculaTestPattern: _Final[_Code] = _Code(
    "DCM", "111804", "Visual Field Macula Test Pattern", (4250,)
)
"""Visual Field Macula Test Pattern (DCM 111804)."""

VisualFieldCentral40PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111805", "Visual Field Central 40 Point Test Pattern", (4250,)
)
"""Visual Field Central 40 Point Test Pattern (DCM 111805)."""

VisualFieldCentral76PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111806", "Visual Field Central 76 Point Test Pattern", (4250,)
)
"""Visual Field Central 76 Point Test Pattern (DCM 111806)."""

VisualFieldPeripheral60PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111807", "Visual Field Peripheral 60 Point Test Pattern", (4250,)
)
"""Visual Field Peripheral 60 Point Test Pattern (DCM 111807)."""

VisualFieldFullField81PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111808", "Visual Field Full Field 81 Point Test Pattern", (4250,)
)
"""Visual Field Full Field 81 Point Test Pattern (DCM 111808)."""

VisualFieldFullField120PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111809", "Visual Field Full Field 120 Point Test Pattern", (4250,)
)
"""Visual Field Full Field 120 Point Test Pattern (DCM 111809)."""

VisualFieldGTestPattern: _Final[_Code] = _Code(
    "DCM", "111810", "Visual Field G Test Pattern", (4250,)
)
"""Visual Field G Test Pattern (DCM 111810)."""

VisualFieldMTestPattern: _Final[_Code] = _Code(
    "DCM", "111811", "Visual Field M Test Pattern", (4250,)
)
"""Visual Field M Test Pattern (DCM 111811)."""

VisualField07TestPattern: _Final[_Code] = _Code(
    "DCM", "111812", "Visual Field 07 Test Pattern", (4250,)
)
"""Visual Field 07 Test Pattern (DCM 111812)."""

VisualFieldLVCTestPattern: _Final[_Code] = _Code(
    "DCM", "111813", "Visual Field LVC Test Pattern", (4250,)
)
"""Visual Field LVC Test Pattern (DCM 111813)."""

VisualFieldCentralTestPattern: _Final[_Code] = _Code(
    "DCM", "111814", "Visual Field Central Test Pattern", (4250,)
)
"""Visual Field Central Test Pattern (DCM 111814)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    VisualField24To2TestPattern,
    VisualField10To2TestPattern,
    VisualField30To2TestPattern,
    VisualField60To4TestPattern,
    VisualFieldMaculaTestPattern,
    VisualFieldCentral40PointTestPattern,
    VisualFieldCentral76PointTestPattern,
    VisualFieldPeripheral60PointTestPattern,
    VisualFieldFullField81PointTestPattern,
    VisualFieldFullField120PointTestPattern,
    VisualFieldGTestPattern,
    VisualFieldMTestPattern,
    VisualField07TestPattern,
    VisualFieldLVCTestPattern,
    VisualFieldCentralTestPattern,
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
