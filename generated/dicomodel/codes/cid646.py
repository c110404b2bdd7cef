"""CID 646 Preclinical Small Animal Imaging Procedure.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1111.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 646
NAME: _Final[str] = "Preclinical Small Animal Imaging Procedure"
KEYWORD: _Final[str | None] = "PreclinicalSmallAnimalImagingProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1111"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

WholeBodyCT: _Final[_Code] = _Code("LN", "46305-9", "Whole body CT", (646, 6050))
"""Whole body CT (LN 46305-9)."""

HeadCT: _Final[_Code] = _Code("LN", "24725-4", "Head CT", (646, 7000))
"""Head CT (LN 24725-4)."""

MRIWholeBody: _Final[_Code] = _Code("LN", "46358-8", "MRI whole body", (646,))
"""MRI whole body (LN 46358-8)."""

BrainMRI: _Final[_Code] = _Code("LN", "24590-2", "Brain MRI", (646, 7000))
"""Brain MRI (LN 24590-2)."""

PETWholeBody: _Final[_Code] = _Code("LN", "44139-4", "PET whole body", (100, 646, 6050))
"""PET whole body (LN 44139-4)."""

BrainPET: _Final[_Code] = _Code("LN", "44138-6", "Brain PET", (646,))
"""Brain PET (LN 44138-6)."""

RadionuclideScanOfWholeBody: _Final[_Code] = _Code(
    "LN", "42175-0", "Radionuclide scan of whole body", (646,)
)
"""Radionuclide scan of whole body (LN 42175-0)."""

RadionuclideBrainScan: _Final[_Code] = _Code("LN", "24730-4", "Radionuclide brain scan", (646,))
"""Radionuclide brain scan (LN 24730-4)."""

SPECTOfWholeBody: _Final[_Code] = _Code("DCM", "127901", "SPECT of whole body", (646,))
"""SPECT of whole body (DCM 127901)."""

BrainSPECT: _Final[_Code] = _Code("LN", "39632-5", "Brain SPECT", (100, 646))
"""Brain SPECT (LN 39632-5)."""

SPECTCTOfWholeBody: _Final[_Code] = _Code("DCM", "127902", "SPECT CT of whole body", (646,))
"""SPECT CT of whole body (DCM 127902)."""

UltrasonographyOfTotalBody: _Final[_Code] = _Code(
    "SCT", "24135002", "Ultrasonography of total body", (646,)
)
"""Ultrasonography of total body (SCT 24135002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    WholeBodyCT,
    HeadCT,
    MRIWholeBody,
    BrainMRI,
    PETWholeBody,
    BrainPET,
    RadionuclideScanOfWholeBody,
    RadionuclideBrainScan,
    SPECTOfWholeBody,
    BrainSPECT,
    SPECTCTOfWholeBody,
    UltrasonographyOfTotalBody,
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
