"""CID 8 Angiographic Interventional Device.

Extensible, version 20160314, UID 1.2.840.10008.6.1.6.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8
NAME: _Final[str] = "Angiographic Interventional Device"
KEYWORD: _Final[str | None] = "AngiographicInterventionalDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.6"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007)."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001)."""

Laser: _Final[_Code] = _Code("SCT", "38586004", "Laser", (8, 3411))
"""Laser (SCT 38586004)."""

Glue: _Final[_Code] = _Code("SCT", "57126000", "Glue", (8,))
"""Glue (SCT 57126000)."""

AtherectomyDevice: _Final[_Code] = _Code("SCT", "102312002", "Atherectomy device", (8,))
"""Atherectomy device (SCT 102312002)."""

EmbolizationBall: _Final[_Code] = _Code("SCT", "102315000", "Embolization ball", (8,))
"""Embolization ball (SCT 102315000)."""

PercutaneousTransluminalAngioplastyBalloon: _Final[_Code] = _Code(
    "SCT", "102319006", "Percutaneous transluminal angioplasty balloon", (8, 3411)
)
"""Percutaneous transluminal angioplasty balloon (SCT 102319006)."""

EmbolizationCoil: _Final[_Code] = _Code("SCT", "102314001", "Embolization coil", (8,))
"""Embolization coil (SCT 102314001)."""

DetachableBalloon: _Final[_Code] = _Code("SCT", "102320000", "Detachable balloon", (8,))
"""Detachable balloon (SCT 102320000)."""

GuidingCatheter: _Final[_Code] = _Code("SCT", "102317008", "Guiding catheter", (8, 3411))
"""Guiding catheter (SCT 102317008)."""

EmbolizationParticulate: _Final[_Code] = _Code("SCT", "102316004", "Embolization particulate", (8,))
"""Embolization particulate (SCT 102316004)."""

RotationalAtherectomyDevice: _Final[_Code] = _Code(
    "SCT", "102313007", "Rotational atherectomy device", (8, 3411)
)
"""Rotational atherectomy device (SCT 102313007)."""

MeasuringRuler: _Final[_Code] = _Code("SCT", "102304005", "Measuring ruler", (8, 3451))
"""Measuring ruler (SCT 102304005)."""

Sphere: _Final[_Code] = _Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Stent,
    Catheter,
    Laser,
    Glue,
    AtherectomyDevice,
    EmbolizationBall,
    PercutaneousTransluminalAngioplastyBalloon,
    EmbolizationCoil,
    DetachableBalloon,
    GuidingCatheter,
    EmbolizationParticulate,
    RotationalAtherectomyDevice,
    MeasuringRuler,
    Sphere,
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
