"""CID 9502 RT Segment Annotation Category.

Extensible, version 20191110, UID 1.2.840.10008.6.1.1212.
Includes CID 9503, CID 9580.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9502
NAME: _Final[str] = "RT Segment Annotation Category"
KEYWORD: _Final[str | None] = "RTSegmentAnnotationCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1212"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20191110"
INCLUDES: _Final[tuple[int, ...]] = (9503, 9580)
EXTERNAL_SCHEME: _Final[str | None] = None

RTTarget: _Final[_Code] = _Code("DCM", "130041", "RT Target", (9503, 9580))
"""RT Target (DCM 130041). Included from CID 9503."""

RTDoseCalculationStructure: _Final[_Code] = _Code(
    "DCM", "130042", "RT Dose Calculation Structure", (9503,)
)
"""RT Dose Calculation Structure (DCM 130042). Included from CID 9503."""

RTRegistrationMark: _Final[_Code] = _Code("DCM", "130746", "RT Registration Mark", (9503,))
"""RT Registration Mark (DCM 130746). Included from CID 9503."""

RTGeometricInformation: _Final[_Code] = _Code("DCM", "130043", "RT Geometric Information", (9580,))
"""RT Geometric Information (DCM 130043). Included from CID 9580."""

ExternalBodyModel: _Final[_Code] = _Code("DCM", "130047", "External Body Model", (9501, 9580))
"""External Body Model (DCM 130047). Included from CID 9580."""

PatientAttachedDoseControlObject: _Final[_Code] = _Code(
    "DCM", "130405", "Patient-Attached Dose Control Object", (9580,)
)
"""Patient-Attached Dose Control Object (DCM 130405). Included from CID 9580."""

FixationOrPositioningDevice: _Final[_Code] = _Code(
    "DCM", "130044", "Fixation or Positioning Device", (9580,)
)
"""Fixation or Positioning Device (DCM 130044). Included from CID 9580."""

BrachytherapyDevice: _Final[_Code] = _Code("DCM", "130045", "Brachytherapy Device", (9580,))
"""Brachytherapy Device (DCM 130045). Included from CID 9580."""

NonSpecificVolume: _Final[_Code] = _Code("DCM", "130046", "Non-specific Volume", (9501, 9580))
"""Non-specific Volume (DCM 130046). Included from CID 9580."""

RadiotherapyDoseRegion: _Final[_Code] = _Code("DCM", "130748", "Radiotherapy Dose Region", (9580,))
"""Radiotherapy Dose Region (DCM 130748). Included from CID 9580."""

RadiotherapyFiducial: _Final[_Code] = _Code("DCM", "130666", "Radiotherapy Fiducial", (9580,))
"""Radiotherapy Fiducial (DCM 130666). Included from CID 9580."""

Tissue: _Final[_Code] = _Code("SCT", "85756007", "Tissue", (7150, 7165, 7166))
"""Tissue (SCT 85756007). Included from CID 7150."""

AnatomicalStructure: _Final[_Code] = _Code("SCT", "91723000", "Anatomical Structure", (7150, 9501))
"""Anatomical Structure (SCT 91723000). Included from CID 7150."""

PhysicalObject: _Final[_Code] = _Code("SCT", "260787004", "Physical object", (7150, 9501))
"""Physical object (SCT 260787004). Included from CID 7150."""

MorphologicallyAbnormalStructure: _Final[_Code] = _Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003). Included from CID 7150."""

Function: _Final[_Code] = _Code("SCT", "246464006", "Function", (7150,))
"""Function (SCT 246464006). Included from CID 7150."""

SpatialAndRelationalConcept: _Final[_Code] = _Code(
    "SCT", "309825002", "Spatial and Relational Concept", (7150,)
)
"""Spatial and Relational Concept (SCT 309825002). Included from CID 7150."""

BodySubstance: _Final[_Code] = _Code("SCT", "91720002", "Body Substance", (7150,))
"""Body Substance (SCT 91720002). Included from CID 7150."""

Substance: _Final[_Code] = _Code("SCT", "105590001", "Substance", (7150,))
"""Substance (SCT 105590001). Included from CID 7150."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTTarget,
    RTDoseCalculationStructure,
    RTRegistrationMark,
    RTGeometricInformation,
    ExternalBodyModel,
    PatientAttachedDoseControlObject,
    FixationOrPositioningDevice,
    BrachytherapyDevice,
    NonSpecificVolume,
    RadiotherapyDoseRegion,
    RadiotherapyFiducial,
    Tissue,
    AnatomicalStructure,
    PhysicalObject,
    MorphologicallyAbnormalStructure,
    Function,
    SpatialAndRelationalConcept,
    BodySubstance,
    Substance,
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
