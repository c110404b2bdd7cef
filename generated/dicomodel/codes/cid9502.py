"""CID 9502 RT Segment Annotation Category.

Extensible, version 20191110, UID 1.2.840.10008.6.1.1212.
Includes CID 9503, CID 9580.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9502
NAME: Final[str] = "RT Segment Annotation Category"
KEYWORD: Final[str | None] = "RTSegmentAnnotationCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1212"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20191110"
INCLUDES: Final[tuple[int, ...]] = (9503, 9580)
EXTERNAL_SCHEME: Final[str | None] = None

RTTarget: Final[Code] = Code("DCM", "130041", "RT Target", (9503, 9580))
"""RT Target (DCM 130041). Included from CID 9503."""

RTDoseCalculationStructure: Final[Code] = Code(
    "DCM", "130042", "RT Dose Calculation Structure", (9503,)
)
"""RT Dose Calculation Structure (DCM 130042). Included from CID 9503."""

RTRegistrationMark: Final[Code] = Code("DCM", "130746", "RT Registration Mark", (9503,))
"""RT Registration Mark (DCM 130746). Included from CID 9503."""

RTGeometricInformation: Final[Code] = Code("DCM", "130043", "RT Geometric Information", (9580,))
"""RT Geometric Information (DCM 130043). Included from CID 9580."""

ExternalBodyModel: Final[Code] = Code("DCM", "130047", "External Body Model", (9501, 9580))
"""External Body Model (DCM 130047). Included from CID 9580."""

PatientAttachedDoseControlObject: Final[Code] = Code(
    "DCM", "130405", "Patient-Attached Dose Control Object", (9580,)
)
"""Patient-Attached Dose Control Object (DCM 130405). Included from CID 9580."""

FixationOrPositioningDevice: Final[Code] = Code(
    "DCM", "130044", "Fixation or Positioning Device", (9580,)
)
"""Fixation or Positioning Device (DCM 130044). Included from CID 9580."""

BrachytherapyDevice: Final[Code] = Code("DCM", "130045", "Brachytherapy Device", (9580,))
"""Brachytherapy Device (DCM 130045). Included from CID 9580."""

NonSpecificVolume: Final[Code] = Code("DCM", "130046", "Non-specific Volume", (9501, 9580))
"""Non-specific Volume (DCM 130046). Included from CID 9580."""

RadiotherapyDoseRegion: Final[Code] = Code("DCM", "130748", "Radiotherapy Dose Region", (9580,))
"""Radiotherapy Dose Region (DCM 130748). Included from CID 9580."""

RadiotherapyFiducial: Final[Code] = Code("DCM", "130666", "Radiotherapy Fiducial", (9580,))
"""Radiotherapy Fiducial (DCM 130666). Included from CID 9580."""

Tissue: Final[Code] = Code("SCT", "85756007", "Tissue", (7150, 7165, 7166))
"""Tissue (SCT 85756007). Included from CID 7150."""

AnatomicalStructure: Final[Code] = Code("SCT", "91723000", "Anatomical Structure", (7150, 9501))
"""Anatomical Structure (SCT 91723000). Included from CID 7150."""

PhysicalObject: Final[Code] = Code("SCT", "260787004", "Physical object", (7150, 9501))
"""Physical object (SCT 260787004). Included from CID 7150."""

MorphologicallyAbnormalStructure: Final[Code] = Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003). Included from CID 7150."""

Function: Final[Code] = Code("SCT", "246464006", "Function", (7150,))
"""Function (SCT 246464006). Included from CID 7150."""

SpatialAndRelationalConcept: Final[Code] = Code(
    "SCT", "309825002", "Spatial and Relational Concept", (7150,)
)
"""Spatial and Relational Concept (SCT 309825002). Included from CID 7150."""

BodySubstance: Final[Code] = Code("SCT", "91720002", "Body Substance", (7150,))
"""Body Substance (SCT 91720002). Included from CID 7150."""

Substance: Final[Code] = Code("SCT", "105590001", "Substance", (7150,))
"""Substance (SCT 105590001). Included from CID 7150."""

MEMBERS: Final[tuple[Code, ...]] = (
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
