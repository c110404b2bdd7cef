"""CID 32 Non-Acquisition Modality.

Extensible, version 20200118, UID 1.2.840.10008.6.1.1282.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 32
NAME: _Final[str] = "Non-Acquisition Modality"
KEYWORD: _Final[str | None] = "NonAcquisitionModality"
UID: _Final[str | None] = "1.2.840.10008.6.1.1282"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200118"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ContentAssessmentResult: _Final[_Code] = _Code("DCM", "ASMT", "Content Assessment Result", (32,))
"""Content Assessment Result (DCM ASMT)."""

BasicVoiceAudio: _Final[_Code] = _Code("DCM", "AU", "Basic Voice Audio", (32,))
"""Basic Voice Audio (DCM AU)."""

CTProtocol: _Final[_Code] = _Code("DCM", "CTPROTOCOL", "CT Protocol", (32,))
"""CT Protocol (DCM CTPROTOCOL)."""

Document: _Final[_Code] = _Code("DCM", "DOC", "Document", (32,))
"""Document (DCM DOC)."""

SpatialFiducials: _Final[_Code] = _Code("DCM", "FID", "Spatial Fiducials", (32,))
"""Spatial Fiducials (DCM FID)."""

HardCopy: _Final[_Code] = _Code("DCM", "HC", "Hard Copy", (32,))
"""Hard Copy (DCM HC)."""

IntraocularLensCalculation: _Final[_Code] = _Code(
    "DCM", "IOL", "Intraocular Lens Calculation", (32,)
)
"""Intraocular Lens Calculation (DCM IOL)."""

KeyObjectSelection: _Final[_Code] = _Code("DCM", "KO", "Key Object Selection", (32,))
"""Key Object Selection (DCM KO)."""

ModelFor3DManufacturing: _Final[_Code] = _Code("DCM", "M3D", "Model for 3D Manufacturing", (30, 32))
"""Model for 3D Manufacturing (DCM M3D)."""

Other: _Final[_Code] = _Code("DCM", "OT", "Other", (32,))
"""Other (DCM OT)."""

Plan: _Final[_Code] = _Code("DCM", "PLAN", "Plan", (32,))
"""Plan (DCM PLAN)."""

PresentationState: _Final[_Code] = _Code("DCM", "PR", "Presentation State", (32,))
"""Presentation State (DCM PR)."""

Registration: _Final[_Code] = _Code("DCM", "REG", "Registration", (32,))
"""Registration (DCM REG)."""

RTDose: _Final[_Code] = _Code("DCM", "RTDOSE", "RT Dose", (32,))
"""RT Dose (DCM RTDOSE)."""

RTPlan: _Final[_Code] = _Code("DCM", "RTPLAN", "RT Plan", (32,))
"""RT Plan (DCM RTPLAN)."""

RTTreatmentRecord: _Final[_Code] = _Code("DCM", "RTRECORD", "RT Treatment Record", (32,))
"""RT Treatment Record (DCM RTRECORD)."""

RTStructureSet: _Final[_Code] = _Code("DCM", "RTSTRUCT", "RT Structure Set", (32,))
"""RT Structure Set (DCM RTSTRUCT)."""

RealWorldValueMap: _Final[_Code] = _Code("DCM", "RWV", "Real World Value Map", (32,))
"""Real World Value Map (DCM RWV)."""

Segmentation: _Final[_Code] = _Code("DCM", "SEG", "Segmentation", (32,))
"""Segmentation (DCM SEG)."""

StereometricRelationship: _Final[_Code] = _Code("DCM", "SMR", "Stereometric Relationship", (32,))
"""Stereometric Relationship (DCM SMR)."""

StructuredReportDocument: _Final[_Code] = _Code("DCM", "SR", "Structured Report Document", (32,))
"""Structured Report Document (DCM SR)."""

AutomatedSlideStainer: _Final[_Code] = _Code("DCM", "STAIN", "Automated Slide Stainer", (30, 32))
"""Automated Slide Stainer (DCM STAIN)."""

TextureMap: _Final[_Code] = _Code("DCM", "TEXTUREMAP", "Texture Map", (32,))
"""Texture Map (DCM TEXTUREMAP)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
