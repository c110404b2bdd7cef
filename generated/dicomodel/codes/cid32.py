"""CID 32 Non-Acquisition Modality.

Extensible, version 20200118, UID 1.2.840.10008.6.1.1282.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 32
NAME: Final[str] = "Non-Acquisition Modality"
KEYWORD: Final[str | None] = "NonAcquisitionModality"
UID: Final[str | None] = "1.2.840.10008.6.1.1282"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200118"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ContentAssessmentResult: Final[Code] = Code("DCM", "ASMT", "Content Assessment Result", (32,))
"""Content Assessment Result (DCM ASMT)."""

BasicVoiceAudio: Final[Code] = Code("DCM", "AU", "Basic Voice Audio", (32,))
"""Basic Voice Audio (DCM AU)."""

CTProtocol: Final[Code] = Code("DCM", "CTPROTOCOL", "CT Protocol", (32,))
"""CT Protocol (DCM CTPROTOCOL)."""

Document: Final[Code] = Code("DCM", "DOC", "Document", (32,))
"""Document (DCM DOC)."""

SpatialFiducials: Final[Code] = Code("DCM", "FID", "Spatial Fiducials", (32,))
"""Spatial Fiducials (DCM FID)."""

HardCopy: Final[Code] = Code("DCM", "HC", "Hard Copy", (32,))
"""Hard Copy (DCM HC)."""

IntraocularLensCalculation: Final[Code] = Code("DCM", "IOL", "Intraocular Lens Calculation", (32,))
"""Intraocular Lens Calculation (DCM IOL)."""

KeyObjectSelection: Final[Code] = Code("DCM", "KO", "Key Object Selection", (32,))
"""Key Object Selection (DCM KO)."""

ModelFor3DManufacturing: Final[Code] = Code("DCM", "M3D", "Model for 3D Manufacturing", (30, 32))
"""Model for 3D Manufacturing (DCM M3D)."""

Other: Final[Code] = Code("DCM", "OT", "Other", (32,))
"""Other (DCM OT)."""

Plan: Final[Code] = Code("DCM", "PLAN", "Plan", (32,))
"""Plan (DCM PLAN)."""

PresentationState: Final[Code] = Code("DCM", "PR", "Presentation State", (32,))
"""Presentation State (DCM PR)."""

Registration: Final[Code] = Code("DCM", "REG", "Registration", (32,))
"""Registration (DCM REG)."""

RTDose: Final[Code] = Code("DCM", "RTDOSE", "RT Dose", (32,))
"""RT Dose (DCM RTDOSE)."""

RTPlan: Final[Code] = Code("DCM", "RTPLAN", "RT Plan", (32,))
"""RT Plan (DCM RTPLAN)."""

RTTreatmentRecord: Final[Code] = Code("DCM", "RTRECORD", "RT Treatment Record", (32,))
"""RT Treatment Record (DCM RTRECORD)."""

RTStructureSet: Final[Code] = Code("DCM", "RTSTRUCT", "RT Structure Set", (32,))
"""RT Structure Set (DCM RTSTRUCT)."""

RealWorldValueMap: Final[Code] = Code("DCM", "RWV", "Real World Value Map", (32,))
"""Real World Value Map (DCM RWV)."""

Segmentation: Final[Code] = Code("DCM", "SEG", "Segmentation", (32,))
"""Segmentation (DCM SEG)."""

StereometricRelationship: Final[Code] = Code("DCM", "SMR", "Stereometric Relationship", (32,))
"""Stereometric Relationship (DCM SMR)."""

StructuredReportDocument: Final[Code] = Code("DCM", "SR", "Structured Report Document", (32,))
"""Structured Report Document (DCM SR)."""

AutomatedSlideStainer: Final[Code] = Code("DCM", "STAIN", "Automated Slide Stainer", (30, 32))
"""Automated Slide Stainer (DCM STAIN)."""

TextureMap: Final[Code] = Code("DCM", "TEXTUREMAP", "Texture Map", (32,))
"""Texture Map (DCM TEXTUREMAP)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ContentAssessmentResult,
    BasicVoiceAudio,
    CTProtocol,
    Document,
    SpatialFiducials,
    HardCopy,
    IntraocularLensCalculation,
    KeyObjectSelection,
    ModelFor3DManufacturing,
    Other,
    Plan,
    PresentationState,
    Registration,
    RTDose,
    RTPlan,
    RTTreatmentRecord,
    RTStructureSet,
    RealWorldValueMap,
    Segmentation,
    StereometricRelationship,
    StructuredReportDocument,
    AutomatedSlideStainer,
    TextureMap,
)
"""The resolved membership: own members, then those of the included groups, in order."""
