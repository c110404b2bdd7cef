"""CID 6353 Prostate Imaging Types of Quality Control Standard.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1410.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6353
NAME: _Final[str] = "Prostate Imaging Types of Quality Control Standard"
KEYWORD: _Final[str | None] = "ProstateImagingTypesOfQualityControlStandard"
UID: _Final[str | None] = "1.2.840.10008.6.1.1410"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ESUR2012ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130606", "ESUR 2012 prostate MRI acquisition requirements", (6353,)
)
"""ESUR 2012 prostate MRI acquisition requirements (DCM 130606)."""

PIRADS2Point0ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130607", "PI-RADS 2.0 prostate MRI acquisition requirements", (6353,)
)
"""PI-RADS 2.0 prostate MRI acquisition requirements (DCM 130607)."""

PIRADS2Point1ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130608", "PI-RADS 2.1 prostate MRI acquisition requirements", (6353,)
)
"""PI-RADS 2.1 prostate MRI acquisition requirements (DCM 130608)."""

InstitutionallyDefinedQualityControlStandard: _Final[_Code] = _Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ESUR2012ProstateMRIAcquisitionRequirements,
    PIRADS2Point0ProstateMRIAcquisitionRequirements,
    PIRADS2Point1ProstateMRIAcquisitionRequirements,
    InstitutionallyDefinedQualityControlStandard,
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
