"""CID 100 Quantitative Diagnostic Imaging Procedure.

Extensible, version 20230630, UID 1.2.840.10008.6.1.998.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 100
NAME: _Final[str] = "Quantitative Diagnostic Imaging Procedure"
KEYWORD: _Final[str | None] = "QuantitativeDiagnosticImagingProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.998"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ImagingProcedure: _Final[_Code] = _Code("SCT", "363679005", "Imaging procedure", (100, 634))
"""Imaging procedure (SCT 363679005)."""

MagneticResonanceImagingGuidance: _Final[_Code] = _Code(
    "SCT", "258177008", "Magnetic resonance imaging guidance", (100,)
)
"""Magnetic resonance imaging guidance (SCT 258177008)."""

MultiparametricMRI: _Final[_Code] = _Code("DCM", "126020", "Multiparametric MRI", (100,))
"""Multiparametric MRI (DCM 126020)."""

MultiparametricMRIOfProstate: _Final[_Code] = _Code(
    "SCT", "719178004", "Multiparametric MRI of prostate", (100,)
)
"""Multiparametric MRI of prostate (SCT 719178004)."""

MultiparametricMRIOfWholeBody: _Final[_Code] = _Code(
    "DCM", "126022", "Multiparametric MRI of whole body", (100,)
)
"""Multiparametric MRI of whole body (DCM 126022)."""

DynamicMagneticResonanceImagingOfKnee: _Final[_Code] = _Code(
    "SCT", "433139009", "Dynamic magnetic resonance imaging of knee", (100,)
)
"""Dynamic magnetic resonance imaging of knee (SCT 433139009)."""

DynamicMagneticResonanceImagingOfPelvis: _Final[_Code] = _Code(
    "SCT", "446315002", "Dynamic magnetic resonance imaging of pelvis", (100,)
)
"""Dynamic magnetic resonance imaging of pelvis (SCT 446315002)."""

CTUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "25045-6", "CT unspecified body region", (100, 7000)
)
"""CT unspecified body region (LN 25045-6)."""

MRIUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "25056-3", "MRI unspecified body region", (100, 7000)
)
"""MRI unspecified body region (LN 25056-3)."""

NMUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "49118-3", "NM unspecified body region", (100, 7000)
)
"""NM unspecified body region (LN 49118-3)."""

PETUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "44136-0", "PET unspecified body region", (100, 7000)
)
"""PET unspecified body region (LN 44136-0)."""

XRUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "43468-8", "XR unspecified body region", (100, 7000)
)
"""XR unspecified body region (LN 43468-8)."""

Angiography: _Final[_Code] = _Code("SCT", "77343006", "Angiography", (100, 3428))
"""Angiography (SCT 77343006)."""

PETWholeBody: _Final[_Code] = _Code("LN", "44139-4", "PET whole body", (100, 646, 6050))
"""PET whole body (LN 44139-4)."""

PETCTFDGImagingOfWholeBody: _Final[_Code] = _Code(
    "SCT", "443271005", "PET/CT FDG imaging of whole body", (100,)
)
"""PET/CT FDG imaging of whole body (SCT 443271005)."""

PETCTMETImagingOfWholeBody: _Final[_Code] = _Code(
    "SCT", "764704008", "PET/CT MET imaging of whole body", (100,)
)
"""PET/CT MET imaging of whole body (SCT 764704008)."""

CTPerfusionHeadWithContrastIV: _Final[_Code] = _Code(
    "LN", "39142-5", "CT perfusion head with contrast IV", (100,)
)
"""CT perfusion head with contrast IV (LN 39142-5)."""

SPECTBrain: _Final[_Code] = _Code("LN", "39632-5", "SPECT brain", (100, 646))
"""SPECT brain (LN 39632-5)."""

NMHeadPerfusionBrainPETCTAV45: _Final[_Code] = _Code(
    "RADLEX", "RPID5427", "NM head perfusion brain PET-CT AV-45", (100,)
)
"""NM head perfusion brain PET-CT AV-45 (RADLEX RPID5427)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ImagingProcedure,
    MagneticResonanceImagingGuidance,
    MultiparametricMRI,
    MultiparametricMRIOfProstate,
    MultiparametricMRIOfWholeBody,
    DynamicMagneticResonanceImagingOfKnee,
    DynamicMagneticResonanceImagingOfPelvis,
    CTUnspecifiedBodyRegion,
    MRIUnspecifiedBodyRegion,
    NMUnspecifiedBodyRegion,
    PETUnspecifiedBodyRegion,
    XRUnspecifiedBodyRegion,
    Angiography,
    PETWholeBody,
    PETCTFDGImagingOfWholeBody,
    PETCTMETImagingOfWholeBody,
    CTPerfusionHeadWithContrastIV,
    SPECTBrain,
    NMHeadPerfusionBrainPETCTAV45,
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
