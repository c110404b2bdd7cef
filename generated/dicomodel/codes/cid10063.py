"""CID 10063 Radiation Dose Estimate Distribution Representation.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1157.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10063
NAME: _Final[str] = "Radiation Dose Estimate Distribution Representation"
KEYWORD: _Final[str | None] = "RadiationDoseEstimateDistributionRepresentation"
UID: _Final[str | None] = "1.2.840.10008.6.1.1157"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Isodose: _Final[_Code] = _Code("DCM", "128484", "Isodose", (10063,))
"""Isodose (DCM 128484)."""

SkinDoseMap: _Final[_Code] = _Code("DCM", "128485", "Skin Dose Map", (10063,))
"""Skin Dose Map (DCM 128485)."""

V3DDoseMap: _Final[_Code] = _Code("DCM", "128487", "3D Dose Map", (10063,))
"""3D Dose Map (DCM 128487)."""

DoseGradient: _Final[_Code] = _Code("DCM", "128488", "Dose Gradient", (10063,))
"""Dose Gradient (DCM 128488)."""

DosePointCloud: _Final[_Code] = _Code("DCM", "128496", "Dose Point Cloud", (10063,))
"""Dose Point Cloud (DCM 128496)."""

DoseImage: _Final[_Code] = _Code("DCM", "121342", "Dose Image", (10063,))
"""Dose Image (DCM 121342)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_3DDoseMap: _Final[_Code] = V3DDoseMap

MEMBERS: _Final[tuple[_Code, ...]] = (
    Isodose,
    SkinDoseMap,
    V3DDoseMap,
    DoseGradient,
    DosePointCloud,
    DoseImage,
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
