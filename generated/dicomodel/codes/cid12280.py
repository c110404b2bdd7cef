"""CID 12280 Cardiac Ultrasound Target Site.

Extensible, version 20200310, UID 1.2.840.10008.6.1.860.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12280
NAME: _Final[str] = "Cardiac Ultrasound Target Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundTargetSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.860"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorWall: _Final[_Code] = _Code("SCT", "263943000", "Anterior Wall", (12280,))
"""Anterior Wall (SCT 263943000)."""

PosteriorWall: _Final[_Code] = _Code("SCT", "264159006", "Posterior Wall", (12280,))
"""Posterior Wall (SCT 264159006)."""

CardiacValveAnnulus: _Final[_Code] = _Code("SCT", "305437000", "Cardiac valve annulus", (12280,))
"""Cardiac valve annulus (SCT 305437000)."""

PreductalRegionOfAorticArch: _Final[_Code] = _Code(
    "SCT", "75397005", "Preductal region of aortic arch", (12280,)
)
"""Preductal region of aortic arch (SCT 75397005)."""

PostductalRegionOfAorticArch: _Final[_Code] = _Code(
    "SCT", "60835009", "Postductal region of aortic arch", (12280,)
)
"""Postductal region of aortic arch (SCT 60835009)."""

VenaContracta: _Final[_Code] = _Code("SCT", "443501007", "Vena Contracta", (12280,))
"""Vena Contracta (SCT 443501007)."""

TransverseAorticArch: _Final[_Code] = _Code("SCT", "443281009", "Transverse Aortic Arch", (12280,))
"""Transverse Aortic Arch (SCT 443281009)."""

Effusion: _Final[_Code] = _Code("SCT", "41699000", "Effusion", (12280,))
"""Effusion (SCT 41699000)."""

CardiacValveLeaflet: _Final[_Code] = _Code("SCT", "6530003", "Cardiac Valve Leaflet", (12280,))
"""Cardiac Valve Leaflet (SCT 6530003)."""

RightPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "78480002", "Right Pulmonary Artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right Pulmonary Artery (SCT 78480002)."""

LeftPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "50408007", "Left Pulmonary Artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left Pulmonary Artery (SCT 50408007)."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right Ventricle Outflow Tract (SCT 44627009)."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left Ventricle Outflow Tract (SCT 13418002)."""

RightSuperiorPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "8629005", "Right Superior Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Right Superior Pulmonary Vein (SCT 8629005)."""

RightInferiorPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "113273001", "Right Inferior Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Right Inferior Pulmonary Vein (SCT 113273001)."""

LeftSuperiorPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "43863001", "Left Superior Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Left Superior Pulmonary Vein (SCT 43863001)."""

LeftInferiorPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "51249003", "Left Inferior Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Left Inferior Pulmonary Vein (SCT 51249003)."""

PulmonaryVeinCommonLeftSegment: _Final[_Code] = _Code(
    "SCT", "443705001", "Pulmonary Vein Common Left Segment", (12280,)
)
"""Pulmonary Vein Common Left Segment (SCT 443705001)."""

PulmonaryVeinCommonRightSegment: _Final[_Code] = _Code(
    "SCT", "443591004", "Pulmonary Vein Common Right Segment", (12280,)
)
"""Pulmonary Vein Common Right Segment (SCT 443591004)."""

PulmonaryVeinConfluenceToAtriumConnection: _Final[_Code] = _Code(
    "SCT", "443208000", "Pulmonary Vein confluence to Atrium Connection", (12280,)
)
"""Pulmonary Vein confluence to Atrium Connection (SCT 443208000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnteriorWall,
    PosteriorWall,
    CardiacValveAnnulus,
    PreductalRegionOfAorticArch,
    PostductalRegionOfAorticArch,
    VenaContracta,
    TransverseAorticArch,
    Effusion,
    CardiacValveLeaflet,
    RightPulmonaryArtery,
    LeftPulmonaryArtery,
    RightVentricleOutflowTract,
    LeftVentricleOutflowTract,
    RightSuperiorPulmonaryVein,
    RightInferiorPulmonaryVein,
    LeftSuperiorPulmonaryVein,
    LeftInferiorPulmonaryVein,
    PulmonaryVeinCommonLeftSegment,
    PulmonaryVeinCommonRightSegment,
    PulmonaryVeinConfluenceToAtriumConnection,
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
