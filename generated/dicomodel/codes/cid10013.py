"""CID 10013 CT Acquisition Type.

Extensible, version 20160314, UID 1.2.840.10008.6.1.545.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10013
NAME: _Final[str] = "CT Acquisition Type"
KEYWORD: _Final[str | None] = "CTAcquisitionType"
UID: _Final[str | None] = "1.2.840.10008.6.1.545"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SequencedAcquisition: _Final[_Code] = _Code("DCM", "113804", "Sequenced Acquisition", (10013,))
"""Sequenced Acquisition (DCM 113804)."""

SpiralAcquisition: _Final[_Code] = _Code("SCT", "116152004", "Spiral Acquisition", (10013,))
"""Spiral Acquisition (SCT 116152004)."""

ConstantAngleAcquisition: _Final[_Code] = _Code(
    "DCM", "113805", "Constant Angle Acquisition", (10013,)
)
"""Constant Angle Acquisition (DCM 113805)."""

StationaryAcquisition: _Final[_Code] = _Code("DCM", "113806", "Stationary Acquisition", (10013,))
"""Stationary Acquisition (DCM 113806)."""

FreeAcquisition: _Final[_Code] = _Code("DCM", "113807", "Free Acquisition", (10013,))
"""Free Acquisition (DCM 113807)."""

ConeBeamAcquisition: _Final[_Code] = _Code("SCT", "702569007", "Cone Beam Acquisition", (10013,))
"""Cone Beam Acquisition (SCT 702569007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SequencedAcquisition,
    SpiralAcquisition,
    ConstantAngleAcquisition,
    StationaryAcquisition,
    FreeAcquisition,
    ConeBeamAcquisition,
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
